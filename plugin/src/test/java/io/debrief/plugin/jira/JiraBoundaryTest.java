package io.debrief.plugin.jira;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jira types stay in this package: the rest of the plugin (persistence, web) reaches Jira only through core's ports. */
class JiraBoundaryTest {

    private static JavaClasses plugin;

    @BeforeAll
    static void importPlugin() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.debrief.plugin");
    }

    @Test
    void onlyTheJiraPackageDependsOnJiraTypes() {
        noClasses().that().resideOutsideOfPackage("io.debrief.plugin.jira..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian.jira..")
                .check(plugin);
    }

    @Test
    void theJiraPackageIsWhereJiraIsUsed() {
        // guards the rule above against a renamed package, which would make it pass for nothing
        classes().that().haveSimpleName("JiraIssueTracker").should().resideInAPackage("io.debrief.plugin.jira")
                .andShould().dependOnClassesThat().resideInAPackage("com.atlassian.jira..")
                .check(plugin);
    }
}
