package io.debrief.plugin.wired;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.junit.runner.RunWith;

/**
 * The wired tests keep the shape AtlassianPluginsTestRunner needs in Jira, checked here where they never run: the
 * runner refuses a test class outside a package starting with {@code it.}, and builds it through its one public
 * constructor with components as arguments (the runner's own source; the SDK's wired-test template).
 */
class WiredTestsShapeTest {

    private static final JavaClasses WIRED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("it.io.debrief", "io.debrief");

    @Test
    void thereAreWiredTests() {
        assertThat(WIRED.stream().filter(WiredTestsShapeTest::isWired)).isNotEmpty();
    }

    @Test
    void wiredTestsLiveUnderItAndHaveOnePublicConstructor() {
        classes()
                .that()
                .areAnnotatedWith(RunWith.class)
                .and(runByAtlassianRunner())
                .should()
                .resideInAPackage("it..")
                .andShould()
                .bePublic()
                .andShould(haveExactlyOnePublicConstructor())
                .check(WIRED);
    }

    @Test
    void everyJunit4TestUnderItIsWired() {
        classes()
                .that()
                .resideInAPackage("it..")
                .and(haveJunit4Tests())
                .should(beRunByTheAtlassianRunner())
                .check(WIRED);
    }

    private static boolean isWired(JavaClass type) {
        return type.tryGetAnnotationOfType(RunWith.class)
                .map(run -> run.value() == AtlassianPluginsTestRunner.class)
                .orElse(false);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> runByAtlassianRunner() {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "run by AtlassianPluginsTestRunner", WiredTestsShapeTest::isWired);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> haveJunit4Tests() {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "have JUnit 4 @Test methods",
                type -> type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(org.junit.Test.class)));
    }

    private static ArchCondition<JavaClass> beRunByTheAtlassianRunner() {
        return new ArchCondition<>("be run by AtlassianPluginsTestRunner") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                events.add(new SimpleConditionEvent(
                        type,
                        isWired(type),
                        type.getName() + " has no " + "@RunWith(AtlassianPluginsTestRunner.class)"));
            }
        };
    }

    private static ArchCondition<JavaClass> haveExactlyOnePublicConstructor() {
        return new ArchCondition<>("have exactly one public constructor") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                long count = type.getConstructors().stream()
                        .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                        .count();
                events.add(new SimpleConditionEvent(
                        type, count == 1, type.getName() + " has " + count + " public constructors"));
            }
        };
    }
}
