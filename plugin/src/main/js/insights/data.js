/*
 * The insights' numbers as tables: what the charts draw, the table views show and the CSV downloads hold, all from
 * one REST answer (GET /insights), so the three can never disagree. Pure functions of the answer.
 */

var NONE = '\u2013';

/** A duration in seconds as people read it: "45 s", "4 min", "1 h 13 min", "2 d 3 h"; a dash when unknown. */
export function formatDuration(seconds) {
    if (seconds === null || seconds === undefined) {
        return NONE;
    }
    var s = Math.round(seconds);
    if (s < 60) {
        return AJS.I18n.getText('debrief.insights.duration.seconds', s);
    }
    var minutes = Math.round(s / 60);
    if (minutes < 60) {
        return AJS.I18n.getText('debrief.insights.duration.minutes', minutes);
    }
    var hours = Math.floor(minutes / 60);
    if (hours < 24) {
        return minutes % 60 === 0
            ? AJS.I18n.getText('debrief.insights.duration.whole.hours', hours)
            : AJS.I18n.getText('debrief.insights.duration.hours', hours, minutes % 60);
    }
    return hours % 24 === 0
        ? AJS.I18n.getText('debrief.insights.duration.whole.days', hours / 24)
        : AJS.I18n.getText('debrief.insights.duration.days', Math.floor(hours / 24), hours % 24);
}

/** The share as a whole percentage, or null when nothing was counted. */
export function percentOf(share) {
    return share && share.of > 0 ? Math.round((share.met / share.of) * 100) : null;
}

export function percentText(share) {
    var value = percentOf(share);
    return value === null ? NONE : value + '%';
}

function phaseLabel(phase) {
    switch (phase) {
        case 'detect':
            return AJS.I18n.getText('debrief.insights.phase.detect');
        case 'acknowledge':
            return AJS.I18n.getText('debrief.insights.phase.acknowledge');
        case 'mitigate':
            return AJS.I18n.getText('debrief.insights.phase.mitigate');
        case 'resolve':
            return AJS.I18n.getText('debrief.insights.phase.resolve');
        case 'customer-impact':
            return AJS.I18n.getText('debrief.insights.phase.customer-impact');
        default:
            return phase;
    }
}

export { phaseLabel };

/** The label of a group key: "" means the incidents with none. */
export function groupLabel(key) {
    return key === '' ? AJS.I18n.getText('debrief.insights.group.none') : key;
}

/**
 * The columns every figures row has: id, header, the raw value (CSV) and the text shown. One column pair (median,
 * p90) per phase the answer lists, so a phase added on the server shows with no change here.
 */
function figureColumns(phases) {
    var columns = [
        col('incidents', AJS.I18n.getText('debrief.insights.column.incidents'), (f) => f.incidents),
        col(
            'detectTarget',
            AJS.I18n.getText('debrief.insights.column.detect.target'),
            (f) => percentOf(f.detectTarget),
            (f) => percentText(f.detectTarget)
        ),
        col(
            'resolveTarget',
            AJS.I18n.getText('debrief.insights.column.resolve.target'),
            (f) => percentOf(f.resolveTarget),
            (f) => percentText(f.resolveTarget)
        )
    ];
    phases.forEach(function (phase, index) {
        var label = phaseLabel(phase);
        columns.push(
            col(
                phase + 'Median',
                AJS.I18n.getText('debrief.insights.column.median', label),
                (f) => seconds(f.phases[index].medianSeconds),
                (f) => formatDuration(f.phases[index].medianSeconds)
            ),
            col(
                phase + 'P90',
                AJS.I18n.getText('debrief.insights.column.p90', label),
                (f) => seconds(f.phases[index].p90Seconds),
                (f) => formatDuration(f.phases[index].p90Seconds)
            ),
            col(
                phase + 'Unknown',
                AJS.I18n.getText('debrief.insights.column.unknown', label),
                (f) => f.phases[index].unknown
            )
        );
    });
    columns.push(
        col('onTime', AJS.I18n.getText('debrief.insights.column.debriefs.ontime'), (f) => f.debriefs.onTime),
        col('late', AJS.I18n.getText('debrief.insights.column.debriefs.late'), (f) => f.debriefs.late),
        col('missing', AJS.I18n.getText('debrief.insights.column.debriefs.missing'), (f) => f.debriefs.missing),
        col('itemsCreated', AJS.I18n.getText('debrief.insights.column.items.created'), (f) => f.items.created),
        col('itemsDone', AJS.I18n.getText('debrief.insights.column.items.done'), (f) => f.items.doneByDue),
        col('itemsOverdue', AJS.I18n.getText('debrief.insights.column.items.overdue'), (f) => f.items.overdue),
        col('itemsDropped', AJS.I18n.getText('debrief.insights.column.items.dropped'), (f) => f.items.dropped),
        col('repeats', AJS.I18n.getText('debrief.insights.column.repeats'), (f) => f.repeats)
    );
    return columns;
}

function seconds(value) {
    return value === null || value === undefined ? null : Math.round(value);
}

function col(id, header, value, text) {
    return {
        id: id,
        header: header,
        value: value,
        text:
            text ||
            function (f) {
                var v = value(f);
                return v === null || v === undefined ? NONE : String(v);
            }
    };
}

/** A table: {id, title, columns:[{id, header}], rows:[{cells:[{value, text}]}]} */
function table(id, title, first, columns, entries) {
    return {
        id: id,
        title: title,
        columns: [{ id: first.id, header: first.header }].concat(columns.map((c) => ({ id: c.id, header: c.header }))),
        rows: entries.map(function (entry) {
            return {
                cells: [{ value: entry.label, text: entry.label }].concat(
                    columns.map((c) => ({ value: c.value(entry.figures), text: c.text(entry.figures) }))
                )
            };
        })
    };
}

/** Every table of the answer: months, groups, open items by age, repeats. */
export function tables(report) {
    var columns = figureColumns(report.phases);
    var byMonth = table(
        'months',
        AJS.I18n.getText('debrief.insights.table.months'),
        { id: 'month', header: AJS.I18n.getText('debrief.insights.column.month') },
        columns,
        report.months
            .map((m) => ({ label: m.month, figures: m.figures }))
            .concat([{ label: AJS.I18n.getText('debrief.insights.total'), figures: report.total }])
    );
    var byGroup = table(
        'groups',
        groupTitle(report.groupBy),
        { id: 'group', header: groupHeader(report.groupBy) },
        columns,
        report.groups.map((g) => ({ label: groupLabel(g.key), figures: g.figures }))
    );
    var buckets = ageBuckets(report.ageBuckets);
    var ages = {
        id: 'ages',
        title: AJS.I18n.getText('debrief.insights.table.ages'),
        columns: [{ id: 'group', header: groupHeader(report.groupBy) }].concat(
            buckets.map((label, i) => ({ id: 'age' + i, header: label }))
        ),
        rows: [{ key: '', label: AJS.I18n.getText('debrief.insights.total'), ages: report.openItemAges }]
            .concat(report.groups.map((g) => ({ label: groupLabel(g.key), ages: g.openItemAges })))
            .map((row) => ({
                cells: [{ value: row.label, text: row.label }].concat(
                    row.ages.map((n) => ({ value: n, text: String(n) }))
                )
            }))
    };
    var repeats = {
        id: 'repeats',
        title: AJS.I18n.getText('debrief.insights.table.repeats'),
        columns: [
            { id: 'month', header: AJS.I18n.getText('debrief.insights.column.month') },
            { id: 'later', header: AJS.I18n.getText('debrief.insights.column.repeat.later') },
            { id: 'earlier', header: AJS.I18n.getText('debrief.insights.column.repeat.earlier') },
            { id: 'component', header: AJS.I18n.getText('debrief.insights.column.repeat.component') }
        ],
        links: ['later', 'earlier'],
        rows: report.repeats
            .slice()
            .reverse()
            .map((r) => ({
                cells: [r.month, r.later, r.earlier, r.component].map((v) => ({ value: v, text: v }))
            }))
    };
    return [byMonth, byGroup, ages, repeats];
}

function groupTitle(groupBy) {
    switch (groupBy) {
        case 'component':
            return AJS.I18n.getText('debrief.insights.table.groups.component');
        case 'team':
            return AJS.I18n.getText('debrief.insights.table.groups.team');
        default:
            return AJS.I18n.getText('debrief.insights.table.groups.project');
    }
}

export function groupHeader(groupBy) {
    switch (groupBy) {
        case 'component':
            return AJS.I18n.getText('debrief.insights.column.group.component');
        case 'team':
            return AJS.I18n.getText('debrief.insights.column.group.team');
        default:
            return AJS.I18n.getText('debrief.insights.column.group.project');
    }
}

/** The age buckets' labels from their lower bounds in days: "0-7 days", ..., "181+ days". */
export function ageBuckets(bounds) {
    return bounds.map(function (from, i) {
        return i + 1 < bounds.length
            ? AJS.I18n.getText('debrief.insights.age.range', from, bounds[i + 1] - 1)
            : AJS.I18n.getText('debrief.insights.age.over', from);
    });
}

/**
 * A table as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends), raw values: durations in whole
 * seconds, shares in whole percent, empty when unknown. A cell a spreadsheet would run as a formula is written with
 * a leading apostrophe.
 */
export function toCsv(tableData) {
    var lines = [tableData.columns.map((c) => csvCell(c.header))];
    tableData.rows.forEach(function (row) {
        lines.push(row.cells.map((cell) => csvCell(cell.value)));
    });
    return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function csvCell(value) {
    if (value === null || value === undefined) {
        return '';
    }
    var text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
        text = "'" + text;
    }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}
