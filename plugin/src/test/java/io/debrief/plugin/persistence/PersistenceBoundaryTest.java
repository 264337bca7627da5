package io.debrief.plugin.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Active Objects stays inside the persistence package: other code sees core's ports and records only. */
class PersistenceBoundaryTest {

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.debrief.plugin");

    @Test
    void nothingOutsidePersistenceUsesActiveObjectsOrTheEntities() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.debrief.plugin.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .orShould()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.debrief.plugin.persistence")
                        .and(JavaClass.Predicates.simpleNameEndingWith("Entity")))
                .check(PLUGIN);
    }

    @Test
    void storesExposeNoActiveObjectsTypeInTheirPublicMethods() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.debrief.plugin.persistence")
                .and()
                .areDeclaredInClassesThat()
                .haveSimpleNameStartingWith("Ao")
                .and()
                .arePublic()
                .should()
                .haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a type that is not from Active Objects",
                        (JavaClass type) -> !type.getPackageName().startsWith("net.java.ao")
                                && !type.getSimpleName().endsWith("Entity")))
                .check(PLUGIN);
    }
}
