// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installAjs, loadScript } from './load.js';

// The Debrief tab may be loaded by AJAX after the page: Jira then fires JIRA.Events.NEW_CONTENT_ADDED with the new
// content, and the follow-up sections inside it must come alive exactly once.
const TAB = `
<section class="debrief-followup debrief-action-items" data-incident="INC-12">
  <form class="aui debrief-item-form"><div class="debrief-form-errors"></div><input name="summary"></form>
</section>
<section class="debrief-followup debrief-checkpoints" data-incident="INC-12"></section>`;

describe('follow-up sections in content Jira adds later', () => {
    let handlers;
    const newContent = (event, context) => handlers.forEach((handler) => handler(event, context));

    beforeEach(() => {
        document.body.innerHTML = '';
        installAjs(window);
        window.Debrief = undefined;
        window.fetch = vi.fn();
        handlers = [];
        window.JIRA = {
            Events: { NEW_CONTENT_ADDED: 'newContentAdded' },
            bind: (name, handler) => {
                if (name === 'newContentAdded') {
                    handlers.push(handler);
                }
            }
        };
        loadScript(window, 'shared/rest.js');
        loadScript(window, 'followup/forms.js');
        loadScript(window, 'followup/actionitems.js');
        loadScript(window, 'followup/checkpoints.js');
    });

    it('initialises the sections of an AJAX-loaded tab, once each', () => {
        // given: the page is loaded, then the tab's HTML arrives
        const tab = document.createElement('div');
        tab.innerHTML = TAB;
        document.body.appendChild(tab);
        expect(document.querySelectorAll('[data-debrief-ready]')).toHaveLength(0);

        // when: Jira announces the new content, twice
        newContent({}, [tab]);
        newContent({}, [tab]);

        // then
        expect(tab.querySelector('.debrief-action-items').getAttribute('data-debrief-ready')).toBe('true');
        expect(tab.querySelector('.debrief-checkpoints').getAttribute('data-debrief-ready')).toBe('true');
        // and the action items section listens: a drafted item fills its form
        document.dispatchEvent(
            new window.CustomEvent(window.Debrief.ActionItems.DRAFT_EVENT, {
                detail: { summary: 'Alert on queue age' }
            })
        );
        expect(tab.querySelector('[name="summary"]').value).toBe('Alert on queue age');
    });
});
