package io.debrief.platformapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * No test can rely on a stand-in's method body unless that body is known to behave like Jira's.
 *
 * <p>Every method with a body (class methods, static methods, interface defaults) of every stand-in must do nothing
 * but throw {@code UnsupportedOperationException("stand-in")}, so a test that calls one on a real instance fails at
 * once and has to mock it, or test the plugin's own code instead. The exceptions are the types on
 * {@link #BEHAVES_LIKE_JIRA}: value types and base classes whose behaviour was compared with Jira code, each with that
 * evidence; {@code ValueStandInsTest} pins what they do. Exceptions (Throwable), enums and annotations carry no
 * behaviour of their own.
 *
 * <p>Why: {@code GenericMessageAction.getHtml()} returned its message here, a plugin test asserted on it, and the
 * real one renders a Velocity template through ComponentAccessor (issue 11, defect 3).
 */
class StandInBodiesTest {

    /** Stand-ins whose bodies may run in tests, and why they behave like Jira's. */
    static final Map<String, String> BEHAVES_LIKE_JIRA = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "com.atlassian.scheduler.config.JobRunnerKey",
                    "value type; of/equals/toString C(atlassian-scheduler)"),
            Map.entry("com.atlassian.scheduler.config.JobId", "value type; of/equals/toString C(atlassian-scheduler)"),
            Map.entry(
                    "com.atlassian.scheduler.config.JobConfig",
                    "immutable value, with* return copies C(atlassian-scheduler)"),
            Map.entry("com.atlassian.scheduler.config.Schedule", "value type C(atlassian-scheduler)"),
            Map.entry("com.atlassian.scheduler.JobRunnerResponse", "value type C(atlassian-scheduler)"),
            Map.entry("com.atlassian.jira.security.plugin.ProjectPermissionKey", "value type C(6.3), C11"),
            Map.entry("com.atlassian.jira.permission.GlobalPermissionKey", "value type C(7.x), C11"),
            Map.entry("com.atlassian.sal.api.user.UserKey", "value type C(SAL)"),
            Map.entry("com.atlassian.jira.issue.label.Label", "value type C(6.3)"),
            Map.entry("com.atlassian.mail.Email", "bean: setters store and return this, getters read C(mail 5.3.0)"),
            Map.entry(
                    "com.atlassian.mail.queue.SingleMailQueueItem",
                    "holds its email, getEmail returns it C(mail 5.3.0)"),
            Map.entry("com.atlassian.jira.jql.operand.QueryLiteral", "value type C(6.3)"),
            Map.entry("com.atlassian.query.operand.FunctionOperand", "value type C(6.3)"),
            Map.entry("com.atlassian.jira.util.MessageSetImpl", "collects messages C(6.3)"),
            Map.entry("com.atlassian.jira.issue.search.SearchResults", "value type C(6.3)"),
            Map.entry("com.atlassian.jira.web.bean.PagerFilter", "value type C(6.3)"),
            Map.entry("com.atlassian.jira.issue.history.ChangeItemBean", "bean C(6.3)"),
            Map.entry("com.atlassian.jira.bc.ServiceResultImpl", "holds an ErrorCollection C(6.3)"),
            Map.entry("com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent", "holds the link C(7.x)"),
            Map.entry("com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent", "holds the link C(7.x)"),
            Map.entry("com.atlassian.jira.JiraDataTypes", "constants and getTypeForValue C(6.3)"),
            Map.entry(
                    "com.atlassian.jira.plugin.jql.function.AbstractJqlFunction",
                    "init/name/list from the descriptor C11 (jira-scrum-poker ActiveScrumPokerSessionsJqlFunction)"),
            Map.entry(
                    "com.atlassian.jira.plugin.issuetabpanel.AbstractIssueTabPanel3",
                    "init keeps the descriptor C(6.3)"),
            Map.entry(
                    "com.atlassian.jira.plugin.webfragment.conditions.AbstractWebCondition",
                    "init with no params is a no-op C11 (jira-scrum-poker conditions)"),
            Map.entry("com.atlassian.jira.bc.issue.search.SearchService$ParseResult", "value type C(6.3)"),
            // value holders Jira builds and hands to the plugin; the sandbox host builds them the same way (issue 12)
            Map.entry(
                    "com.atlassian.jira.issue.tabpanels.GenericMessageAction",
                    "getHtml: the message, as generic-message.vm places it unescaped C(6.3); Jira's wrapper markup is"
                            + " not reproduced, so no plugin test asserts on it (IncidentTabPanelsTest tests our html)"),
            Map.entry(
                    "com.atlassian.jira.event.issue.IssueEvent",
                    "holds issue, user and event type id C(6.3 IssueEvent getters)"),
            Map.entry(
                    "com.atlassian.jira.plugin.issuetabpanel.GetActionsRequest",
                    "value object: issue, remoteUser, isAsynchronous, isAnonymous C(6.3)"),
            Map.entry(
                    "com.atlassian.jira.plugin.issuetabpanel.ShowPanelRequest",
                    "value object: issue, remoteUser, isAnonymous C(6.3)"),
            Map.entry(
                    "com.atlassian.jira.bc.issue.IssueService$CreateValidationResult",
                    "IssueValidationResult with the field values holder C(6.3)"),
            Map.entry(
                    "com.atlassian.jira.bc.issue.IssueService$UpdateValidationResult",
                    "IssueValidationResult with the field values holder C(6.3)"),
            Map.entry(
                    "com.atlassian.jira.bc.issue.IssueService$TransitionValidationResult",
                    "ServiceResultImpl with issue, action id and field values holder C(6.3)"),
            Map.entry(
                    "com.atlassian.jira.bc.issue.IssueService$IssueValidationResult", "ServiceResultImpl value C(6.3)"),
            Map.entry("com.atlassian.jira.bc.issue.IssueService$IssueResult", "ServiceResultImpl value C(6.3)"),
            // the wired tests run in the default build on the sandbox host (issue 12)
            Map.entry(
                    "com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner",
                    "client half as the runner's source: it.-package check, GET {baseurl}/rest/atlassiantestrunner/1.0/"
                            + "runtest/<class>, one JUnit event per passed, ignored and failed method C(source)")));

    private static final String STAND_IN_FAILURE = UnsupportedOperationException.class.getName();

    @Test
    void everyStandInBodyThrowsUnlessItsTypeBehavesLikeJira() {
        JavaClasses standIns = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.atlassian", "com.opensymphony");
        assertThat(standIns).as("stand-ins found").hasSizeGreaterThan(50);

        List<String> bodies = new ArrayList<>();
        for (JavaClass type : standIns) {
            if (exempt(type)) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (hasBody(method) && !onlyThrowsStandIn(method)) {
                    bodies.add(method.getFullName());
                }
            }
        }

        assertThat(bodies)
                .as("stand-in bodies that do something: throw UnsupportedOperationException(\"stand-in\"), "
                        + "or add the type to BEHAVES_LIKE_JIRA with the evidence that Jira's does the same")
                .isEmpty();
    }

    @Test
    void everyTypeAllowedToBehaveExists() {
        JavaClasses standIns = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.atlassian", "com.opensymphony");

        assertThat(BEHAVES_LIKE_JIRA.keySet())
                .allSatisfy(name -> assertThat(standIns.contain(name)).as(name).isTrue());
    }

    private static boolean exempt(JavaClass type) {
        return BEHAVES_LIKE_JIRA.containsKey(type.getName())
                || type.isAnnotation()
                || type.isEnum()
                || type.isAssignableTo(Throwable.class)
                || type.getEnclosingClass()
                        .map(outer -> BEHAVES_LIKE_JIRA.containsKey(outer.getName()))
                        .orElse(false);
    }

    private static boolean hasBody(JavaMethod method) {
        return !method.getModifiers().contains(JavaModifier.ABSTRACT)
                && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                && !method.getModifiers().contains(JavaModifier.BRIDGE)
                && !method.getModifiers().contains(JavaModifier.PRIVATE);
    }

    /** The body is {@code throw new UnsupportedOperationException(...)} and nothing else. */
    private static boolean onlyThrowsStandIn(JavaMethod method) {
        return !method.getConstructorCallsFromSelf().isEmpty()
                && method.getConstructorCallsFromSelf().stream()
                        .allMatch(call -> call.getTargetOwner().getName().equals(STAND_IN_FAILURE))
                && method.getMethodCallsFromSelf().isEmpty()
                && method.getFieldAccesses().isEmpty();
    }
}
