package io.debrief.plugin.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders for mocked Jira objects and a working in-memory PluginSettings, shared by the Jira glue tests. */
public final class JiraFixtures {

    public static final String INCIDENT_TYPE_ID = "10100";
    public static final String CHECKPOINT_TYPE_ID = "10101";
    public static final String TASK_TYPE_ID = "3";
    public static final long LINK_TYPE_ID = 10200L;
    public static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

    private JiraFixtures() {}

    /** Type ids as IssueTypeSetup leaves them after a first start. */
    public static DebriefTypeIds givenTypesSetUp() {
        DebriefTypeIds ids = new DebriefTypeIds(pluginSettingsFactory(new HashMap<>()));
        ids.remember(DebriefTypeIds.INCIDENT_TYPE, INCIDENT_TYPE_ID);
        ids.remember(DebriefTypeIds.CHECKPOINT_TYPE, CHECKPOINT_TYPE_ID);
        ids.remember(DebriefTypeIds.ACTION_ITEM_LINK_TYPE, String.valueOf(LINK_TYPE_ID));
        return ids;
    }

    public static PluginSettingsFactory pluginSettingsFactory(Map<String, Object> store) {
        PluginSettings settings = new PluginSettings() {
            @Override
            public Object get(String key) {
                return store.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return store.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return store.remove(key);
            }
        };
        // a plain class, not a mock: the listener benchmark reads type ids through it on every event
        return new PluginSettingsFactory() {
            @Override
            public PluginSettings createGlobalSettings() {
                return settings;
            }

            @Override
            public PluginSettings createSettingsForKey(String key) {
                return settings;
            }
        };
    }

    public static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(key + "-name");
        when(user.getName()).thenReturn(key + "-name");
        when(user.getDisplayName()).thenReturn("User " + key);
        return user;
    }

    public static Project project(long id, String key) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        return project;
    }

    public static IssueType issueType(String id, String name, boolean subTask) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        return type;
    }

    public static IssueBuilder anIssue(long id, String key) {
        return new IssueBuilder(id, key);
    }

    public static IssueBuilder anIncident(long id, String key) {
        return new IssueBuilder(id, key).type(INCIDENT_TYPE_ID, "Incident");
    }

    /** A mocked issue; every getter a test does not set answers like a fresh Jira issue (null, empty). */
    public static final class IssueBuilder {
        private final long id;
        private final String key;
        private String typeId = TASK_TYPE_ID;
        private String typeName = "Task";
        private String summary = "Summary";
        private String priority;
        private ApplicationUser assignee;
        private ApplicationUser reporter;
        private Instant resolved;
        private String statusCategory = "new";
        private Set<String> labels = new HashSet<>();
        private List<String> components = List.of();
        private Issue parent;
        private Project project;

        private IssueBuilder(long id, String key) {
            this.id = id;
            this.key = key;
        }

        public IssueBuilder type(String id, String name) {
            this.typeId = id;
            this.typeName = name;
            return this;
        }

        public IssueBuilder summary(String value) {
            this.summary = value;
            return this;
        }

        public IssueBuilder priority(String name) {
            this.priority = name;
            return this;
        }

        public IssueBuilder assignee(ApplicationUser user) {
            this.assignee = user;
            return this;
        }

        public IssueBuilder reporter(ApplicationUser user) {
            this.reporter = user;
            return this;
        }

        public IssueBuilder resolvedAt(String instant) {
            this.resolved = Instant.parse(instant);
            return this;
        }

        public IssueBuilder done() {
            this.statusCategory = "done";
            return this;
        }

        public IssueBuilder labels(String... names) {
            this.labels = Set.of(names);
            return this;
        }

        public IssueBuilder components(String... names) {
            this.components = List.of(names);
            return this;
        }

        public IssueBuilder parent(Issue value) {
            this.parent = value;
            return this;
        }

        public IssueBuilder project(Project value) {
            this.project = value;
            return this;
        }

        public MutableIssue build() {
            MutableIssue issue = mock(MutableIssue.class);
            when(issue.getId()).thenReturn(id);
            when(issue.getKey()).thenReturn(key);
            when(issue.getSummary()).thenReturn(summary);
            when(issue.getIssueTypeId()).thenReturn(typeId);
            IssueType type = issueType(typeId, typeName, parent != null);
            when(issue.getIssueType()).thenReturn(type);
            Project owner =
                    project != null ? project : JiraFixtures.project(1L, key.substring(0, key.lastIndexOf('-')));
            when(issue.getProjectObject()).thenReturn(owner);
            Long projectId = owner.getId();
            when(issue.getProjectId()).thenReturn(projectId);
            when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
            when(issue.getResolutionDate()).thenReturn(resolved == null ? null : Timestamp.from(resolved));
            when(issue.getAssignee()).thenReturn(assignee);
            when(issue.getReporter()).thenReturn(reporter);
            if (priority != null) {
                Priority value = mock(Priority.class);
                when(value.getName()).thenReturn(priority);
                when(value.getId()).thenReturn("p-" + priority);
                when(issue.getPriority()).thenReturn(value);
            }
            StatusCategory category = mock(StatusCategory.class);
            when(category.getKey()).thenReturn(statusCategory);
            Status status = mock(Status.class);
            when(status.getStatusCategory()).thenReturn(category);
            when(issue.getStatus()).thenReturn(status);
            Set<Label> jiraLabels = new HashSet<>();
            long labelId = 1;
            for (String label : labels) {
                jiraLabels.add(new Label(labelId++, id, label));
            }
            when(issue.getLabels()).thenReturn(jiraLabels);
            List<ProjectComponent> jiraComponents = components.stream()
                    .map(name -> {
                        ProjectComponent component = mock(ProjectComponent.class);
                        when(component.getName()).thenReturn(name);
                        return component;
                    })
                    .toList();
            when(issue.getComponents()).thenReturn(jiraComponents);
            // Mockito answers 0 for a Long; Jira answers null for an issue without parent
            when(issue.getParentId()).thenReturn(null);
            if (parent != null) {
                Long parentId = parent.getId();
                when(issue.getParentObject()).thenReturn(parent);
                when(issue.getParentId()).thenReturn(parentId);
                when(issue.isSubTask()).thenReturn(true);
            }
            return issue;
        }
    }
}
