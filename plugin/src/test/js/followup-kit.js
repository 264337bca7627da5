// Shared set-up for the follow-up scripts' tests (action items, checkpoints, settings): a fresh window with AJS,
// a mocked fetch, Debrief.Rest, Debrief.Forms and the script under test, then the page markup.
import { vi } from 'vitest';
import { installAjs, loadScript } from './load.js';

/** Loads debrief-rest.js, debrief-followup-forms.js and `script`, then puts `markup` in the body. */
export function loadFollowup(window, script, markup, contextPath = '/jira') {
    window.document.body.innerHTML = '';
    installAjs(window, contextPath);
    window.Debrief = undefined;
    window.fetch = vi.fn();
    loadScript(window, 'shared/rest.js');
    loadScript(window, 'followup/forms.js');
    loadScript(window, script);
    window.document.body.innerHTML = markup;
}

/** A fetch answer with a JSON body. */
export function answer(status, body) {
    return Promise.resolve({
        ok: status >= 200 && status < 300,
        status,
        text: () => Promise.resolve(JSON.stringify(body))
    });
}
