package io.debrief.core.intake;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.List;

/**
 * The incidents alerts opened (port; Active Objects in the plugin). Claims are unique per source, alert key and
 * sequence, and a resolution is recorded once per incident, whichever node or thread asks first.
 */
public interface AlertIncidents {

    /** Every incident the source's alert opened or is opening, by sequence. */
    List<AlertIncident> forAlert(String sourceKey, String alertKey);

    /** Takes the claim; false when that source, alert key and sequence were claimed already. */
    boolean claim(AlertIncident claim);

    /** The claimed incident's issue was created. */
    void opened(String sourceKey, String alertKey, int sequence, IssueRef issue);

    /** The claimed incident could not be created: the claim goes, so the alert may open one when it comes again. */
    void release(String sourceKey, String alertKey, int sequence);

    /** Records that the event resolved the incident; false when a resolution was recorded already. */
    boolean resolve(String sourceKey, String alertKey, int sequence, long eventId, Instant at);

    /** Takes back a resolution whose timeline entry could not be written. */
    void unresolve(String sourceKey, String alertKey, int sequence);
}
