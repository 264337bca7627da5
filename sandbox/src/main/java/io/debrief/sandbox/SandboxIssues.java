package io.debrief.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;

/**
 * The sandbox's issue store: what Jira's issue, label and link services are to the plugin. Feature modules adapt
 * core's issue ports onto it; it enforces no permissions itself (callers pass a {@link Person} where they list).
 */
public final class SandboxIssues {

    public static final String DONE = "done";
    public static final String NEW = "new";
    public static final String IN_PROGRESS = "indeterminate";

    private final Database db;
    private final EntityManager em;

    SandboxIssues(Database db) {
        this.db = db;
        this.em = db.entityManager();
    }

    /** Creates an issue with the next key of its project, its labels included, in one transaction. */
    public SandboxIssue create(NewIssue issue) {
        return db.inTransaction(() -> {
            int next = Database.sql(() -> em.count(
                            SandboxIssueEntity.class, Query.select().where("PROJECT_KEY = ?", issue.projectKey())))
                    + 1;
            boolean done = issue.resolved() != null;
            SandboxIssueEntity e = Database.sql(() -> em.create(
                    SandboxIssueEntity.class,
                    new DBParam("ISSUE_KEY", issue.projectKey() + "-" + next),
                    new DBParam("PROJECT_KEY", issue.projectKey()),
                    new DBParam("ISSUE_TYPE", issue.type()),
                    new DBParam("SUMMARY", issue.summary()),
                    new DBParam("STATUS", done ? "Done" : "Open"),
                    new DBParam("STATUS_CATEGORY", done ? DONE : NEW),
                    new DBParam("CREATED", Date.from(issue.created()))));
            e.setReporter(issue.reporter());
            e.setAssignee(issue.assignee());
            e.setPriority(issue.priority());
            e.setComponent(issue.component());
            e.setResolved(issue.resolved() == null ? null : Date.from(issue.resolved()));
            e.setDue(issue.due() == null ? null : Date.from(issue.due()));
            e.setParentId(issue.parentId());
            e.save();
            for (String label : issue.labels()) {
                addLabel(e.getID(), label);
            }
            if (done) {
                // created resolved (the seed): its history still shows how it got there
                recordStatusChange(e.getID(), "Open", "Done", issue.reporter(), issue.resolved());
            }
            return toIssue(e);
        });
    }

    public Optional<SandboxIssue> byKey(String key) {
        SandboxIssueEntity[] found = find(Query.select().where("ISSUE_KEY = ?", key));
        return found.length == 0 ? Optional.empty() : Optional.of(toIssue(found[0]));
    }

    public Optional<SandboxIssue> byId(long id) {
        SandboxIssueEntity[] found = find(Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(toIssue(found[0]));
    }

    /** Issues the viewer may browse, newest first, optionally of one project and/or type (null = any). */
    public List<SandboxIssue> list(Person viewer, String projectKey, String type) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (projectKey != null && !projectKey.isBlank()) {
            where.add("PROJECT_KEY = ?");
            params.add(projectKey);
        }
        if (type != null && !type.isBlank()) {
            where.add("ISSUE_TYPE = ?");
            params.add(type);
        }
        Query query = Query.select();
        if (!where.isEmpty()) {
            query = query.where(String.join(" AND ", where), params.toArray());
        }
        return Arrays.stream(find(query))
                .filter(e -> viewer.canBrowseProject(e.getProjectKey()))
                .sorted(Comparator.comparing(SandboxIssueEntity::getCreated).reversed())
                .map(this::toIssue)
                .toList();
    }

    /** Sub-tasks of an issue, oldest first. */
    public List<SandboxIssue> subTasks(long parentId) {
        return Arrays.stream(find(Query.select().where("PARENT_ID = ?", parentId)))
                .sorted(Comparator.comparing(SandboxIssueEntity::getCreated))
                .map(this::toIssue)
                .toList();
    }

    /** Issues carrying {@code label}, oldest first. */
    public List<SandboxIssue> labelled(String label) {
        return Arrays.stream(Database.sql(
                        () -> em.find(SandboxLabelEntity.class, Query.select().where("LABEL = ?", label))))
                .map(l -> byId(l.getIssueId()).orElseThrow())
                .sorted(Comparator.comparing(SandboxIssue::created))
                .toList();
    }

    /** Adds a label unless the issue already has it. */
    public void addLabel(long issueId, String label) {
        if (!labels(issueId).contains(label)) {
            create(SandboxLabelEntity.class, new DBParam("ISSUE_ID", issueId), new DBParam("LABEL", label));
        }
    }

    public List<String> labels(long issueId) {
        return Arrays.stream(Database.sql(
                        () -> em.find(SandboxLabelEntity.class, Query.select().where("ISSUE_ID = ?", issueId))))
                .map(SandboxLabelEntity::getLabel)
                .sorted()
                .toList();
    }

    /** Links {@code sourceId} to {@code destinationId} with a link type such as "relates to" or "is caused by". */
    public IssueLink link(String typeName, long sourceId, long destinationId) {
        SandboxLinkEntity e = Database.sql(() -> em.create(
                SandboxLinkEntity.class,
                new DBParam("TYPE_NAME", typeName),
                new DBParam("SOURCE_ID", sourceId),
                new DBParam("DESTINATION_ID", destinationId)));
        return link(e);
    }

    /** Links from or to the issue. */
    public List<IssueLink> links(long issueId) {
        return Arrays.stream(Database.sql(() -> em.find(
                        SandboxLinkEntity.class,
                        Query.select().where("SOURCE_ID = ? OR DESTINATION_ID = ?", issueId, issueId))))
                .map(SandboxIssues::link)
                .toList();
    }

    /** Links whose source ({@code outward}) or destination is the issue, oldest first. */
    public List<IssueLink> links(long issueId, boolean outward) {
        return Arrays.stream(Database.sql(() -> em.find(
                        SandboxLinkEntity.class,
                        Query.select()
                                .where(outward ? "SOURCE_ID = ?" : "DESTINATION_ID = ?", issueId)
                                .order("ID"))))
                .map(SandboxIssues::link)
                .toList();
    }

    /** Removes one link by its id. */
    public void unlink(long linkId) {
        Database.sql(() -> em.deleteWithSQL(SandboxLinkEntity.class, "ID = ?", linkId));
    }

    /** Deletes an issue with its labels, links and properties, as Jira's delete does, sending no event. */
    public void delete(long issueId) {
        db.inTransaction(() -> {
            Database.sql(() -> em.deleteWithSQL(SandboxLabelEntity.class, "ISSUE_ID = ?", issueId));
            Database.sql(() ->
                    em.deleteWithSQL(SandboxLinkEntity.class, "SOURCE_ID = ? OR DESTINATION_ID = ?", issueId, issueId));
            Database.sql(() -> em.deleteWithSQL(IssuePropertyEntity.class, "ISSUE_ID = ?", issueId));
            Database.sql(() -> em.deleteWithSQL(SandboxIssueEntity.class, "ID = ?", issueId));
            return null;
        });
    }

    /** Moves an issue to another project under that project's next key (its id stays), sending no event. */
    public SandboxIssue move(long issueId, String projectKey) {
        int next = Database.sql(
                        () -> em.count(SandboxIssueEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey)))
                + 1;
        return update(issueId, e -> {
            e.setProjectKey(projectKey);
            e.setIssueKey(projectKey + "-" + next);
        });
    }

    /** Changes an issue's type (by name), sending no event. */
    public SandboxIssue retype(long issueId, String type) {
        return update(issueId, e -> e.setIssueType(type));
    }

    /** Removes a label from an issue (nothing when it has none). */
    public void removeLabel(long issueId, String label) {
        Database.sql(() -> em.deleteWithSQL(SandboxLabelEntity.class, "ISSUE_ID = ? AND LABEL = ?", issueId, label));
    }

    /** Every issue, oldest first (the host's search reads them all: the sandbox holds a few hundred). */
    public List<SandboxIssue> all() {
        SandboxIssueEntity[] rows = find(Query.select().order("ID"));
        // every label in one read, not one read per issue (Jira's search reads them from its index with the issue)
        return withLabels(rows, Database.sql(() -> em.find(SandboxLabelEntity.class)));
    }

    /**
     * The issues with one of these ids or keys (keys are upper case, as project keys are), oldest first: what a search pinned to
     * issues ({@code issue in (...)}) reads, as Jira's index looks such terms up instead of visiting every issue.
     */
    public List<SandboxIssue> withIdsOrKeys(Collection<Long> ids, Collection<String> keys) {
        List<SandboxIssueEntity> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(new TreeSet<>(ids)))) {
            rows.addAll(Arrays.asList(
                    find(Query.select().where("ID IN (" + marks(chunk.size()) + ")", chunk.toArray()))));
        }
        List<String> upper =
                keys.stream().map(k -> k.toUpperCase(Locale.ROOT)).distinct().toList();
        for (List<String> chunk : chunks(upper)) {
            rows.addAll(Arrays.asList(
                    find(Query.select().where("ISSUE_KEY IN (" + marks(chunk.size()) + ")", chunk.toArray()))));
        }
        SandboxIssueEntity[] distinct = rows.stream()
                .collect(Collectors.toMap(SandboxIssueEntity::getID, e -> e, (a, b) -> a, TreeMap::new))
                .values()
                .toArray(SandboxIssueEntity[]::new);
        List<SandboxLabelEntity> labels = new ArrayList<>();
        for (List<Integer> chunk :
                chunks(Arrays.stream(distinct).map(SandboxIssueEntity::getID).toList())) {
            labels.addAll(Arrays.asList(Database.sql(() -> em.find(
                    SandboxLabelEntity.class,
                    Query.select().where("ISSUE_ID IN (" + marks(chunk.size()) + ")", chunk.toArray())))));
        }
        return withLabels(distinct, labels.toArray(SandboxLabelEntity[]::new));
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += 500) {
            chunks.add(values.subList(from, Math.min(values.size(), from + 500)));
        }
        return chunks;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<SandboxIssue> withLabels(SandboxIssueEntity[] rows, SandboxLabelEntity[] labelRows) {
        java.util.Map<Long, List<String>> labels = new java.util.HashMap<>();
        for (SandboxLabelEntity label : labelRows) {
            labels.computeIfAbsent(label.getIssueId(), id -> new java.util.ArrayList<>())
                    .add(label.getLabel());
        }
        return Arrays.stream(rows)
                .map(e -> toIssue(
                        e,
                        labels.getOrDefault((long) e.getID(), List.of()).stream()
                                .sorted()
                                .toList()))
                .toList();
    }

    /** Sets the summary, assignee (user name, nullable) and component (nullable) of an issue. */
    public SandboxIssue edit(long issueId, String summary, String assignee, String component) {
        return update(issueId, e -> {
            e.setSummary(summary);
            e.setAssignee(assignee);
            e.setComponent(component);
        });
    }

    /** A named value kept against the issue (description, resolution, ...), as Jira's issue properties. */
    public Optional<String> property(long issueId, String name) {
        IssuePropertyEntity[] found = Database.sql(() ->
                em.find(IssuePropertyEntity.class, Query.select().where("ISSUE_ID = ? AND NAME = ?", issueId, name)));
        return found.length == 0 ? Optional.empty() : Optional.ofNullable(found[0].getText());
    }

    /** The named value of every issue that has one, by issue id, in one read. */
    public java.util.Map<Long, String> propertyOfEvery(String name) {
        IssuePropertyEntity[] found = Database.sql(
                () -> em.find(IssuePropertyEntity.class, Query.select().where("NAME = ?", name)));
        java.util.Map<Long, String> byIssue = new java.util.HashMap<>();
        for (IssuePropertyEntity property : found) {
            if (property.getText() != null) {
                byIssue.put(property.getIssueId(), property.getText());
            }
        }
        return byIssue;
    }

    /** Sets (or with null clears) a named value kept against the issue. */
    public void setProperty(long issueId, String name, String text) {
        IssuePropertyEntity[] found = Database.sql(() ->
                em.find(IssuePropertyEntity.class, Query.select().where("ISSUE_ID = ? AND NAME = ?", issueId, name)));
        if (found.length > 0) {
            found[0].setText(text);
            found[0].save();
        } else if (text != null) {
            create(
                    IssuePropertyEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("NAME", name),
                    new DBParam("TEXT", text));
        }
    }

    private static IssueLink link(SandboxLinkEntity l) {
        return new IssueLink(l.getID(), l.getTypeName(), l.getSourceId(), l.getDestinationId());
    }

    /** Moves the issue to a status; a {@code done} category sets the resolution time, any other clears it. */
    public SandboxIssue transition(long issueId, String status, String statusCategory, Instant at) {
        return transition(issueId, status, statusCategory, at, null);
    }

    /**
     * As {@link #transition(long, String, String, Instant)}, recording who moved it (nullable: the sandbox itself) in
     * the issue's history.
     */
    public SandboxIssue transition(long issueId, String status, String statusCategory, Instant at, String author) {
        return db.inTransaction(() -> {
            SandboxIssueEntity e = find(Query.select().where("ID = ?", issueId))[0];
            if (!status.equals(e.getStatus())) {
                recordStatusChange(issueId, e.getStatus(), status, author, at);
            }
            e.setStatus(status);
            e.setStatusCategory(statusCategory);
            e.setResolved(DONE.equals(statusCategory) ? Date.from(at) : null);
            e.save();
            return toIssue(e);
        });
    }

    /** Sets the issue's priority by name (Jira's priority field). */
    public SandboxIssue setPriority(long issueId, String priority) {
        return update(issueId, e -> e.setPriority(priority));
    }

    /** Sets or clears (null) the issue's due date. */
    public SandboxIssue setDue(long issueId, Instant due) {
        return update(issueId, e -> e.setDue(due == null ? null : Date.from(due)));
    }

    private SandboxIssue update(long issueId, java.util.function.Consumer<SandboxIssueEntity> change) {
        return db.inTransaction(() -> {
            SandboxIssueEntity e = find(Query.select().where("ID = ?", issueId))[0];
            change.accept(e);
            e.save();
            return toIssue(e);
        });
    }

    /** Adds a comment by {@code author} (a user key) at {@code at}. */
    public Comment comment(long issueId, String author, String body, Instant at) {
        SandboxCommentEntity e = Database.sql(() -> em.create(
                SandboxCommentEntity.class,
                new DBParam("ISSUE_ID", issueId),
                new DBParam("AUTHOR", author),
                new DBParam("BODY", body),
                new DBParam("CREATED", Date.from(at))));
        return new Comment(e.getID(), issueId, author, body, at);
    }

    /** The issue's comments, oldest first. */
    public List<Comment> comments(long issueId) {
        return Arrays.stream(Database.sql(() -> em.find(
                        SandboxCommentEntity.class,
                        Query.select().where("ISSUE_ID = ?", issueId).order("CREATED, ID"))))
                .map(c -> new Comment(
                        c.getID(),
                        issueId,
                        c.getAuthor(),
                        c.getBody(),
                        c.getCreated().toInstant()))
                .toList();
    }

    /** The issue's status changes, oldest first. */
    public List<StatusChange> statusChanges(long issueId) {
        return Arrays.stream(Database.sql(() -> em.find(
                        SandboxStatusChangeEntity.class,
                        Query.select()
                                .where("ISSUE_ID = ? AND FIELD IS NULL", issueId)
                                .order("CHANGED, ID"))))
                .map(c -> new StatusChange(
                        c.getID(),
                        issueId,
                        c.getFromStatus(),
                        c.getToStatus(),
                        c.getAuthor(),
                        c.getChanged().toInstant()))
                .toList();
    }

    /** Every recorded change of the issue (status: field "status"), oldest first. */
    public List<Change> changes(long issueId) {
        return Arrays.stream(Database.sql(() -> em.find(
                        SandboxStatusChangeEntity.class,
                        Query.select().where("ISSUE_ID = ?", issueId).order("CHANGED, ID"))))
                .map(c -> new Change(
                        c.getID(),
                        issueId,
                        c.getField() == null ? "status" : c.getField(),
                        c.getFromStatus() == null ? "" : c.getFromStatus(),
                        c.getToStatus() == null ? "" : c.getToStatus(),
                        c.getAuthor(),
                        c.getChanged().toInstant()))
                .toList();
    }

    /** Records a change of a field other than the status (labels: space-separated, as Jira's history shows them). */
    public void recordChange(long issueId, String field, String from, String to, String author, Instant at) {
        create(
                SandboxStatusChangeEntity.class,
                new DBParam("ISSUE_ID", issueId),
                new DBParam("FIELD", field),
                new DBParam("FROM_STATUS", blankToNull(from)),
                new DBParam("TO_STATUS", blankToNull(to)),
                new DBParam("AUTHOR", author),
                new DBParam("CHANGED", Date.from(at)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** One recorded field change; {@code author} nullable. */
    public record Change(long id, long issueId, String field, String from, String to, String author, Instant at) {}

    private void recordStatusChange(long issueId, String from, String to, String author, Instant at) {
        create(
                SandboxStatusChangeEntity.class,
                new DBParam("ISSUE_ID", issueId),
                new DBParam("FROM_STATUS", from),
                new DBParam("TO_STATUS", to),
                new DBParam("AUTHOR", author),
                new DBParam("CHANGED", Date.from(at)));
    }

    public int count() {
        return Database.sql(() -> em.count(SandboxIssueEntity.class));
    }

    /** One issue link. */
    public record IssueLink(long id, String typeName, long sourceId, long destinationId) {}

    /** One comment. */
    public record Comment(long id, long issueId, String author, String body, Instant created) {}

    /** One status change; {@code author} nullable. */
    public record StatusChange(long id, long issueId, String from, String to, String author, Instant at) {}

    private SandboxIssueEntity[] find(Query query) {
        return Database.sql(() -> em.find(SandboxIssueEntity.class, query));
    }

    private void create(Class<? extends net.java.ao.RawEntity<Integer>> type, DBParam... params) {
        Database.sql(() -> em.create(type, params));
    }

    private SandboxIssue toIssue(SandboxIssueEntity e) {
        return toIssue(e, labels(e.getID()));
    }

    private static SandboxIssue toIssue(SandboxIssueEntity e, List<String> labels) {
        return new SandboxIssue(
                e.getID(),
                e.getIssueKey(),
                e.getProjectKey(),
                e.getIssueType(),
                e.getSummary(),
                e.getStatus(),
                e.getStatusCategory(),
                e.getAssignee(),
                e.getReporter(),
                instant(e.getCreated()),
                instant(e.getResolved()),
                instant(e.getDue()),
                e.getPriority(),
                e.getParentId(),
                e.getComponent(),
                labels);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
