package io.debrief.plugin.persistence;

import io.debrief.core.common.IssueRef;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.insights.IncidentItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text columns of the incident index. FACTS: "name=millis" pairs joined by ";" (a fact added later is one more
 * name, no migration). ITEMS: one item per ";", each "id,key,createdEpochDay,dueEpochDay,resolvedMillis,flags" with
 * empty fields for none and flags from "t" (resolved in time), "d" (dropped), "s" (secured).
 */
final class IncidentIndexCodec {

    private IncidentIndexCodec() {}

    static String facts(IncidentFacts facts) {
        Map<String, Instant> named = new LinkedHashMap<>();
        named.put("started", facts.startedAt());
        named.put("detected", facts.detectedAt());
        named.put("mitigated", facts.mitigatedAt());
        named.put("resolved", facts.resolvedAt());
        StringBuilder text = new StringBuilder();
        named.forEach((name, at) -> {
            if (at != null) {
                text.append(text.isEmpty() ? "" : ";").append(name).append('=').append(at.toEpochMilli());
            }
        });
        return text.toString();
    }

    static IncidentFacts facts(String text) {
        Map<String, Instant> named = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                named.put(pair.substring(0, eq), Instant.ofEpochMilli(Long.parseLong(pair.substring(eq + 1))));
            }
        }
        return new IncidentFacts(
                named.get("started"), named.get("detected"), named.get("mitigated"), named.get("resolved"));
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
