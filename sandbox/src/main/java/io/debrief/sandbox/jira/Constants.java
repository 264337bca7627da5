package io.debrief.sandbox.jira;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host's fixed issue constants, as a new Jira Software instance has them: five priorities, four resolutions, and
 * the three statuses of the simplified workflow with their categories (to do, in progress, done).
 */
final class Constants {

    static final Category TO_DO = new Category(2L, StatusCategory.TO_DO, "To Do");
    static final Category IN_PROGRESS = new Category(4L, StatusCategory.IN_PROGRESS, "In Progress");
    static final Category DONE = new Category(3L, StatusCategory.COMPLETE, "Done");

    static final List<Constant> PRIORITIES = List.of(
            new Constant("1", "Highest", 1L),
            new Constant("2", "High", 2L),
            new Constant("3", "Medium", 3L),
            new Constant("4", "Low", 4L),
            new Constant("5", "Lowest", 5L));
    static final List<Constant> RESOLUTIONS = List.of(
            new Constant("10000", "Done", 1L),
            new Constant("10001", "Won't Do", 2L),
            new Constant("10002", "Duplicate", 3L),
            new Constant("10003", "Cannot Reproduce", 4L));
    static final List<HostStatus> STATUSES = List.of(
            new HostStatus("1", "Open", 1L, TO_DO),
            new HostStatus("3", "In Progress", 2L, IN_PROGRESS),
            new HostStatus("10001", "Done", 3L, DONE));

    private Constants() {}

    /** A priority or resolution. */
    record Constant(String getId, String getName, Long getSequence) implements Priority, Resolution {
        @Override
        public String getDescription() {
            return getName;
        }
    }

    /** A status; one whose name the host does not know reads as in progress, as Jira's undefined category does. */
    record HostStatus(String getId, String getName, Long getSequence, StatusCategory getStatusCategory)
            implements Status {
        @Override
        public String getDescription() {
            return getName;
        }
    }

    record Category(Long getId, String getKey, String getName) implements StatusCategory {
        @Override
        public int compareTo(StatusCategory other) {
            return getId.compareTo(other.getId());
        }
    }

    /** An issue type row. */
    record HostIssueType(String getId, String getName, String getDescription, boolean isSubTask) implements IssueType {
        @Override
        public Long getSequence() {
            return Long.valueOf(getId);
        }
    }

    static Optional<Constant> priorityNamed(String name) {
        return named(PRIORITIES, name);
    }

    static Optional<Constant> resolutionNamed(String name) {
        return named(RESOLUTIONS, name);
    }

    static Optional<Constant> byId(List<Constant> all, String id) {
        return all.stream().filter(c -> c.getId().equals(id)).findFirst();
    }

    static HostStatus status(String name, String categoryKey) {
        return STATUSES.stream()
                .filter(s -> s.getName().equalsIgnoreCase(name))
                .findFirst()
                .orElseGet(() -> new HostStatus("0", name, 0L, category(categoryKey)));
    }

    static Category category(String key) {
        return List.of(TO_DO, IN_PROGRESS, DONE).stream()
                .filter(c -> c.getKey().equals(key))
                .findFirst()
                .orElse(IN_PROGRESS);
    }

    private static Optional<Constant> named(List<Constant> all, String name) {
        return name == null
                ? Optional.empty()
                : all.stream()
                        .filter(c -> c.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                        .findFirst();
    }
}
