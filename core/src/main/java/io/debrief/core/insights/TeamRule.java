package io.debrief.core.insights;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which team an incident belongs to, as the admin set it: its components (each is a team), or its labels starting
 * with a prefix ("team-payments" with prefix "team-" is team "payments"). An incident may belong to several teams
 * and counts in each; one with none counts under no team.
 *
 * <p>A custom field as the team is not offered: no Jira 11 evidence for reading one is held yet.
 */
public record TeamRule(Source source, String labelPrefix) {

    public static final TeamRule BY_COMPONENT = new TeamRule(Source.COMPONENT, "");
    public static final int MAX_PREFIX = 40;

    public enum Source {
        COMPONENT,
        LABEL_PREFIX;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public TeamRule {
        Objects.requireNonNull(source, "source");
        labelPrefix = labelPrefix == null ? "" : labelPrefix;
        if (source == Source.LABEL_PREFIX && (labelPrefix.isBlank() || labelPrefix.length() > MAX_PREFIX)) {
            throw new IllegalArgumentException("a label prefix of 1.." + MAX_PREFIX + " characters is needed");
        }
    }

    public static TeamRule labelPrefix(String prefix) {
        return new TeamRule(Source.LABEL_PREFIX, prefix);
    }

    /** The teams of an incident with these components (names within its project) and labels, sorted. */
    public Set<String> teamsOf(Collection<String> components, Collection<String> labels) {
        Set<String> teams = new TreeSet<>();
        if (source == Source.COMPONENT) {
            teams.addAll(components);
        } else {
            for (String label : labels) {
                if (label.startsWith(labelPrefix) && label.length() > labelPrefix.length()) {
                    teams.add(label.substring(labelPrefix.length()));
                }
            }
        }
        return teams;
    }
}
