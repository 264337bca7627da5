// Shared set-up of the review modules' tests (review/table, decisions, chart, dashboard-item): a fresh page with AJS
// and a mocked fetch, the review bundle loaded, and builders of what ReviewResource answers.
import { vi } from 'vitest';
import { installAjs, loadScript, restSample } from './load.js';

export const REST = '/sandbox/rest/debrief/1.0';

export function answer(status, body) {
    return Promise.resolve({
        ok: status >= 200 && status < 300,
        status,
        text: () => Promise.resolve(body === undefined ? '' : JSON.stringify(body))
    });
}

// What ReviewResource answers (pinned by RestSamplesTest): the builders below take their shape from it, so a test
// cannot feed the review a field the resource does not send.
export const REVIEW = restSample('review');
export const TRENDS = restSample('review-trends');

export function item(key, overrides = {}) {
    return {
        ...REVIEW.items[1],
        key,
        projectKey: 'OPS',
        summary: `Summary of ${key}`,
        incident: 'INC-12',
        ageDays: 40,
        due: '2026-03-01',
        checkpointsPassed: 1,
        timesDeferred: 0,
        lastDecision: null,
        version: 0,
        priority: 'Medium',
        category: 'detect',
        components: [],
        canDecide: true,
        ...overrides
    };
}

export function reviewPage(items, extra = {}) {
    return {
        ...REVIEW,
        items,
        start: 0,
        limit: 50,
        total: items.length,
        groups: [{ key: '', items: items.map((i) => i.key) }],
        totals: {
            ...REVIEW.totals,
            open: items.length,
            overdue: 1,
            closedThisMonth: 2,
            completionRate: 0.5,
            medianAgeDays: 40
        },
        ...extra
    };
}

export function lastCall() {
    const calls = window.fetch.mock.calls;
    const [url, init] = calls[calls.length - 1];
    return { url, init, body: init.body ? JSON.parse(init.body) : undefined };
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fresh page with the review bundle loaded; resolves the element the tests mount the review in. */
export function loadReview(window) {
    const document = window.document;
    // a fresh page: the scripts mount any review container they find when they load
    document.body.innerHTML = '';
    installAjs(window, '/jira');
    window.Debrief = undefined;
    window.define = undefined;
    window.fetch = vi.fn();
    loadScript(window, 'shared/rest.js');
    loadScript(window, 'shared/dom.js');
    loadScript(window, 'review/index.js');
    document.body.innerHTML = '<div id="review"></div>';
    return document.getElementById('review');
}

export { restSample };
