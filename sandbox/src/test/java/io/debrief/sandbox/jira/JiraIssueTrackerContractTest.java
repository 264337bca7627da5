package io.debrief.sandbox.jira;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.testkit.IssueTrackerContract;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.sandbox.NewIssue;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxServer;
import io.debrief.sandbox.SandboxUsers;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's JiraIssueTracker, as its Spring container built it, on the sandbox's Jira host services and a real
 * (temporary, unseeded) sandbox database, keeps the whole {@link IssueTracker} contract.
 */
class JiraIssueTrackerContractTest implements IssueTrackerContract.Whole {

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static SandboxContext host;
    static JiraHost jira;
    static IssueTracker tracker;

    @BeforeAll
    static void startEmptySandbox() throws Exception {
        server = SandboxFixture.start(dbDir, false);
        host = server.context();
        SandboxUsers users = host.users();
        users.create("admin", "Administrator", "admin", true);
        users.create("alice", "Alice Anders", "alice", false);
        users.create("olga", "Olga Ops", "olga", false);
        users.create("pat", "Pat Pay", "pat", false);
        users.createProject("OPS", "Operations");
        users.createProject("PAY", "Payments");
        users.grant("alice", "OPS", SandboxUsers.Level.EDIT);
        users.grant("alice", "PAY", SandboxUsers.Level.EDIT);
        users.grant("olga", "OPS", SandboxUsers.Level.BROWSE);
        users.grant("pat", "PAY", SandboxUsers.Level.BROWSE);
        jira = server.bound(JiraHost.class).orElseThrow();
        tracker = jira.component(IssueTracker.class);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Override
    public IssueTracker tracker() {
        return tracker;
    }

    @Override
    public IssueRef anIncident(String projectKey) {
        return host.issues()
                .create(NewIssue.of(projectKey, SandboxIssue.INCIDENT, "Checkout down", Instant.now())
                        .reportedBy("alice")
                        .build())
                .ref();
    }

    @Override
    public IssueRef anItem(IssueRef incident, String label) {
        return tracker.createActionItem(
                new NewActionItem(
                        incident,
                        incident.projectKey(),
                        "Task",
                        "Alert on latency",
                        null,
                        null,
                        ActionItemCategory.PREVENT),
                label);
    }

    @Override
    public IssueRef aResolvedItem(IssueRef incident, String label) {
        IssueRef item = anItem(incident, label);
        tracker.resolve(item, "Done", "");
        return item;
    }

    @Override
    public Audience personBrowsingOnly(String projectKey) {
        String user = switch (projectKey) {
            case "OPS" -> "olga";
            case "PAY" -> "pat";
            default -> throw new IllegalArgumentException("no person browses only " + projectKey);
        };
        return SandboxFixture.as(
                server,
                user,
                () -> Audience.of(jira.component(ViewerProvider.class).current()));
    }

    @Override
    public String incidentOpener() {
        return "alice";
    }

    @Override
    public String browsingOnly() {
        return "olga";
    }

    @Override
    public UserRef member() {
        return new UserRef("alice", "Alice Anders");
    }
}
