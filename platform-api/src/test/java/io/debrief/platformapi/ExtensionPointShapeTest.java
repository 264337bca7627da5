package io.debrief.platformapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.plugin.issuetabpanel.AbstractIssueAction;
import com.atlassian.jira.plugin.issuetabpanel.AbstractIssueTabPanel3;
import com.atlassian.jira.plugin.issuetabpanel.IssueAction;
import com.atlassian.jira.plugin.issuetabpanel.IssueTabPanel3;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.plugin.webfragment.conditions.AbstractIssueWebCondition;
import com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import com.atlassian.scheduler.JobRunner;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Types the plugin implements must carry Jira's complete abstract method set (JIRA-API-FACTS §0): a missing abstract
 * method would let the plugin compile here and fail to load in Jira.
 */
class ExtensionPointShapeTest {

    @Test
    void interfaces_the_plugin_implements_declare_the_full_method_set() {
        assertThat(abstractMethods(JqlFunction.class))
                .containsExactlyInAnyOrder(
                        "init",
                        "validate",
                        "getValues",
                        "isList",
                        "getMinimumNumberOfExpectedArguments",
                        "getFunctionName",
                        "getDataType");
        assertThat(abstractMethods(IssueTabPanel3.class)).containsExactlyInAnyOrder("init", "showPanel", "getActions");
        assertThat(abstractMethods(IssueAction.class))
                .containsExactlyInAnyOrder("getHtml", "getTimePerformed", "isDisplayActionAllTab");
        assertThat(abstractMethods(ContextProvider.class)).containsExactlyInAnyOrder("init", "getContextMap");
        assertThat(abstractMethods(Condition.class)).containsExactlyInAnyOrder("init", "shouldDisplay");
        assertThat(abstractMethods(JobRunner.class)).containsExactly("runJob");
        assertThat(abstractMethods(LifecycleAware.class)).containsExactlyInAnyOrder("onStart", "onStop");
        assertThat(abstractMethods(PluginUpgradeTask.class))
                .containsExactlyInAnyOrder("getBuildNumber", "getShortDescription", "doUpgrade", "getPluginKey");
    }

    @Test
    void base_classes_leave_exactly_jiras_abstract_methods_to_the_plugin() {
        assertThat(stillAbstract(AbstractJqlFunction.class))
                .containsExactlyInAnyOrder(
                        "validate", "getValues", "getMinimumNumberOfExpectedArguments", "getDataType");
        assertThat(stillAbstract(AbstractIssueTabPanel3.class)).containsExactlyInAnyOrder("showPanel", "getActions");
        assertThat(stillAbstract(AbstractIssueAction.class))
                .containsExactlyInAnyOrder("getTimePerformed", "populateVelocityParams");
        assertThat(stillAbstract(AbstractJiraContextProvider.class)).containsExactly("getContextMap");
        assertThat(stillAbstract(AbstractIssueWebCondition.class)).containsExactly("shouldDisplay");
    }

    @Test
    void the_unlimited_pager_is_not_offered_because_jira_11_caps_a_search_at_10000_hits() {
        assertThat(Arrays.stream(PagerFilter.class.getMethods()).map(Method::getName))
                .doesNotContain("getUnlimitedFilter");
    }

    @Test
    void a_jql_function_takes_its_name_from_the_descriptor_and_reports_a_wrong_argument_count() {
        AbstractJqlFunction function = new AbstractJqlFunction() {
            @Override
            public MessageSet validate(
                    com.atlassian.jira.user.ApplicationUser searcher,
                    FunctionOperand operand,
                    com.atlassian.query.clause.TerminalClause clause) {
                return validateNumberOfArgs(operand, 1);
            }

            @Override
            public java.util.List<com.atlassian.jira.jql.operand.QueryLiteral> getValues(
                    com.atlassian.jira.jql.query.QueryCreationContext context,
                    FunctionOperand operand,
                    com.atlassian.query.clause.TerminalClause clause) {
                return java.util.List.of();
            }

            @Override
            public int getMinimumNumberOfExpectedArguments() {
                return 1;
            }

            @Override
            public com.atlassian.jira.JiraDataType getDataType() {
                return com.atlassian.jira.JiraDataTypes.ISSUE;
            }
        };
        function.init(descriptor("debriefItems", true));

        assertThat(function.getFunctionName()).isEqualTo("debriefItems");
        assertThat(function.isList()).isTrue();
        assertThat(function.validate(null, new FunctionOperand("debriefItems"), null)
                        .hasAnyErrors())
                .isTrue();
        assertThat(function.validate(null, new FunctionOperand("debriefItems", "INC-1"), null)
                        .hasAnyErrors())
                .isFalse();
    }

    private static JqlFunctionModuleDescriptor descriptor(String name, boolean list) {
        return new JqlFunctionModuleDescriptor() {
            @Override
            public String getFunctionName() {
                return name;
            }

            @Override
            public boolean isList() {
                return list;
            }
        };
    }

    private static java.util.List<String> abstractMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()))
                .map(Method::getName)
                .toList();
    }

    /** Abstract methods (any visibility) of the class and its supertypes that no class in the hierarchy implements. */
    private static java.util.List<String> stillAbstract(Class<?> type) {
        java.util.Set<String> concrete = new java.util.HashSet<>();
        java.util.Map<String, String> abstractOnes = new java.util.LinkedHashMap<>();
        java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>(java.util.List.of(type));
        while (!todo.isEmpty()) {
            Class<?> current = todo.pop();
            for (Method m : current.getDeclaredMethods()) {
                String signature = m.getName() + Arrays.toString(m.getParameterTypes());
                if (Modifier.isAbstract(m.getModifiers())) {
                    abstractOnes.putIfAbsent(signature, m.getName());
                } else if (!m.isSynthetic() && !Modifier.isStatic(m.getModifiers())) {
                    concrete.add(signature);
                }
            }
            if (current.getSuperclass() != null) {
                todo.add(current.getSuperclass());
            }
            todo.addAll(Arrays.asList(current.getInterfaces()));
        }
        abstractOnes.keySet().removeAll(concrete);
        return java.util.List.copyOf(abstractOnes.values());
    }
}
