package io.debrief.sandbox.jira;

import static io.debrief.sandbox.jira.NotHosted.notHosted;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxIssueTypeEntity;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Issue types (stored: the plugin creates its own at start and finds them again by id), priorities and resolutions.
 * A new database starts with Jira Software's standard types Task, Bug, Story and the Sub-task type.
 */
final class HostIssueTypes implements IssueTypeManager, ConstantsManager, PriorityManager, ResolutionManager {

    private static final List<String> STANDARD = List.of("Task", "Bug", "Story");
    static final String SUB_TASK = "Sub-task";

    private final SandboxContext host;

    HostIssueTypes(SandboxContext host) {
        this.host = host;
    }

    /** Creates the standard types on a database that has none. */
    void ensureStandardTypes() {
        host.inTransaction(() -> {
            for (String name : STANDARD) {
                if (byName(name).isEmpty()) {
                    create(name, "A standard issue type", false);
                }
            }
            if (byName(SUB_TASK).isEmpty()) {
                create(SUB_TASK, "A standard sub-task type", true);
            }
            return null;
        });
    }

    @Override
    public IssueType createIssueType(String name, String description, Long avatarId) {
        return create(name, description, false);
    }

    @Override
    public IssueType createSubTaskIssueType(String name, String description, Long avatarId) {
        return create(name, description, true);
    }

    private IssueType create(String name, String description, boolean subTask) {
        if (byName(name).isPresent()) {
            // Jira refuses a second type of the same name
            throw new IllegalStateException("an issue type named '" + name + "' exists");
        }
        SandboxIssueTypeEntity row = HostPeople.sql(() -> host.entityManager()
                .create(
                        SandboxIssueTypeEntity.class,
                        new DBParam("NAME", name),
                        new DBParam("DESCRIPTION", description),
                        new DBParam("SUB_TASK", subTask)));
        return type(row);
    }

    @Override
    public Collection<IssueType> getIssueTypes() {
        return Arrays.stream(rows(Query.select().order("ID")))
                .map(HostIssueTypes::type)
                .toList();
    }

    @Override
    public IssueType getIssueType(String id) {
        if (id == null || !id.matches("\\d{1,9}")) {
            return null;
        }
        SandboxIssueTypeEntity[] found = rows(Query.select().where("ID = ?", Integer.parseInt(id)));
        return found.length == 0 ? null : type(found[0]);
    }

    Optional<IssueType> byName(String name) {
        return getIssueTypes().stream()
                .filter(t -> t.getName().equalsIgnoreCase(name))
                .findFirst();
    }

    @Override
    public Collection<IssueType> getAllIssueTypeObjects() {
        return getIssueTypes();
    }

    @Override
    public Collection<IssueType> getSubTaskIssueTypeObjects() {
        return getIssueTypes().stream().filter(IssueType::isSubTask).toList();
    }

    @Override
    public List<Priority> getPriorities() {
        return List.copyOf(Constants.PRIORITIES);
    }

    @Override
    public Priority getPriority(String id) {
        return Constants.byId(Constants.PRIORITIES, id).orElse(null);
    }

    @Override
    public List<Resolution> getResolutions() {
        return List.copyOf(Constants.RESOLUTIONS);
    }

    @Override
    public Resolution getResolution(String id) {
        return Constants.byId(Constants.RESOLUTIONS, id).orElse(null);
    }

    private SandboxIssueTypeEntity[] rows(Query query) {
        return HostPeople.sql(() -> host.entityManager().find(SandboxIssueTypeEntity.class, query));
    }

    private static IssueType type(SandboxIssueTypeEntity row) {
        return new Constants.HostIssueType(
                String.valueOf(row.getID()), row.getName(), row.getDescription(), row.isSubTask());
    }

    // overloads the plugin does not call (declared by the stand-ins so that ambiguity shows; see NotHosted)

    @Override
    public IssueType createIssueType(String arg0, String arg1, String arg2) {
        throw notHosted("createIssueType");
    }

    @Override
    public IssueType createSubTaskIssueType(String arg0, String arg1, String arg2) {
        throw notHosted("createSubTaskIssueType");
    }
}
