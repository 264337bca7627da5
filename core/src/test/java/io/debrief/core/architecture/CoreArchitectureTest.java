package io.debrief.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards core's boundary: only java.* and core itself, and every business package really holds code. */
class CoreArchitectureTest {

    private static final String CORE = "io.debrief.core";

    /** Every business package core must have; a rule over a package that does not exist could never fail. */
    static final List<String> BUSINESS_PACKAGES = List.of("incident", "timeline", "debrief", "lint", "actionitem",
            "checkpoint", "review", "settings", "tracker", "access", "common");

    private static final JavaClasses CORE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    /** Classes may use only the JDK's java.* packages and core's own. */
    static final ArchRule ONLY_JAVA_AND_CORE = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE + "..")
            .as("core classes depend only on java.* and io.debrief.core.*");

    static Set<String> emptyPackages(JavaClasses imported, List<String> packages) {
        Set<String> present = imported.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        return packages.stream().filter(name -> !present.contains(CORE + "." + name))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void core_depends_only_on_java_and_itself() {
        assertThat(CORE_CLASSES).as("core classes imported").isNotEmpty();

        ONLY_JAVA_AND_CORE.check(CORE_CLASSES);
    }

    @Test
    void the_dependency_rule_reports_a_class_that_reaches_for_a_library() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.debrief.archfixture");

        EvaluationResult result = ONLY_JAVA_AND_CORE.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("LeakyFixture").contains("org.junit"));
    }

    @Test
    void every_business_package_holds_classes() {
        assertThat(emptyPackages(CORE_CLASSES, BUSINESS_PACKAGES)).as("empty business packages").isEmpty();
    }

    @Test
    void the_package_rule_reports_a_package_without_classes() {
        assertThat(emptyPackages(CORE_CLASSES, List.of("checkpoint", "nosuchpackage")))
                .containsExactly("nosuchpackage");
    }
}
