package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A sandbox user (Jira's user directory, reduced to what the debrief process needs). */
@Preload
@Table("SB_USER")
public interface SandboxUserEntity extends Entity {
    @NotNull
    @Unique
    String getUserName();

    void setUserName(String userName);

    String getDisplayName();

    void setDisplayName(String displayName);

    /** Plain text on purpose: the seeded passwords equal the user names, as in a Jira dev instance. */
    String getPassword();

    void setPassword(String password);

    boolean isAdmin();

    void setAdmin(boolean admin);
}
