package io.debrief.sandbox;

import java.time.Clock;
import net.java.ao.EntityManager;

/** The host's services a {@link SandboxModule} builds its objects from. */
public interface SandboxContext {

    /** Where the plugin's REST resources are served, as Jira serves {@code <rest path="/debrief" version="1.0">}. */
    String PLUGIN_REST = "/rest/debrief/1.0";

    /** The AO entity manager on the sandbox database (plugin entities already migrated). */
    EntityManager entityManager();

    /**
     * The Active Objects service on the sandbox database, for the plugin's AO stores; its transactions and
     * {@link #inTransaction} are one and the same.
     */
    com.atlassian.activeobjects.external.ActiveObjects activeObjects();

    /** Runs {@code work} in one database transaction (as Jira's {@code ActiveObjects.executeInTransaction}). */
    <T> T inTransaction(java.util.function.Supplier<T> work);

    /** The sandbox clock: real time plus the offset moved forward with "+1 day" and friends. */
    Clock clock();

    /** The sandbox's issues, projects, labels and links (what Jira's issue services are to the plugin). */
    SandboxIssues issues();

    /** The sandbox's users and their project rights. */
    SandboxUsers users();

    /** Renders the plugin's and the sandbox's Soy templates. */
    SoyRenderer soy();

    /** i18n text from every {@code i18n/*.properties} bundle on the classpath. */
    I18n i18n();

    /** The sandbox's SMTP server, which Jira's mail queue sends to here; its inbox is the sent-mail page. */
    SandboxMail mail();

    /** The URL this sandbox serves at, as Jira's base URL setting names the site ({@code http://127.0.0.1:2990}). */
    String baseUrl();

    /** The person behind the current HTTP request (anonymous outside one). */
    Person currentViewer();

    /** This host's node id when several share one database ({@code --node N}); {@code node1} alone. */
    default String node() {
        return "node1";
    }
}
