/*
 * The insights' charts as Chart.js configurations (pure functions of the REST answer, so tests read them without a
 * canvas): every chart has a legend, titled axes starting at zero, tooltips, and the targets drawn as dashed
 * reference lines. The same numbers are in the table views (data.js).
 */
import { formatDuration, percentOf, phaseLabel, ageBuckets } from './data.js';

export var COLOURS = {
    detect: '#0052cc',
    acknowledge: '#00a3bf',
    mitigate: '#6554c0',
    resolve: '#00875a',
    'customer-impact': '#ff5630',
    target: '#de350b',
    onTime: '#00875a',
    late: '#ff991f',
    missing: '#de350b',
    created: '#0052cc',
    done: '#00875a',
    overdue: '#de350b',
    dropped: '#97a0af',
    ages: '#6554c0'
};

function axes(xTitle, yTitle, yTicks, stacked) {
    return {
        x: { stacked: !!stacked, title: { display: true, text: xTitle } },
        y: {
            stacked: !!stacked,
            beginAtZero: true,
            title: { display: true, text: yTitle },
            ticks: Object.assign({ precision: 0 }, yTicks || {})
        }
    };
}

function base(type, labels, datasets, scales, title, tooltipLabel) {
    return {
        type: type,
        data: { labels: labels, datasets: datasets },
        options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            plugins: {
                title: { display: true, text: title },
                // line charts: thin legend marks, dashed like their lines; bar charts: boxes
                legend: {
                    display: true,
                    position: 'bottom',
                    labels: type === 'line' ? { boxWidth: 28, boxHeight: 3 } : { boxWidth: 14, boxHeight: 14 }
                },
                tooltip: tooltipLabel ? { callbacks: { label: tooltipLabel } } : {}
            },
            scales: scales
        }
    };
}

/** A dashed line at one value across every month: how a target is drawn. */
function referenceLine(label, value, count) {
    var data = [];
    for (var i = 0; i < count; i++) {
        data.push(value);
    }
    return {
        type: 'line',
        label: label,
        data: data,
        borderColor: COLOURS.target,
        backgroundColor: COLOURS.target,
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 0,
        fill: false
    };
}

/** Share of incidents meeting their detect and resolve targets per month, 0-100 %, against the 100 % line. */
export function targetsChart(report) {
    var labels = report.months.map((m) => m.month);
    return base(
        'bar',
        labels,
        [
            {
                label: AJS.I18n.getText('debrief.insights.chart.targets.detect'),
                data: report.months.map((m) => percentOf(m.figures.detectTarget)),
                backgroundColor: COLOURS.detect
            },
            {
                label: AJS.I18n.getText('debrief.insights.chart.targets.resolve'),
                data: report.months.map((m) => percentOf(m.figures.resolveTarget)),
                backgroundColor: COLOURS.resolve
            }
        ],
        Object.assign(
            axes(AJS.I18n.getText('debrief.insights.axis.month'), AJS.I18n.getText('debrief.insights.axis.percent'), {
                callback: (value) => value + '%'
            }),
            {}
        ),
        AJS.I18n.getText('debrief.insights.chart.targets'),
        (context) => context.dataset.label + ': ' + (context.parsed.y === null ? '\u2013' : context.parsed.y + '%')
    );
}

/**
 * One chart per phase: median and 90th percentile per month in minutes, the phase's target (detect, resolve) as a
 * dashed line; months without a known duration are gaps, never zero.
 */
export function phaseChart(report, phaseIndex) {
    var phase = report.phases[phaseIndex];
    var labels = report.months.map((m) => m.month);
    var minutes = (value) => (value === null || value === undefined ? null : Math.round((value / 60) * 10) / 10);
    var colour = COLOURS[phase] || COLOURS.detect;
    var datasets = [
        {
            type: 'line',
            label: AJS.I18n.getText('debrief.insights.chart.median'),
            data: report.months.map((m) => minutes(m.figures.phases[phaseIndex].medianSeconds)),
            borderColor: colour,
            backgroundColor: colour,
            spanGaps: false,
            pointRadius: 3
        },
        {
            type: 'line',
            label: AJS.I18n.getText('debrief.insights.chart.p90'),
            data: report.months.map((m) => minutes(m.figures.phases[phaseIndex].p90Seconds)),
            borderColor: colour,
            backgroundColor: colour,
            borderDash: [2, 3],
            spanGaps: false,
            pointRadius: 3
        }
    ];
    var target =
        phase === 'detect' ? report.targets.detectSeconds : phase === 'resolve' ? report.targets.resolveSeconds : null;
    if (target !== null) {
        datasets.push(
            referenceLine(
                AJS.I18n.getText('debrief.insights.chart.target', formatDuration(target)),
                minutes(target),
                labels.length
            )
        );
    }
    return base(
        'line',
        labels,
        datasets,
        axes(AJS.I18n.getText('debrief.insights.axis.month'), AJS.I18n.getText('debrief.insights.axis.minutes'), {
            precision: undefined
        }),
        AJS.I18n.getText('debrief.insights.chart.phase', phaseLabel(phase)),
        (context) =>
            context.dataset.label +
            ': ' +
            (context.parsed.y === null ? '\u2013' : formatDuration(context.parsed.y * 60))
    );
}

/** Debriefs of each month's resolved incidents: on time, late, missing, stacked. */
export function debriefsChart(report) {
    var labels = report.months.map((m) => m.month);
    var set = (label, key, colour) => ({
        label: label,
        data: report.months.map((m) => m.figures.debriefs[key]),
        backgroundColor: colour
    });
    return base(
        'bar',
        labels,
        [
            set(AJS.I18n.getText('debrief.insights.column.debriefs.ontime'), 'onTime', COLOURS.onTime),
            set(AJS.I18n.getText('debrief.insights.column.debriefs.late'), 'late', COLOURS.late),
            set(AJS.I18n.getText('debrief.insights.column.debriefs.missing'), 'missing', COLOURS.missing)
        ],
        axes(
            AJS.I18n.getText('debrief.insights.axis.month'),
            AJS.I18n.getText('debrief.insights.axis.debriefs'),
            null,
            true
        ),
        AJS.I18n.getText('debrief.insights.chart.debriefs')
    );
}

/** Action items created each month and what became of them. */
export function itemsChart(report) {
    var labels = report.months.map((m) => m.month);
    var set = (label, key, colour) => ({
        label: label,
        data: report.months.map((m) => m.figures.items[key]),
        backgroundColor: colour
    });
    return base(
        'bar',
        labels,
        [
            set(AJS.I18n.getText('debrief.insights.column.items.created'), 'created', COLOURS.created),
            set(AJS.I18n.getText('debrief.insights.column.items.done'), 'doneByDue', COLOURS.done),
            set(AJS.I18n.getText('debrief.insights.column.items.overdue'), 'overdue', COLOURS.overdue),
            set(AJS.I18n.getText('debrief.insights.column.items.dropped'), 'dropped', COLOURS.dropped)
        ],
        axes(AJS.I18n.getText('debrief.insights.axis.month'), AJS.I18n.getText('debrief.insights.axis.items')),
        AJS.I18n.getText('debrief.insights.chart.items')
    );
}

/** Open action items by age today. */
export function agesChart(report) {
    return base(
        'bar',
        ageBuckets(report.ageBuckets),
        [
            {
                label: AJS.I18n.getText('debrief.insights.chart.ages.open'),
                data: report.openItemAges,
                backgroundColor: COLOURS.ages
            }
        ],
        axes(AJS.I18n.getText('debrief.insights.axis.age'), AJS.I18n.getText('debrief.insights.axis.items')),
        AJS.I18n.getText('debrief.insights.chart.ages')
    );
}

/** Every chart of the page, in order: targets, one per phase, debriefs, items, ages. */
export function allCharts(report) {
    var charts = [{ id: 'targets', config: targetsChart(report) }];
    report.phases.forEach(function (phase, index) {
        charts.push({ id: 'phase-' + phase, config: phaseChart(report, index) });
    });
    charts.push({ id: 'debriefs', config: debriefsChart(report) });
    charts.push({ id: 'items', config: itemsChart(report) });
    charts.push({ id: 'ages', config: agesChart(report) });
    return charts;
}
