package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One incident's debrief, with the incident facts the library filters on (project, severity, summary) and a
 * lower-case SEARCH_TEXT so text search is one LIKE in SQL.
 */
@Preload
@Table("DEBRIEF")
public interface DebriefEntity extends Entity {

    @NotNull
    @Unique
    long getIncidentId();

    void setIncidentId(long incidentId);

    @NotNull
    String getIncidentKey();

    void setIncidentKey(String incidentKey);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    String getSummary();

    void setSummary(String summary);

    @Indexed
    String getSeverity();

    void setSeverity(String severity);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    String getOwnerName();

    void setOwnerName(String ownerName);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getImpactAffected();

    void setImpactAffected(String impactAffected);

    Long getImpactCount();

    void setImpactCount(Long impactCount);

    @StringLength(StringLength.UNLIMITED)
    String getImpactDuration();

    void setImpactDuration(String impactDuration);

    @StringLength(StringLength.UNLIMITED)
    String getImpactCost();

    void setImpactCost(String impactCost);

    @StringLength(StringLength.UNLIMITED)
    String getAnalysis();

    void setAnalysis(String analysis);

    String getAutoResolved();

    void setAutoResolved(String autoResolved);

    Long getHeldAt();

    void setHeldAt(Long heldAt);

    /**
     * When the checkpoint job must look at this held debrief next (issue 17), epoch millis; null while not held.
     * Indexed: a run reads the range up to its moment, so with nothing due it reads no row.
     */
    @Indexed
    Long getNextLookAt();

    void setNextLookAt(Long nextLookAt);

    /** The last checkpoint number the job claimed or recorded for this debrief, so a re-plan needs no log read. */
    Integer getLastCheckpoint();

    void setLastCheckpoint(Integer lastCheckpoint);

    String getHeldByKey();

    void setHeldByKey(String heldByKey);

    String getHeldByName();

    void setHeldByName(String heldByName);

    @Indexed
    Long getPublishedAt();

    void setPublishedAt(Long publishedAt);

    /**
     * Whether the incident is under an issue security level, as Jira last told us (on each save, issue event and
     * reconcile); null when not known (a row written by an older release until upgrade 4 fills it), read as secured.
     */
    Boolean getIncidentSecured();

    void setIncidentSecured(Boolean incidentSecured);

    String getPublishedByKey();

    void setPublishedByKey(String publishedByKey);

    String getPublishedByName();

    void setPublishedByName(String publishedByName);

    @NotNull
    int getDebriefVersion();

    void setDebriefVersion(int debriefVersion);

    Long getUpdatedAt();

    void setUpdatedAt(Long updatedAt);

    String getUpdatedByKey();

    void setUpdatedByKey(String updatedByKey);

    String getUpdatedByName();

    void setUpdatedByName(String updatedByName);

    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String searchText);

    /** Why it was held although its timeline was out of order; null when it was consistent. */
    @StringLength(StringLength.UNLIMITED)
    String getHoldOverride();

    void setHoldOverride(String holdOverride);

    /** How many blameless-lint findings the holder confirmed having seen when holding; null for none. */
    Integer getHoldLintSeen();

    void setHoldLintSeen(Integer holdLintSeen);

    /** When the record of a published debrief was taken; null while there is none (see PublishedRecord). */
    Long getRecordTakenAt();

    void setRecordTakenAt(Long recordTakenAt);

    /** The detect target the published debrief was judged against, in seconds. */
    Long getJudgedDetectSeconds();

    void setJudgedDetectSeconds(Long judgedDetectSeconds);

    /** The resolve target the published debrief was judged against, in seconds. */
    Long getJudgedResolveSeconds();

    void setJudgedResolveSeconds(Long judgedResolveSeconds);

    Long getFactStartedAt();

    void setFactStartedAt(Long factStartedAt);

    Long getFactDetectedAt();

    void setFactDetectedAt(Long factDetectedAt);

    Long getFactMitigatedAt();

    void setFactMitigatedAt(Long factMitigatedAt);

    Long getFactResolvedAt();

    void setFactResolvedAt(Long factResolvedAt);

    /** The acknowledge target the published debrief was judged against, in seconds; null: none was set. */
    Long getJudgedAcknowledgeSeconds();

    void setJudgedAcknowledgeSeconds(Long judgedAcknowledgeSeconds);

    /** The mitigate target the published debrief was judged against, in seconds; null: none was set. */
    Long getJudgedMitigateSeconds();

    void setJudgedMitigateSeconds(Long judgedMitigateSeconds);

    Long getFactImpactStartedAt();

    void setFactImpactStartedAt(Long factImpactStartedAt);

    Long getFactAcknowledgedAt();

    void setFactAcknowledgedAt(Long factAcknowledgedAt);

    Long getFactDeclaredAt();

    void setFactDeclaredAt(Long factDeclaredAt);

    Long getFactImpactEndedAt();

    void setFactImpactEndedAt(Long factImpactEndedAt);

    /** The facts of the record that were approximate, by wire name, comma-separated; null for none. */
    String getFactApproximate();

    void setFactApproximate(String factApproximate);
}
