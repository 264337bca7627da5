/*
 * The monthly trends: an inline SVG line chart (debriefs held on time, action items closed, each against its target),
 * its legend and the table of the same numbers.
 */
import * as Rest from '../shared/rest.js';
import { el, errorBox, percent } from './common.js';

var SVG = 'http://www.w3.org/2000/svg';

/**
 * Y-axis ticks from zero to at least `max`, 1/2/5 x 10^n apart, at most six of them: [0, 50, 100, 150, 200, 250]
 * for 214. The last tick is the top of the axis.
 */
export function yTicks(max) {
    var top = max > 0 ? max : 1;
    var step = 1;
    var magnitude = Math.pow(10, Math.floor(Math.log(top / 5) / Math.LN10));
    var steps = [1, 2, 5, 10].map(function (m) {
        return m * magnitude;
    });
    for (var i = 0; i < steps.length; i++) {
        step = steps[i];
        if (Math.ceil(top / step) <= 5) {
            break;
        }
    }
    step = Math.max(step, 1);
    var ticks = [];
    for (var value = 0; value < top + step; value += step) {
        ticks.push(value);
        if (value >= top) {
            break;
        }
    }
    return ticks;
}

/**
 * The trend chart: median minutes to detect and to resolve per month as two polylines, the targets as dashed
 * lines, a y axis from zero with its ticks and grid, month labels on the x axis (room kept for the last one).
 * Accessible: role img, <title> and <desc>; every label is text content. The legend is trendLegend.
 */
export function trendChart(doc, trends) {
    var width = 480;
    var height = 200;
    var pad = { left: 48, right: 28, top: 16, bottom: 36 };
    var months = trends.months || [];
    var svg = doc.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'debrief-review-chart');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', 'debrief-review-chart-title debrief-review-chart-desc');
    function node(tag, attrs, text) {
        var n = doc.createElementNS(SVG, tag);
        Object.keys(attrs || {}).forEach(function (name) {
            n.setAttribute(name, attrs[name]);
        });
        if (text !== undefined) {
            n.textContent = String(text);
        }
        svg.appendChild(n);
        return n;
    }
    node('title', { id: 'debrief-review-chart-title' }, AJS.I18n.getText('debrief.review.trends.title'));
    node('desc', { id: 'debrief-review-chart-desc' }, AJS.I18n.getText('debrief.review.trends.desc'));
    var minutes = function (seconds) {
        return seconds === null || seconds === undefined ? null : seconds / 60;
    };
    var values = [minutes(trends.detectTargetSeconds), minutes(trends.resolveTargetSeconds)];
    months.forEach(function (m) {
        values.push(minutes(m.medianSecondsToDetect), minutes(m.medianSecondsToResolve));
    });
    var ticks = yTicks(
        Math.max.apply(
            null,
            values
                .filter(function (v) {
                    return v !== null;
                })
                .concat([0])
        )
    );
    var max = ticks[ticks.length - 1];
    var plotW = width - pad.left - pad.right;
    var plotH = height - pad.top - pad.bottom;
    var x = function (i) {
        return pad.left + (months.length < 2 ? plotW / 2 : (i * plotW) / (months.length - 1));
    };
    var y = function (v) {
        return pad.top + plotH - (v / max) * plotH;
    };
    ticks.forEach(function (tick) {
        if (tick > 0) {
            node('line', { class: 'grid', x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick) });
        }
        node('text', { class: 'tick y-tick', x: pad.left - 4, y: y(tick) + 3, 'text-anchor': 'end' }, tick);
    });
    node('line', { class: 'axis', x1: pad.left, y1: pad.top + plotH, x2: width - pad.right, y2: pad.top + plotH });
    node('line', { class: 'axis', x1: pad.left, y1: pad.top, x2: pad.left, y2: pad.top + plotH });
    node(
        'text',
        { class: 'axis-label', x: pad.left + plotW / 2, y: height - 4, 'text-anchor': 'middle' },
        AJS.I18n.getText('debrief.review.trends.month')
    );
    node(
        'text',
        {
            class: 'axis-label',
            x: 12,
            y: pad.top + plotH / 2,
            'text-anchor': 'middle',
            transform: 'rotate(-90 12 ' + (pad.top + plotH / 2) + ')'
        },
        AJS.I18n.getText('debrief.review.trends.minutes')
    );
    months.forEach(function (m, i) {
        node('text', { class: 'tick month', x: x(i), y: pad.top + plotH + 14, 'text-anchor': 'middle' }, m.month);
    });
    SERIES.forEach(function (series) {
        var target = minutes(trends[series.target]);
        if (target !== null) {
            var line = node('line', {
                class: 'target target-' + series.id,
                x1: pad.left,
                x2: width - pad.right,
                y1: y(target),
                y2: y(target),
                'stroke-dasharray': '4 3'
            });
            line.appendChild(doc.createElementNS(SVG, 'title')).textContent = AJS.I18n.getText(
                'debrief.review.trends.target.of',
                series.label()
            );
        }
        var points = [];
        months.forEach(function (m, i) {
            var v = minutes(m[series.median]);
            if (v !== null) {
                points.push(x(i) + ',' + y(v));
                var dot = node('circle', { class: 'point point-' + series.id, cx: x(i), cy: y(v), r: 3 });
                dot.appendChild(doc.createElementNS(SVG, 'title')).textContent =
                    m.month + ': ' + Math.round(v) + ' min';
            }
        });
        if (points.length) {
            var path = node('polyline', {
                class: 'series series-' + series.id,
                fill: 'none',
                points: points.join(' ')
            });
            path.appendChild(doc.createElementNS(SVG, 'title')).textContent = AJS.I18n.getText(
                'debrief.review.trends.median.of',
                series.label()
            );
        }
    });
    return svg;
}

/** The chart's two series: what is drawn, from which fields. */
var SERIES = [
    {
        id: 'detect',
        target: 'detectTargetSeconds',
        median: 'medianSecondsToDetect',
        label: function () {
            return AJS.I18n.getText('debrief.review.trends.detect');
        }
    },
    {
        id: 'resolve',
        target: 'resolveTargetSeconds',
        median: 'medianSecondsToResolve',
        label: function () {
            return AJS.I18n.getText('debrief.review.trends.resolve');
        }
    }
];

/** The chart's legend, as a list next to it: each series' line and its dashed target line, named. */
export function trendLegend(doc) {
    var list = el(doc, 'ul', { class: 'debrief-review-legend' });
    function swatch(item, className, dashed) {
        var svg = item.appendChild(doc.createElementNS(SVG, 'svg'));
        svg.setAttribute('viewBox', '0 0 24 10');
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('class', 'debrief-review-chart');
        var line = svg.appendChild(doc.createElementNS(SVG, 'line'));
        [
            ['x1', 0],
            ['y1', 5],
            ['x2', 24],
            ['y2', 5],
            ['class', className]
        ].forEach(function (a) {
            line.setAttribute(a[0], a[1]);
        });
        if (dashed) {
            line.setAttribute('stroke-dasharray', '4 3');
        }
    }
    SERIES.forEach(function (series) {
        var median = list.appendChild(el(doc, 'li', { 'data-series': series.id }));
        swatch(median, 'series series-' + series.id, false);
        median.appendChild(el(doc, 'span', {}, AJS.I18n.getText('debrief.review.trends.median.of', series.label())));
        var target = list.appendChild(el(doc, 'li', { 'data-series': 'target-' + series.id }));
        swatch(target, 'target target-' + series.id, true);
        target.appendChild(el(doc, 'span', {}, AJS.I18n.getText('debrief.review.trends.target.of', series.label())));
    });
    return list;
}

/** The small table under the chart: debriefs held on time and action items closed, per month. */
export function trendTable(doc, trends) {
    var table = el(doc, 'table', { class: 'aui debrief-review-trend-table' });
    var head = table.appendChild(el(doc, 'thead')).appendChild(el(doc, 'tr'));
    head.appendChild(el(doc, 'th', { scope: 'col' }, AJS.I18n.getText('debrief.review.trends.month')));
    head.appendChild(el(doc, 'th', { scope: 'col' }, AJS.I18n.getText('debrief.review.trends.held')));
    head.appendChild(el(doc, 'th', { scope: 'col' }, AJS.I18n.getText('debrief.review.trends.items')));
    var body = table.appendChild(el(doc, 'tbody'));
    (trends.months || []).forEach(function (m) {
        var row = body.appendChild(el(doc, 'tr'));
        row.appendChild(el(doc, 'th', { scope: 'row' }, m.month));
        row.appendChild(el(doc, 'td', {}, percent(m.heldOnTime && m.heldOnTime.rate)));
        row.appendChild(el(doc, 'td', {}, percent(m.actionItemsClosed && m.actionItemsClosed.rate)));
    });
    return table;
}

/** Fetches the trends and draws the chart and its table into `element`. */
export function mountTrends(element, options) {
    var opts = options || {};
    var doc = element.ownerDocument;
    var prefs = opts.preferences || {};
    var path =
        '/review/trends?months=' +
        (opts.months || 6) +
        (prefs.projects ? '&projects=' + encodeURIComponent(prefs.projects) : '');
    return Rest.request('GET', path, undefined, opts.restBase).then(
        function (trends) {
            element.textContent = '';
            element.appendChild(el(doc, 'h3', {}, AJS.I18n.getText('debrief.review.trends.title')));
            element.appendChild(trendChart(doc, trends));
            element.appendChild(trendLegend(doc));
            element.appendChild(trendTable(doc, trends));
            return trends;
        },
        function (error) {
            element.textContent = '';
            element.appendChild(errorBox(doc, error));
        }
    );
}
