package io.debrief.plugin.web.descriptor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.event.api.EventListener;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira can reach every class it must call by reflection: the failures here never show in a unit test, only in a
 * running Jira, as a log line and a feature that silently does nothing.
 *
 * <p><b>Event listeners.</b> atlassian-event calls an {@code @EventListener} method with a plain
 * {@code Method.invoke(listener, event)}, without {@code setAccessible}, and turns the IllegalAccessException into a
 * logged RuntimeException ({@code com.atlassian.event.internal.SingleParameterMethodListenerInvoker#invoke},
 * atlassian-event 5.x as decompiled in ngannk-fptu/Decompiled-Files). A public method of a package-private class is
 * not accessible from there, so both the method and its class must be public. Every listener of Atlassian's own
 * Jira 11 Slack plugin is a public class with public methods (atlassian-labs/atlassian-slack-integration-server,
 * jira-slack-server-integration-plugin .../manager/impl/DedicatedChannelEventListener.java).
 *
 * <p><b>Module classes.</b> Every {@code class="..."} of atlassian-plugin.xml (tab panels, JQL functions, servlets,
 * conditions, context providers, whatever is added next) is read from the descriptor here, not listed by hand. Ours
 * must be public, concrete, with exactly one public constructor for the plugin's Spring container to autowire;
 * where a class declares several constructors that one carries {@code @Inject}. That is the shape of the Jira 11
 * witnesses: codescape/jira-scrum-poker (Jira 11.3.1) {@code ActiveScrumPokerSessionsJqlFunction} and
 * {@code StartScrumPokerForIssueCondition} ({@code @Inject public} constructor), the Slack plugin's
 * {@code IssueWebPanel} and {@code ShowIssuePanelCondition} (one public constructor). Jira's own classes named there
 * must be on {@link #JIRA_CLASSES}, each with the witness that uses it.
 */
class LoadableClassesTest {

    /** Jira classes our descriptor names, and the Jira 11 witness that names the same class. */
    static final Map<String, String> JIRA_CLASSES = Map.of(
            "com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition",
            "Slack plugin (Jira 11.0) atlassian-plugin.xml, web-panel slack-viewissue-panel",
            "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition",
            "Slack plugin (Jira 11.0) atlassian-plugin.xml, web-panel slack-viewissue-panel");

    private static final String OURS = "io.debrief.";

    private static Document descriptor;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = LoadableClassesTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            descriptor = factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void everyEventListenerMethodAndItsClassArePublic() {
        JavaClasses plugin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.debrief.plugin");

        methods()
                .that()
                .areAnnotatedWith(EventListener.class)
                .should()
                .bePublic()
                .andShould()
                .beDeclaredInClassesThat()
                .arePublic()
                .because("atlassian-event invokes listener methods with Method.invoke and no setAccessible")
                .check(plugin);
    }

    @Test
    void theDescriptorNamesModuleClasses() {
        // the rule below must have something to check: tab panels, JQL functions and servlets at least
        assertThat(namedClasses().keySet())
                .filteredOn(name -> name.startsWith(OURS))
                .hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void everyClassNamedInTheDescriptorCanBeBuiltByJira() {
        List<String> problems = new ArrayList<>();
        namedClasses().forEach((name, module) -> {
            if (!name.startsWith(OURS)) {
                if (!JIRA_CLASSES.containsKey(name)) {
                    problems.add(name + " (" + module + "): not ours and no Jira 11 witness in JIRA_CLASSES");
                }
                return;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                problems.add(name + " (" + module + "): no such class");
                return;
            }
            problems.addAll(loadable(type, module));
        });

        assertThat(problems).as("classes Jira could not load or build").isEmpty();
    }

    /** What keeps Jira from building {@code type}: empty when public, concrete, with one usable public constructor. */
    static List<String> loadable(Class<?> type, String module) {
        List<String> problems = new ArrayList<>();
        String where = type.getName() + " (" + module + "): ";
        if (!Modifier.isPublic(type.getModifiers())) {
            problems.add(where + "class is not public");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            problems.add(where + "class is abstract");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            problems.add(where + "inner class needs an outer instance");
        }
        Constructor<?>[] declared = type.getDeclaredConstructors();
        List<Constructor<?>> publicOnes = Arrays.stream(declared)
                .filter(c -> Modifier.isPublic(c.getModifiers()))
                .toList();
        if (publicOnes.size() != 1) {
            problems.add(where + publicOnes.size() + " public constructors, Spring autowires exactly one");
        } else if (declared.length > 1 && !publicOnes.get(0).isAnnotationPresent(Inject.class)) {
            problems.add(where + "several constructors and the public one has no @Inject");
        }
        return problems;
    }

    /** Every {@code class} attribute in the descriptor, with the module it sits in. */
    private static Map<String, String> namedClasses() {
        Map<String, String> named = new TreeMap<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getAttribute("class");
            if (!name.isEmpty() && !"java.lang.Object".equals(name)) {
                named.put(name, moduleOf(element));
            }
        }
        return named;
    }

    private static String moduleOf(Element element) {
        Element module = element;
        while (module.getParentNode() instanceof Element parent && parent != descriptor.getDocumentElement()) {
            module = parent;
        }
        return "<" + module.getTagName() + " key=\"" + module.getAttribute("key") + "\">";
    }
}
