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
    static final List<String> SECTIONS = List.of(
            "info",
            "i18n",
            "web-resources (common)",
            "issue-types",
            "timeline",
            "debrief",
            "sharing",
            "action-items",
            "checkpoints",
            "review (dashboard item)",
            "insights (page and dashboard item, issue 16)",
            "lint",
            "settings (project admin)",
            "navigation",
            "rest",
            "ao",
            "jql",
            "listeners-and-jobs");

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
        descriptor = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pluginKeyComesFromTheBuild() {
        assertThat(descriptor.getDocumentElement().getAttribute("key"))
                .isIn("${atlassian.plugin.key}", "io.debrief.debrief-plugin");
    }

    @Test
    void declaresDataCenterCompatibility() {
        Map<String, String> params = pluginInfoParams();

        assertThat(params)
                .containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
    }

    @Test
    void pluginIconAndLogoExist() {
        Map<String, String> params = pluginInfoParams();

        assertThat(List.of(params.get("plugin-icon"), params.get("plugin-logo")))
                .allSatisfy(
                        location -> assertThat(resource(location)).as(location).isNotNull());
    }

    @Test
    void everyI18nResourceExistsAndEveryBundleIsDeclared() {
        List<String> declared = new ArrayList<>();
        for (Element resource : elements("resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                declared.add(resource.getAttribute("location"));
            }
        }

        assertThat(declared)
                .allSatisfy(location -> assertThat(resource(location + ".properties"))
                        .as(location + ".properties")
                        .isNotNull());
        assertThat(declared)
                .containsExactlyInAnyOrderElementsOf(
                        I18nBundles.baseNames(PluginDescriptorTest.class.getClassLoader()));
    }

    @Test
    void everySoyAndDownloadResourceExists() {
        for (Element resource : elements("resource")) {
            String type = resource.getAttribute("type");
            if ("soy".equals(type) || "download".equals(type)) {
                assertThat(resource(resource.getAttribute("location")))
                        .as(resource.getAttribute("location"))
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
        assertThat(elements("rest-migration"))
                .singleElement()
                .satisfies(migration -> assertThat(
                                migration.getElementsByTagName("rest-v2").getLength())
                        .isOne());
        Element rest = elements("rest").get(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/debrief");
        assertThat(rest.getElementsByTagName("package").getLength())
                .as("<package> inside <rest>")
                .isZero();
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
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("<atlassian-scanner:scan-indexes/>");
        }
    }

    /**
     * Jira UI locations our web-sections and web-items may use, each with its evidence (see the comments in
     * atlassian-plugin.xml and README "Placements"). A new location needs a Jira 10/11 witness or current docs.
     */
    static final Map<String, String> JIRA_LOCATIONS = Map.of(
            "admin_plugins_menu", "C11: codescape/jira-scrum-poker (11.3.1); DC docs Administration UI locations",
            "system.top.navigation.bar", "docs: DC web fragments page; Jira header code (6.x). Check in atlas-run");

    @Test
    void everyWebSectionAndWebItemIsPlacedInAWitnessedLocation() {
        Map<String, String> ownSections = new HashMap<>();
        for (Element section : elements("web-section")) {
            ownSections.put(
                    section.getAttribute("location") + "/" + section.getAttribute("key"), section.getAttribute("key"));
        }
        List<String> unplaced = new ArrayList<>();
        for (Element section : elements("web-section")) {
            if (!JIRA_LOCATIONS.containsKey(section.getAttribute("location"))) {
                unplaced.add("web-section " + section.getAttribute("key") + " in " + section.getAttribute("location"));
            }
        }
        for (Element item : elements("web-item")) {
            String section = item.getAttribute("section");
            if (!JIRA_LOCATIONS.containsKey(section) && !ownSections.containsKey(section)) {
                unplaced.add("web-item " + item.getAttribute("key") + " in " + section);
            }
        }

        assertThat(elements("web-item")).isNotEmpty();
        assertThat(unplaced).as("placements without evidence in JIRA_LOCATIONS").isEmpty();
    }

    /** What client-side (compiled to JS) Soy templates call at run time. */
    static final String SOY_DEPS = "com.atlassian.soy.soy-template-plugin:soy-deps";

    /**
     * Web-resources of Jira and its bundled plugins that ours may depend on, each with a Jira 11 witness that depends
     * on the same key (atlassian-labs/atlassian-slack-integration-server, jira-slack-server-integration-plugin
     * atlassian-plugin.xml, Jira 11.0; codescape/jira-scrum-poker atlassian-plugin.xml, Jira 11.3.1).
     */
    static final Map<String, String> PLATFORM_WEB_RESOURCES = Map.of(
            "com.atlassian.auiplugin:ajs",
            "Slack plugin slack-personal-settings-resources; jira-scrum-poker",
            SOY_DEPS,
            "Slack plugin feature-channelmapping-resources, widget-channelselector");

    private static final String OWN_KEY = "${atlassian.plugin.key}:";

    @Test
    void everyWebResourceDependencyIsDeclaredHereOrAKnownPlatformResource() {
        List<String> declared = elements("web-resource").stream()
                .map(r -> r.getAttribute("key"))
                .toList();
        List<String> unknown = new ArrayList<>();
        for (Element resource : elements("web-resource")) {
            for (String dependency : childTexts(resource, "dependency")) {
                boolean resolves = dependency.startsWith(OWN_KEY)
                        ? declared.contains(dependency.substring(OWN_KEY.length()))
                        : PLATFORM_WEB_RESOURCES.containsKey(dependency);
                if (!resolves) {
                    unknown.add(resource.getAttribute("key") + " -> " + dependency);
                }
            }
        }

        assertThat(unknown)
                .as("dependencies that name no declared web-resource and no witnessed Jira one")
                .isEmpty();
    }

    /**
     * A .soy shipped as a download is compiled to JS by the soyTransformer and calls soy's runtime
     * (soy-deps); Atlassian's Slack plugin declares both on each such web-resource (widget-channelselector,
     * feature-channelmapping-resources).
     */
    @Test
    void everyWebResourceShippingClientSoyTransformsItAndDependsOnSoyDeps() {
        List<String> missing = new ArrayList<>();
        for (Element resource : elements("web-resource")) {
            if (!shipsClientSoy(resource)) {
                continue;
            }
            String key = resource.getAttribute("key");
            if (!childTexts(resource, "dependency").contains(SOY_DEPS)) {
                missing.add(key + ": no dependency " + SOY_DEPS);
            }
            if (!transformsSoy(resource)) {
                missing.add(key + ": no soyTransformer for extension soy");
            }
        }

        assertThat(elements("web-resource"))
                .as("web-resources shipping client Soy")
                .filteredOn(PluginDescriptorTest::shipsClientSoy)
                .isNotEmpty();
        assertThat(missing).isEmpty();
    }

    private static boolean shipsClientSoy(Element webResource) {
        NodeList resources = webResource.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if ("download".equals(resource.getAttribute("type"))
                    && resource.getAttribute("location").endsWith(".soy")) {
                return true;
            }
        }
        return false;
    }

    private static boolean transformsSoy(Element webResource) {
        NodeList transformations = webResource.getElementsByTagName("transformation");
        for (int i = 0; i < transformations.getLength(); i++) {
            Element transformation = (Element) transformations.item(i);
            if ("soy".equals(transformation.getAttribute("extension"))
                    && transformation.getElementsByTagName("transformer").getLength() > 0
                    && "soyTransformer"
                            .equals(((Element) transformation
                                            .getElementsByTagName("transformer")
                                            .item(0))
                                    .getAttribute("key"))) {
                return true;
            }
        }
        return false;
    }

    /** The trimmed texts of {@code parent}'s direct children named {@code tag}. */
    static List<String> childTexts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(tag)) {
                texts.add(child.getTextContent().trim());
            }
        }
        return texts;
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
