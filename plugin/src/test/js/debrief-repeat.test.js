// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answer } from './followup-kit.js';
import { installAjs, loadScript, restSample } from './load.js';

// The markup of Debrief.Sharing.repeat that the script relies on (SharingTemplatesTest pins the real template).
const PANEL = `
<section class="debrief-repeat" data-incident="INC-12">
  <div class="debrief-repeat-earlier" data-earlier="INC-5">
    <table><tbody><tr data-key="INC-5005"><td>INC-5005</td></tr></tbody></table>
    <div class="debrief-repeat-action">
      <button type="button" class="aui-button debrief-repeat-link" data-incident="INC-12" data-earlier="INC-5">Link</button>
      <div class="debrief-repeat-errors"></div>
    </div>
  </div>
</section>`;

function button() {
    return document.querySelector('button.debrief-repeat-link');
}

async function settled() {
    await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('Debrief repeat panel', () => {
    beforeEach(() => {
        document.body.innerHTML = '';
        installAjs(window, '/jira');
        window.Debrief = undefined;
        window.fetch = vi.fn();
        document.body.innerHTML = PANEL;
        loadScript(window, 'incident/repeat.js');
    });

    it('links the incident as a repeat and says so in place of the button', async () => {
        // given
        window.fetch.mockReturnValue(answer(200, restSample('repeat-linked')));

        // when
        button().click();
        await settled();

        // then
        const [url, init] = window.fetch.mock.calls[0];
        expect(url).toBe('/jira/rest/debrief/1.0/incidents/INC-12/repeat-of');
        expect(init.method).toBe('POST');
        expect(JSON.parse(init.body)).toEqual({ earlier: 'INC-5' });
        expect(restSample('repeat-linked').linkedTo).toEqual(['INC-5']);
        expect(button()).toBeNull();
        expect(document.querySelector('.debrief-repeat-linked').textContent).toBe('debrief.repeat.linked(INC-5)');
    });

    it('shows a refusal next to the button and lets the person try again', async () => {
        // given
        window.fetch.mockReturnValue(answer(403, { message: 'You may not edit <b>INC-12</b>', errors: [] }));
        window.Debrief.Common = { message: (data) => `<p class="msg">${data.text.replace(/</g, '&lt;')}</p>` };

        // when
        button().click();
        await settled();

        // then
        expect(button().disabled).toBe(false);
        expect(document.querySelector('.debrief-repeat-errors').textContent).toContain(
            'You may not edit <b>INC-12</b>'
        );
        expect(document.querySelector('.debrief-repeat-errors b')).toBeNull();
    });

    it('treats an existing link (409) as linked', async () => {
        window.fetch.mockReturnValue(
            answer(409, { message: 'already linked', errors: [], reason: 'debrief.error.repeat.linked' })
        );

        button().click();
        await settled();

        expect(button()).toBeNull();
        expect(document.querySelector('.debrief-repeat-linked')).not.toBeNull();
    });

    it('shows any other conflict (Jira refused the link) as an error, not as linked', async () => {
        window.fetch.mockReturnValue(
            answer(409, { message: 'Jira refused', errors: [], reason: 'debrief.jira.error.repeat.link.failed' })
        );
        window.Debrief.Common = { message: (data) => `<p class="msg">${data.text}</p>` };

        button().click();
        await settled();

        expect(button()).not.toBeNull();
        expect(document.querySelector('.debrief-repeat-linked')).toBeNull();
        expect(document.querySelector('.debrief-repeat-errors').textContent).toContain('Jira refused');
    });
});
