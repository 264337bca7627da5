package io.debrief.sandbox.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxIssue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Issues by id or key, as Jira's IssueManager: no permission check (callers check, as in Jira). */
final class HostIssueManager implements IssueManager {

    static final String DESCRIPTION = "description";
    static final String RESOLUTION = "resolution";

    private final SandboxContext host;
    private final HostPeople people;
    private final HostIssueTypes types;
    private final JiraCounts counts;

    HostIssueManager(SandboxContext host, HostPeople people, HostIssueTypes types) {
        this.host = host;
        this.people = people;
        this.types = types;
        this.counts = people.counts();
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        counts.issueLookedUp();
        return id == null ? null : host.issues().byId(id).map(this::issue).orElse(null);
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        counts.issueLookedUp();
        return key == null ? null : host.issues().byKey(key).map(this::issue).orElse(null);
    }

    @Override
    public MutableIssue getIssueByCurrentKey(String key) {
        return getIssueObject(key);
    }

    @Override
    public List<Issue> getIssueObjects(Collection<Long> ids) {
        List<Issue> found = new ArrayList<>();
        for (Long id : ids) {
            MutableIssue issue = getIssueObject(id);
            if (issue != null) {
                found.add(issue);
            }
        }
        return found;
    }

    /** What the plugin asked of this Jira, counted (shared with links and search). */
    JiraCounts counts() {
        return counts;
    }

    HostIssue issue(SandboxIssue issue) {
        return new HostIssue(issue, this);
    }

    /** The issue, with its security level taken from {@code levels} (by issue id) rather than read again. */
    HostIssue issue(SandboxIssue issue, java.util.Map<Long, String> levels) {
        return new HostIssue(issue, this, levels);
    }

    String property(long issueId, String name) {
        return host.issues().property(issueId, name).orElse(null);
    }

    SandboxContext host() {
        return host;
    }

    HostPeople people() {
        return people;
    }

    HostIssueTypes types() {
        return types;
    }
}
