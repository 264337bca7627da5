package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.debrief.aohost.AtlassianTableNameConverter;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import java.util.List;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;

/** The descriptor's {@code <ao>} list is the one entity list: complete, and every table name fits Oracle's limit. */
class EntityListTest {

    private static final int ORACLE_MAX_NAME = 30;

    @Test
    void everyEntityOfThePersistencePackageIsDeclaredInTheDescriptor() {
        // given
        List<Class<?>> entityInterfaces = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.debrief.plugin.persistence")
                        .stream()
                        .filter(JavaClass::isInterface)
                        .<Class<?>>map(JavaClass::reflect)
                        .filter(RawEntity.class::isAssignableFrom)
                        .toList();

        // when / then
        assertThat(entityInterfaces).isNotEmpty();
        List<Class<?>> declared = List.copyOf(AoTestDatabase.entities());
        assertThat(declared).containsExactlyInAnyOrderElementsOf(entityInterfaces);
    }

    @Test
    void everyTableNameWithJirasPrefixFitsThirtyCharacters() {
        AtlassianTableNameConverter names = AtlassianTableNameConverter.debrief();
        String prefix = AtlassianTableNameConverter.prefixOf(AtlassianTableNameConverter.DEBRIEF_NAMESPACE);

        assertThat(AoTestDatabase.entities())
                .allSatisfy(entity -> assertThat(names.getName(entity))
                        .hasSizeLessThanOrEqualTo(ORACLE_MAX_NAME)
                        .startsWith(prefix));
    }
}
