package io.debrief.sandbox.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.query.clause.Clause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.query.operand.Operand;
import io.debrief.sandbox.Person;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxIssues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira's SearchService over the sandbox's issues: JQL parsed by {@link Jql}, functions answered by the plugin's own
 * {@code jql-function} modules (registered when the plugin is enabled) and a few of Jira's (linkedIssues, startOfDay,
 * endOfDay, now, currentUser); results are the issues the searcher may browse (all, overriding security), ordered as
 * asked, a page at a time. A page holds at most {@link #MAX_PAGE} issues, as Jira 11 caps a search request.
 */
final class HostSearch implements SearchService {

    static final int MAX_PAGE = 10_000;
    private static final List<DateTimeFormatter> DATE_TIMES =
            List.of(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    private static final List<DateTimeFormatter> DATES =
            List.of(DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("yyyy-MM-dd"));

    private final SandboxContext host;
    private final HostPeople people;
    private final HostIssueManager issues;
    private final HostLinks links;
    private final Clock clock;
    private final Map<String, JqlFunction> functions = new ConcurrentHashMap<>();

    HostSearch(SandboxContext host, HostPeople people, HostIssueManager issues, HostLinks links, Clock clock) {
        this.host = host;
        this.people = people;
        this.issues = issues;
        this.links = links;
        this.clock = clock;
    }

    /** A plugin's {@code jql-function} module, by its function name (case-insensitive, as in Jira). */
    void register(JqlFunction function) {
        functions.put(function.getFunctionName().toLowerCase(Locale.ROOT), function);
    }

    Set<String> functionNames() {
        return Set.copyOf(functions.keySet());
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        MessageSet errors = new MessageSetImpl();
        Jql.JqlQuery parsed = null;
        try {
            parsed = Jql.parse(query == null ? "" : query);
            validate(searcher, parsed.getWhereClause(), errors);
        } catch (Jql.ParseError e) {
            errors.addErrorMessage(host.i18n().getText(e.key(), e.args()));
        }
        return new ParseResult(errors.hasAnyErrors() ? null : parsed, errors);
    }

    private void validate(ApplicationUser searcher, Clause clause, MessageSet errors) {
        if (clause instanceof Jql.And and) {
            and.clauses().forEach(c -> validate(searcher, c, errors));
        } else if (clause instanceof Jql.Or or) {
            or.clauses().forEach(c -> validate(searcher, c, errors));
        } else if (clause instanceof Jql.Not not) {
            validate(searcher, not.clause(), errors);
        } else if (clause instanceof Jql.Terminal terminal) {
            for (Operand operand : operands(terminal.getOperand())) {
                if (operand instanceof FunctionOperand function) {
                    JqlFunction plugin = functions.get(function.getName().toLowerCase(Locale.ROOT));
                    if (plugin != null) {
                        errors.addMessageSet(plugin.validate(searcher, function, terminal));
                    } else if (!BUILT_IN.contains(function.getName().toLowerCase(Locale.ROOT))) {
                        errors.addErrorMessage(
                                host.i18n().getText("sandbox.jira.jql.error.function", function.getDisplayString()));
                    }
                }
            }
        }
    }

    private static final Set<String> BUILT_IN = Set.of("linkedissues", "startofday", "endofday", "now", "currentuser");

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        return run(searcher, query, pager, false);
    }

    @Override
    public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        return run(searcher, query, pager, true);
    }

    @Override
    public long searchCount(ApplicationUser searcher, Query query) throws SearchException {
        return matching(searcher, query, false, host.issues().propertyOfEvery(HostSecurityLevel.MEMBERS))
                .size();
    }

    private SearchResults<Issue> run(ApplicationUser searcher, Query query, PagerFilter pager, boolean override)
            throws SearchException {
        Map<Long, String> levels = host.issues().propertyOfEvery(HostSecurityLevel.MEMBERS);
        List<SandboxIssue> all = matching(searcher, query, override, levels);
        int start = Math.max(0, pager.getStart());
        int max = Math.max(0, Math.min(pager.getMax(), MAX_PAGE));
        List<Issue> page = all.stream()
                .skip(start)
                .limit(max)
                .map(issue -> (Issue) issues.issue(issue, levels))
                .toList();
        links.counts().searched(page.size());
        return new SearchResults<>(page, all.size(), max, start);
    }

    private List<SandboxIssue> matching(
            ApplicationUser searcher, Query query, boolean override, Map<Long, String> levels) throws SearchException {
        if (!(query instanceof Jql.JqlQuery jql)) {
            throw new SearchException("the sandbox searches queries it parsed itself");
        }
        Search search = new Search(searcher, override);
        List<SandboxIssue> found = new ArrayList<>();
        Person viewer = override ? null : people.viewer(searcher);
        for (SandboxIssue issue : candidates(jql.getWhereClause())) {
            if ((viewer == null
                            || (searcher != null
                                    && viewer.canBrowseProject(issue.projectKey())
                                    && HostSecurityLevel.lets(levels.get(issue.id()), searcher)))
                    && (jql.getWhereClause() == null || search.matches(jql.getWhereClause(), issue))) {
                found.add(issue);
            }
        }
        found.sort(order(jql.getOrderByClause().sorts(), search));
        return found;
    }

    /**
     * The issues a where clause can match: when it pins issues by id or key ({@code issue in (...)}, alone, in an AND,
     * or in every branch of an OR), only those, as Jira's index looks the terms up; otherwise every issue. The whole
     * clause is still evaluated on each, so this only spares reading issues that cannot match.
     */
    private List<SandboxIssue> candidates(Clause where) {
        Set<String> pinned = where == null ? null : pinned(where);
        if (pinned == null) {
            return host.issues().all();
        }
        Set<Long> ids = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String value : pinned) {
            if (value.chars().allMatch(Character::isDigit) && value.length() < 19) {
                ids.add(Long.parseLong(value));
            } else {
                keys.add(value.toUpperCase(Locale.ROOT));
            }
        }
        return host.issues().withIdsOrKeys(ids, keys);
    }

    /** The literal ids and keys a clause is limited to, or null when it can match other issues. */
    private static Set<String> pinned(Clause clause) {
        if (clause instanceof Jql.And and) {
            for (Clause each : and.clauses()) {
                Set<String> pinned = pinned(each);
                if (pinned != null) {
                    return pinned;
                }
            }
            return null;
        }
        if (clause instanceof Jql.Or or) {
            Set<String> union = new LinkedHashSet<>();
            for (Clause each : or.clauses()) {
                Set<String> pinned = pinned(each);
                if (pinned == null) {
                    return null;
                }
                union.addAll(pinned);
            }
            return union;
        }
        if (!(clause instanceof Jql.Terminal terminal)
                || !Set.of("issue", "issuekey", "key", "id").contains(terminal.field())
                || !Set.of("=", "in").contains(terminal.operator())) {
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        for (Operand operand : operands(terminal.getOperand())) {
            if (!(operand instanceof Jql.Single single) || single == Jql.EMPTY) {
                return null;
            }
            values.add(single.value().trim());
        }
        return values;
    }

    private Comparator<SandboxIssue> order(List<Jql.Sort> sorts, Search search) {
        Comparator<SandboxIssue> order = null;
        for (Jql.Sort sort : sorts) {
            Comparator<SandboxIssue> one = Comparator.comparing(
                    issue -> sortKey(sort.field(), issue, search),
                    Comparator.nullsLast(Comparator.<Comparable<Object>>naturalOrder()));
            if (!sort.ascending()) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        // Jira's default: newest key first
        Comparator<SandboxIssue> byId = Comparator.comparing(SandboxIssue::id);
        return order == null ? byId.reversed() : order.thenComparing(byId);
    }

    @SuppressWarnings("unchecked")
    private Comparable<Object> sortKey(String field, SandboxIssue issue, Search search) {
        Object key = switch (field) {
            case "created", "createddate" -> issue.created();
            case "resolved", "resolutiondate" -> issue.resolved();
            case "due", "duedate" -> issue.due();
            case "key", "issuekey", "issue", "id" -> String.format("%s-%012d", issue.projectKey(), keyNumber(issue));
            case "priority" ->
                Constants.priorityNamed(issue.priority())
                        .map(p -> p.getSequence())
                        .orElse(null);
            case "summary" -> issue.summary().toLowerCase(Locale.ROOT);
            case "status" -> issue.status();
            case "project" -> issue.projectKey();
            default -> null;
        };
        return (Comparable<Object>) key;
    }

    private static long keyNumber(SandboxIssue issue) {
        return Long.parseLong(issue.key().substring(issue.key().lastIndexOf('-') + 1));
    }

    private static List<Operand> operands(Operand operand) {
        return operand instanceof Jql.Multi multi ? multi.values() : List.of(operand);
    }

    /** One search's evaluation: constants read once, each function call answered once. */
    private final class Search implements QueryCreationContext {
        private final ApplicationUser searcher;
        private final boolean override;
        private final Map<String, String> typeIds = new HashMap<>();
        private final Map<String, Project> projects = new HashMap<>();
        private final Map<Operand, List<String>> functionValues = new IdentityHashMap<>();
        private final Map<Long, String> keys = new HashMap<>();

        Search(ApplicationUser searcher, boolean override) {
            this.searcher = searcher;
            this.override = override;
            for (IssueType type : issues.types().getIssueTypes()) {
                typeIds.put(type.getName().toLowerCase(Locale.ROOT), type.getId());
            }
            for (Project project : people.getProjectObjects()) {
                projects.put(project.getKey(), project);
            }
        }

        @Override
        public ApplicationUser getApplicationUser() {
            return searcher;
        }

        @Override
        public boolean isSecurityOverriden() {
            return override;
        }

        boolean matches(Clause clause, SandboxIssue issue) {
            if (clause instanceof Jql.And and) {
                return and.clauses().stream().allMatch(c -> matches(c, issue));
            }
            if (clause instanceof Jql.Or or) {
                return or.clauses().stream().anyMatch(c -> matches(c, issue));
            }
            if (clause instanceof Jql.Not not) {
                return !matches(not.clause(), issue);
            }
            Jql.Terminal terminal = (Jql.Terminal) clause;
            return switch (terminal.field()) {
                case "created", "createddate" -> compareTime(issue.created(), terminal);
                case "resolved", "resolutiondate" -> compareTime(issue.resolved(), terminal);
                case "due", "duedate" -> compareTime(issue.due(), terminal);
                case "summary", "text" -> text(issue.summary(), terminal);
                default -> compareValues(values(terminal.field(), issue), terminal);
            };
        }

        /** The field's values of the issue, lower case; empty for none. */
        private Set<String> values(String field, SandboxIssue issue) {
            Set<String> values = new LinkedHashSet<>();
            switch (field) {
                case "project" -> {
                    values.add(issue.projectKey());
                    Project project = projects.get(issue.projectKey());
                    if (project != null) {
                        values.add(String.valueOf(project.getId()));
                        values.add(project.getName());
                    }
                }
                case "issuetype", "type" -> {
                    values.add(issue.type());
                    String id = typeIds.get(issue.type().toLowerCase(Locale.ROOT));
                    if (id != null) {
                        values.add(id);
                    }
                }
                case "labels" -> values.addAll(issue.labels());
                case "status" -> {
                    values.add(issue.status());
                    values.add(Constants.status(issue.status(), issue.statusCategory())
                            .getId());
                }
                case "statuscategory" -> {
                    Constants.Category category = Constants.category(issue.statusCategory());
                    values.add(category.getKey());
                    values.add(category.getName());
                    values.add(String.valueOf(category.getId()));
                }
                case "resolution" -> {
                    if (issue.resolved() != null) {
                        String name = host.issues()
                                .property(issue.id(), HostIssueManager.RESOLUTION)
                                .orElse("Done");
                        values.add(name);
                        Constants.resolutionNamed(name).ifPresent(r -> values.add(r.getId()));
                    }
                }
                case "component" -> {
                    if (issue.component() != null) {
                        values.add(issue.component());
                    }
                }
                case "parent" -> {
                    if (issue.parentId() != null) {
                        values.add(String.valueOf(issue.parentId()));
                        values.add(key(issue.parentId()));
                    }
                }
                case "issue", "issuekey", "key", "id" -> {
                    values.add(issue.key());
                    values.add(String.valueOf(issue.id()));
                }
                case "assignee" -> {
                    if (issue.assignee() != null) {
                        values.add(issue.assignee());
                    }
                }
                case "reporter" -> {
                    if (issue.reporter() != null) {
                        values.add(issue.reporter());
                    }
                }
                case "priority" -> {
                    if (issue.priority() != null) {
                        values.add(issue.priority());
                        Constants.priorityNamed(issue.priority()).ifPresent(p -> values.add(p.getId()));
                    }
                }
                default -> {}
            }
            Set<String> lower = new LinkedHashSet<>();
            values.forEach(v -> lower.add(v.toLowerCase(Locale.ROOT)));
            return lower;
        }

        private String key(long id) {
            return keys.computeIfAbsent(
                    id, i -> host.issues().byId(i).map(SandboxIssue::key).orElse(""));
        }

        private boolean compareValues(Set<String> actual, Jql.Terminal terminal) {
            String op = terminal.operator();
            if (op.equals("is") || op.equals("is not")) {
                return op.equals("is") == actual.isEmpty();
            }
            List<String> wanted = literals(terminal);
            boolean any = wanted.stream().anyMatch(actual::contains);
            return switch (op) {
                case "=", "in" -> any;
                // as in Jira, != and not in leave out issues without a value
                case "!=", "not in" -> !actual.isEmpty() && !any;
                default -> false;
            };
        }

        private boolean text(String summary, Jql.Terminal terminal) {
            String wanted = String.join(" ", literals(terminal));
            boolean contains =
                    summary != null && summary.toLowerCase(Locale.ROOT).contains(wanted);
            return terminal.operator().equals("!~") != contains;
        }

        private boolean compareTime(Instant actual, Jql.Terminal terminal) {
            String op = terminal.operator();
            if (op.equals("is") || op.equals("is not")) {
                return op.equals("is") == (actual == null);
            }
            if (actual == null) {
                return false;
            }
            Instant wanted = instant(literals(terminal).get(0));
            int cmp = actual.compareTo(wanted);
            return switch (op) {
                case "=" -> cmp == 0;
                case "!=" -> cmp != 0;
                case "<" -> cmp < 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                case ">=" -> cmp >= 0;
                default -> false;
            };
        }

        /** The operand's values, lower case (issue ids from functions as numbers). */
        private List<String> literals(Jql.Terminal terminal) {
            List<String> values = new ArrayList<>();
            for (Operand operand : operands(terminal.getOperand())) {
                if (operand instanceof FunctionOperand function) {
                    values.addAll(functionValues.computeIfAbsent(function, f -> call(function, terminal)));
                } else if (operand instanceof Jql.Single single && single != Jql.EMPTY) {
                    values.add(single.value().toLowerCase(Locale.ROOT));
                }
            }
            return values;
        }

        private List<String> call(FunctionOperand function, Jql.Terminal terminal) {
            String name = function.getName().toLowerCase(Locale.ROOT);
            JqlFunction plugin = functions.get(name);
            if (plugin != null) {
                List<String> values = new ArrayList<>();
                for (QueryLiteral literal : plugin.getValues(this, function, terminal)) {
                    if (!literal.isEmpty()) {
                        values.add(literal.asString().toLowerCase(Locale.ROOT));
                    }
                }
                return values;
            }
            ZoneId zone = ZoneId.systemDefault();
            return switch (name) {
                case "now" -> List.of(clock.instant().toString());
                case "startofday" ->
                    List.of(LocalDate.now(clock.withZone(zone))
                            .atStartOfDay(zone)
                            .toInstant()
                            .toString());
                case "endofday" ->
                    List.of(LocalDate.now(clock.withZone(zone))
                            .plusDays(1)
                            .atStartOfDay(zone)
                            .toInstant()
                            .minusMillis(1)
                            .toString());
                case "currentuser" ->
                    searcher == null ? List.of() : List.of(searcher.getKey().toLowerCase(Locale.ROOT));
                case "linkedissues" -> linked(function.getArgs());
                default -> List.of();
            };
        }

        /** Jira's linkedIssues(key[, link description]): ids of issues linked to the issue, from its side. */
        private List<String> linked(List<String> args) {
            Issue issue = args.isEmpty() ? null : issues.getIssueObject(args.get(0));
            if (issue == null) {
                return List.of();
            }
            String description = args.size() > 1 ? args.get(1) : null;
            List<String> ids = new ArrayList<>();
            for (var link : links.getOutwardLinks(issue.getId())) {
                if (description == null
                        || description.equalsIgnoreCase(link.getIssueLinkType().getOutward())) {
                    ids.add(String.valueOf(link.getDestinationId()));
                }
            }
            for (var link : links.getInwardLinks(issue.getId())) {
                IssueLinkType type = link.getIssueLinkType();
                if (description == null || description.equalsIgnoreCase(type.getInward())) {
                    ids.add(String.valueOf(link.getSourceId()));
                }
            }
            return ids;
        }

        private Instant instant(String value) {
            try {
                return Instant.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException notIso) {
                for (DateTimeFormatter format : DATE_TIMES) {
                    try {
                        return LocalDateTime.parse(value, format)
                                .atZone(ZoneId.systemDefault())
                                .toInstant();
                    } catch (DateTimeParseException next) {
                        // try the next form
                    }
                }
                for (DateTimeFormatter format : DATES) {
                    try {
                        return LocalDate.parse(value, format)
                                .atStartOfDay(ZoneId.systemDefault())
                                .toInstant();
                    } catch (DateTimeParseException next) {
                        // try the next form
                    }
                }
                throw new IllegalArgumentException(host.i18n().getText("sandbox.jira.jql.error.date", value));
            }
        }
    }

    SandboxIssues store() {
        return host.issues();
    }
}
