package io.debrief.core.debrief;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.Validation;
import io.debrief.core.common.ValidationError;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A person's change to a debrief's content: the complete new impact, analysis and auto-resolved answer. */
public record DebriefEdit(Impact impact, String analysis, AutoResolved autoResolved) {

    /** The longest analysis, in UTF-8 bytes (64 kB). */
    public static final int MAX_ANALYSIS_BYTES = 64 * 1024;

    public DebriefEdit {
        impact = impact == null ? Impact.empty() : impact;
        analysis = analysis == null ? "" : analysis;
        autoResolved = autoResolved == null ? AutoResolved.UNANSWERED : autoResolved;
    }

    public List<ValidationError> validate() {
        Validation validation = new Validation();
        impact.validate(validation);
        validation.check(
                analysis.getBytes(StandardCharsets.UTF_8).length <= MAX_ANALYSIS_BYTES,
                "analysis",
                "debrief.error.analysis.too-long",
                MAX_ANALYSIS_BYTES);
        return validation.errors();
    }

    public void requireValid() {
        List<ValidationError> errors = validate();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
