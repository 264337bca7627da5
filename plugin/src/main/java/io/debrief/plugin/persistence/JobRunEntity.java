package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One run of the checkpoint job: what it opened, repaired, skipped, which incidents failed and why, how long. */
@Preload
@Table("JOB_RUN")
public interface JobRunEntity extends Entity {

    @NotNull
    @Indexed
    long getFinishedAt();

    void setFinishedAt(long finishedAt);

    @NotNull
    int getOpened();

    void setOpened(int opened);

    @NotNull
    int getRepaired();

    void setRepaired(int repaired);

    @NotNull
    int getSkipped();

    void setSkipped(int skipped);

    @NotNull
    long getTookMillis();

    void setTookMillis(long tookMillis);

    /** The failed incidents, one per line, as written by {@link JobRunFailures#encode}. */
    @StringLength(StringLength.UNLIMITED)
    String getFailures();

    void setFailures(String failures);
}
