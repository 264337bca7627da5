package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One review decision; DECISION_KEY ("itemId:version") is unique, so two reviewers cannot both decide version n. */
@Preload
@Table("REVIEW_DECISION")
public interface ReviewDecisionEntity extends Entity {

    @NotNull
    @Unique
    String getDecisionKey();

    void setDecisionKey(String decisionKey);

    @NotNull
    @Indexed
    long getItemId();

    void setItemId(long itemId);

    @NotNull
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    String getItemProjectKey();

    void setItemProjectKey(String itemProjectKey);

    @NotNull
    long getDecisionVersion();

    void setDecisionVersion(long decisionVersion);

    @NotNull
    String getDecision();

    void setDecision(String decision);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    String getByKey();

    void setByKey(String byKey);

    String getByName();

    void setByName(String byName);

    @NotNull
    long getDecidedAt();

    void setDecidedAt(long decidedAt);
}
