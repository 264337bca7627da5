package io.debrief.core.common;

/**
 * Characters a reader cannot see but that change what they see: bidirectional overrides and isolates (a link
 * "moc.elpmaxe" shown as "example.com"), zero-width characters, and control characters other than line breaks and
 * tabs. Values that must read exactly as stored (links, keys, names) refuse them.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {}

    /** Whether {@code text} holds any character that hides or reorders what a reader sees. */
    public static boolean anyIn(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isInvisible(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isInvisible(char c) {
        return c == '\u061C' // Arabic letter mark
                || c == '\u200E'
                || c == '\u200F' // left-to-right and right-to-left marks
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || (c >= '\u200B' && c <= '\u200D') // zero-width space, non-joiner, joiner
                || c == '\u2060'
                || c == '\uFEFF' // word joiner, zero-width no-break space
                || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
