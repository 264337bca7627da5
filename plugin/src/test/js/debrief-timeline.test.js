// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, flush, loadIncidentTab } from './incident-tabs.js';

const HOSTILE = '"><img src=x onerror=alert(1)>';

// The markup Debrief.Timeline.tab renders (trimmed to what the script uses).
function renderTab(zone = 'UTC') {
    document.body.innerHTML = `
      <div class="debrief-timeline" data-debrief-timeline="true" data-issue-key="OPS-1" data-zone="${zone}" data-can-edit="true">
        <div class="debrief-timeline-messages"></div>
        <ol class="debrief-timeline-list">
          <li class="debrief-entry" data-entry-id="7" data-version="3" data-kind="note" data-at-local="2026-03-01T10:05">
            <div class="debrief-entry-text">Paged on-call</div>
            <div class="debrief-entry-actions">
              <button type="button" class="debrief-entry-edit">Edit</button>
              <button type="button" class="debrief-entry-delete">Delete</button>
            </div>
            <div class="debrief-entry-editor"></div>
          </li>
        </ol>
        <form class="aui debrief-entry-form" data-mode="add">
          <div class="debrief-form-errors"></div>
          <select name="kind"><option value="">-</option><option value="note">Note</option><option value="detected">Detected</option></select>
          <div class="error" data-error-for="kind"></div>
          <input type="datetime-local" name="at"><div class="error" data-error-for="at"></div>
          <textarea name="text"></textarea><div class="error" data-error-for="text"></div>
          <input type="url" name="link"><div class="error" data-error-for="link"></div>
          <input type="checkbox" name="approximate" value="true"><div class="error" data-error-for="approximate"></div>
          <button type="submit">Add entry</button>
        </form>
      </div>`;
    return document.querySelector('[data-debrief-timeline]');
}

function fill(form, values) {
    Object.entries(values).forEach(([name, value]) => {
        form.elements.namedItem(name).value = value;
    });
}

describe('Debrief.Timeline', () => {
    let root;
    let form;

    beforeEach(() => {
        root = renderTab();
        form = root.querySelector('form');
        loadIncidentTab(window, 'incident/timeline.js');
    });

    describe('validation before sending', () => {
        it('names every missing required field and sends nothing', async () => {
            // when
            const sent = await window.Debrief.Timeline.submit(root, form);

            // then
            expect(sent).toBe(false);
            expect(window.fetch).not.toHaveBeenCalled();
            expect(root.querySelector('[data-error-for="kind"]').textContent).toBe('debrief.timeline.validation.kind');
            expect(root.querySelector('[data-error-for="at"]').textContent).toBe('debrief.timeline.validation.at');
            expect(root.querySelector('[data-error-for="text"]').textContent).toBe('debrief.timeline.validation.text');
            expect(form.elements.namedItem('kind').getAttribute('aria-invalid')).toBe('true');
        });

        it('refuses a link that is not http(s) and a text over 32 kB counted in UTF-8 bytes', () => {
            const errors = window.Debrief.Timeline.validate({
                kind: 'note',
                at: '2026-03-01T10:05',
                text: 'é'.repeat(16 * 1024 + 1),
                link: 'javascript:alert(1)'
            });

            expect(errors).toEqual([
                { field: 'text', message: 'debrief.timeline.validation.text.size' },
                { field: 'link', message: 'debrief.timeline.validation.link' }
            ]);
        });

        it('accepts a complete entry with a web link', () => {
            expect(
                window.Debrief.Timeline.validate({
                    kind: 'note',
                    at: '2026-03-01T10:05',
                    text: 'Alert fired',
                    link: 'https://grafana.example/d/1?x=1'
                })
            ).toEqual([]);
        });
    });

    describe('payload', () => {
        it('reads datetime-local in the named zone as an ISO instant', () => {
            const toInstant = window.Debrief.Timeline.toInstant;

            expect(toInstant('2026-03-01T10:05', 'UTC')).toBe('2026-03-01T10:05:00Z');
            expect(toInstant('2026-03-01T10:05', 'Europe/Berlin')).toBe('2026-03-01T09:05:00Z');
            expect(toInstant('2026-07-01T10:05', 'Europe/Berlin')).toBe('2026-07-01T08:05:00Z');
            expect(toInstant('2026-03-01T10:05', 'America/New_York')).toBe('2026-03-01T15:05:00Z');
            expect(toInstant('yesterday', 'UTC')).toBeNull();
        });

        it('leaves a blank link out and sends the version as a number', () => {
            const body = window.Debrief.Timeline.payload(
                { kind: 'note', at: '2026-03-01T10:05', text: 'x', link: '  ', version: '3' },
                'UTC'
            );

            expect(body).toEqual({
                kind: 'note',
                at: '2026-03-01T10:05:00Z',
                text: 'x',
                link: null,
                approximate: false,
                version: 3
            });
        });

        it('sends a ticked "approximate" as true', () => {
            // given
            fill(form, { kind: 'detected', at: '2026-03-01T10:12', text: 'About three minutes later' });
            form.elements.namedItem('approximate').checked = true;

            // when
            const body = window.Debrief.Timeline.payload(window.Debrief.Timeline.readForm(form), 'UTC');

            // then
            expect(body.approximate).toBe(true);
        });
    });

    describe('sending', () => {
        it('posts a new entry and shows the timeline again through the template', async () => {
            // given
            fill(form, { kind: 'detected', at: '2026-03-01T10:12', text: 'Alert fired', link: '' });
            window.fetch
                .mockReturnValueOnce(answer(201, { id: 8 }))
                .mockReturnValueOnce(answer(200, { issueKey: 'OPS-1', entries: [] }));
            window.Debrief.Timeline.tab = vi.fn(
                () =>
                    '<div data-debrief-timeline="true" data-issue-key="OPS-1"><div class="debrief-timeline-messages"></div></div>'
            );

            // when
            await window.Debrief.Timeline.submit(root, form);
            await flush();

            // then
            const [url, init] = window.fetch.mock.calls[0];
            expect(url).toBe('/jira/rest/debrief/1.0/incidents/OPS-1/timeline');
            expect(init.method).toBe('POST');
            expect(JSON.parse(init.body)).toEqual({
                kind: 'detected',
                at: '2026-03-01T10:12:00Z',
                text: 'Alert fired',
                link: null,
                approximate: false
            });
            expect(window.fetch.mock.calls[1][0]).toBe(
                '/jira/rest/debrief/1.0/incidents/OPS-1/timeline?includeDeleted=true'
            );
            expect(window.Debrief.Timeline.tab).toHaveBeenCalledWith({ issueKey: 'OPS-1', entries: [] });
            expect(document.querySelector('.debrief-timeline-messages').textContent).toBe('debrief.timeline.saved');
        });

        it('shows each field error of a 400 next to its input, and unknown fields in the form box', async () => {
            // given
            fill(form, { kind: 'note', at: '2026-03-01T10:12', text: 'x' });
            window.fetch.mockReturnValue(
                answer(400, {
                    message: 'Check',
                    errors: [
                        { field: 'at', message: 'The moment lies more than one day in the future.' },
                        { field: 'body', message: 'Too large' }
                    ]
                })
            );

            // when
            await window.Debrief.Timeline.submit(root, form);

            // then
            expect(root.querySelector('[data-error-for="at"]').textContent).toBe(
                'The moment lies more than one day in the future.'
            );
            expect(form.elements.namedItem('at').getAttribute('aria-invalid')).toBe('true');
            expect(root.querySelector('.debrief-form-errors').textContent).toBe('Too large');
        });

        it('shows server text as text, never as markup', async () => {
            fill(form, { kind: 'note', at: '2026-03-01T10:12', text: 'x' });
            window.fetch.mockReturnValue(
                answer(400, { message: 'Check', errors: [{ field: 'text', message: HOSTILE }] })
            );

            await window.Debrief.Timeline.submit(root, form);

            expect(root.querySelector('[data-error-for="text"]').textContent).toBe(HOSTILE);
            expect(root.querySelector('img')).toBeNull();
        });

        it('on a stale edit (409) shows the message and a reload link', async () => {
            // given: an edit form inside the entry, as Debrief.Timeline.entryForm renders it
            window.Debrief.Timeline.entryForm = vi.fn(
                () => `<form class="debrief-entry-form" data-mode="edit">
                <div class="debrief-form-errors"></div><select name="kind"><option value="note" selected>Note</option></select>
                <input name="at" value="2026-03-01T10:05"><textarea name="text">Paged</textarea><input name="link" value="">
                <input type="hidden" name="version" value="3"></form>`
            );
            root.querySelector('.debrief-entry-edit').click();
            const editForm = root.querySelector('form[data-mode="edit"]');
            window.fetch.mockReturnValue(answer(409, { message: 'Someone else changed this in the meantime.' }));

            // when
            await window.Debrief.Timeline.submit(root, editForm);

            // then
            const [url, init] = window.fetch.mock.calls[0];
            expect(url).toBe('/jira/rest/debrief/1.0/incidents/OPS-1/timeline/7');
            expect(init.method).toBe('PUT');
            expect(JSON.parse(init.body).version).toBe(3);
            const box = editForm.querySelector('.debrief-form-errors');
            expect(box.textContent).toContain('Someone else changed this in the meantime.');
            expect(box.querySelector('a.debrief-reload').textContent).toBe('debrief.debrief.stale.reload');
        });

        it('opens the editor with the entry as it is shown', () => {
            window.Debrief.Timeline.entryForm = vi.fn(() => '<form></form>');

            root.querySelector('.debrief-entry-edit').click();

            expect(window.Debrief.Timeline.entryForm).toHaveBeenCalledWith(
                expect.objectContaining({
                    mode: 'edit',
                    zone: 'UTC',
                    entry: {
                        id: '7',
                        kind: 'note',
                        atLocal: '2026-03-01T10:05',
                        text: 'Paged on-call',
                        link: null,
                        approximate: false,
                        version: '3'
                    }
                })
            );
        });

        it('deletes only after confirmation', async () => {
            window.confirm.mockReturnValue(false);

            root.querySelector('.debrief-entry-delete').click();
            await flush();

            expect(window.fetch).not.toHaveBeenCalled();
        });
    });
});
