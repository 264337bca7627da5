package io.debrief.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards core's boundary: only java.* and core itself, and every business package really holds code. */
class CoreArchitectureTest {

    private static final String CORE = "io.debrief.core";

    /** Every business package core must have; a rule over a package that does not exist could never fail. */
    static final List<String> BUSINESS_PACKAGES = List.of(
            "incident",
            "timeline",
            "debrief",
            "lint",
            "actionitem",
            "checkpoint",
            "review",
            "settings",
            "tracker",
            "access",
            "common",
            "intake");

    private static final JavaClasses CORE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    /** Classes may use only the JDK's java.* packages and core's own. */
    static final ArchRule ONLY_JAVA_AND_CORE = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", CORE + "..")
            .as("core classes depend only on java.* and io.debrief.core.*");

    static Set<String> emptyPackages(JavaClasses imported, List<String> packages) {
        Set<String> present = imported.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        return packages.stream()
                .filter(name -> !present.contains(CORE + "." + name))
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
                .anySatisfy(
                        detail -> assertThat(detail).contains("LeakyFixture").contains("org.junit"));
    }

    /**
     * The case the rule exists for, shown for real: a core class importing Jira (com.atlassian) and jakarta types.
     * Core's own build has neither on its classpath, so the class and two stand-ins are compiled here, into a
     * temporary folder, and the rule is evaluated over the result.
     */
    @Test
    void the_dependency_rule_reports_a_core_class_importing_com_atlassian_and_jakarta(@TempDir Path dir)
            throws IOException {
        // given
        write(
                dir,
                "com/atlassian/jira/issue/Issue.java",
                "package com.atlassian.jira.issue; public interface Issue {}");
        write(dir, "jakarta/inject/Inject.java", "package jakarta.inject; public @interface Inject {}");
        write(dir, "io/debrief/core/review/LeakyReview.java", """
                package io.debrief.core.review;
                import com.atlassian.jira.issue.Issue;
                import jakarta.inject.Inject;
                public class LeakyReview {
                    @Inject
                    public LeakyReview(Issue issue) { }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (Stream<Path> sources = Files.walk(dir)) {
            List<String> args = new java.util.ArrayList<>(
                    List.of("-d", dir.resolve("classes").toString()));
            sources.filter(file -> file.toString().endsWith(".java")).forEach(file -> args.add(file.toString()));
            assertThat(javac.run(null, null, null, args.toArray(String[]::new)))
                    .as("fixture compiles")
                    .isZero();
        }

        // when
        JavaClasses leaky = new ClassFileImporter()
                .importPath(dir.resolve("classes"))
                .that(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "core classes", (JavaClass c) -> c.getPackageName().startsWith(CORE)));
        EvaluationResult result = ONLY_JAVA_AND_CORE.evaluate(leaky);

        // then
        assertThat(result.hasViolation()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        System.out.println("CoreArchitectureTest shows the rule failing:\n" + report);
        assertThat(report)
                .contains("LeakyReview")
                .contains("com.atlassian.jira.issue.Issue")
                .contains("jakarta.inject.Inject");
    }

    private static void write(Path root, String relative, String source) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    @Test
    void every_business_package_holds_classes() {
        assertThat(emptyPackages(CORE_CLASSES, BUSINESS_PACKAGES))
                .as("empty business packages")
                .isEmpty();
    }

    @Test
    void the_package_rule_reports_a_package_without_classes() {
        assertThat(emptyPackages(CORE_CLASSES, List.of("checkpoint", "nosuchpackage")))
                .containsExactly("nosuchpackage");
    }
}
