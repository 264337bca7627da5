// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, loadFollowup } from './followup-kit.js';
import { restSample } from './load.js';

function fieldset(key, index) {
    return `
    <fieldset class="group debrief-outcome" data-item="${key}" data-index="${index}">
      <input type="radio" name="outcome-1-${key}" value="done">
      <input type="radio" name="outcome-1-${key}" value="replanned"><input name="due">
      <input type="radio" name="outcome-1-${key}" value="dropped"><input name="reason">
      <div class="error" data-error-for="outcomes[${index}]"></div>
    </fieldset>`;
}

// The markup of Debrief.Followup.checkpoints with checkpoint 1 opened (the Soy tests pin the real template).
const SECTION = `
<section class="debrief-followup debrief-checkpoints" data-incident="INC-12">
  <table><tbody><tr data-number="1" data-state="opened"><td>1</td><td><span class="aui-lozenge" data-state="opened">Open</span></td><td></td></tr></tbody></table>
  <form class="aui debrief-outcome-form" data-incident="INC-12" data-number="1">
    <div class="debrief-form-errors"></div>
    ${fieldset('OPS-7', 0)}
    ${fieldset('OPS-8', 1)}
    <button type="submit">Close</button>
  </form>
</section>`;

function choose(key, outcome, extra = {}) {
    const set = document.querySelector(`fieldset[data-item="${key}"]`);
    set.querySelector(`input[value="${outcome}"]`).checked = true;
    Object.entries(extra).forEach(([name, value]) => {
        set.querySelector(`[name="${name}"]`).value = value;
    });
}

describe('Debrief.Checkpoints', () => {
    let section;
    let form;

    beforeEach(() => {
        loadFollowup(window, 'followup/checkpoints.js', SECTION, '');
        section = document.querySelector('section');
        form = section.querySelector('form');
        window.Debrief.Checkpoints.init(section);
    });

    it('collects one outcome per item with only the fields its outcome needs', () => {
        // given
        choose('OPS-7', 'replanned', { due: '2026-04-30', reason: 'ignored' });
        choose('OPS-8', 'dropped', { due: '2026-01-01', reason: ' Service retired ' });

        // when
        const read = window.Debrief.Checkpoints.collect(form);

        // then
        expect(read.errors).toEqual([]);
        expect(read.outcomes).toEqual([
            { item: 'OPS-7', outcome: 'replanned', due: '2026-04-30' },
            { item: 'OPS-8', outcome: 'dropped', reason: 'Service retired' }
        ]);
    });

    it('finds a missing outcome, date or reason per item before sending', async () => {
        // given
        choose('OPS-7', 'replanned');

        // when
        const read = window.Debrief.Checkpoints.collect(form);
        const sent = await window.Debrief.Checkpoints.submit(section, form);

        // then
        expect(read.errors.map((e) => e.field)).toEqual(['outcomes[0].due', 'outcomes[1].outcome']);
        expect(sent).toBe(false);
        expect(window.fetch).not.toHaveBeenCalled();
        expect(section.querySelector('[data-error-for="outcomes[0]"]').textContent).toBe(
            'debrief.error.checkpoint.due.required'
        );
        expect(section.querySelector('[data-error-for="outcomes[1]"]').textContent).toBe(
            'debrief.followup.outcome.missing'
        );
    });

    it('asks for a reason when an item is dropped', () => {
        choose('OPS-7', 'done');
        choose('OPS-8', 'dropped');

        expect(window.Debrief.Checkpoints.collect(form).errors).toEqual([
            { field: 'outcomes[1].reason', message: 'debrief.error.checkpoint.reason.required' }
        ]);
    });

    it('posts the outcomes and marks the checkpoint closed', async () => {
        // given
        window.fetch.mockReturnValue(answer(200, { number: 1, state: 'closed', outcomes: [] }));
        choose('OPS-7', 'done');
        choose('OPS-8', 'replanned', { due: '2026-04-30' });

        // when
        const sent = await window.Debrief.Checkpoints.submit(section, form);

        // then
        expect(sent).toBe(true);
        const [url, init] = window.fetch.mock.calls[0];
        expect(url).toBe('/rest/debrief/1.0/incidents/INC-12/checkpoints/1/outcomes');
        expect(JSON.parse(init.body)).toEqual({
            outcomes: [
                { item: 'OPS-7', outcome: 'done' },
                { item: 'OPS-8', outcome: 'replanned', due: '2026-04-30' }
            ]
        });
        expect(section.querySelector('tr[data-number="1"]').getAttribute('data-state')).toBe('closed');
        expect(section.querySelector('form')).toBeNull();
        expect(section.textContent).toContain('debrief.followup.checkpoints.closed(1)');
    });

    it('puts the server refusals next to the item they name', async () => {
        // given
        window.fetch.mockReturnValue(
            answer(400, {
                message: 'Bad',
                errors: [
                    { field: 'outcomes[1].due', message: 'The new due date cannot lie before today.' },
                    { field: 'outcomes', message: 'Every open action item needs an outcome; missing: OPS-9.' }
                ]
            })
        );
        choose('OPS-7', 'done');
        choose('OPS-8', 'replanned', { due: '2020-01-01' });

        // when
        await window.Debrief.Checkpoints.submit(section, form);

        // then
        expect(section.querySelector('[data-error-for="outcomes[1]"]').textContent).toBe(
            'The new due date cannot lie before today.'
        );
        expect(section.querySelector('fieldset[data-item="OPS-8"] [name="due"]').getAttribute('aria-invalid')).toBe(
            'true'
        );
        expect(section.querySelector('.debrief-form-errors').textContent).toContain('missing: OPS-9');
        expect(section.querySelector('[type="submit"]').disabled).toBe(false);
    });

    it('shows a conflict (already closed) as text, never as markup', async () => {
        window.fetch.mockReturnValue(answer(409, { message: '<img src=x onerror=alert(1)>' }));
        choose('OPS-7', 'done');
        choose('OPS-8', 'done');

        await window.Debrief.Checkpoints.submit(section, form);

        expect(section.querySelector('img')).toBeNull();
        expect(section.querySelector('.debrief-form-errors').textContent).toContain('<img src=x onerror=alert(1)>');
    });

    it('shows the outcomes the server recorded in the history and tells the page the items changed', async () => {
        // given
        window.fetch.mockReturnValue(answer(200, restSample('checkpoint-closed')));
        const announced = [];
        document.addEventListener('debrief:action-items-changed', (event) => announced.push(event.detail), {
            once: true
        });
        choose('OPS-7', 'replanned', { due: '2026-04-30' });
        choose('OPS-8', 'dropped', { reason: 'The service is retired' });

        // when
        await window.Debrief.Checkpoints.submit(section, form);

        // then
        const outcomes = [...section.querySelectorAll('tr[data-number="1"] td:last-child li')];
        expect(
            outcomes.map((li) => [li.getAttribute('data-item'), li.getAttribute('data-outcome'), li.textContent])
        ).toEqual([
            ['OPS-5001', 'replanned', 'OPS-5001: debrief.followup.outcome.replanned (2026-04-30)'],
            ['OPS-5002', 'dropped', 'OPS-5002: debrief.followup.outcome.dropped: The service is retired']
        ]);
        expect(announced).toEqual([{ incident: 'INC-12' }]);
    });
});
