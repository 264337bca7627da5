package io.debrief.plugin.incident;

/**
 * One standard answer as both incident tabs and their REST answers show it: the question (wire name and text), yes,
 * no or unknown with its result in the one vocabulary and its text, the numbers behind it (seconds, and as display
 * text), why it is unknown, one plain sentence ("Identified in 12 min, target 5 min: no") and the action item a "no"
 * or "unknown" suggests ({@code draft}, null when none); {@code approximate}: the actual time is built on an
 * approximate moment, and its display says so ("about 12 min").
 */
public record AnswerView(
        String question,
        String questionText,
        String answer,
        String result,
        String answerText,
        Long actualSeconds,
        Long targetSeconds,
        String actualDisplay,
        String targetDisplay,
        String reasonText,
        String summary,
        Draft draft,
        boolean approximate) {

    /**
     * The suggested action item: its category and summary, whether it was already made into an item ({@code taken})
     * and that item ({@code item}) when the reader may see it.
     */
    public record Draft(String category, String summary, boolean taken, Item item) {}

    /** An issue in Jira, linked relative to the context path. */
    public record Item(String key, String url) {}
}
