// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installAjs, loadScript } from './load.js';

function answer(status, body) {
    return Promise.resolve({
        ok: status >= 200 && status < 300,
        status,
        text: () => Promise.resolve(JSON.stringify(body))
    });
}

const PAGE = `
<section class="debrief-library">
  <form class="aui debrief-library-filters" method="get">
    <input name="q" value=""><input name="project" value="">
    <select name="severity"><option value="">Any</option><option value="sev1">SEV 1</option></select>
    <input name="month" value="">
  </form>
  <div class="debrief-library-results"><p>server rendered</p></div>
</section>`;

function entry(key, summary) {
    return {
        key,
        projectKey: 'OPS',
        summary,
        severity: 'sev2',
        publishedAt: '2026-11-05T09:00:00Z',
        timeToDetect: {
            seconds: 4380,
            targetSeconds: 3600,
            met: false,
            result: 'missed',
            display: '1 h 13 min',
            targetDisplay: '1 h'
        },
        timeToResolve: {
            seconds: null,
            targetSeconds: 3600,
            met: null,
            result: 'unknown',
            display: null,
            targetDisplay: '1 h'
        },
        actionItemsOpen: 1,
        actionItemsClosed: 2
    };
}

describe('Debrief.Library', () => {
    let section;

    beforeEach(() => {
        // a fresh page: the script enhances any library section it finds when it loads
        document.body.innerHTML = '';
        installAjs(window, '/jira');
        window.Debrief = undefined;
        window.fetch = vi.fn();
        loadScript(window, 'shared/rest.js');
        loadScript(window, 'shared/dom.js');
        loadScript(window, 'library/library.js');
        document.body.innerHTML = PAGE;
        section = document.querySelector('.debrief-library');
    });

    it('searches with the filled-in filters only and redraws the results as text', async () => {
        // given
        window.fetch.mockReturnValue(
            answer(200, { items: [entry('OPS-1', '<img src=x onerror=alert(1)>')], start: 0, limit: 25, total: 1 })
        );
        const library = window.Debrief.Library.enhance(section, { pageUrl: '/jira/plugins/servlet/debrief/library' });
        section.querySelector('[name="q"]').value = 'retry storm';
        section.querySelector('[name="severity"]').value = 'sev1';

        // when
        await library.search();

        // then
        expect(window.fetch.mock.calls[0][0]).toBe('/jira/rest/debrief/1.0/library?q=retry%20storm&severity=sev1');
        const row = section.querySelector('tr[data-key="OPS-1"]');
        expect(row.textContent).toContain('<img src=x onerror=alert(1)>');
        expect(section.querySelector('img')).toBeNull();
        expect(row.querySelector('a').getAttribute('href')).toBe('/jira/plugins/servlet/debrief/library?key=OPS-1');
        // durations as the server writes them everywhere, results in the one lozenge vocabulary
        expect(row.querySelectorAll('td')[3].textContent).toBe('1 h 13 min debrief.common.result.missed');
        const [missed, unknown] = row.querySelectorAll('.debrief-result');
        expect([missed.className, missed.dataset.result, missed.title]).toEqual([
            'aui-lozenge aui-lozenge-moved debrief-result',
            'missed',
            'debrief.library.target(1 h)'
        ]);
        expect([unknown.className, unknown.textContent]).toEqual([
            'aui-lozenge debrief-result',
            'debrief.common.result.unknown'
        ]);
        expect(section.querySelector('.debrief-library-count').textContent).toBe('debrief.library.count(1,1,1)');
    });

    it('searches as the reader types, once typing pauses', async () => {
        vi.useFakeTimers();
        try {
            window.fetch.mockReturnValue(answer(200, { items: [], start: 0, limit: 25, total: 0 }));
            window.Debrief.Library.enhance(section, {});
            const q = section.querySelector('[name="q"]');

            q.value = 'ret';
            q.dispatchEvent(new window.Event('input', { bubbles: true }));
            q.value = 'retry';
            q.dispatchEvent(new window.Event('input', { bubbles: true }));
            expect(window.fetch).not.toHaveBeenCalled();
            await vi.advanceTimersByTimeAsync(300);

            expect(window.fetch).toHaveBeenCalledTimes(1);
            expect(window.fetch.mock.calls[0][0]).toBe('/jira/rest/debrief/1.0/library?q=retry');
        } finally {
            vi.useRealTimers();
        }
    });

    it('shows the empty state and refused filters', async () => {
        const library = window.Debrief.Library.enhance(section, { restBase: '/sandbox/rest' });
        window.fetch.mockReturnValueOnce(answer(200, { items: [], start: 0, limit: 25, total: 0 }));
        await library.search();
        expect(section.querySelector('.aui-message-info').textContent).toBe('debrief.library.empty');
        expect(window.fetch.mock.calls[0][0]).toBe('/sandbox/rest/library');

        window.fetch.mockReturnValueOnce(
            answer(400, {
                message: 'Some of the details need another look.',
                errors: [{ field: 'month', message: '<b>bad</b> month' }]
            })
        );
        await library.search();
        expect(section.querySelector('[data-field="month"]').textContent).toBe('<b>bad</b> month');
        expect(section.querySelector('b')).toBeNull();
    });

    it('puts each search in the address, one entry per run of typing, and Back brings the earlier search back', async () => {
        vi.useFakeTimers();
        try {
            // given: the library opened on one debrief
            window.history.replaceState(null, '', '/jira/plugins/servlet/debrief/library?key=OPS-1');
            window.fetch.mockImplementation(() => answer(200, { items: [], start: 0, limit: 25, total: 0 }));
            window.Debrief.Library.enhance(section, {});
            const q = section.querySelector('[name="q"]');
            const severity = section.querySelector('[name="severity"]');
            const entries = window.history.length;

            // when: typing, pausing, typing on
            q.value = 'retry';
            q.dispatchEvent(new window.Event('input', { bubbles: true }));
            await vi.advanceTimersByTimeAsync(300);
            q.value = 'retry storm';
            q.dispatchEvent(new window.Event('input', { bubbles: true }));
            await vi.advanceTimersByTimeAsync(300);

            // then: one new entry, saying the latest search and keeping the opened debrief
            expect(window.location.pathname + window.location.search).toBe(
                '/jira/plugins/servlet/debrief/library?key=OPS-1&q=retry%20storm'
            );
            expect(window.history.length).toBe(entries + 1);

            // when: a filter is chosen
            severity.value = 'sev1';
            severity.dispatchEvent(new window.Event('input', { bubbles: true }));
            severity.dispatchEvent(new window.Event('change', { bubbles: true }));
            await vi.advanceTimersByTimeAsync(300);

            // then: an entry of its own
            expect(window.location.search).toBe('?key=OPS-1&q=retry%20storm&severity=sev1');
            expect(window.history.length).toBe(entries + 2);

            // when: Back
            window.history.back();
            await vi.waitFor(() => expect(window.location.search).toBe('?key=OPS-1&q=retry%20storm'));
            window.dispatchEvent(new window.PopStateEvent('popstate'));
            await vi.advanceTimersByTimeAsync(0);

            // then: the form and the results follow the address
            expect(severity.value).toBe('');
            expect(q.value).toBe('retry storm');
            expect(window.fetch.mock.calls.at(-1)[0]).toBe('/jira/rest/debrief/1.0/library?q=retry%20storm');
        } finally {
            vi.useRealTimers();
        }
    });

    it('enhances a library section that is on the page when the script loads, once', () => {
        // given: the section is rendered before the script runs (Jira puts web-resources after the content)
        window.Debrief = undefined;
        document.body.innerHTML = PAGE;
        const rendered = document.querySelector('.debrief-library');

        // when
        loadScript(window, 'library/library.js');
        loadScript(window, 'library/library.js');

        // then: one search per submit, so one set of listeners
        expect(rendered.getAttribute('data-debrief-library-ready')).toBe('true');
        window.fetch.mockReturnValue(answer(200, { items: [], start: 0, limit: 25, total: 0 }));
        rendered.querySelector('form').dispatchEvent(new window.Event('submit', { cancelable: true }));
        expect(window.fetch).toHaveBeenCalledTimes(1);
    });
});
