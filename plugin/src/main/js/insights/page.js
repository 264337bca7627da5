/*
 * The Insights page and dashboard item: reads GET /insights once per choice, then draws the summary, the charts
 * (Chart.js, each with its table view) and the tables with their CSV downloads, all from that one answer.
 * Everything is built with DOM calls and textContent: no text from the server is parsed as HTML.
 */
import { el, errorBox } from '../shared/dom.js';
import { request } from '../shared/rest.js';
import { allCharts, phaseChart, targetsChart } from './charts.js';
import { percentText, tables, toCsv } from './data.js';

/** The REST path for these choices; empty ones are left out. */
export function insightsPath(choice) {
    var params = [];
    if (choice.months) {
        params.push('months=' + encodeURIComponent(choice.months));
    }
    if (choice.project) {
        params.push('project=' + encodeURIComponent(choice.project));
    }
    if (choice.groupBy) {
        params.push('groupBy=' + encodeURIComponent(choice.groupBy));
    }
    return '/insights' + (params.length ? '?' + params.join('&') : '');
}

/** Draws a Chart.js chart on a canvas; replaced in tests, where there is no canvas. */
var drawChart = function (canvas, config) {
    return new window.Chart(canvas, config);
};

export function useChartDrawer(draw) {
    drawChart = draw;
}

function summary(doc, report) {
    var list = el(doc, 'dl', { class: 'debrief-insights-summary' });
    function tile(label, value) {
        var item = list.appendChild(el(doc, 'div'));
        item.appendChild(el(doc, 'dt', null, label));
        item.appendChild(el(doc, 'dd', null, value));
    }
    var total = report.total;
    tile(AJS.I18n.getText('debrief.insights.column.incidents'), String(total.incidents));
    tile(AJS.I18n.getText('debrief.insights.column.detect.target'), percentText(total.detectTarget));
    tile(AJS.I18n.getText('debrief.insights.column.resolve.target'), percentText(total.resolveTarget));
    tile(
        AJS.I18n.getText('debrief.insights.summary.debriefs'),
        AJS.I18n.getText(
            'debrief.insights.summary.debriefs.value',
            total.debriefs.onTime,
            total.debriefs.late,
            total.debriefs.missing
        )
    );
    tile(AJS.I18n.getText('debrief.insights.column.items.overdue'), String(total.items.overdue));
    tile(AJS.I18n.getText('debrief.insights.column.repeats'), String(total.repeats));
    return list;
}

/** A table element for one table of data.js, repeats' keys as links to the issues. */
export function tableElement(doc, data) {
    var tableEl = el(doc, 'table', { class: 'aui debrief-insights-table', id: 'debrief-insights-table-' + data.id });
    tableEl.appendChild(el(doc, 'caption', null, data.title));
    var head = tableEl.appendChild(el(doc, 'thead')).appendChild(el(doc, 'tr'));
    data.columns.forEach((c) => head.appendChild(el(doc, 'th', { scope: 'col' }, c.header)));
    var body = tableEl.appendChild(el(doc, 'tbody'));
    if (!data.rows.length) {
        var empty = body
            .appendChild(el(doc, 'tr'))
            .appendChild(
                el(doc, 'td', { colspan: String(data.columns.length) }, AJS.I18n.getText('debrief.insights.empty'))
            );
        empty.className = 'debrief-insights-empty';
    }
    data.rows.forEach(function (row) {
        var tr = body.appendChild(el(doc, 'tr'));
        row.cells.forEach(function (cell, index) {
            var tag = index === 0 ? 'th' : 'td';
            var td = tr.appendChild(el(doc, tag, index === 0 ? { scope: 'row' } : null));
            if (data.links && data.links.indexOf(data.columns[index].id) >= 0) {
                td.appendChild(
                    el(doc, 'a', { href: AJS.contextPath() + '/browse/' + encodeURIComponent(cell.text) }, cell.text)
                );
            } else {
                td.textContent = cell.text;
            }
        });
    });
    return tableEl;
}

/** Offers the table as a CSV file named after it. */
function csvButton(doc, data) {
    var button = el(
        doc,
        'button',
        { type: 'button', class: 'aui-button debrief-insights-csv', 'data-table': data.id },
        AJS.I18n.getText('debrief.insights.csv')
    );
    button.addEventListener('click', function () {
        var blob = new window.Blob([toCsv(data)], { type: 'text/csv;charset=utf-8' });
        var link = el(doc, 'a', {
            href: window.URL.createObjectURL(blob),
            download: 'debrief-insights-' + data.id + '.csv'
        });
        doc.body.appendChild(link);
        link.click();
        link.remove();
    });
    return button;
}

function chartFigure(doc, id, config) {
    var figure = el(doc, 'figure', { class: 'debrief-insights-chart', id: 'debrief-insights-chart-' + id });
    var box = figure.appendChild(el(doc, 'div', { class: 'debrief-insights-canvas' }));
    var canvas = box.appendChild(el(doc, 'canvas', { role: 'img', 'aria-label': config.options.plugins.title.text }));
    drawChart(canvas, config);
    return figure;
}

/** The table view of a chart: its labels and each series' numbers, folded under the chart. */
function chartTable(doc, config) {
    var details = el(doc, 'details', { class: 'debrief-insights-chart-table' });
    details.appendChild(el(doc, 'summary', null, AJS.I18n.getText('debrief.insights.table.view')));
    var tableEl = details.appendChild(el(doc, 'table', { class: 'aui' }));
    var head = tableEl.appendChild(el(doc, 'thead')).appendChild(el(doc, 'tr'));
    head.appendChild(el(doc, 'th', { scope: 'col' }, config.options.scales.x.title.text));
    config.data.datasets.forEach((set) => head.appendChild(el(doc, 'th', { scope: 'col' }, set.label)));
    var body = tableEl.appendChild(el(doc, 'tbody'));
    config.data.labels.forEach(function (label, i) {
        var tr = body.appendChild(el(doc, 'tr'));
        tr.appendChild(el(doc, 'th', { scope: 'row' }, String(label)));
        config.data.datasets.forEach((set) =>
            tr.appendChild(el(doc, 'td', null, set.data[i] === null ? '\u2013' : String(set.data[i])))
        );
    });
    return details;
}

function controls(doc, choice, reload) {
    var form = el(doc, 'form', { class: 'aui debrief-insights-controls' });
    function field(id, label, input) {
        var group = form.appendChild(el(doc, 'div', { class: 'field-group' }));
        group.appendChild(el(doc, 'label', { for: id }, label));
        group.appendChild(input);
        return input;
    }
    var months = field(
        'debrief-insights-months',
        AJS.I18n.getText('debrief.insights.control.months'),
        el(doc, 'select', { id: 'debrief-insights-months', class: 'select' })
    );
    [3, 6, 12, 24].forEach((n) => months.appendChild(el(doc, 'option', { value: String(n) }, String(n))));
    months.value = String(choice.months || 12);
    var project = field(
        'debrief-insights-project',
        AJS.I18n.getText('debrief.insights.control.project'),
        el(doc, 'input', { id: 'debrief-insights-project', class: 'text short-field', maxlength: '255' })
    );
    project.value = choice.project || '';
    var group = field(
        'debrief-insights-group',
        AJS.I18n.getText('debrief.insights.control.group'),
        el(doc, 'select', { id: 'debrief-insights-group', class: 'select' })
    );
    ['project', 'component', 'team'].forEach(function (value) {
        var option = group.appendChild(el(doc, 'option', { value: value }));
        option.textContent =
            value === 'project'
                ? AJS.I18n.getText('debrief.insights.column.group.project')
                : value === 'component'
                  ? AJS.I18n.getText('debrief.insights.column.group.component')
                  : AJS.I18n.getText('debrief.insights.column.group.team');
    });
    group.value = choice.groupBy || 'project';
    form.appendChild(el(doc, 'div', { class: 'buttons' })).appendChild(
        el(doc, 'button', { type: 'submit', class: 'aui-button' }, AJS.I18n.getText('debrief.insights.control.show'))
    );
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        reload({ months: months.value, project: project.value.trim().toUpperCase(), groupBy: group.value });
    });
    return form;
}

/** Draws a report in the page: summary, every chart with its table view, every table with its CSV download. */
export function drawPage(container, report) {
    var doc = container.ownerDocument;
    var results = el(doc, 'div', { class: 'debrief-insights-results' });
    results.appendChild(summary(doc, report));
    var grid = results.appendChild(el(doc, 'div', { class: 'debrief-insights-charts' }));
    allCharts(report).forEach(function (chart) {
        var figure = grid.appendChild(chartFigure(doc, chart.id, chart.config));
        figure.appendChild(chartTable(doc, chart.config));
    });
    tables(report).forEach(function (data) {
        var section = results.appendChild(el(doc, 'section', { class: 'debrief-insights-section' }));
        section.appendChild(tableElement(doc, data));
        section.appendChild(csvButton(doc, data));
    });
    container.appendChild(results);
    return results;
}

/** Draws a report as the dashboard item: summary, targets and one phase chart, a link to the page. */
export function drawGadget(container, report, pageHref) {
    var doc = container.ownerDocument;
    var results = el(doc, 'div', { class: 'debrief-insights-results debrief-insights-gadget' });
    results.appendChild(summary(doc, report));
    var grid = results.appendChild(el(doc, 'div', { class: 'debrief-insights-charts' }));
    grid.appendChild(chartFigure(doc, 'targets', targetsChart(report)));
    var resolve = report.phases.indexOf('resolve');
    grid.appendChild(chartFigure(doc, 'phase-resolve', phaseChart(report, resolve >= 0 ? resolve : 0)));
    results.appendChild(
        el(doc, 'p', { class: 'debrief-insights-more' }).appendChild(
            el(doc, 'a', { href: pageHref }, AJS.I18n.getText('debrief.insights.more'))
        ).parentNode
    );
    container.appendChild(results);
    return results;
}

/**
 * Mounts the insights in container: options {restBase, choice: {months, project, groupBy}, gadget, pageHref,
 * onChange}. Resolves once the first report is drawn.
 */
export function mount(container, options) {
    var doc = container.ownerDocument;
    var opts = options || {};
    function load(choice) {
        container.textContent = '';
        if (!opts.gadget) {
            container.appendChild(controls(doc, choice, load));
        }
        var status = container.appendChild(
            el(
                doc,
                'p',
                { class: 'debrief-insights-loading', 'aria-live': 'polite' },
                AJS.I18n.getText('debrief.insights.loading')
            )
        );
        return request('GET', insightsPath(choice), undefined, opts.restBase).then(
            function (report) {
                status.remove();
                if (opts.gadget) {
                    drawGadget(
                        container,
                        report,
                        opts.pageHref || AJS.contextPath() + '/plugins/servlet/debrief/insights'
                    );
                } else {
                    drawPage(container, report);
                }
                if (opts.onChange) {
                    opts.onChange();
                }
                return report;
            },
            function (error) {
                status.remove();
                container.appendChild(errorBox(doc, error));
                return null;
            }
        );
    }
    return load(opts.choice || {});
}
