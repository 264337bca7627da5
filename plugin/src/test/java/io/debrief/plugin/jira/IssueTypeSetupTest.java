package io.debrief.plugin.jira;

import static io.debrief.plugin.jira.JiraFixtures.issueType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssueTypeSetupTest {

    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final SubTaskManager subTasks = mock(SubTaskManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final Map<String, Object> pluginSettings = new HashMap<>();
    private final DebriefTypeIds typeIds = new DebriefTypeIds(JiraFixtures.pluginSettingsFactory(pluginSettings));
    private final IssueTypeSetup setup = new IssueTypeSetup(issueTypes, linkTypes, subTasks, i18n, typeIds);

    private final List<IssueType> jiraTypes = new ArrayList<>();
    private final List<IssueLinkType> jiraLinkTypes = new ArrayList<>();

    @BeforeEach
    void givenAJiraThatCreatesWhatItIsAskedFor() {
        when(i18n.getText(anyString())).thenAnswer(call -> "text of " + call.getArgument(0));
        when(issueTypes.getIssueTypes()).thenAnswer(call -> List.copyOf(jiraTypes));
        when(issueTypes.getIssueType(anyString()))
                .thenAnswer(call -> jiraTypes.stream()
                        .filter(type -> type.getId().equals(call.getArgument(0)))
                        .findFirst()
                        .orElse(null));
        when(issueTypes.createIssueType(anyString(), anyString(), nullable(Long.class)))
                .thenAnswer(call -> added(issueType("1000" + jiraTypes.size(), call.getArgument(0), false)));
        when(issueTypes.createSubTaskIssueType(anyString(), anyString(), nullable(Long.class)))
                .thenAnswer(call -> added(issueType("1000" + jiraTypes.size(), call.getArgument(0), true)));
        when(linkTypes.getIssueLinkTypesByName(anyString()))
                .thenAnswer(call -> jiraLinkTypes.stream()
                        .filter(type -> type.getName().equals(call.getArgument(0)))
                        .toList());
        when(linkTypes.getIssueLinkType(any()))
                .thenAnswer(call -> jiraLinkTypes.stream()
                        .filter(type -> type.getId().equals(call.getArgument(0)))
                        .findFirst()
                        .orElse(null));
        org.mockito.Mockito.doAnswer(call -> {
                    jiraLinkTypes.add(linkType(200L + jiraLinkTypes.size(), call.getArgument(0)));
                    return null;
                })
                .when(linkTypes)
                .createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aFirstStartCreatesBothIssueTypesAndTheLinkTypeAndRemembersTheirIds() {
        setup.onStart();

        verify(issueTypes)
                .createIssueType("Incident", "text of debrief.jira.issuetype.incident.description", (Long) null);
        verify(issueTypes)
                .createSubTaskIssueType(
                        "Debrief checkpoint", "text of debrief.jira.issuetype.checkpoint.description", (Long) null);
        verify(linkTypes).createIssueLinkType("Debrief action item", "is action item of", "has action item", null);
        verify(linkTypes).createIssueLinkType("Debrief repeat", "repeats", "is repeated by", null);
        assertThat(typeIds.incidentTypeId()).contains("10000");
        assertThat(typeIds.checkpointTypeId()).contains("10001");
        assertThat(typeIds.actionItemLinkTypeId()).contains(200L);
        assertThat(typeIds.repeatLinkTypeId()).contains(201L);
    }

    @Test
    void aRestartCreatesNothing() {
        setup.onStart();

        setup.onStart();

        verify(issueTypes, times(1)).createIssueType(anyString(), anyString(), nullable(Long.class));
        verify(issueTypes, times(1)).createSubTaskIssueType(anyString(), anyString(), nullable(Long.class));
        verify(linkTypes, times(1)).createIssueLinkType(eq("Debrief action item"), anyString(), anyString(), any());
        verify(linkTypes, times(1)).createIssueLinkType(eq("Debrief repeat"), anyString(), anyString(), any());
    }

    @Test
    void aTypeFoundByItsStoredIdIsKeptEvenWhenRenamed() {
        added(issueType("777", "Störung", false));
        typeIds.remember(DebriefTypeIds.INCIDENT_TYPE, "777");

        setup.onStart();

        verify(issueTypes, never()).createIssueType(anyString(), anyString(), nullable(Long.class));
        assertThat(typeIds.incidentTypeId()).contains("777");
    }

    @Test
    void withoutAStoredIdAnExistingTypeIsAdoptedByName() {
        added(issueType("555", "Incident", false));
        added(issueType("556", "Debrief checkpoint", true));
        jiraLinkTypes.add(linkType(300L, "Debrief action item"));
        jiraLinkTypes.add(linkType(301L, "Debrief repeat"));

        setup.onStart();

        verify(issueTypes, never()).createIssueType(anyString(), anyString(), nullable(Long.class));
        verify(issueTypes, never()).createSubTaskIssueType(anyString(), anyString(), nullable(Long.class));
        verify(linkTypes, never()).createIssueLinkType(anyString(), anyString(), anyString(), any());
        assertThat(typeIds.incidentTypeId()).contains("555");
        assertThat(typeIds.checkpointTypeId()).contains("556");
        assertThat(typeIds.actionItemLinkTypeId()).contains(300L);
        assertThat(typeIds.repeatLinkTypeId()).contains(301L);
    }

    @Test
    void aStoredIdWhoseTypeWasDeletedIsReplaced() {
        typeIds.remember(DebriefTypeIds.INCIDENT_TYPE, "999");

        setup.onStart();

        verify(issueTypes).createIssueType(eq("Incident"), anyString(), nullable(Long.class));
        assertThat(typeIds.incidentTypeId()).isPresent().get().isNotEqualTo("999");
    }

    @Test
    void aFailingJiraDoesNotStopThePluginFromStarting() {
        when(issueTypes.getIssueTypes()).thenThrow(new IllegalStateException("database down"));

        setup.onStart();

        assertThat(typeIds.incidentTypeId()).isEmpty();
        assertThat(typeIds.actionItemLinkTypeId()).contains(200L);
    }

    @Test
    void disabledSubTasksAreReportedButNotSwitchedOn() {
        when(subTasks.isSubTasksEnabled()).thenReturn(false);
        boolean warnedWhenDisabled = setup.warnIfSubTasksDisabled();
        when(subTasks.isSubTasksEnabled()).thenReturn(true);
        boolean warnedWhenEnabled = setup.warnIfSubTasksDisabled();

        assertThat(warnedWhenDisabled).isTrue();
        assertThat(warnedWhenEnabled).isFalse();
    }

    private IssueType added(IssueType type) {
        jiraTypes.add(type);
        return type;
    }

    private static IssueLinkType linkType(long id, String name) {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }
}
