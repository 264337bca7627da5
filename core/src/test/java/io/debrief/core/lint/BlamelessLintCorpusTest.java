package io.debrief.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lint measured on a labelled corpus written for it: the rules are tuned on {@code tuning.tsv} only and must
 * reach the targets on {@code heldout.tsv}, which nobody reads while tuning. Figures go to core/README.md.
 */
class BlamelessLintCorpusTest {

    private static final double PRECISION = 0.9;
    private static final double RECALL = 0.8;
    private static final double FAMILY_RECALL = 0.6;
    private static final double BLIND_PRECISION_FLOOR = 0.9;
    private static final double BLIND_RECALL_FLOOR = 0.8;

    @Test
    void the_corpus_is_large_and_hard_enough_to_mean_something() {
        LintCorpus tuning = LintCorpus.load("tuning.tsv");
        LintCorpus heldOut = LintCorpus.load("heldout.tsv");

        // the parts the targets are measured on; tuning-2 and blind-2 come on top
        long all = tuning.sentences().size() + heldOut.sentences().size();
        long blameful = tuning.sentences().stream()
                        .filter(s -> s.gold().isPresent())
                        .count()
                + heldOut.sentences().stream().filter(s -> s.gold().isPresent()).count();
        assertThat(all).isGreaterThanOrEqualTo(400);
        assertThat(blameful).isGreaterThanOrEqualTo(150);
        assertThat(all - blameful).isGreaterThanOrEqualTo(150);
        for (LintFamily family : LintFamily.values()) {
            assertThat(heldOut.sentences().stream().filter(s -> s.gold().equals(java.util.Optional.of(family))))
                    .as("held-out sentences of %s", family)
                    .hasSizeGreaterThanOrEqualTo(15);
        }
        assertThat(heldOut.sentences())
                .extracting(LintCorpus.Sentence::text)
                .doesNotContainAnyElementsOf(tuning.sentences().stream()
                        .map(LintCorpus.Sentence::text)
                        .toList());
    }

    /**
     * heldout.tsv covers every family; heldout-3.tsv (written and committed before the actor rules were tuned on
     * tuning-3.tsv) is about the actor family, its role-letter placeholders and its hard negatives.
     */
    @ParameterizedTest
    @ValueSource(strings = {"heldout.tsv", "heldout-3.tsv"})
    void on_the_held_out_parts_the_lint_reaches_the_targets_overall_and_in_every_family(String part) {
        // given
        LintCorpus heldOut = LintCorpus.load(part);

        // when
        LintCorpus.Scores scores = heldOut.score(new BlamelessLint(heldOut.people()));

        // then
        System.out.println(
                scores.table("Held-out " + part + " (" + heldOut.sentences().size() + " sentences)"));
        assertThat(scores.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION);
        assertThat(scores.recall()).as("recall").isGreaterThanOrEqualTo(RECALL);
        for (LintFamily family : LintFamily.values()) {
            assertThat(scores.recall(family)).as("recall of %s", family).isGreaterThanOrEqualTo(FAMILY_RECALL);
        }
    }

    /**
     * The blind part (blind-2.tsv) was written after the rules were frozen and is never tuned on; its figures are
     * reported in core/README.md as they are (precision 0.976, recall 0.820 when first measured; the actor family
     * 0.4; after the actor rules were tuned on tuning-3.tsv, precision 0.959, recall 0.940, actor 1.0, though its
     * misses had been printed before tuning-3 was written). The floor only stops a regression from going unnoticed:
     * to tune on it, move it to the tuning parts (as tuning-2.tsv was) and write a new blind part after the next
     * freeze.
     */
    @Test
    void on_the_blind_part_the_lint_stays_above_its_measured_floor() {
        // given
        LintCorpus blind = LintCorpus.load("blind-2.tsv");

        // when
        LintCorpus.Scores scores = blind.score(new BlamelessLint(blind.people()));

        // then
        System.out.println(scores.table("Blind (" + blind.sentences().size() + " sentences)"));
        if (Boolean.getBoolean("debrief.lint.showBlindMistakes")) {
            scores.mistakes.forEach(System.out::println);
        }
        assertThat(scores.precision()).as("precision").isGreaterThanOrEqualTo(BLIND_PRECISION_FLOOR);
        assertThat(scores.recall()).as("recall").isGreaterThanOrEqualTo(BLIND_RECALL_FLOOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tuning.tsv", "tuning-2.tsv", "tuning-3.tsv"})
    void on_the_tuning_parts_the_lint_reaches_the_targets_too(String part) {
        // given
        LintCorpus tuning = LintCorpus.load(part);

        // when
        LintCorpus.Scores scores = tuning.score(new BlamelessLint(tuning.people()));

        // then
        System.out.println(
                scores.table("Tuning " + part + " (" + tuning.sentences().size() + " sentences)"));
        if (Boolean.getBoolean("debrief.lint.showTuningMistakes")) {
            scores.mistakes.forEach(System.out::println);
        }
        assertThat(scores.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION);
        assertThat(scores.recall()).as("recall").isGreaterThanOrEqualTo(RECALL);
        for (LintFamily family : LintFamily.values()) {
            assertThat(scores.recall(family)).as("recall of %s", family).isGreaterThanOrEqualTo(FAMILY_RECALL);
        }
    }
}
