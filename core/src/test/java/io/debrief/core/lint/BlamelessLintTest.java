package io.debrief.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlamelessLintTest {

    private final BlamelessLint lint = BlamelessLint.withoutNames();

    @Test
    void a_person_missing_a_signal_is_flagged_with_a_rewrite_that_makes_the_signal_the_subject() {
        // given
        String text = "The on-call engineer missed the first page because the phone was silent.";

        // when
        List<LintFinding> findings = lint.check(text);

        // then
        assertThat(findings)
                .containsExactly(new LintFinding(
                        4,
                        27,
                        LintFamily.ACTOR,
                        "on-call engineer missed",
                        "debrief.lint.reason.missed",
                        "debrief.lint.rewrite.missed",
                        List.of("the first page")));
        assertThat(text.substring(4, 27)).isEqualTo("on-call engineer missed");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The reviewer ignored the warning and approved it | ACTOR | reviewer ignored",
                "Someone forgot to renew the certificate | ACTOR | Someone forgot to",
                "The outage was caused by Human Error during the deploy | ACTOR | Human Error",
                "The on-call should have rolled back at once | HINDSIGHT | should have rolled",
                "Obviously the change needed a window | HINDSIGHT | Obviously",
                "Why didn't they page the database team? | QUESTION | why didn't they",
                "Whose fault was the expired certificate? | QUESTION | Whose fault",
                "Engineers need to be more careful with configs | PRESCRIPTION | be more careful",
                "We will retrain the operators on the checklist | PRESCRIPTION | retrain the operators",
                "That was a sloppy review | CHARACTER | sloppy",
                "Engineer B forgot to re-enable the check | NAMED | Engineer B"
            })
    void each_family_is_recognised(String text, LintFamily family, String match) {
        assertThat(lint.check(text))
                .extracting(LintFinding::family, f -> f.match().toLowerCase())
                .contains(tuple(family, match.toLowerCase()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The on-call snoozed the page twice | on-call snoozed",
                "She was paged at 03:10 and she silenced the alert | she silenced",
                "An engineer on the data team neglected the backfill | engineer on the data team neglected",
                "The engineer who was paged didn't look at the logs | engineer who was paged didn't",
                "The developer hadn't run the migration | developer hadn't run",
                "The security team let the certificate expire | team let the certificate expire",
                "The night operator lost track of the open incident | operator lost track",
                "The reviewer approved it without reading the diff | reviewer approved it without",
                "The contractor committed the API key to the repo | contractor committed the API key",
                "The backup was restored from the wrong snapshot by the DBA | wrong snapshot by the DBA",
                "Someone rushed the failover | Someone rushed",
                "The captain left the maintenance flag enabled | captain left the maintenance flag enabled"
            })
    void a_person_as_the_subject_of_a_failure_is_recognised_in_its_many_phrasings(String text, String match) {
        assertThat(lint.check(text))
                .extracting(LintFinding::family, f -> f.match().toLowerCase())
                .contains(tuple(LintFamily.ACTOR, match.toLowerCase()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The scheduler dropped the job when the queue was full.",
                "The engineer turned off the feature flag and errors stopped.",
                "The proxy neglected to forward the auth header.",
                "The deploy was rushed through by an auto-merge rule.",
                "The change was approved by two reviewers without delay.",
                "The on-call had not been paged.",
                "The load test mistakenly ran against the shared environment.",
                "The team chose Postgres after a week of tests.",
                "The DBA shared the query plan in the channel.",
                "We rolled back instead of fixing forward.",
                "We decided to fail over instead of waiting for the vendor.",
                "I restarted the pod without waiting for the drain, as the runbook says.",
                "The team chose Postgres instead of the managed service."
            })
    void the_same_verbs_with_a_system_subject_or_a_neutral_person_are_left_alone(String text) {
        assertThat(lint.check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The deploy failed because the registry timed out.",
                "The alert did not fire because the threshold was per host.",
                "The nightly job missed its window.",
                "The on-call engineer paged the database team at 14:05.",
                "This was not incompetence; the runbook was old.",
                "Calling this \"careless\" would hide the missing guard rail.",
                "Manual steps make human error likely.",
                "The config should have a default region.",
                "The outage could have affected 4% of checkout traffic.",
                "Latency rose just before the deploy finished.",
                "The ORM uses lazy loading.",
                "We retrain the ranking model weekly.",
                "Why did the failover not trigger?",
                "Negligible traffic remained.",
                "It was not obvious from the dashboard that one region was affected.",
                "Engineer A opened the incident.",
                "Alerts go to oncall@example.com."
            })
    void hard_negatives_are_left_alone(String text) {
        assertThat(lint.check(text)).isEmpty();
    }

    @Test
    void flags_known_people_by_display_name_and_username_and_mentions_but_not_email_addresses() {
        // given
        BlamelessLint withNames = new BlamelessLint(List.of("Alice Example", "bob"));
        String text =
                "alice example restarted it; Bob and @carol.ops saw it; mail ops@example.com or [~dave]; dave@ too";

        // when
        List<LintFinding> findings = withNames.check(text);

        // then
        assertThat(findings)
                .extracting(LintFinding::family, LintFinding::match)
                .containsExactly(
                        tuple(LintFamily.NAMED, "alice example"),
                        tuple(LintFamily.NAMED, "Bob"),
                        tuple(LintFamily.NAMED, "@carol.ops"),
                        tuple(LintFamily.NAMED, "[~dave]"),
                        tuple(LintFamily.NAMED, "dave@"));
        assertThat(findings.get(0).reasonKey()).isEqualTo("debrief.lint.reason.named-person");
        assertThat(findings.get(2).rewriteKey()).isEqualTo("debrief.lint.rewrite.mention");
    }

    @Test
    void a_part_of_a_full_name_counts_when_capitalised_and_an_everyday_word_username_only_when_capitalised() {
        BlamelessLint withNames = new BlamelessLint(List.of("Bob Brown", "will"));

        assertThat(withNames.check("Brown restarted it; the brown cable; it will retry; Will retried"))
                .extracting(LintFinding::match)
                .containsExactly("Brown", "Will");
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

        assertThat(findings)
                .extracting(LintFinding::match)
                .containsExactly("careless", "human error", "should have known");
    }

    @Test
    void hostile_32_kb_input_is_linted_quickly_and_deterministically() {
        // given: long runs that almost match
        String hostile = "should ".repeat(2000)
                + "the engineer ".repeat(800)
                + "@".repeat(4000)
                + "[~".repeat(2000)
                + "a@".repeat(1000);

        // when
        List<LintFinding> first = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> lint.check(hostile));

        // then
        assertThat(first).isEqualTo(lint.check(hostile));
        assertThat(first).hasSizeLessThanOrEqualTo(BlamelessLint.MAX_FINDINGS);
    }

    @Test
    void any_input_reports_at_most_the_first_findings_in_text_order() {
        // given: 63 kB of mentions, blame phrases and names, every one a finding
        BlamelessLint withNames = new BlamelessLint(List.of("Alice Example"));
        String flood = "@a ".repeat(7_000) + "it was human error ".repeat(2_000) + "Alice Example ".repeat(1_000);

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
        assertThat(lint.check("ping @carol.smith-ops."))
                .extracting(LintFinding::match)
                .containsExactly("@carol.smith-ops");
    }

    @Test
    void another_language_is_a_rule_pack_not_code() {
        // given: a two-rule pack in German
        RulePack german = RulePack.parse("de", """
                set PERSON = techniker entwickler
                rule actor missed : < $PERSON hat|haben _{0,3} übersehen|ignoriert >
                rule character character/neg : < schlampig|fahrlässig >
                set NEGATION = nicht kein
                """);

        // when
        List<LintFinding> findings = new BlamelessLint(german, List.of())
                .check("Der Techniker hat den Alarm übersehen. Das war nicht fahrlässig, aber schlampig.");

        // then
        assertThat(findings)
                .extracting(LintFinding::family, LintFinding::match)
                .containsExactly(
                        tuple(LintFamily.ACTOR, "Techniker hat den Alarm übersehen"),
                        tuple(LintFamily.CHARACTER, "schlampig"));
    }

    @Test
    void a_broken_rule_pack_names_its_line() {
        assertThatThrownBy(() -> RulePack.parse("xx", "set A = a\nrule actor x : $NOPE"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("$NOPE");
    }

    @Test
    void the_english_pack_loads_and_every_family_has_rules() {
        assertThat(RulePack.english().adviceIds())
                .contains("missed", "counterfactual", "why-person", "retrain", "character", "placeholder");
        assertThat(RulePack.forLanguage("xx")).isSameAs(RulePack.english());
        assertThat(RulePack.forLanguage(" EN ")).isSameAs(RulePack.english());
    }
}
