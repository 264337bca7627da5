/*
 * The monthly review of open debrief action items: totals, a sortable and paged table, in-place decisions (close as
 * irrelevant with a reason, prioritise, keep) and the monthly trend chart as inline SVG.
 *
 * Entry points:
 *   Debrief.Review.mount(element, {restBase, preferences, onChange})  any page (the sandbox, a servlet page):
 *       list + trends; Debrief.Review.mountList / mountTrends draw one of them; an element rendered by the Soy
 *       template Debrief.Review.container is mounted by itself on DOMContentLoaded
 *   define('debrief/monthly-review')                                  Jira's dashboard item (AMD, (API, options))
 * Everything is built with DOM calls and textContent, so no text from the server is ever parsed as HTML.
 * Modules: table (list and controller), decisions, chart (trends), dashboard-item (AMD), mount (list + trends).
 */
import { mountTrends, trendChart, trendLegend, yTicks } from './chart.js';
import { DashboardItem, editForm } from './dashboard-item.js';
import { mount } from './mount.js';
import { mountList, reviewPath, serverOrder, sortItems } from './table.js';
import { decisionPayload } from './decisions.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';

// client-side Soy fills the same namespace (Debrief.Review.page/.container): add to it, never replace it
var Review = (Debrief.Review = Debrief.Review || {});

Review.mount = mount;
Review.mountList = mountList;
Review.mountTrends = mountTrends;
Review.DashboardItem = DashboardItem;
Review.internals = {
    reviewPath: reviewPath,
    decisionPayload: decisionPayload,
    sortItems: sortItems,
    trendChart: trendChart,
    trendLegend: trendLegend,
    yTicks: yTicks,
    serverOrder: serverOrder,
    editForm: editForm
};

/** Mounts the review in a container rendered by the Soy template Debrief.Review.container. */
function mountContainer(container) {
    return mount(container, {
        restBase: container.getAttribute('data-rest-base') || undefined,
        preferences: {
            projects: container.getAttribute('data-projects') || '',
            jql: container.getAttribute('data-jql') || ''
        }
    });
}

/** Pages rendering Debrief.Review.container get the review without any script of their own. */
Review.mountContainers = function (root) {
    Array.prototype.forEach.call((root || window.document).querySelectorAll('[data-debrief-review]'), mountContainer);
};

if (typeof window.define === 'function') {
    window.define('debrief/monthly-review', [], function () {
        return DashboardItem;
    });
}
// containers on the page, on DOM ready and in content Jira adds later
start.onContent('[data-debrief-review]', mountContainer, 'data-debrief-review-ready');
