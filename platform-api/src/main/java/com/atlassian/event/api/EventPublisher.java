// Mirrors: com.atlassian.event.api.EventPublisher from atlassian-event (Platform 8); source: [S5]
// com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventPublisher.java; register/unregister C11 [S2]
// COMMON/.../util/AutoSubscribingEventListener.java. Evidence: C(5.0.2), C11
// The real interface extends EventListenerRegistrar (which declares register/unregister); folded in here.
package com.atlassian.event.api;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Publishes events to, and (un)registers, {@link EventListener} objects. */
public interface EventPublisher {
    void publish(Object event);

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java:14")
    void register(Object listener);

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java:19")
    void unregister(Object listener);
}
