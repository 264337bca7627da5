// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, flush, loadIncidentTab } from './incident-tabs.js';
import { loadScript } from './load.js';

const HOSTILE = '"><img src=x onerror=alert(1)>';

const EVENTS = {
    suggestions: [
        {
            eventId: 41,
            eventKind: 'deploy',
            title: `checkout 1.4.2 ${HOSTILE}`,
            at: '2026-11-24T08:31:00Z',
            link: null,
            source: 'ci',
            format: 'cloudevents',
            kind: 'deploy',
            reason: 'same-component'
        }
    ],
    start: {
        detectedAt: '2026-11-24T09:10:00Z',
        writtenStart: null,
        proposed: {
            eventId: 41,
            eventKind: 'deploy',
            title: 'checkout 1.4.2',
            at: '2026-11-24T08:31:00Z',
            source: 'ci',
            format: 'cloudevents',
            reason: 'same-component',
            minutesBeforeDetection: 39
        },
        candidates: [
            {
                eventId: 41,
                title: 'checkout 1.4.2',
                at: '2026-11-24T08:31:00Z',
                source: 'ci',
                reason: 'same-component',
                minutesBeforeDetection: 39
            },
            {
                eventId: 42,
                title: 'flag flip',
                at: '2026-11-24T08:50:00Z',
                source: 'ci',
                reason: 'same-project',
                minutesBeforeDetection: 20
            }
        ]
    }
};

function renderTab(canEdit) {
    document.body.innerHTML = `
      <div id="tab">
        <div class="debrief-timeline" data-debrief-timeline="true" data-issue-key="OPS-7" data-zone="UTC"
            data-can-edit="${canEdit}">
          <div class="debrief-timeline-messages"></div>
        </div>
      </div>`;
}

async function start(canEdit, events = EVENTS) {
    renderTab(canEdit);
    loadIncidentTab(window, 'incident/timeline.js');
    window.fetch.mockImplementation(() => answer(200, events));
    loadScript(window, 'incident/events.js');
    await flush();
    return document.querySelector('.debrief-events');
}

describe('Debrief.Events', () => {
    beforeEach(() => {
        document.body.innerHTML = '';
    });

    it('proposes the real start before the timeline and lists the suggestions, text escaped', async () => {
        const panel = await start(true);

        expect(window.fetch).toHaveBeenCalledWith(
            '/jira/rest/debrief/1.0/incidents/OPS-7/events',
            expect.objectContaining({ method: 'GET' })
        );
        expect(panel.nextElementSibling.hasAttribute('data-debrief-timeline')).toBe(true);
        expect(panel.querySelector('.debrief-events-proposed').textContent).toMatch(
            /^debrief\.events\.start\.proposed\(checkout 1\.4\.2,.*,39\)$/
        );
        expect(panel.querySelectorAll('.debrief-events-candidates li')).toHaveLength(1);
        const suggestion = panel.querySelector('.debrief-event[data-event-id="41"]');
        expect(suggestion.querySelector('.debrief-event-title').textContent).toContain(HOSTILE);
        expect(suggestion.querySelector('.debrief-event-kind').textContent).toBe('debrief.timeline.kind.deploy');
        expect(panel.querySelector('img')).toBeNull();
        expect([...suggestion.querySelectorAll('button')].map((b) => b.dataset.action)).toEqual(['accept', 'dismiss']);
    });

    it('shows a reader no decision buttons', async () => {
        const panel = await start(false);

        expect(panel.querySelectorAll('button')).toHaveLength(0);
        expect(panel.querySelector('.debrief-events-proposed')).not.toBeNull();
    });

    it('says when the proposal is earlier than a started entry someone wrote, and when nothing matches', async () => {
        const written = { suggestions: [], start: { ...EVENTS.start, writtenStart: '2026-11-24T08:40:00Z' } };
        const panel = await start(true, written);

        expect(panel.querySelector('.debrief-events-written').textContent).toMatch(
            /^debrief\.events\.start\.earlier\(/
        );
        expect(panel.querySelector('.debrief-events-none').textContent).toBe('debrief.events.none');
    });

    it('accepting the proposal posts the decision, refreshes the timeline and reloads the panel', async () => {
        const panel = await start(true);
        const before = panel.nextElementSibling;
        // the timeline's client-side template (compiled by Jira's soyTransformer), as the refresh re-renders it
        window.Debrief.Timeline.tab = () =>
            '<div class="debrief-timeline" data-debrief-timeline="true"' +
            ' data-issue-key="OPS-7" data-zone="UTC" data-can-edit="true" data-fresh="true">' +
            '<div class="debrief-timeline-messages"></div></div>';
        const decided = { suggestions: [], start: { ...EVENTS.start, proposed: null, candidates: [] } };
        window.fetch.mockReset();
        window.fetch
            .mockImplementationOnce(() => answer(201, { id: 9, kind: 'started' }))
            .mockImplementationOnce(() => answer(200, { entries: [] }))
            .mockImplementation(() => answer(200, decided));

        panel.querySelector('button[data-action="start/accept"]').click();
        await flush();
        await flush();
        await flush();

        const calls = window.fetch.mock.calls.map(([url, init]) => `${init.method} ${url}`);
        expect(calls[0]).toBe('POST /jira/rest/debrief/1.0/incidents/OPS-7/events/41/start/accept');
        expect(window.fetch.mock.calls[0][1].headers['Content-Type']).toBe('application/json');
        expect(calls[1]).toMatch(/^GET \/jira\/rest\/debrief\/1\.0\/incidents\/OPS-7\/timeline/);
        expect(calls).toContain('GET /jira/rest/debrief/1.0/incidents/OPS-7/events');
        expect(document.querySelector('.debrief-events-proposed')).toBeNull();
        expect(panel.nextElementSibling).not.toBe(before);
        expect(panel.nextElementSibling.dataset.fresh).toBe('true');
    });

    it('dismissing posts without refreshing the timeline; a refusal is shown and the button freed', async () => {
        const panel = await start(true);
        window.fetch.mockReset();
        window.fetch.mockImplementationOnce(() => answer(409, { message: 'decided', errors: [] }));

        const dismiss = panel.querySelector('button[data-action="dismiss"]');
        dismiss.click();
        await flush();
        await flush();

        expect(window.fetch.mock.calls.map(([url, init]) => `${init.method} ${url}`)).toEqual([
            'POST /jira/rest/debrief/1.0/incidents/OPS-7/events/41/dismiss'
        ]);
        expect(panel.querySelector('.debrief-events-messages').textContent).not.toBe('');
        expect(dismiss.disabled).toBe(false);
    });
});
