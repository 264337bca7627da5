package io.debrief.platformapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How sure we are that a stand-in member exists in Jira 11.3 with exactly this shape, and where that was seen.
 *
 * <p>Not part of any Atlassian API: it lives in this module's own package, only stand-ins carry it, and the plugin
 * never names it, so the atlassian profile (which drops this module) compiles the plugin unchanged. Retention is
 * {@code CLASS}: invisible to reflection, but kept in the bytecode so the plugin's {@code StandInEvidenceTest} can
 * read it next to the calls that use the member.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.TYPE})
public @interface Evidence {

    /** Strongest evidence first. */
    enum Level {
        /** seen in code that compiles against Jira 11.x (a public Jira 11 app, or Atlassian's own Jira 11 plugin) */
        C11,
        /** seen in code or a jar of Jira 10 / Platform 7 */
        C10,
        /** seen in code or a jar of Jira 9 / Platform 6 */
        C9,
        /** seen only in Jira 6.3 to 8.x source, javadoc or code */
        OLDER,
        /** only in Atlassian's current documentation, no code seen */
        DOC,
        /** not confirmed anywhere public: a recollection or an inference; code defensively */
        U
    }

    Level level();

    /** Where it was seen: {@code [S#] repo path} (sources in JIRA-API-FACTS.md) or a URL; for U, why it is believed. */
    String source();

    /**
     * For a method declaring a checked exception: {@code true} only when Jira 11 code shows that same
     * {@code throws} (it catches that exception type, or implements the method with it). Otherwise the plugin must
     * call the method inside {@code catch (Exception e)}, which compiles whether or not 11 declares it.
     */
    boolean throwsSeenIn11() default false;
}
