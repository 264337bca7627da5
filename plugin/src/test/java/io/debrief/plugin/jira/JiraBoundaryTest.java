package io.debrief.plugin.jira;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jira types stay in the Jira adapters: the shared ones in this package, and a feature slice's own (its tab panels,
 * JQL functions, listener, {@code Jira*} readers). REST resources, views, persistence and the shared web plumbing
 * reach Jira only through core's ports.
 */
class JiraBoundaryTest {

    /** How a slice names a Jira adapter of its own (see docs/ARCHITECTURE.md). */
    static final String SLICE_ADAPTER =
            "io\\.debrief\\.plugin\\.[a-z]+(\\.[a-z]+)*\\.(Jira\\w*|\\w*Function|\\w*TabPanel|\\w*Listener)";

    private static JavaClasses plugin;

    @BeforeAll
    static void importPlugin() {
        plugin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.debrief.plugin");
    }

    @Test
    void onlyJiraAdaptersDependOnJiraTypes() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.debrief.plugin.jira..")
                .and()
                .haveNameNotMatching(SLICE_ADAPTER + "(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.atlassian.jira..")
                .check(plugin);
    }

    @Test
    void sharedPlumbingAndPersistenceNeverUseJira() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.debrief.plugin.rest..", "io.debrief.plugin.web..", "io.debrief.plugin.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.atlassian.jira..")
                .check(plugin);
    }

    @Test
    void theJiraPackageIsWhereJiraIsUsed() {
        // guards the rules above against a renamed package, which would make them pass for nothing
        classes()
                .that()
                .haveSimpleName("JiraIssueTracker")
                .should()
                .resideInAPackage("io.debrief.plugin.jira")
                .andShould()
                .dependOnClassesThat()
                .resideInAPackage("com.atlassian.jira..")
                .check(plugin);
        classes()
                .that()
                .haveSimpleName("DebriefItemListener")
                .should()
                .haveNameMatching(SLICE_ADAPTER)
                .andShould()
                .dependOnClassesThat()
                .resideInAPackage("com.atlassian.jira..")
                .check(plugin);
    }
}
