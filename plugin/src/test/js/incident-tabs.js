// Shared set-up of the Incident tab scripts' tests: a fresh window with AJS, a mocked fetch and confirm, stubbed
// shared Soy partials (Debrief.Common, compiled by Jira's soyTransformer in production), then the scripts.
import { vi } from 'vitest';
import { installAjs, loadScript } from './load.js';

/** A fetch answer with a JSON body (none when body is undefined). */
export function answer(status, body) {
    return Promise.resolve({
        ok: status >= 200 && status < 300,
        status,
        text: () => Promise.resolve(body === undefined ? '' : JSON.stringify(body))
    });
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Loads debrief-rest.js, the shared form helpers and the tab's own script, after the tab's markup is in place. */
export function loadIncidentTab(window, script) {
    installAjs(window, '/jira');
    window.Debrief = undefined;
    window.fetch = vi.fn();
    window.confirm = vi.fn(() => true);
    loadScript(window, 'shared/rest.js');
    window.Debrief.Common = {
        message: vi.fn(({ text }) => `<div class="aui-message" data-stub="message">${text.length}</div>`),
        errorList: vi.fn(() => '<div class="aui-message" data-stub="errorList"></div>')
    };
    loadScript(window, 'incident/forms.js');
    loadScript(window, script);
}
