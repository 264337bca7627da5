// Mirrors: com.atlassian.event.api.EventListener from atlassian-event (Platform 8); source: [S5] atlassian-event-5.0.2
// com/atlassian/event/api/EventListener.java; usage C11 [S2]. Evidence: C(5.0.2)
package com.atlassian.event.api;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a public one-argument method as a listener for that argument's event type. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
@Evidence(
        level = Level.C11,
        source =
                "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/mentions/service/DefaultIssueMentionService.java:56")
public @interface EventListener {
    String scope() default "";

    int order() default 0;
}
