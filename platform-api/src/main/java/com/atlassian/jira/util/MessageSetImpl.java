// Mirrors: com.atlassian.jira.util.MessageSetImpl from jira-api 11.3.1; source: [S4] util/MessageSetImpl.java (6.3); no
// Jira 11 use found in [S1] or [S2] (an earlier header said C11). Evidence: C(6.3)
// Real behaviour (ordered sets). The real class extends AbstractMessageSet; that intermediate type is omitted.
package com.atlassian.jira.util;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The standard mutable MessageSet. */
public class MessageSetImpl implements MessageSet {
    private static final long serialVersionUID = 1L;

    private final Set<String> errors = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    @Evidence(level = Level.OLDER, source = "[S4] util/MessageSetImpl.java (6.3)")
    public MessageSetImpl() {}

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    public void addWarningMessage(String warningMessage) {
        warnings.add(warningMessage);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public Set<String> getErrorMessages() {
        return Collections.unmodifiableSet(errors);
    }

    @Override
    public Set<String> getWarningMessages() {
        return Collections.unmodifiableSet(warnings);
    }

    @Override
    public void addMessageSet(MessageSet messageSet) {
        errors.addAll(messageSet.getErrorMessages());
        warnings.addAll(messageSet.getWarningMessages());
    }
}
