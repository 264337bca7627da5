// Mirrors: com.atlassian.query.operand.FunctionOperand from jira-api 11.3.1; source: [S4]
// query/operand/FunctionOperand.java (6.3). Evidence: C(6.3)
// Value behaviour so JQL-function tests can build operands; equals over name (case-insensitive) and args is U in
// detail.
package com.atlassian.query.operand;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A JQL function call with its string arguments, e.g. {@code debriefItems("INC-1")}. */
public class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name) {
        this(name, List.of());
    }

    public FunctionOperand(String name, String... args) {
        this(name, Arrays.asList(args));
    }

    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    @Override
    public String getName() {
        return name;
    }

    @Evidence(level = Level.OLDER, source = "[S4] query/operand/FunctionOperand.java (6.3)")
    public List<String> getArgs() {
        return args;
    }

    @Override
    public String getDisplayString() {
        return name + "(" + String.join(", ", args) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof FunctionOperand other && name.equalsIgnoreCase(other.name) && args.equals(other.args));
    }

    @Override
    public int hashCode() {
        return 31 * name.toLowerCase(Locale.ROOT).hashCode() + args.hashCode();
    }

    @Override
    public String toString() {
        return getDisplayString();
    }
}
