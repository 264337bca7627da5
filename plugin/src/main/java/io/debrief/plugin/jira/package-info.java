/**
 * The Jira adapters every feature slice shares: thin adapters from Jira to core's ports (viewer, incidents, issue
 * tracker and its search), start-up set-up of our issue and link types and their stored ids, i18n and Soy on Jira,
 * and the base class of the JQL functions. A slice's own Jira adapters (tab panels, JQL functions, the debrief-label
 * listener, derived timeline entries) live in the slice; nothing else imports {@code com.atlassian.jira.*}
 * (JiraBoundaryTest, docs/ARCHITECTURE.md).
 *
 * <p>Jira facts relied on (evidence levels as in JIRA-API-FACTS.md; C11 = confirmed against Jira 11):
 * <ul>
 *   <li>C11: {@code JiraAuthenticationContext.getLoggedInUser()}, {@code PermissionManager.hasPermission(key, Issue|Project,
 *       user)}, {@code GlobalPermissionManager.hasPermission(ADMINISTER|SYSTEM_ADMIN, user)},
 *       {@code IssueManager.getIssueObject(String)}, {@code Comment.getGroupLevel()/getRoleLevelId()},
 *       {@code SearchService.parseQuery}, {@code AbstractJqlFunction} (validate/getValues/min args/data type),
 *       {@code QueryLiteral(operand, Long)}, {@code EventPublisher.register} with {@code @PostConstruct}, the
 *       {@code IssueEvent} getters.</li>
 *   <li>C (older versions, shape stable): IssueService validate/create/update, IssueInputParameters setters,
 *       LabelManager.addLabel(user, id, label, false), IssueLinkManager.createIssueLink (checked CreateException),
 *       IssueTypeManager.create(SubTask)IssueType(name, description, avatarId), IssueLinkTypeManager, ChangeHistory,
 *       ChangeItemBean, SearchService.search/searchOverrideSecurity with {@code PagerFilter(start, max)},
 *       atlassian-scheduler (JobRunner, JobConfig, RUN_ONCE_PER_CLUSTER), SAL LifecycleAware/PluginSettings/I18nResolver.</li>
 *   <li>U (risks for the real build): {@code SubTaskManager.createSubTaskIssueLink} throws (wrapped in
 *       {@code catch (Exception)}); {@code IssueInputParameters.setAssigneeId} takes a user name (we pass the name);
 *       {@code setDueDate} parses Jira's date-picker format ({@link io.debrief.plugin.jira.DueDates}, default
 *       {@code d/MMM/yy}); whether IssueService.create of a validated sub-task already links the parent (we call
 *       createSubTaskIssueLink as community code does); {@code searchOverrideSecurity} still present in 11; JQL
 *       {@code linkedIssues(key, "has action item")} matching the inward description; the priority names of an
 *       instance (severity mapping by name); the workflow API ({@link io.debrief.plugin.jira.DoneTransitions}:
 *       IssueWorkflowManager, WorkflowManager, JiraWorkflow.getLinkedStatus and OSWorkflow's descriptors, confirmed
 *       up to Jira 8.21 only) and that a transition honours {@code setSkipScreenCheck(true)} for the resolution (it
 *       does in Jira's 6.3 source; a "Done" transition without a screen would otherwise drop it).</li>
 * </ul>
 */
package io.debrief.plugin.jira;
