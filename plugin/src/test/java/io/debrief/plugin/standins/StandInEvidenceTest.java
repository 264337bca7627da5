package io.debrief.plugin.standins;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import io.debrief.platformapi.Evidence;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every stand-in member the plugin uses says how sure we are that Jira 11.3 has it ({@code @Evidence}), and the
 * totals by level are printed, so the share that rests on Jira 11 code is a number anyone can see.
 * Lives in the plugin module because only the plugin's bytecode says which members are used.
 */
class StandInEvidenceTest {

    private static StandInUsage usage;
    private static Map<String, StandInUsage.Use> usedElements;

    @BeforeAll
    static void importPluginAndStandIns() {
        usage = StandInUsage.importPluginAndStandIns();
        usedElements = new LinkedHashMap<>();
        System.out.println("DBG classes=" + usage.classes.size() + " plugin="
                + usage.pluginClasses().size());
        usage.classes.stream()
                .filter(c -> c.getName().startsWith("com.atlassian.jira.config.IssueTypeManager"))
                .forEach(c -> System.out.println("DBG " + c.getSource() + " " + usage.isStandIn(c)));
        usage.uses().forEach(use -> usedElements.putIfAbsent(use.name(), use));
    }

    @Test
    void the_plugin_is_seen_using_stand_ins() {
        // guards the rules below: an import that finds no uses would let them pass for nothing
        assertThat(usedElements)
                .hasSizeGreaterThan(100)
                .containsKey(
                        "com.atlassian.jira.config.IssueTypeManager.createIssueType(java.lang.String, java.lang.String, java.lang.Long)")
                .containsKey("com.atlassian.event.api.EventListener");
    }

    @Test
    void every_used_stand_in_member_carries_its_evidence_level_and_source() {
        List<String> without = usedElements.values().stream()
                .filter(use ->
                        use.evidence().isEmpty() || source(use.evidence().get()).isBlank())
                .map(use -> use.name() + "  (used: " + use.where() + ")")
                .toList();

        assertThat(without)
                .as("used stand-in members without @Evidence(level, source)")
                .isEmpty();
    }

    @Test
    void prints_the_evidence_totals_of_the_used_members() {
        Map<Evidence.Level, Long> totals = new EnumMap<>(Evidence.Level.class);
        for (Evidence.Level level : Evidence.Level.values()) {
            totals.put(level, 0L);
        }
        usedElements.values().stream()
                .map(StandInUsage.Use::evidence)
                .flatMap(java.util.Optional::stream)
                .forEach(evidence -> totals.merge(level(evidence), 1L, Long::sum));
        String line = "Stand-in evidence of the " + usedElements.size() + " used members: "
                + totals.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
        System.out.println(line);
        for (Evidence.Level level : Evidence.Level.values()) {
            if (level != Evidence.Level.C11) {
                usedElements.values().stream()
                        .filter(use ->
                                use.evidence().map(StandInEvidenceTest::level).orElse(null) == level)
                        .forEach(use -> System.out.println("  " + level + "  " + use.name()));
            }
        }

        assertThat(totals.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(usedElements.size());
        // the READMEs state what this test prints, not what someone remembers
        assertThat(readme("../platform-api/README.md"))
                .as("platform-api/README.md")
                .contains("    " + line);
        assertThat(readme("../README.md"))
                .as("README.md")
                .contains("finds the " + usedElements.size() + "\nstand-in members")
                .contains("**" + totals.get(Evidence.Level.C11) + " seen in Jira 11 code**");
    }

    private static String readme(String path) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Checked exceptions break compilation both ways (JIRA-API-FACTS.md §0): where Jira 11 code does not show a
     * stand-in method's {@code throws}, the plugin calls it inside {@code catch (Exception e)}, which compiles
     * whether 11 declares the exception or not.
     */
    @Test
    void a_checked_exception_not_seen_in_jira_11_is_only_caught_as_exception() {
        List<String> unguarded = new java.util.ArrayList<>();
        for (StandInUsage.Use use : usedElements.values()) {
            if (!(use.element() instanceof JavaMethod method)
                    || !declaresCheckedException(method)
                    || use.evidence().map(StandInEvidenceTest::throwsSeenIn11).orElse(false)) {
                continue;
            }
            for (JavaCodeUnitAccess<?> call : usage.callsTo(method)) {
                if (!insideCatchOfException(call)) {
                    unguarded.add(call.getDescription());
                }
            }
        }

        assertThat(unguarded)
                .as("calls of stand-in methods whose checked exception is unconfirmed in 11,"
                        + " outside try { } catch (Exception e)")
                .isEmpty();
    }

    @Test
    void the_checked_exception_rule_sees_the_guarded_calls() {
        // guards the rule above: SearchService.search is called, declares SearchException, and is not C11 for its
        // throws
        List<String> withCheckedExceptions = usedElements.values().stream()
                .filter(use -> use.element() instanceof JavaMethod method && declaresCheckedException(method))
                .map(StandInUsage.Use::name)
                .toList();

        assertThat(withCheckedExceptions)
                .anyMatch(name -> name.startsWith("com.atlassian.jira.bc.issue.search.SearchService.search("));
    }

    private static boolean declaresCheckedException(JavaMethod method) {
        return method.getThrowsClause().getTypes().stream().anyMatch(StandInEvidenceTest::isChecked);
    }

    private static boolean isChecked(JavaClass exception) {
        return !exception.isAssignableTo(RuntimeException.class) && !exception.isAssignableTo(Error.class);
    }

    private static boolean insideCatchOfException(JavaCodeUnitAccess<?> call) {
        for (TryCatchBlock block : call.getContainingTryBlocks()) {
            if (block.getCaughtThrowables().stream()
                    .anyMatch(caught ->
                            caught.isEquivalentTo(Exception.class) || caught.isEquivalentTo(Throwable.class))) {
                return true;
            }
        }
        return false;
    }

    private static Evidence.Level level(JavaAnnotation<?> evidence) {
        Object value = evidence.get("level").orElseThrow();
        return Evidence.Level.valueOf(((com.tngtech.archunit.core.domain.JavaEnumConstant) value).name());
    }

    private static String source(JavaAnnotation<?> evidence) {
        return evidence.get("source").map(Object::toString).orElse("");
    }

    private static boolean throwsSeenIn11(JavaAnnotation<?> evidence) {
        return evidence.get("throwsSeenIn11").map(v -> Boolean.TRUE.equals(v)).orElse(false);
    }
}
