package io.debrief.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into word and punctuation tokens with their positions, in one linear pass.
 *
 * <p>A word is a run of letters and digits, joined by inner apostrophes and hyphens ("didn't", "on-call",
 * "fat-fingered"); its {@code lower} form folds case and the typographic apostrophe. Every other visible char is a
 * one-char punctuation token. A sentence starts at the first token and after ".", "?", "!", ";", ":" or a line break.
 */
final class Tokens {

    /** One token: its text folded for matching, its place in the original text, and what kind it is. */
    record Token(String lower, int start, int end, boolean word, boolean capitalized, boolean sentenceStart) {}

    private final String text;
    private final List<Token> list;

    private Tokens(String text, List<Token> list) {
        this.text = text;
        this.list = list;
    }

    static Tokens of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        boolean sentenceStart = true;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                sentenceStart |= c == '\n';
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int end = i + 1;
                while (end < n) {
                    char d = text.charAt(end);
                    if (Character.isLetterOrDigit(d)) {
                        end++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-')
                            && end + 1 < n
                            && Character.isLetterOrDigit(text.charAt(end + 1))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                String lower = text.substring(i, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                tokens.add(new Token(lower, i, end, true, Character.isUpperCase(c), sentenceStart));
                sentenceStart = false;
                i = end;
            } else {
                String punct = String.valueOf(c == '\u2019' ? '\'' : c);
                tokens.add(new Token(punct, i, i + 1, false, false, sentenceStart));
                sentenceStart = c == '.' || c == '?' || c == '!' || c == ';' || c == ':';
                i++;
            }
        }
        return new Tokens(text, List.copyOf(tokens));
    }

    int size() {
        return list.size();
    }

    Token get(int index) {
        return list.get(index);
    }

    String text() {
        return text;
    }

    /** The original text from the start of token {@code from} to the end of token {@code to - 1}. */
    String span(int from, int to) {
        return text.substring(list.get(from).start(), list.get(to - 1).end());
    }
}
