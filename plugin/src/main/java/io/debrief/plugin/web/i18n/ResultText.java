package io.debrief.plugin.web.i18n;

import io.debrief.core.debrief.Answer;
import io.debrief.core.debrief.Question;

/**
 * The one vocabulary for a result, wherever it shows: a measured question (identified, fixed) is "met" or "missed"
 * its target, a plain question (resolved automatically) is "yes" or "no", anything unanswered is "unknown". The Soy
 * template {@code Debrief.Common.result} and {@code Debrief.Dom.result} draw these names as the same lozenge.
 */
public final class ResultText {

    private final Messages messages;

    public ResultText(Messages messages) {
        this.messages = messages;
    }

    /** The result's name for an answer: met, missed, yes, no or unknown. */
    public static String of(Answer answer) {
        if (answer instanceof Answer.Unknown) {
            return "unknown";
        }
        boolean measured = answer.question() != Question.AUTO_RESOLVED;
        if (answer instanceof Answer.Yes) {
            return measured ? "met" : "yes";
        }
        return measured ? "missed" : "no";
    }

    /** The result's name for a measure against its target; null (not known) is "unknown". */
    public static String of(Boolean met) {
        return met == null ? "unknown" : (met ? "met" : "missed");
    }

    /** The words the lozenge shows for a result name. */
    public String text(String result) {
        return switch (result) {
            case "met" -> messages.text("debrief.common.result.met");
            case "missed" -> messages.text("debrief.common.result.missed");
            case "yes" -> messages.text("debrief.common.result.yes");
            case "no" -> messages.text("debrief.common.result.no");
            default -> messages.text("debrief.common.result.unknown");
        };
    }
}
