package io.debrief.core.timeline;

/**
 * How much of a tracker comment a derived timeline entry shows: the whole comment up to {@link #MAX_CHARS}, else cut
 * at a word boundary near the limit with an ellipsis (the entry links back to the issue for the rest).
 */
public final class CommentExcerpt {

    public static final int MAX_CHARS = 500;

    private CommentExcerpt() {}

    public static String of(String body) {
        String text = body == null ? "" : body.strip();
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS - 1);
        if (cut < MAX_CHARS / 2) {
            cut = MAX_CHARS - 1;
        }
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }
}
