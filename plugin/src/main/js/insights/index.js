/*
 * Learning insights (issue 16): the Insights page and the dashboard item "debrief/insights", both drawn from
 * GET /insights with Chart.js (bundled from npm into this web-resource; Jira ships no chart library).
 *
 * Entry points:
 *   an element rendered by the Soy template Debrief.Insights.container is mounted by itself
 *   define('debrief/insights')  Jira's dashboard item (AMD, (API, options))
 */
import { Chart, registerables } from 'chart.js';
import { Debrief } from '../shared/namespace.js';
import * as start from '../shared/start.js';
import { allCharts } from './charts.js';
import { tables, toCsv, formatDuration } from './data.js';
import { mount, insightsPath } from './page.js';

Chart.register(...registerables);
window.Chart = window.Chart || Chart;

var Insights = (Debrief.Insights = Debrief.Insights || {});
Insights.mount = mount;
Insights.internals = { allCharts, tables, toCsv, formatDuration, insightsPath };

/** The dashboard item: Jira calls new DashboardItem(API, options), then render. */
export function DashboardItem(API, options) {
    this.API = API;
    this.options = options || {};
}

DashboardItem.prototype.render = function ($element, preferences) {
    var element = $element && $element.jquery ? $element[0] : $element;
    var api = this.API;
    var prefs = preferences || {};
    return mount(element, {
        gadget: true,
        choice: { months: prefs.months || '6', project: prefs.project || '' },
        onChange: function () {
            api.resize();
        }
    });
};

Insights.DashboardItem = DashboardItem;

if (typeof window.define === 'function') {
    window.define('debrief/insights', [], function () {
        return DashboardItem;
    });
}

function mountContainer(container) {
    return mount(container, {
        restBase: container.getAttribute('data-rest-base') || undefined,
        gadget: container.getAttribute('data-mode') === 'gadget',
        pageHref: container.getAttribute('data-page-href') || undefined,
        choice: {
            months:
                container.getAttribute('data-months') ||
                (container.getAttribute('data-mode') === 'gadget' ? '6' : '12'),
            project: container.getAttribute('data-project') || '',
            groupBy: container.getAttribute('data-group-by') || 'project'
        }
    });
}

start.onContent('[data-debrief-insights]', mountContainer, 'data-debrief-insights-ready');
