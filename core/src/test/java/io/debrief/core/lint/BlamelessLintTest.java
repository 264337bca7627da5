package io.debrief.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class BlamelessLintTest {

    private final BlamelessLint lint = BlamelessLint.withoutNames();

    @Test
    void finds_blame_wording_with_its_position_and_a_neutral_suggestion() {
        // given
        String text = "The outage was caused by Human Error during the deploy.";

        // when
        List<LintFinding> findings = lint.check(text);

        // then
        assertThat(findings).containsExactly(new LintFinding(25, 36, LintRule.BLAME_WORDING, "Human Error",
                "debrief.lint.suggest.human-error"));
        assertThat(text.substring(25, 36)).isEqualTo("Human Error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"He should have checked", "it was careless", "entirely her fault", "THEIR FAULT really",
        "a negligent change", "we blame the tool", "someone forgot to renew", "incompetent handling", "lazy review",
        "ops screwed up", "his fault", "they should  have\nknown"})
    void flags_each_blame_phrase_in_any_case_and_spacing(String text) {
        assertThat(lint.check(text)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(LintRule.BLAME_WORDING);
            assertThat(finding.suggestionKey()).startsWith("debrief.lint.suggest.");
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.match());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shoulder surfing is a risk", "we shouldhave no dashes", "a blameless review",
        "the laziness of evaluation is a design choice", "faultless failover", "Should we have alerts?",
        "the unblamed", "forgotten tokens expire"})
    void does_not_flag_phrases_inside_other_words_or_neutral_wording(String text) {
        assertThat(lint.check(text)).isEmpty();
    }

    @Test
    void flags_known_people_by_name_and_mentions_but_not_email_addresses() {
        // given
        BlamelessLint withNames = new BlamelessLint(List.of("Alice Example", "Bob"));
        String text = "alice example restarted it; Bob and @carol.ops saw it; mail ops@example.com or [~dave]";

        // when
        List<LintFinding> findings = withNames.check(text);

        // then
        assertThat(findings).extracting(LintFinding::rule, LintFinding::match).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LintRule.NAMED_PERSON, "alice example"),
                org.assertj.core.groups.Tuple.tuple(LintRule.NAMED_PERSON, "Bob"),
                org.assertj.core.groups.Tuple.tuple(LintRule.MENTION, "@carol.ops"),
                org.assertj.core.groups.Tuple.tuple(LintRule.MENTION, "[~dave]"));
        assertThat(findings.get(0).suggestionKey()).isEqualTo("debrief.lint.suggest.named-person");
    }

    @Test
    void a_first_name_inside_a_full_name_is_flagged_once() {
        List<LintFinding> findings = new BlamelessLint(List.of("Alice", "Alice Example")).check("Alice Example did it");

        assertThat(findings).extracting(LintFinding::match).containsExactly("Alice Example");
    }

    @Test
    void a_name_inside_a_longer_word_is_not_a_person() {
        assertThat(new BlamelessLint(List.of("Bob")).check("the bobsleigh job")).isEmpty();
    }

    @Test
    void findings_come_in_text_order() {
        List<LintFinding> findings = lint.check("careless work; it was human error and they should have known");

        assertThat(findings).extracting(LintFinding::match).containsExactly("careless", "human error", "should have");
    }

    @Test
    void hostile_32_kb_input_is_linted_quickly_and_deterministically() {
        // given: long runs that almost match
        String hostile = "should ".repeat(2000) + "human  ".repeat(1500) + "@".repeat(4000) + "[~".repeat(2000);

        // when
        List<LintFinding> first = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> lint.check(hostile));

        // then
        assertThat(first).isEqualTo(lint.check(hostile));
        assertThat(first).isEmpty();
    }

    @Test
    void any_input_reports_at_most_the_first_findings_in_text_order() {
        // given: 63 kB of mentions, blame phrases and names, every one a finding
        BlamelessLint withNames = new BlamelessLint(List.of("Alice Example"));
        String flood = "@a ".repeat(7_000) + "human error ".repeat(2_000) + "Alice Example ".repeat(1_000);

        // when
        List<LintFinding> findings = withNames.check(flood);

        // then
        assertThat(findings).hasSize(BlamelessLint.MAX_FINDINGS);
        assertThat(findings).extracting(LintFinding::start).isSorted();
        assertThat(findings.get(0).match()).isEqualTo("@a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ask @carol.", "ask @carol, then", "ask @carol-", "ask @carol...", "(@carol)"})
    void a_mention_is_quoted_without_the_punctuation_that_follows_it(String text) {
        assertThat(lint.check(text)).extracting(LintFinding::match).containsExactly("@carol");
    }

    @Test
    void a_handle_keeps_dots_and_dashes_inside_it() {
        assertThat(lint.check("ping @carol.smith-ops.")).extracting(LintFinding::match)
                .containsExactly("@carol.smith-ops");
    }
}
