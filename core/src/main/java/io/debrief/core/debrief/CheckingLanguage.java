package io.debrief.core.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.core.lint.LintFinding;
import java.util.List;

/**
 * The blameless-language check of text being typed into an incident's debrief, flagging also the names of the people
 * on the incident and the debrief. Reads, never writes. Implemented by {@link DebriefService}.
 */
public interface CheckingLanguage {

    /** What the blameless lint finds in {@code text}, for an incident {@code viewer} may read. */
    List<LintFinding> lint(String issueKey, String text, Viewer viewer);
}
