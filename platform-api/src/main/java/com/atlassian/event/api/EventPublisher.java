// Mirrors: com.atlassian.event.api.EventPublisher from atlassian-event (Platform 8); source: [S5] com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventPublisher.java; register/unregister C11 [S2] COMMON/.../util/AutoSubscribingEventListener.java. Evidence: C(5.0.2), C11
// The real interface extends EventListenerRegistrar (which declares register/unregister); folded in here.
package com.atlassian.event.api;

/** Publishes events to, and (un)registers, {@link EventListener} objects. */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
