package io.debrief.plugin.persistence;

import io.debrief.core.common.IssueRef;
import io.debrief.core.incident.Fact;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.insights.IncidentItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text columns of the incident index. FACTS: "name=millis" pairs joined by ";", one per known {@link Fact} by its
 * wire name, the millis after "~" when the moment is approximate (a fact added later is one more name, no migration;
 * a name this release does not know is skipped). ITEMS: one item per ";", each "id,key,createdEpochDay,dueEpochDay,resolvedMillis,flags" with
 * empty fields for none and flags from "t" (resolved in time), "d" (dropped), "s" (secured).
 */
final class IncidentIndexCodec {

    private IncidentIndexCodec() {}

    static String facts(IncidentFacts facts) {
        StringBuilder text = new StringBuilder();
        for (Fact fact : Fact.values()) {
            Instant at = facts.at(fact);
            if (at != null) {
                text.append(text.isEmpty() ? "" : ";")
                        .append(fact.wireName())
                        .append('=')
                        .append(facts.isApproximate(fact) ? "~" : "")
                        .append(at.toEpochMilli());
            }
        }
        return text.toString();
    }

    static IncidentFacts facts(String text) {
        IncidentFacts facts = IncidentFacts.none();
        if (text == null || text.isEmpty()) {
            return facts;
        }
        Map<String, Fact> byName = new LinkedHashMap<>();
        for (Fact fact : Fact.values()) {
            byName.put(fact.wireName(), fact);
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            Fact fact = byName.get(pair.substring(0, eq));
            if (fact == null) {
                continue;
            }
            boolean approximate = pair.charAt(eq + 1) == '~';
            long millis = Long.parseLong(pair.substring(eq + (approximate ? 2 : 1)));
            facts = facts.with(fact, Instant.ofEpochMilli(millis), approximate);
        }
        return facts;
    }

    static String items(List<IncidentItem> items) {
        StringBuilder text = new StringBuilder();
        for (IncidentItem item : items) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(item.ref().id())
                    .append(',')
                    .append(item.ref().key())
                    .append(',')
                    .append(item.createdOn().toEpochDay())
                    .append(',')
                    .append(item.due() == null ? "" : String.valueOf(item.due().toEpochDay()))
                    .append(',')
                    .append(
                            item.resolved() == null
                                    ? ""
                                    : String.valueOf(item.resolved().toEpochMilli()))
                    .append(',')
                    .append(item.resolvedInTime() ? "t" : "")
                    .append(item.dropped() ? "d" : "")
                    .append(item.secured() ? "s" : "");
        }
        return text.toString();
    }

    static List<IncidentItem> items(String text) {
        List<IncidentItem> items = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return items;
        }
        for (String each : text.split(";")) {
            String[] fields = each.split(",", -1);
            String flags = fields[5];
            items.add(new IncidentItem(
                    IssueRef.of(Long.parseLong(fields[0]), fields[1]),
                    LocalDate.ofEpochDay(Long.parseLong(fields[2])),
                    fields[3].isEmpty() ? null : LocalDate.ofEpochDay(Long.parseLong(fields[3])),
                    fields[4].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(fields[4])),
                    flags.indexOf('t') >= 0,
                    flags.indexOf('d') >= 0,
                    flags.indexOf('s') >= 0));
        }
        return items;
    }

    static String lines(Iterable<String> values) {
        return String.join("\n", values);
    }

    static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
