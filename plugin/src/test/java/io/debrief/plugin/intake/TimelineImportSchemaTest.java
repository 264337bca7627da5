package io.debrief.plugin.intake;

import static io.debrief.plugin.web.testkit.IntakeWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.intake.TimelineImport;
import io.debrief.plugin.web.testkit.IntakeWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of the timeline import ({@code docs/schema/timeline-import.schema.json}) and the rule in core agree:
 * every example document the docs show is valid under the schema and imported whole by {@link TimelineImport}, and
 * documents the schema refuses are refused by the rule too (naming the field).
 */
class TimelineImportSchemaTest {

    private static final Path DOCS = Path.of("../docs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(DOCS.resolve("schema/timeline-import.schema.json")));

    /** The example files under docs/schema/examples and every ```json block of docs/INTAKE.md with "entries". */
    static List<String> examples() throws IOException {
        List<String> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DOCS.resolve("schema/examples"))) {
            files.filter(file -> file.getFileName().toString().startsWith("timeline-import"))
                    .sorted()
                    .forEach(file -> documents.add(read(file)));
        }
        Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(read(DOCS.resolve("INTAKE.md")));
        while (blocks.find()) {
            if (blocks.group(1).contains("\"entries\"")) {
                documents.add(blocks.group(1));
            }
        }
        assertThat(documents).as("example documents").hasSizeGreaterThanOrEqualTo(4);
        return documents;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidUnderTheSchemaAndImportedWhole(String document) throws IOException {
        List<Error> errors = SCHEMA.validate(JSON.readTree(document));
        assertThat(errors).as("schema errors").isEmpty();

        IntakeWorld world = new IntakeWorld();
        TimelineImport.Result result =
                world.intake.timelineImport().importDocument(INCIDENT, document, editor("alice"));
        assertThat(result.added())
                .hasSize(JSON.readTree(document).path("entries").size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"entries\": []}",
                "{\"entries\": [{\"kind\": \"coffee\", \"at\": \"08:00\", \"text\": \"x\"}]}",
                "{\"entries\": [{\"kind\": \"note\", \"at\": \"yesterday\", \"text\": \"x\"}]}",
                "{\"entries\": [{\"kind\": \"note\", \"at\": \"+\", \"text\": \"x\"}]}",
                "{\"entries\": [{\"kind\": \"note\", \"at\": \"25:00\", \"text\": \"x\"}]}",
                "{\"entries\": [{\"kind\": \"note\", \"at\": \"08:00\"}]}",
                "{\"entries\": [{\"kind\": \"note\", \"at\": \"08:00\", \"text\": \"x\", \"link\": \"ftp://x\"}]}",
                "{\"entries\": [{\"kind\": \"note\", \"at\": \"08:00\", \"text\": \"x\", \"approximate\": \"roughly\"}]}",
                "{\"offsetsFrom\": \"lunch\", \"entries\": [{\"kind\": \"note\", \"at\": \"+5m\", \"text\": \"x\"}]}",
                "{\"date\": \"24.11.2026\", \"entries\": [{\"kind\": \"note\", \"at\": \"08:00\", \"text\": \"x\"}]}"
            })
    void whatTheSchemaRefusesTheRuleRefusesNamingTheField(String document) throws IOException {
        assertThat(SCHEMA.validate(JSON.readTree(document))).as("schema errors").isNotEmpty();

        IntakeWorld world = new IntakeWorld();
        assertThatThrownBy(() -> world.intake.timelineImport().importDocument(INCIDENT, document, editor("alice")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors()).isNotEmpty());
        assertThat(world.timelineStore.entries(world.incident.id(), true)).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
