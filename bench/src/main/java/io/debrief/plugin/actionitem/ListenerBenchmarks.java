package io.debrief.plugin.actionitem;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.core.actionitem.ActionItemService;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.plugin.jira.JiraFixtures;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 5: the label listener on the hot path. Every issue update in Jira passes through it, so a non-matching event
 * must cost one cheap check (target under 1 us). The benchmarks call {@code onIssue(type, issue)}, what
 * {@code onIssueEvent} does after reading the event's two fields (IssueEvent is final and cannot be built outside
 * Jira). Issues are java.lang.reflect.Proxy stubs and the link manager a map: a few ns per call, so the figures are an
 * upper bound of the listener's own cost. Only the matching path uses Mockito (the application's use cases).
 *
 * <p>In this package because the listener is package-private, as Spring Scanner allows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+EnableDynamicAgentLoading")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ListenerBenchmarks {

    private DebriefItemListener listener;
    private Issue plainTask;
    private Issue subTaskOfStory;
    private Issue item;

    @Setup
    public void setUp() {
        Issue incident = issue(10, "OPS-1", JiraFixtures.INCIDENT_TYPE_ID, "Incident", null, Set.of());
        Issue plainTask = issue(20, "WEB-20", JiraFixtures.TASK_TYPE_ID, "Task", null, Set.of());
        Issue story = issue(30, "WEB-30", "7", "Story", null, Set.of());
        Issue subTaskOfStory = issue(31, "WEB-31", "5", "Sub-task", story, Set.of());
        Issue item =
                issue(40, "OPS-40", JiraFixtures.TASK_TYPE_ID, "Task", null, Set.of(new Label(1L, 40L, "debrief")));
        Map<Long, List<IssueLink>> outward = Map.of(20L, List.of(), 40L, List.of(ourLink(item, incident)));

        InMemorySettings settings = new InMemorySettings();
        TestClock clock = TestClock.at("2026-11-24T03:00:00Z");
        ActionItemService actionItems =
                new ActionItemService(new InMemoryIssueTracker(clock), settings, new InMemoryLabelRemovals(), clock);
        listener = new DebriefItemListener(
                stub(EventPublisher.class),
                new MapLinks(outward),
                stub(ChangeHistoryManager.class),
                JiraFixtures.givenTypesSetUp(),
                settings,
                actionItems);

        this.plainTask = plainTask;
        this.subTaskOfStory = subTaskOfStory;
        this.item = item;
    }

    /** Baseline: what one stubbed getter costs here. */
    @Benchmark
    public Long stubDispatchOnly() {
        return plainTask.getParentId();
    }

    /** Another event type (comment): stops at the type id. */
    @Benchmark
    public void otherEventType() {
        listener.onIssue(EventType.ISSUE_COMMENTED_ID, plainTask);
    }

    /** An ordinary Task updated, no parent, no links: one link lookup, then stop. */
    @Benchmark
    public void nonMatchingTaskUpdate() {
        listener.onIssue(EventType.ISSUE_UPDATED_ID, plainTask);
    }

    /** A sub-task of an ordinary story updated: the parent's type decides, no link lookup. */
    @Benchmark
    public void nonMatchingSubTaskUpdate() {
        listener.onIssue(EventType.ISSUE_UPDATED_ID, subTaskOfStory);
    }

    /** For contrast: an action item (our link to an incident) updated, already labelled: the full policy runs. */
    @Benchmark
    public void matchingItemUpdate(Blackhole blackhole) {
        listener.onIssue(EventType.ISSUE_UPDATED_ID, item);
        blackhole.consume(item);
    }

    /**
     * A stub-only mock: it answers but records no invocations (a plain mock would remember every call and slow down
     * as the benchmark runs).
     */
    private static <T> T stub(Class<T> type) {
        return mock(type, withSettings().stubOnly());
    }

    /**
     * A plain stub of a Jira interface: each named getter returns its value (a java.lang.reflect.Proxy costs a few ns
     * per call, where a Mockito mock records every call and costs microseconds).
     */
    private static <T> T plain(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> values.get(method.getName())));
    }

    private static Issue issue(long id, String key, String typeId, String typeName, Issue parent, Set<Label> labels) {
        Map<String, Object> values = new HashMap<>();
        values.put("getId", id);
        values.put("getKey", key);
        values.put("getIssueTypeId", typeId);
        values.put("getIssueType", plain(IssueType.class, Map.of("getName", typeName, "getId", typeId)));
        values.put("getProjectObject", plain(Project.class, Map.of("getKey", key.substring(0, key.indexOf('-')))));
        values.put("getLabels", labels);
        values.put("getParentId", parent == null ? null : parent.getId());
        values.put("getParentObject", parent);
        return plain(Issue.class, values);
    }

    private static IssueLink ourLink(Issue source, Issue destination) {
        IssueLinkType type = stub(IssueLinkType.class);
        when(type.getName()).thenReturn("Debrief action item");
        IssueLink link = stub(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(JiraFixtures.LINK_TYPE_ID);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceObject()).thenReturn(source);
        when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }

    /** Outward links from a map, so the lookup itself costs a hash lookup and no mock dispatch. */
    private record MapLinks(Map<Long, List<IssueLink>> outward) implements IssueLinkManager {

        @Override
        public void createIssueLink(
                Long sourceIssueId,
                Long destinationIssueId,
                Long issueLinkTypeId,
                Long sequence,
                ApplicationUser remoteUser) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
            return outward.getOrDefault(sourceIssueId, List.of());
        }

        @Override
        public List<IssueLink> getInwardLinks(Long destinationIssueId) {
            return List.of();
        }

        @Override
        public IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) {
            return null;
        }

        @Override
        public void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
