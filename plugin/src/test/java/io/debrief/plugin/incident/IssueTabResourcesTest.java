package io.debrief.plugin.incident;

import static io.debrief.plugin.web.testkit.IncidentWorld.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.testkit.IncidentWorld;
import io.debrief.plugin.web.testkit.Viewers;
import io.debrief.plugin.web.view.PageResources;
import io.debrief.plugin.web.view.Views;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An issue tab that Jira may load by AJAX ({@code supports-ajax-load}) gets its JS and CSS however it is loaded:
 * every web-resource the tab requires while rendering is also in the {@value #ISSUE_VIEW_CONTEXT} context, which
 * the issue view page loads up front. A resource required during an AJAX tab request alone is not guaranteed to
 * reach the page. Atlassian's Jira 11 Slack plugin puts its issue-view resources in that context
 * (atlassian-labs/atlassian-slack-integration-server, jira-slack-server-integration-plugin atlassian-plugin.xml,
 * web-resource slack-viewissue-panel-resources: {@code <context>jira.view.issue</context>}).
 *
 * <p>The tabs come from the descriptor; what each requires comes from rendering it, so a new tab or a new
 * required resource is checked without editing this test (a new tab class only needs a way to be built, below).
 */
class IssueTabResourcesTest {

    static final String ISSUE_VIEW_CONTEXT = "jira.view.issue";

    private static Document descriptor;

    private final IncidentWorld world = new IncidentWorld();
    private final List<String> required = new ArrayList<>();

    /** How to build each tab panel class the descriptor names, with the resources it requires recorded. */
    private final Map<String, Function<PageResources, IncidentTabPanel>> panels = Map.of(
            TimelineTabPanel.class.getName(),
                    resources -> new TimelineTabPanel(
                            world.tabs(mock(Views.class), BundleMessages.discover(Locale.ENGLISH)),
                            () -> Viewers.editor("alice"),
                            resources),
            DebriefTabPanel.class.getName(),
                    resources -> new DebriefTabPanel(
                            world.tabs(mock(Views.class), BundleMessages.discover(Locale.ENGLISH)),
                            () -> Viewers.editor("alice"),
                            resources));

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in =
                IssueTabResourcesTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            descriptor = factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void everyResourceAnAjaxLoadedTabRequiresIsInTheIssueViewContext() {
        Map<String, List<String>> contexts = webResourceContexts();
        List<String> problems = new ArrayList<>();
        List<Element> ajaxTabs = ajaxLoadedTabs();

        for (Element tab : ajaxTabs) {
            String type = tab.getAttribute("class");
            Function<PageResources, IncidentTabPanel> build = panels.get(type);
            if (build == null) {
                problems.add(type + ": no way to build it in this test, so its resources go unchecked");
                continue;
            }
            required.clear();
            build.apply(required::add).html(incident());

            if (required.isEmpty()) {
                problems.add(type + ": requires no web-resource");
            }
            for (String key : required) {
                if (!contexts.containsKey(key)) {
                    problems.add(type + " requires " + key + ", which is not a web-resource of the descriptor");
                } else if (!contexts.get(key).contains(ISSUE_VIEW_CONTEXT)) {
                    problems.add(
                            type + " requires " + key + ", which is not in the " + ISSUE_VIEW_CONTEXT + " context");
                }
            }
        }

        assertThat(ajaxTabs).as("AJAX-loadable issue tabs").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    private static Issue incident() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(INCIDENT);
        return issue;
    }

    private static List<Element> ajaxLoadedTabs() {
        List<Element> tabs = new ArrayList<>();
        NodeList list = descriptor.getElementsByTagName("issue-tabpanel");
        for (int i = 0; i < list.getLength(); i++) {
            Element tab = (Element) list.item(i);
            NodeList ajax = tab.getElementsByTagName("supports-ajax-load");
            if (ajax.getLength() > 0
                    && "true".equals(ajax.item(0).getTextContent().trim())) {
                tabs.add(tab);
            }
        }
        return tabs;
    }

    private static Map<String, List<String>> webResourceContexts() {
        Map<String, List<String>> contexts = new HashMap<>();
        NodeList list = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < list.getLength(); i++) {
            Element resource = (Element) list.item(i);
            List<String> own = new ArrayList<>();
            NodeList children = resource.getElementsByTagName("context");
            for (int j = 0; j < children.getLength(); j++) {
                own.add(children.item(j).getTextContent().trim());
            }
            contexts.put(resource.getAttribute("key"), own);
        }
        return contexts;
    }
}
