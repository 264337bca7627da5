package io.debrief.plugin.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.common.UserRef;
import io.debrief.core.review.Decision;
import io.debrief.core.review.DecisionRecord;
import io.debrief.core.review.ReviewGroup;
import io.debrief.core.review.ReviewItem;
import io.debrief.core.review.ReviewResult;
import io.debrief.core.review.ReviewTotals;
import io.debrief.core.review.TrendMonth;
import io.debrief.core.review.TrendReport;
import io.debrief.plugin.rest.json.JsonOutput;
import java.util.List;
import java.util.OptionalDouble;

/** The JSON shapes of the monthly review API; every instant an ISO-8601 string, every date yyyy-MM-dd. */
public final class ReviewDtos {

    private ReviewDtos() {}

    /** A decision a reviewer sends: close-irrelevant (with reason), prioritise or keep, on the item's version. */
    public record DecisionBody(
            @JsonProperty("decision") String decision,
            @JsonProperty("reason") String reason,
            @JsonProperty("version") String version) {}

    /** A person as the review shows them. */
    public record PersonView(
            @JsonProperty("key") String key,
            @JsonProperty("displayName") String displayName) {
        public static PersonView of(UserRef user) {
            return user == null ? null : new PersonView(user.key(), user.displayName());
        }
    }

    /** One decision of an item's history; {@code version} is what the next decision must send. */
    public record DecisionView(
            @JsonProperty("item") String item,
            @JsonProperty("decision") String decision,
            @JsonProperty("reason") String reason,
            @JsonProperty("by") PersonView by,
            @JsonProperty("at") String at,
            @JsonProperty("version") long version) {

        public static DecisionView of(DecisionRecord record) {
            if (record == null) {
                return null;
            }
            String reason = record.decision() instanceof Decision.CloseIrrelevant close
                    ? close.reason().strip()
                    : null;
            return new DecisionView(
                    record.item().key(),
                    wireName(record.decision()),
                    reason,
                    PersonView.of(record.by()),
                    JsonOutput.instant(record.at()),
                    record.version());
        }
    }

    /**
     * One open item of the review; {@code canDecide} says whether the viewer may take a decision on it (the rule the
     * decision endpoint enforces), so a screen shows decision buttons only where they will be accepted.
     */
    public record ItemView(
            @JsonProperty("key") String key,
            @JsonProperty("projectKey") String projectKey,
            @JsonProperty("summary") String summary,
            @JsonProperty("incident") String incident,
            @JsonProperty("ageDays") long ageDays,
            @JsonProperty("due") String due,
            @JsonProperty("checkpointsPassed") int checkpointsPassed,
            @JsonProperty("timesDeferred") int timesDeferred,
            @JsonProperty("lastDecision") DecisionView lastDecision,
            @JsonProperty("version") long version,
            @JsonProperty("priority") String priority,
            @JsonProperty("category") String category,
            @JsonProperty("components") List<String> components,
            @JsonProperty("canDecide") boolean canDecide) {

        public static ItemView of(ReviewItem item, boolean canDecide) {
            return new ItemView(
                    item.item().key(),
                    item.item().projectKey(),
                    item.summary(),
                    item.incident() == null ? null : item.incident().key(),
                    item.ageDays(),
                    item.due() == null ? null : item.due().toString(),
                    item.checkpointsPassed(),
                    item.timesDeferred(),
                    DecisionView.of(item.lastDecision()),
                    item.version(),
                    item.priority(),
                    item.category() == null ? null : item.category().wireName(),
                    item.components().stream().sorted().toList(),
                    canDecide);
        }
    }

    /** The headline numbers over every visible open item (rates 0..1, null when there is nothing to count). */
    public record TotalsView(
            @JsonProperty("open") long open,
            @JsonProperty("overdue") long overdue,
            @JsonProperty("closedThisMonth") long closedThisMonth,
            @JsonProperty("completionRate") Double completionRate,
            @JsonProperty("medianAgeDays") Double medianAgeDays) {

        public static TotalsView of(ReviewTotals totals) {
            return new TotalsView(
                    totals.open(),
                    totals.overdue(),
                    totals.closedThisMonth(),
                    orNull(totals.completionRate()),
                    orNull(totals.medianAgeDays()));
        }
    }

    /** The keys of a page's items in one group; key "" holds the items without a group. */
    public record GroupView(
            @JsonProperty("key") String key,
            @JsonProperty("items") List<String> items) {
        public static GroupView of(ReviewGroup group) {
            return new GroupView(
                    group.key(),
                    group.items().stream().map(item -> item.item().key()).toList());
        }
    }

    /** One page of the review. */
    public record ReviewView(
            @JsonProperty("items") List<ItemView> items,
            @JsonProperty("start") int start,
            @JsonProperty("limit") int limit,
            @JsonProperty("total") long total,
            @JsonProperty("groups") List<GroupView> groups,
            @JsonProperty("totals") TotalsView totals) {

        public static ReviewView of(ReviewResult result, int limit) {
            return new ReviewView(
                    result.page().items().stream()
                            .map(item -> ItemView.of(item, result.mayDecide(item.item())))
                            .toList(),
                    result.page().start(),
                    limit,
                    result.page().total(),
                    result.groups().stream().map(GroupView::of).toList(),
                    TotalsView.of(result.totals()));
        }
    }

    /** How many of how many, and the rate (null when nothing was counted). */
    public record RatioView(
            @JsonProperty("count") int count,
            @JsonProperty("of") int of,
            @JsonProperty("rate") Double rate) {
        public static RatioView of(TrendMonth.Ratio ratio) {
            return new RatioView(ratio.count(), ratio.of(), orNull(ratio.rate()));
        }
    }

    /** One month of the trends; medians in seconds, null when nothing was measured. */
    public record TrendMonthView(
            @JsonProperty("month") String month,
            @JsonProperty("debriefs") int debriefs,
            @JsonProperty("medianSecondsToDetect") Double medianSecondsToDetect,
            @JsonProperty("medianSecondsToResolve") Double medianSecondsToResolve,
            @JsonProperty("detectWithinTarget") RatioView detectWithinTarget,
            @JsonProperty("resolveWithinTarget") RatioView resolveWithinTarget,
            @JsonProperty("heldOnTime") RatioView heldOnTime,
            @JsonProperty("actionItemsClosed") RatioView actionItemsClosed) {

        public static TrendMonthView of(TrendMonth month) {
            return new TrendMonthView(
                    month.month().toString(),
                    month.debriefs(),
                    orNull(month.medianSecondsToDetect()),
                    orNull(month.medianSecondsToResolve()),
                    RatioView.of(month.detectWithinTarget()),
                    RatioView.of(month.resolveWithinTarget()),
                    RatioView.of(month.heldOnTime()),
                    RatioView.of(month.actionItemsClosed()));
        }
    }

    /** The trends, oldest month first, with the targets to draw against (seconds). */
    public record TrendsView(
            @JsonProperty("months") List<TrendMonthView> months,
            @JsonProperty("detectTargetSeconds") long detectTargetSeconds,
            @JsonProperty("resolveTargetSeconds") long resolveTargetSeconds,
            @JsonProperty("truncated") boolean truncated) {

        public static TrendsView of(TrendReport report) {
            return new TrendsView(
                    report.months().stream().map(TrendMonthView::of).toList(),
                    report.targets().detect().toSeconds(),
                    report.targets().resolve().toSeconds(),
                    report.truncated());
        }
    }

    public static String wireName(Decision decision) {
        if (decision instanceof Decision.CloseIrrelevant) {
            return "close-irrelevant";
        }
        return decision instanceof Decision.Prioritise ? "prioritise" : "keep";
    }

    public static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
