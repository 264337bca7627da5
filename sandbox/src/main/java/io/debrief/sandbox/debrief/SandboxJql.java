package io.debrief.sandbox.debrief;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The little JQL the sandbox reads for the review's filter: clauses joined by AND, each {@code field = value},
 * {@code field != value}, {@code field in (a, b)} or {@code field not in (a, b)}, over project, component, priority,
 * labels, assignee (user key) and key; values bare or quoted, names case-insensitive as in Jira. Anything else is
 * refused on the field "jql" with the list of what is understood, rather than guessed.
 */
final class SandboxJql {

    static final String UNSUPPORTED = "debrief.sandbox.error.jql";
    static final String UNDERSTOOD = "project, component, priority, labels, assignee, key with =, !=, in, not in, AND";

    private SandboxJql() {
    }

    /** What the filter means; throws {@link InvalidInputException} on "jql" for anything beyond the subset. */
    static Predicate<TrackedIssue> parse(String jql) {
        List<String> tokens = tokens(jql);
        Predicate<TrackedIssue> all = issue -> true;
        int at = 0;
        while (true) {
            Clause clause = clause(tokens, at, jql);
            all = all.and(clause.test());
            at = clause.next();
            if (at == tokens.size()) {
                return all;
            }
            if (!tokens.get(at).equalsIgnoreCase("and")) {
                throw refused(jql);
            }
            at++;
        }
    }

    private record Clause(Predicate<TrackedIssue> test, int next) {
    }

    private static Clause clause(List<String> tokens, int at, String jql) {
        if (at + 2 >= tokens.size()) {
            // a clause needs at least a field, an operator and a value (or "not in" / "in" and a bracket)
            throw refused(jql);
        }
        Function<TrackedIssue, Set<String>> field = field(tokens.get(at), jql);
        String op = tokens.get(at + 1).toLowerCase(Locale.ROOT);
        int next = at + 2;
        boolean negated = false;
        if (op.equals("not") && next < tokens.size() && tokens.get(next).equalsIgnoreCase("in")) {
            negated = true;
            op = "in";
            next++;
        } else if (op.equals("!=")) {
            negated = true;
            op = "=";
        }
        Set<String> values;
        if (op.equals("=")) {
            if (next >= tokens.size()) {
                throw refused(jql);
            }
            values = Set.of(value(tokens.get(next), jql));
            next++;
        } else if (op.equals("in")) {
            if (next >= tokens.size() || !tokens.get(next).equals("(")) {
                throw refused(jql);
            }
            List<String> list = new ArrayList<>();
            next++;
            while (next < tokens.size() && !tokens.get(next).equals(")")) {
                list.add(value(tokens.get(next), jql));
                next++;
                if (next < tokens.size() && tokens.get(next).equals(",")) {
                    next++;
                }
            }
            if (next >= tokens.size() || list.isEmpty()) {
                throw refused(jql);
            }
            next++;
            values = Set.copyOf(list);
        } else {
            throw refused(jql);
        }
        boolean not = negated;
        Predicate<TrackedIssue> matches = issue -> field.apply(issue).stream().anyMatch(values::contains);
        return new Clause(not ? matches.negate() : matches, next);
    }

    /** The field's values on an issue, lower-cased (Jira compares these names without regard to case). */
    private static Function<TrackedIssue, Set<String>> field(String name, String jql) {
        Function<TrackedIssue, Set<String>> values = switch (name.toLowerCase(Locale.ROOT)) {
            case "project" -> issue -> Set.of(issue.ref().projectKey());
            case "component" -> TrackedIssue::components;
            case "priority" -> issue -> issue.priority() == null ? Set.of() : Set.of(issue.priority());
            case "labels" -> TrackedIssue::labels;
            case "assignee" -> issue -> issue.assignee() == null ? Set.of() : Set.of(issue.assignee().key());
            case "key" -> issue -> Set.of(issue.key());
            default -> throw refused(jql);
        };
        return issue -> values.apply(issue).stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String value(String token, String jql) {
        if (token.equals("(") || token.equals(")") || token.equals(",") || token.equals("=") || token.equals("!=")) {
            throw refused(jql);
        }
        String bare = token.length() >= 2 && (token.startsWith("\"") || token.startsWith("'"))
                ? token.substring(1, token.length() - 1)
                : token;
        return bare.toLowerCase(Locale.ROOT);
    }

    /** Words, quoted strings, and the symbols ( ) , = != as tokens. */
    private static List<String> tokens(String jql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',' || c == '=') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '!' && i + 1 < jql.length() && jql.charAt(i + 1) == '=') {
                tokens.add("!=");
                i += 2;
            } else if (c == '"' || c == '\'') {
                int end = jql.indexOf(c, i + 1);
                if (end < 0) {
                    throw refused(jql);
                }
                tokens.add(jql.substring(i, end + 1));
                i = end + 1;
            } else {
                int start = i;
                while (i < jql.length() && !Character.isWhitespace(jql.charAt(i)) && "(),=!\"'".indexOf(jql.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    throw refused(jql);
                }
                tokens.add(jql.substring(start, i));
            }
        }
        if (tokens.isEmpty()) {
            throw refused(jql);
        }
        return tokens;
    }

    private static InvalidInputException refused(String jql) {
        return InvalidInputException.of("jql", UNSUPPORTED, jql, UNDERSTOOD);
    }
}
