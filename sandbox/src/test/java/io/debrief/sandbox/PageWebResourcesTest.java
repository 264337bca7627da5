package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page loads is what atlassian-plugin.xml says: the web-resources of the page's contexts and those required
 * while it was built, each after its dependencies, each once; nothing else of the plugin's.
 */
class PageWebResourcesTest {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern STYLE = Pattern.compile("<link[^>]*\\shref=\"([^\"]+\\.css)\"");

    /** Resolution, on a descriptor written here. */
    @Nested
    class Resolution {

        private final WebResources resources = PluginDescriptor.parse(
                        new ByteArrayInputStream("""
                <atlassian-plugin key="p" name="x" plugins-version="2">
                  <web-resource key="common">
                    <resource type="download" name="rest.js" location="web/rest.js"/>
                    <resource type="download" name="common.css" location="web/common.css"/>
                    <resource type="download" name="common-soy.js" location="soy/common.soy"/>
                    <dependency>com.atlassian.auiplugin:ajs</dependency>
                  </web-resource>
                  <web-resource key="followup">
                    <resource type="download" name="followup.js" location="web/followup.js"/>
                    <dependency>p:common</dependency>
                    <context>followup</context>
                  </web-resource>
                  <web-resource key="tab">
                    <resource type="download" name="tab.js" location="web/tab.js"/>
                    <dependency>p:followup</dependency>
                    <context>jira.view.issue</context>
                  </web-resource>
                  <web-resource key="admin">
                    <resource type="download" name="admin.js" location="web/admin.js"/>
                    <dependency>${atlassian.plugin.key}:common</dependency>
                  </web-resource>
                </atlassian-plugin>""".getBytes(StandardCharsets.UTF_8)))
                .webResources();

        @Test
        void a_context_loads_its_modules_after_their_dependencies_and_other_plugins_are_left_to_the_host() {
            assertThat(resources.files(List.of("atl.general", "jira.view.issue"), List.of()))
                    .containsExactly("web/rest.js", "web/common.css", "web/followup.js", "web/tab.js");
        }

        @Test
        void a_required_module_loads_with_its_dependencies_and_a_shared_dependency_once() {
            assertThat(resources.files(List.of("atl.general"), List.of("p:admin", "p:followup")))
                    .containsExactly("web/rest.js", "web/common.css", "web/admin.js", "web/followup.js");
        }

        @Test
        void a_required_context_loads_its_modules() {
            assertThat(resources.files(List.of(), List.of("context:followup")))
                    .containsExactly("web/rest.js", "web/common.css", "web/followup.js");
        }

        @Test
        void a_page_of_no_context_and_no_requirement_loads_nothing_of_the_plugin() {
            assertThat(resources.files(List.of("atl.general"), List.of())).isEmpty();
        }
    }

    /** The sandbox's pages, on the plugin's own descriptor. */
    @Nested
    class Pages {

        @Test
        void the_issue_view_loads_exactly_the_jira_view_issue_context() {
            String incident = server.context()
                    .issues()
                    .list(server.context().users().viewer(java.util.Optional.of("alice")), "", SandboxIssue.INCIDENT)
                    .get(0)
                    .key();

            List<String> loaded = pluginFiles(
                    SandboxHttp.as(server, "alice").get("/browse/" + incident).body());

            assertThat(loaded)
                    .isNotEmpty()
                    .containsExactlyElementsOf(
                            asLoaded(descriptor.files(List.of("atl.general", "jira.view.issue"), List.of())));
        }

        @Test
        void the_review_standing_for_the_dashboard_item_loads_exactly_the_atl_dashboard_context() {
            List<String> loaded = pluginFiles(
                    SandboxHttp.as(server, "alice").get("/debrief/review").body());

            assertThat(loaded)
                    .isNotEmpty()
                    .containsExactlyElementsOf(
                            asLoaded(descriptor.files(List.of("atl.general", "atl.dashboard"), List.of())));
        }

        @Test
        void the_admin_page_loads_exactly_the_web_resource_its_servlet_required() {
            assertLoadsOneRequiredModule(SandboxHttp.as(server, "admin")
                    .get("/plugins/servlet/debrief/admin")
                    .body());
        }

        @Test
        void the_library_page_loads_exactly_the_web_resource_its_servlet_required() {
            assertLoadsOneRequiredModule(SandboxHttp.as(server, "alice")
                    .get("/plugins/servlet/debrief/library")
                    .body());
        }

        @Test
        void the_issue_list_is_not_a_page_of_the_plugin_and_loads_none_of_its_files() {
            assertThat(pluginFiles(SandboxHttp.as(server, "alice").get("/").body()))
                    .isEmpty();
        }

        /** Exactly the closure of one web-resource in no page context, none of the issue view's own files. */
        private void assertLoadsOneRequiredModule(String page) {
            List<String> loaded = pluginFiles(page);
            List<String> matching = new ArrayList<>();
            for (WebResources.Module module : descriptor.modules().values()) {
                String key = descriptor.pluginKey() + ":" + module.key();
                if (module.contexts().isEmpty() && loaded.equals(asLoaded(descriptor.files(List.of(), List.of(key))))) {
                    matching.add(key);
                }
            }
            assertThat(matching)
                    .as("the one required web-resource whose files are %s", loaded)
                    .hasSize(1);
            List<String> viewIssue = descriptor.files(List.of("jira.view.issue"), List.of());
            List<String> common = descriptor.files(List.of(), List.of(matching.get(0)));
            assertThat(loaded)
                    .doesNotContainAnyElementsOf(
                            viewIssue.stream().filter(f -> !common.contains(f)).toList());
        }
    }

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static WebResources descriptor;

    @BeforeAll
    static void startSeededSandbox() throws Exception {
        server = SandboxFixture.start(dbDir, true);
        descriptor = PluginDescriptor.fromClasspath(PageWebResourcesTest.class.getClassLoader())
                .webResources();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Files in the order the layout puts them: style sheets in the head, scripts at the end, each in file order. */
    static List<String> asLoaded(List<String> files) {
        List<String> loaded =
                new ArrayList<>(files.stream().filter(f -> f.endsWith(".css")).toList());
        loaded.addAll(files.stream().filter(f -> f.endsWith(".js")).toList());
        return loaded;
    }

    /** The plugin's files the page loads (scripts, then styles as the layout puts them), in order. */
    static List<String> pluginFiles(String html) {
        Set<String> all = descriptor.modules().values().stream()
                .flatMap(m -> m.files().stream())
                .collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(STYLE, SCRIPT)) {
            Matcher m = pattern.matcher(html);
            while (m.find()) {
                String file = m.group(1).replaceFirst("^/", "");
                if (all.contains(file)) {
                    found.add(file);
                }
            }
        }
        return found;
    }
}
