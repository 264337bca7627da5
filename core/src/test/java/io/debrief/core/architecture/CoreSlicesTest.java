package io.debrief.core.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core's business packages depend on one another in one direction only (see docs/ARCHITECTURE.md). */
class CoreSlicesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.debrief.core");

    @Test
    void business_packages_form_no_cycle() {
        slices().matching("io.debrief.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
