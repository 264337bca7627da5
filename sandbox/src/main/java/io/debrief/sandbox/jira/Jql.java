package io.debrief.sandbox.jira;

import com.atlassian.query.Query;
import com.atlassian.query.clause.Clause;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.query.operand.Operand;
import com.atlassian.query.order.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JQL the host reads, parsed into a tree: clauses {@code field op operand} joined by AND, OR, NOT and brackets,
 * then an optional ORDER BY. Operators =, !=, <, <=, >, >=, ~, !~, in, not in, is, is not; operands a word or quoted
 * value, a list in brackets, EMPTY/NULL, or a function call. Field names are checked against what the host can
 * search; anything else is a parse error naming it, as in Jira.
 */
final class Jql {

    static final Set<String> FIELDS = Set.of(
            "project",
            "issuetype",
            "type",
            "labels",
            "status",
            "statuscategory",
            "resolution",
            "component",
            "parent",
            "issue",
            "issuekey",
            "key",
            "id",
            "assignee",
            "reporter",
            "priority",
            "summary",
            "text",
            "created",
            "createddate",
            "resolved",
            "resolutiondate",
            "due",
            "duedate");

    private Jql() {}

    /** A parse failure: an i18n key (Jira's kind of message, in the sandbox's bundle) and its arguments. */
    static final class ParseError extends Exception {
        private final String key;
        private final transient Object[] args;

        ParseError(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args.clone();
        }
    }

    /** The parsed query. */
    record JqlQuery(Clause getWhereClause, Order getOrderByClause, String getQueryString) implements Query {}

    record Order(List<Sort> sorts) implements OrderBy {}

    record Sort(String field, boolean ascending) {}

    record And(List<Clause> clauses) implements Clause {}

    record Or(List<Clause> clauses) implements Clause {}

    record Not(Clause clause) implements Clause {}

    /** {@code field op operand}. */
    record Terminal(String field, String operator, Operand getOperand) implements TerminalClause {}

    /** A single value ({@code EMPTY} is {@link #EMPTY}). */
    record Single(String value, boolean quoted) implements Operand {
        @Override
        public String getName() {
            return "SingleValueOperand";
        }

        @Override
        public String getDisplayString() {
            return quoted ? '"' + value + '"' : value;
        }
    }

    record Multi(List<Operand> values) implements Operand {
        @Override
        public String getName() {
            return "MultiValueOperand";
        }

        @Override
        public String getDisplayString() {
            return values.stream().map(Operand::getDisplayString).toList().toString();
        }
    }

    static final Single EMPTY = new Single("EMPTY", false);

    static JqlQuery parse(String text) throws ParseError {
        Parser parser = new Parser(tokens(text));
        Clause where = parser.atEnd() || parser.peekWord("order") ? null : parser.or();
        List<Sort> sorts = new ArrayList<>();
        if (parser.acceptWord("order")) {
            parser.expectWord("by");
            do {
                String field = parser.word().toLowerCase(Locale.ROOT);
                boolean ascending = !parser.acceptWord("desc");
                if (ascending) {
                    parser.acceptWord("asc");
                }
                sorts.add(new Sort(field, ascending));
            } while (parser.accept(","));
        }
        if (!parser.atEnd()) {
            throw new ParseError("sandbox.jira.jql.error.andor", parser.peek());
        }
        return new JqlQuery(where, new Order(sorts), text);
    }

    private record Token(String text, boolean quoted) {}

    private static List<Token> tokens(String text) throws ParseError {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                        j++;
                    }
                    value.append(text.charAt(j++));
                }
                if (j >= text.length()) {
                    throw new ParseError("sandbox.jira.jql.error.quote", value.toString());
                }
                tokens.add(new Token(value.toString(), true));
                i = j + 1;
            } else if ("(),".indexOf(c) >= 0) {
                tokens.add(new Token(String.valueOf(c), false));
                i++;
            } else if ("=!<>~".indexOf(c) >= 0) {
                int j = i + 1;
                if (j < text.length() && (text.charAt(j) == '=' || (c == '!' && text.charAt(j) == '~'))) {
                    j++;
                }
                tokens.add(new Token(text.substring(i, j), false));
                i = j;
            } else {
                int j = i;
                while (j < text.length()
                        && !Character.isWhitespace(text.charAt(j))
                        && "(),=!<>~\"'".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                tokens.add(new Token(text.substring(i, j), false));
                i = j;
            }
        }
        return tokens;
    }

    private static final class Parser {
        private final List<Token> tokens;
        private int at;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return at >= tokens.size();
        }

        String peek() {
            return atEnd() ? "" : tokens.get(at).text();
        }

        boolean peekWord(String word) {
            return !atEnd() && !tokens.get(at).quoted() && tokens.get(at).text().equalsIgnoreCase(word);
        }

        boolean acceptWord(String word) {
            if (peekWord(word)) {
                at++;
                return true;
            }
            return false;
        }

        boolean accept(String symbol) {
            if (!atEnd() && !tokens.get(at).quoted() && tokens.get(at).text().equals(symbol)) {
                at++;
                return true;
            }
            return false;
        }

        void expect(String symbol) throws ParseError {
            if (!accept(symbol)) {
                throw new ParseError("sandbox.jira.jql.error.expecting", symbol, peek());
            }
        }

        void expectWord(String word) throws ParseError {
            if (!acceptWord(word)) {
                throw new ParseError("sandbox.jira.jql.error.expecting", word, peek());
            }
        }

        String word() throws ParseError {
            if (atEnd()) {
                throw new ParseError("sandbox.jira.jql.error.end");
            }
            return tokens.get(at++).text();
        }

        Clause or() throws ParseError {
            List<Clause> clauses = new ArrayList<>(List.of(and()));
            while (acceptWord("or")) {
                clauses.add(and());
            }
            return clauses.size() == 1 ? clauses.get(0) : new Or(clauses);
        }

        Clause and() throws ParseError {
            List<Clause> clauses = new ArrayList<>(List.of(not()));
            while (acceptWord("and")) {
                clauses.add(not());
            }
            return clauses.size() == 1 ? clauses.get(0) : new And(clauses);
        }

        Clause not() throws ParseError {
            if (acceptWord("not")) {
                return new Not(not());
            }
            if (accept("(")) {
                Clause inner = or();
                expect(")");
                return inner;
            }
            return terminal();
        }

        Clause terminal() throws ParseError {
            Token fieldToken = tokens.get(Math.min(at, tokens.size() - 1));
            String field = word().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(field)) {
                throw new ParseError("sandbox.jira.jql.error.field", fieldToken.text());
            }
            String op = word().toLowerCase(Locale.ROOT);
            if (op.equals("not") && acceptWord("in")) {
                op = "not in";
            } else if (op.equals("is") && acceptWord("not")) {
                op = "is not";
            } else if (Set.of("was", "changed").contains(op)) {
                throw new ParseError("sandbox.jira.jql.error.history", op.toUpperCase(Locale.ROOT));
            } else if (!Set.of("=", "!=", "<", "<=", ">", ">=", "~", "!~", "in", "is")
                    .contains(op)) {
                throw new ParseError("sandbox.jira.jql.error.operator", op);
            }
            return new Terminal(field, op, operand(op.endsWith("in")));
        }

        Operand operand(boolean list) throws ParseError {
            if (list && accept("(")) {
                List<Operand> values = new ArrayList<>();
                do {
                    values.add(operand(false));
                } while (accept(","));
                expect(")");
                return new Multi(values);
            }
            Token token = tokens.get(Math.min(at, tokens.size() - 1));
            String value = word();
            if (!token.quoted() && accept("(")) {
                List<String> args = new ArrayList<>();
                if (!accept(")")) {
                    do {
                        args.add(word());
                    } while (accept(","));
                    expect(")");
                }
                return new FunctionOperand(value, args);
            }
            if (!token.quoted() && (value.equalsIgnoreCase("empty") || value.equalsIgnoreCase("null"))) {
                return EMPTY;
            }
            return new Single(value, token.quoted());
        }
    }
}
