package io.debrief.plugin.web.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.plugin.web.i18n.I18nBundles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** atlassian-plugin.xml is well formed, flags Data Center support, and points only at resources that exist. */
class PluginDescriptorTest {

    /** The section banners feature work writes into; each exactly once, in this order. */
    static final List<String> SECTIONS = List.of("info", "i18n", "web-resources (common)", "issue-types", "timeline",
            "debrief", "action-items", "checkpoints", "review (dashboard item)", "lint", "settings (project admin)",
            "navigation", "rest", "ao", "jql", "listeners-and-jobs");

    private static String text;
    private static Document descriptor;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = resource("atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml on the classpath").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        descriptor = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pluginKeyComesFromTheBuild() {
        assertThat(descriptor.getDocumentElement().getAttribute("key"))
                .isIn("${atlassian.plugin.key}", "io.debrief.debrief-plugin");
    }

    @Test
    void declaresDataCenterCompatibility() {
        Map<String, String> params = pluginInfoParams();

        assertThat(params).containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
    }

    @Test
    void pluginIconAndLogoExist() {
        Map<String, String> params = pluginInfoParams();

        assertThat(List.of(params.get("plugin-icon"), params.get("plugin-logo")))
                .allSatisfy(location -> assertThat(resource(location)).as(location).isNotNull());
    }

    @Test
    void everyI18nResourceExistsAndEveryBundleIsDeclared() {
        List<String> declared = new ArrayList<>();
        for (Element resource : elements("resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                declared.add(resource.getAttribute("location"));
            }
        }

        assertThat(declared).allSatisfy(location ->
                assertThat(resource(location + ".properties")).as(location + ".properties").isNotNull());
        assertThat(declared).containsExactlyInAnyOrderElementsOf(
                I18nBundles.baseNames(PluginDescriptorTest.class.getClassLoader()));
    }

    @Test
    void everySoyAndDownloadResourceExists() {
        for (Element resource : elements("resource")) {
            String type = resource.getAttribute("type");
            if ("soy".equals(type) || "download".equals(type)) {
                assertThat(resource(resource.getAttribute("location"))).as(resource.getAttribute("location"))
                        .isNotNull();
            }
        }
    }

    /**
     * REST v2 in the shape both Jira 11 witnesses use: {@code <rest-migration><rest-v2/>} and a {@code <rest>} module
     * with no {@code <package>}, so resources and providers are found by scanning the bundle (jira-scrum-poker 11.3.1
     * atlassian-plugin.xml at bb652fd6 line 196; Slack plugin 11.0 jira-slack-server-integration-plugin
     * atlassian-plugin.xml at 94c50dce lines 258-261, whose @Provider filters are found that way).
     */
    @Test
    void restIsVersion2FoundByScanningTheBundle() {
        assertThat(elements("rest-migration")).singleElement()
                .satisfies(migration -> assertThat(migration.getElementsByTagName("rest-v2").getLength()).isOne());
        Element rest = elements("rest").get(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/debrief");
        assertThat(rest.getElementsByTagName("package").getLength()).as("<package> inside <rest>").isZero();
    }

    @Test
    void moduleKeysAreUniqueAndHaveNoDots() {
        Map<String, Integer> keys = new HashMap<>();
        NodeList modules = descriptor.getDocumentElement().getChildNodes();
        for (int i = 0; i < modules.getLength(); i++) {
            if (modules.item(i) instanceof Element module && module.hasAttribute("key")) {
                keys.merge(module.getAttribute("key"), 1, Integer::sum);
            }
        }

        assertThat(keys).allSatisfy((key, count) -> {
            assertThat(count).as("modules with key " + key).isOne();
            assertThat(key).doesNotContain(".");
        });
    }

    @Test
    void everySectionBannerAppearsOnceInOrder() {
        Matcher banner = Pattern.compile("<!-- === section: (.+?) === -->").matcher(text);
        List<String> found = new ArrayList<>();
        while (banner.find()) {
            found.add(banner.group(1));
        }

        assertThat(found).containsExactlyElementsOf(SECTIONS);
    }

    @Test
    void springScannerContextIsPresent() throws IOException {
        try (InputStream in = resource("META-INF/spring/plugin-context.xml")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("<atlassian-scanner:scan-indexes/>");
        }
    }

    private static Map<String, String> pluginInfoParams() {
        Map<String, String> params = new HashMap<>();
        Element info = elements("plugin-info").get(0);
        NodeList list = info.getElementsByTagName("param");
        for (int i = 0; i < list.getLength(); i++) {
            Element param = (Element) list.item(i);
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        return params;
    }

    private static List<Element> elements(String tag) {
        NodeList list = descriptor.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static InputStream resource(String location) {
        return PluginDescriptorTest.class.getClassLoader().getResourceAsStream(location);
    }
}
