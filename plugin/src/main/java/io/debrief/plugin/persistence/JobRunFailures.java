package io.debrief.plugin.persistence;

import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.common.IssueRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's failures into one text column and reads them back: one line per incident, fields separated by
 * tabs (id, key, project key, reason), with backslash, tab and line breaks in the reason escaped.
 */
final class JobRunFailures {

    /** Longest reason kept; exception messages can be long and the admin only needs the gist. */
    static final int MAX_REASON = 1000;

    private JobRunFailures() {}

    static String encode(List<JobRunReport.Failure> failures) {
        StringBuilder text = new StringBuilder();
        for (JobRunReport.Failure failure : failures) {
            String reason = failure.reason().length() > MAX_REASON
                    ? failure.reason().substring(0, MAX_REASON)
                    : failure.reason();
            text.append(failure.incident().id())
                    .append('\t')
                    .append(escape(failure.incident().key()))
                    .append('\t')
                    .append(escape(failure.incident().projectKey()))
                    .append('\t')
                    .append(escape(reason))
                    .append('\n');
        }
        return text.toString();
    }

    static List<JobRunReport.Failure> decode(String text) {
        List<JobRunReport.Failure> failures = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return failures;
        }
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                continue;
            }
            failures.add(new JobRunReport.Failure(
                    new IssueRef(Long.parseLong(fields[0]), unescape(fields[1]), unescape(fields[2])),
                    unescape(fields[3])));
        }
        return failures;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
