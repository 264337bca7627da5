package io.debrief.plugin.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.plugin.build.AtlassianProfile.Dependency;
import io.debrief.plugin.build.AtlassianProfile.Resolved;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code atlassian} profile does what Atlassian's own Jira 11 builds do. It cannot be built here (Atlassian's
 * repository is out of reach), so the POMs are checked against what the witnesses' POMs say:
 * <ul>
 *   <li>S1 codescape/jira-scrum-poker, Jira 11.3.1, pom.xml at bb652fd67206960f8a1040ab17aa0bcc40160596
 *       (dependencyManagement lines 63-91: four import BOMs; every provided dependency without a version);</li>
 *   <li>S2 atlassian-labs/atlassian-slack-integration-server, Jira 11.0, at 94c50dce37981e8aca8f30188a6bb66504e1ce04:
 *       jira-slack-server-integration/pom.xml lines 58-77 (jira-api excludes commons-httpclient, which jira-api 11
 *       brings as 3.1-jenkins-3 from a Jenkins-only repository) and
 *       jira-slack-server-integration/jira-slack-server-integration-plugin/pom.xml lines 438-444 (Import-Package
 *       keeps the SDK template's two optional Spring DM / Gemini Blueprint lines).</li>
 * </ul>
 * {@code scripts/atlassian-profile.sh} prints the same model for a person.
 */
class AtlassianProfileTest {

    /** S1: the BOMs the Jira 11.3.1 app imports, with the versions it uses. */
    private static final List<String> WITNESSED_BOMS = List.of(
            "com.atlassian.jira:jira-api-bom:11.3.1",
            "com.atlassian.jira:jira-bundled-plugins-bom:11.3.1",
            "com.atlassian.jira:jira-internal-bom:11.3.1",
            "com.atlassian.platform.dependencies:platform-test-resources:8.2.1");

    /** S2: what the Jira 11.0 plugin excludes from jira-api. */
    private static final String JIRA_API = "com.atlassian.jira:jira-api";

    private static final String HTTPCLIENT_3 = "commons-httpclient:commons-httpclient";

    /** S2: the SDK template's optional imports, kept by the Jira 11.0 plugin. */
    private static final List<String> WITNESSED_OPTIONAL_IMPORTS = List.of(
            "org.springframework.osgi.*;resolution:=\"optional\"",
            "org.eclipse.gemini.blueprint.*;resolution:=\"optional\"");

    private static AtlassianProfile profile;

    @BeforeAll
    static void readThePoms() {
        profile = AtlassianProfile.read(AtlassianProfile.repositoryRoot());
    }

    @Test
    void importsTheBomsTheJira1131AppImports() {
        List<String> imported = profile.bomImports().stream()
                .map(b -> b.key() + ":" + b.version())
                .toList();

        assertThat(imported).containsAll(WITNESSED_BOMS);
    }

    @Test
    void jiraApiLeavesOutTheHttpClientOnlyAJenkinsRepositoryHosts() {
        Dependency jiraApi = profile.pins().get(JIRA_API);

        assertThat(jiraApi)
                .as("jira-api managed by pom.xml's atlassian profile")
                .isNotNull();
        assertThat(jiraApi.exclusions()).contains(HTTPCLIENT_3);
        assertThat(jiraApi.version())
                .as("the BOMs' own Jira version")
                .isEqualTo(profile.property("jira.version").orElseThrow());
    }

    @Test
    void everythingJiraProvidesTakesItsVersionFromTheJiraBoms() {
        // A version pinned here (or by a Maven Central BOM such as jackson-bom) would override the Jira BOM, and bnd
        // would derive the Import-Package version floors from it: a floor above what Jira ships fails the install.
        String jiraVersion = profile.property("jira.version").orElseThrow();
        List<String> notFromTheJiraBoms = profile.resolvedDependencies().stream()
                .filter(r -> "provided".equals(r.dependency().scope()))
                .filter(r -> !r.source().equals("BOM"))
                .filter(r ->
                        !(r.dependency().key().equals(JIRA_API) && r.version().equals(jiraVersion)))
                .map(AtlassianProfileTest::describe)
                .toList();

        assertThat(notFromTheJiraBoms).isEmpty();
    }

    @Test
    void importPackageKeepsTheSdkTemplatesOptionalLines() {
        assertThat(profile.importPackage()).containsAll(WITNESSED_OPTIONAL_IMPORTS);
    }

    @Test
    void importPackageEndsWithAMandatoryCatchAllAndNoHandWrittenVersions() {
        List<String> clauses = profile.importPackage();

        // without "*" a package the code uses but the list forgets is not imported at all: NoClassDefFoundError at
        // first use instead of a refused install; an optional "*" hides the same error
        assertThat(clauses).isNotEmpty().last().isEqualTo("*");
        assertThat(clauses).noneMatch(c -> c.startsWith("*;"));
        // floors come from the jars the BOMs give bnd, never from a number typed here
        assertThat(clauses).noneMatch(c -> c.contains("version="));
    }

    @Test
    void importPackageNamesThePackageOfEveryJiraClassTheDescriptorNames() throws IOException {
        // bnd reads bytecode only: a Jira condition named in atlassian-plugin.xml is loaded through the bundle's
        // imports, so its package must be a literal clause (both witnesses list webfragment.conditions)
        String descriptor = Files.readString(
                AtlassianProfile.repositoryRoot().resolve("plugin/src/main/resources/atlassian-plugin.xml"));
        Set<String> foreignPackages = new TreeSet<>();
        Matcher m = Pattern.compile("class=\"([\\w.$]+)\\.[A-Z][\\w$]*\"").matcher(descriptor);
        while (m.find()) {
            if (!m.group(1).startsWith("io.debrief.")) {
                foreignPackages.add(m.group(1));
            }
        }
        List<String> literalImports =
                profile.importPackage().stream().map(c -> c.split(";")[0]).toList();

        assertThat(foreignPackages).isNotEmpty();
        assertThat(literalImports).containsAll(foreignPackages);
    }

    @Test
    void theReportShowsTheFinalImportPackageAndEveryDependency() {
        String report = profile.report();

        assertThat(report).contains("Import-Package:").contains("org.eclipse.gemini.blueprint.*");
        profile.pluginDependencies().forEach(d -> assertThat(report).contains(d.key()));
    }

    private static String describe(Resolved r) {
        return r.dependency().key() + " " + r.version() + " (" + r.source() + ")";
    }
}
