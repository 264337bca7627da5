package io.debrief.core.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A labelled corpus of debrief sentences ({@code lint/*.tsv}: family, tab, sentence; {@code # people:} names the
 * people on the incident as "Display Name=username; ...") and the lint's scores on it.
 */
record LintCorpus(String name, List<String> people, List<Sentence> sentences) {

    /** One sentence and its gold family; empty for a sentence without blame. */
    record Sentence(Optional<LintFamily> gold, String text) {}

    static LintCorpus load(String resource) {
        try (InputStream in = LintCorpus.class.getResourceAsStream("/lint/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus " + resource);
            }
            List<String> people = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# people:")) {
                    for (String person : line.substring("# people:".length()).split(";")) {
                        for (String name : person.split("=")) {
                            people.add(name.strip());
                        }
                    }
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    Optional<LintFamily> gold = parts[0].equals("none")
                            ? Optional.empty()
                            : Optional.of(LintFamily.valueOf(parts[0].toUpperCase(Locale.ROOT)));
                    sentences.add(new Sentence(gold, parts[1]));
                }
            }
            return new LintCorpus(resource, List.copyOf(people), List.copyOf(sentences));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the lint finds in each sentence, scored against the gold labels. */
    Scores score(BlamelessLint lint) {
        Scores scores = new Scores();
        for (Sentence sentence : sentences) {
            Set<LintFamily> found = EnumSet.noneOf(LintFamily.class);
            lint.check(sentence.text()).forEach(finding -> found.add(finding.family()));
            scores.add(sentence, found);
        }
        return scores;
    }

    /** Sentence-level counts: overall (blame or not) and per family. */
    static final class Scores {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int trueNegatives;
        final Map<LintFamily, int[]> byFamily = new EnumMap<>(LintFamily.class);
        final List<String> mistakes = new ArrayList<>();

        Scores() {
            for (LintFamily family : LintFamily.values()) {
                // gold, found as this family, found only as other families, not found, flagged this family (any gold),
                // flagged this family on a sentence without blame
                byFamily.put(family, new int[6]);
            }
        }

        void add(Sentence sentence, Set<LintFamily> found) {
            boolean blame = sentence.gold().isPresent();
            if (blame && !found.isEmpty()) {
                truePositives++;
            } else if (blame) {
                falseNegatives++;
            } else if (!found.isEmpty()) {
                falsePositives++;
            } else {
                trueNegatives++;
            }
            sentence.gold().ifPresent(gold -> {
                int[] row = byFamily.get(gold);
                row[0]++;
                row[found.contains(gold) ? 1 : found.isEmpty() ? 3 : 2]++;
            });
            for (LintFamily family : found) {
                byFamily.get(family)[4]++;
                if (!blame) {
                    byFamily.get(family)[5]++;
                }
            }
            if (blame != !found.isEmpty()
                    || blame && !found.contains(sentence.gold().get())) {
                mistakes.add(sentence.gold().map(Enum::name).orElse("NONE") + " -> " + found + ": " + sentence.text());
            }
        }

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Of the sentences of this family, the share the lint flags with this family. */
        double recall(LintFamily family) {
            int[] row = byFamily.get(family);
            return ratio(row[1], row[0]);
        }

        /** Of the sentences flagged with this family, the share that carry blame. */
        double precision(LintFamily family) {
            int[] row = byFamily.get(family);
            return ratio(row[4] - row[5], row[4]);
        }

        double f1(LintFamily family) {
            double p = precision(family);
            double r = recall(family);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }

        /** The figures as a Markdown table, for the README. */
        String table(String title) {
            StringBuilder out = new StringBuilder();
            out.append("#### ").append(title).append('\n');
            out.append(String.format(
                    Locale.ROOT,
                    "Overall: %d blameful, %d without blame; TP %d, FP %d, FN %d, TN %d;"
                            + " precision %.3f, recall %.3f, F1 %.3f%n%n",
                    truePositives + falseNegatives,
                    falsePositives + trueNegatives,
                    truePositives,
                    falsePositives,
                    falseNegatives,
                    trueNegatives,
                    precision(),
                    recall(),
                    f1()));
            out.append("| family | sentences | flagged as it | flagged as another family only | missed |"
                    + " flagged as it (all) | of those without blame | precision | recall | F1 |\n");
            out.append("|---|---|---|---|---|---|---|---|---|---|\n");
            for (LintFamily family : LintFamily.values()) {
                int[] row = byFamily.get(family);
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                        family.name().toLowerCase(Locale.ROOT),
                        row[0],
                        row[1],
                        row[2],
                        row[3],
                        row[4],
                        row[5],
                        precision(family),
                        recall(family),
                        f1(family)));
            }
            return out.toString();
        }
    }
}
