// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, loadFollowup } from './followup-kit.js';
import { restSample } from './load.js';

// The markup of Debrief.Followup.actionItems that the script relies on (the Soy tests pin the real template).
const SECTION = `
<section class="debrief-followup debrief-action-items" data-incident="INC-12">
  <div class="debrief-items-list"><p class="debrief-empty">none</p></div>
  <details class="debrief-item-create">
    <summary>Create</summary>
    <form class="aui debrief-item-form" data-incident="INC-12">
      <div class="debrief-form-errors"></div>
      <div class="field-group"><input name="summary"><div class="error" data-error-for="summary"></div></div>
      <div class="field-group"><select name="category">
        <option value="detect">Detect</option><option value="fix">Fix</option>
        <option value="prevent">Prevent</option><option value="process">Process</option></select>
        <div class="error" data-error-for="category"></div></div>
      <div class="field-group"><input name="projectKey"><div class="error" data-error-for="projectKey"></div></div>
      <div class="field-group"><input name="assignee"><div class="error" data-error-for="assignee"></div></div>
      <div class="field-group"><input name="due"><div class="error" data-error-for="due"></div></div>
      <button type="submit">Create</button>
    </form>
  </details>
</section>`;

const HOSTILE = '<img src=x onerror=alert(1)>';

function field(name) {
    return document.querySelector(`form.debrief-item-form [name="${name}"]`);
}

describe('Debrief.ActionItems', () => {
    let section;

    beforeEach(() => {
        loadFollowup(window, 'followup/actionitems.js', SECTION, '/jira');
        section = document.querySelector('section.debrief-action-items');
        window.Debrief.ActionItems.init(section);
    });

    it('sends summary and category always and the optional fields only when filled', () => {
        // given
        field('summary').value = '  Alert on queue depth ';
        field('category').value = 'prevent';
        field('due').value = '2026-04-01';

        // when
        const body = window.Debrief.ActionItems.payload(document.querySelector('form'));

        // then
        expect(body).toEqual({ summary: 'Alert on queue depth', category: 'prevent', due: '2026-04-01' });
    });

    it('opens the form pre-filled when the Debrief tab drafts an item', () => {
        // when
        document.dispatchEvent(
            new CustomEvent('debrief:draft-action-item', {
                detail: { summary: 'Page the on-call sooner', category: 'detect' }
            })
        );

        // then
        expect(section.querySelector('details').open).toBe(true);
        expect(field('summary').value).toBe('Page the on-call sooner');
        expect(field('category').value).toBe('detect');
        expect(document.activeElement).toBe(field('summary'));
    });

    it('ignores a draft meant for another incident and keeps the category on an unknown one', () => {
        document.dispatchEvent(
            new CustomEvent('debrief:draft-action-item', {
                detail: { summary: 'Other', category: 'fix', incident: 'INC-99' }
            })
        );
        expect(section.querySelector('details').open).toBe(false);

        document.dispatchEvent(
            new CustomEvent('debrief:draft-action-item', { detail: { summary: 'Mine', category: 'blame' } })
        );
        expect(field('summary').value).toBe('Mine');
        expect(field('category').value).toBe('detect');
    });

    it('posts the item and shows the new row without a reload', async () => {
        // given
        window.fetch.mockReturnValue(
            answer(201, {
                key: 'INC-101',
                summary: 'Alert',
                status: 'open',
                category: 'detect',
                due: null,
                assignee: null,
                ageDays: 0
            })
        );
        field('summary').value = 'Alert';

        // when
        await window.Debrief.ActionItems.submit(section, document.querySelector('form'));

        // then
        const [url, init] = window.fetch.mock.calls[0];
        expect(url).toBe('/jira/rest/debrief/1.0/incidents/INC-12/action-items');
        expect(JSON.parse(init.body)).toEqual({ summary: 'Alert', category: 'detect' });
        const row = section.querySelector('tr[data-key="INC-101"]');
        expect(row.querySelector('a').getAttribute('href')).toBe('/jira/browse/INC-101');
        expect(section.querySelector('.debrief-form-errors').textContent).toBe(
            'debrief.followup.items.created(INC-101)'
        );
        expect(field('summary').value).toBe('');
    });

    it('shows each refused field next to it and the general message on top', async () => {
        // given
        window.fetch.mockReturnValue(
            answer(400, {
                message: 'Some details need another look.',
                errors: [
                    { field: 'summary', message: 'Give the action item a summary.' },
                    { field: 'due', message: 'The due date lies in the past.' },
                    { field: 'incident', message: 'Unplaced problem.' }
                ]
            })
        );

        // when
        await window.Debrief.ActionItems.submit(section, document.querySelector('form'));

        // then
        expect(section.querySelector('[data-error-for="summary"]').textContent).toBe('Give the action item a summary.');
        expect(section.querySelector('[data-error-for="due"]').textContent).toBe('The due date lies in the past.');
        expect(field('summary').getAttribute('aria-invalid')).toBe('true');
        const general = section.querySelector('.debrief-form-errors');
        expect(general.querySelector('.aui-message-error').textContent).toContain('Some details need another look.');
        expect(general.textContent).toContain('Unplaced problem.');
        expect(section.querySelector('[type="submit"]').disabled).toBe(false);
    });

    it('never turns server text into markup', async () => {
        // given
        window.fetch.mockReturnValueOnce(
            answer(400, { message: HOSTILE, errors: [{ field: 'summary', message: HOSTILE }] })
        );

        // when
        await window.Debrief.ActionItems.submit(section, document.querySelector('form'));
        window.Debrief.ActionItems.addRow(section, {
            key: 'INC-7',
            summary: HOSTILE,
            status: 'open',
            assignee: { key: 'x', displayName: HOSTILE },
            category: HOSTILE,
            ageDays: 1
        });

        // then
        expect(section.querySelector('img')).toBeNull();
        expect(section.querySelector('[data-error-for="summary"]').textContent).toBe(HOSTILE);
        expect(section.querySelector('tr[data-key="INC-7"]').textContent).toContain(HOSTILE);
    });

    describe('changes made elsewhere on the page', () => {
        const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
        const changed = (detail) => document.dispatchEvent(new CustomEvent('debrief:action-items-changed', { detail }));
        const cells = (row) => [...row.querySelectorAll('td')].map((td) => td.textContent);

        it('shows an item made from a suggestion at once, in place of "No action items yet", with its age', () => {
            // given: the list is empty; the Debrief tab made an item (the REST answer of the create call)
            const created = restSample('action-item-created');

            // when
            changed({ incident: 'INC-12', item: created });

            // then
            expect(section.querySelector('.debrief-empty')).toBeNull();
            expect(section.querySelectorAll('table.debrief-items thead th')).toHaveLength(7);
            const row = section.querySelector(`tr[data-key="${created.key}"]`);
            expect(cells(row)).toEqual([
                created.key,
                'Page the on-call sooner',
                'debrief.followup.category.detect',
                'debrief.common.status.open',
                'debrief.followup.items.unassigned',
                // due by the completion target of its priority (issue 16), as the server answered
                '2026-05-15',
                'debrief.followup.items.age.days(0)'
            ]);
            expect(row.querySelector('a').getAttribute('href')).toBe(`/jira/browse/${created.key}`);
        });

        it('shows an item once, however often it is announced', () => {
            const created = restSample('action-item-created');

            changed({ incident: 'INC-12', item: created });
            changed({ incident: 'INC-12', item: created });

            expect(section.querySelectorAll(`tr[data-key="${created.key}"]`)).toHaveLength(1);
        });

        it('reads the items again after a checkpoint changed them', async () => {
            // given
            window.fetch.mockReturnValue(answer(200, restSample('action-items-after-checkpoint')));

            // when
            changed({ incident: 'INC-12' });
            await flush();

            // then
            expect(window.fetch.mock.calls[0][0]).toBe('/jira/rest/debrief/1.0/incidents/INC-12/action-items');
            const rows = section.querySelectorAll('table.debrief-items tbody tr');
            expect([...rows].map((row) => row.getAttribute('data-key'))).toEqual(['OPS-5001', 'OPS-5002']);
            expect(rows[0].querySelector('time').getAttribute('datetime')).toBe('2026-04-30');
            expect(rows[1].getAttribute('data-status')).toBe('done');
            expect(rows[1].querySelector('[data-status]').textContent).toBe('debrief.common.status.done');
            expect(cells(rows[0])[6]).toBe('debrief.followup.items.age.days(10)');
        });

        it('ignores changes to another incident', () => {
            changed({ incident: 'INC-99', item: restSample('action-item-created') });
            changed({ incident: 'INC-99' });

            expect(section.querySelector('.debrief-empty')).not.toBeNull();
            expect(window.fetch).not.toHaveBeenCalled();
        });
    });
});
