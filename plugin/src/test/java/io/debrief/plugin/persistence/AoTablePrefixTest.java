package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.aohost.AtlassianTableNameConverter;
import io.debrief.plugin.build.AtlassianProfile;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table prefix Jira will give Debrief, computed from the plugin key in the POM with Atlassian's rule (AO hashes
 * the {@code <ao namespace>} or else the bundle symbolic name, which AMPS sets to the plugin key when the POM leaves
 * it out; see {@link AtlassianTableNameConverter}), is the one the test databases, the sandbox and the README use.
 */
class AoTablePrefixTest {

    private static final Path ROOT = AtlassianProfile.repositoryRoot();
    private final AtlassianProfile profile = AtlassianProfile.read(ROOT);

    @Test
    void theAoNamespaceIsThePluginKeyFromThePom() throws IOException {
        String pluginKey = profile.property("atlassian.plugin.key").orElseThrow();
        String descriptor = Files.readString(ROOT.resolve("plugin/src/main/resources/atlassian-plugin.xml"));

        assertThat(pluginKey).isEqualTo(AtlassianTableNameConverter.DEBRIEF_NAMESPACE);
        assertThat(descriptor)
                .as("no <ao namespace=...>: the hash is of the bundle symbolic name")
                .doesNotContainPattern("<ao\\b[^>]*\\bnamespace=");
        profile.instruction("Bundle-SymbolicName")
                .ifPresent(symbolicName -> assertThat(symbolicName)
                        .as("the hashed bundle symbolic name")
                        .isEqualTo(pluginKey));
    }

    @Test
    void theReadmeNamesThePrefixJiraWillUse() throws IOException {
        String prefix = AtlassianTableNameConverter.prefixOf(
                profile.property("atlassian.plugin.key").orElseThrow());
        String readme = Files.readString(ROOT.resolve("README.md"));
        Set<String> prefixesInReadme = new TreeSet<>();
        Matcher m = Pattern.compile("AO_[0-9A-F]{6}_").matcher(readme);
        while (m.find()) {
            prefixesInReadme.add(m.group());
        }

        System.out.println("Debrief's Active Objects tables in Jira: " + prefix + "*");
        assertThat(prefixesInReadme).containsExactly(prefix);
    }

    @Test
    void theTestDatabasesNameTablesWithThatPrefix() {
        String prefix = AtlassianTableNameConverter.prefixOf(
                profile.property("atlassian.plugin.key").orElseThrow());

        assertThat(AoTestDatabase.entities())
                .allSatisfy(entity -> assertThat(
                                AtlassianTableNameConverter.debrief().getName(entity))
                        .startsWith(prefix));
    }
}
