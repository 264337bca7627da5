// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReview, REST, answer, item, reviewPage, lastCall, flush } from './review-kit.js';

describe('Debrief.Review decisions (review/decisions)', () => {
    let container;

    beforeEach(() => {
        container = loadReview(window);
    });

    it('sends decisions with the item version and asks for a reason before closing', async () => {
        // given
        window.fetch.mockReturnValue(answer(200, reviewPage([item('OPS-1', { version: 3 })])));
        const review = window.Debrief.Review.mountList(container, { restBase: REST });
        await review.load();
        const requestsBefore = window.fetch.mock.calls.length;

        // when: closing without a reason
        container.querySelector('button[data-decision="close"]').click();
        container
            .querySelector('form.debrief-review-close')
            .dispatchEvent(new window.Event('submit', { cancelable: true }));
        await flush();

        // then: nothing sent, the reason is asked for next to the item
        expect(window.fetch.mock.calls.length).toBe(requestsBefore);
        expect(container.querySelector('[data-field="reason"]').textContent).toBe('debrief.review.reason.required');

        // when: with a reason
        window.fetch.mockReturnValueOnce(answer(200, { decision: 'close-irrelevant', version: 4 }));
        await review.decide('OPS-1', 'close-irrelevant', '  Replaced by the new alerting  ');

        // then
        const sent = window.fetch.mock.calls[requestsBefore];
        expect(sent[0]).toBe(`${REST}/review/items/OPS-1/decision`);
        expect(JSON.parse(sent[1].body)).toEqual({
            decision: 'close-irrelevant',
            version: 3,
            reason: 'Replaced by the new alerting'
        });
        expect(container.querySelector('.aui-message-success').textContent).toBe('debrief.review.decided');
    });

    it('offers decisions only on the rows the server says the viewer may decide on, and no column when none', async () => {
        // given: one row the viewer may decide on, one they may only read
        window.fetch.mockReturnValueOnce(answer(200, reviewPage([item('OPS-1'), item('OPS-2', { canDecide: false })])));
        const review = window.Debrief.Review.mountList(container, { restBase: REST });

        // when
        await review.load();

        // then
        expect(container.querySelectorAll('tr[data-key="OPS-1"] button[data-decision]')).toHaveLength(3);
        expect(container.querySelectorAll('tr[data-key="OPS-2"] button[data-decision]')).toHaveLength(0);
        expect(window.fetch.mock.calls).toHaveLength(1);

        // when: a browse-only reader's page
        window.fetch.mockReturnValueOnce(
            answer(200, reviewPage([item('OPS-1', { canDecide: false }), item('OPS-2', { canDecide: false })]))
        );
        await review.load();

        // then: no decision anywhere, not even the column
        expect(container.querySelectorAll('button[data-decision]')).toHaveLength(0);
        expect([...container.querySelectorAll('thead th')].map((th) => th.textContent)).not.toContain(
            'debrief.review.column.actions'
        );
        expect(container.querySelector('tr[data-key="OPS-1"]').children).toHaveLength(8);
    });

    it('opens the close form in a row of its own, says a missing reason once, next to it, and Escape cancels', async () => {
        // given
        window.fetch.mockReturnValue(answer(200, reviewPage([item('OPS-1'), item('OPS-2')])));
        const review = window.Debrief.Review.mountList(container, { restBase: REST });
        await review.load();

        // when
        container.querySelector('tr[data-key="OPS-1"] button[data-decision="close"]').click();

        // then: the form spans the table under its item, with the focus in the reason
        const formRow = container.querySelector('tr[data-key="OPS-1"] + tr.debrief-review-close-row');
        expect(formRow.querySelector('td').getAttribute('colspan')).toBe('9');
        expect(document.activeElement).toBe(formRow.querySelector('textarea'));
        expect(
            container.querySelector('tr[data-key="OPS-1"] button[data-decision="close"]').getAttribute('aria-expanded')
        ).toBe('true');

        // when: closing without a reason
        formRow.querySelector('form').dispatchEvent(new window.Event('submit', { cancelable: true }));
        await flush();

        // then: said once, in the form, tied to the reason
        expect(container.textContent.split('debrief.review.reason.required')).toHaveLength(2);
        const error = container.querySelector('.debrief-review-close [data-field="reason"]');
        expect(container.querySelector('.debrief-review-close textarea').getAttribute('aria-describedby')).toBe(
            error.id
        );
        expect(container.querySelector('.debrief-review-error-row')).toBeNull();

        // when: Escape in the form
        container
            .querySelector('.debrief-review-close textarea')
            .dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

        // then: the form and its error are gone, the focus back on the button that opened it
        expect(container.querySelector('.debrief-review-close')).toBeNull();
        expect(container.textContent).not.toContain('debrief.review.reason.required');
        expect(document.activeElement).toBe(
            container.querySelector('tr[data-key="OPS-1"] button[data-decision="close"]')
        );
    });

    it('keeps the last decision and its History button apart', async () => {
        window.fetch.mockReturnValue(
            answer(
                200,
                reviewPage([
                    item('OPS-1', {
                        lastDecision: {
                            decision: 'keep',
                            by: { key: 'alice', displayName: 'Alice' },
                            at: '2026-12-19T10:00:00Z',
                            version: 1
                        }
                    })
                ])
            )
        );

        await window.Debrief.Review.mountList(container, { restBase: REST }).load();

        expect(container.querySelector('.debrief-review-last').textContent).toBe(
            'debrief.review.decision.by(debrief.review.decision.kept,Alice,2026-12-19) debrief.review.history'
        );
    });

    it('sends prioritise and keep without a reason', () => {
        const payload = window.Debrief.Review.internals.decisionPayload;

        expect(payload('prioritise', { version: 2 })).toEqual({ decision: 'prioritise', version: 2 });
        expect(payload('keep', { version: 0 }, 'ignored')).toEqual({ decision: 'keep', version: 0 });
        expect(() => payload('close-irrelevant', { version: 0 }, '   ')).toThrow('debrief.review.reason.required');
    });

    it('shows a refused decision next to the item, as text', async () => {
        // given
        window.fetch.mockReturnValue(answer(200, reviewPage([item('OPS-1')])));
        const review = window.Debrief.Review.mountList(container, { restBase: REST });
        await review.load();
        window.fetch.mockReturnValueOnce(
            answer(409, { message: '<img src=x onerror=alert(1)> decided meanwhile', errors: [] })
        );

        // when
        await review.decide('OPS-1', 'keep');

        // then
        const error = container.querySelector('.debrief-review-error-row [role="alert"]');
        expect(error.textContent).toContain('<img src=x onerror=alert(1)> decided meanwhile');
        expect(container.querySelector('img')).toBeNull();
    });

    it("shows an item's decision history on request, reasons as text", async () => {
        // given
        const decided = {
            decision: 'keep',
            by: { key: 'alice', displayName: 'Alice' },
            at: '2026-03-17T10:00:00Z',
            version: 2
        };
        window.fetch.mockReturnValue(answer(200, reviewPage([item('OPS-1', { lastDecision: decided, version: 2 })])));
        const review = window.Debrief.Review.mountList(container, { restBase: REST });
        await review.load();
        window.fetch.mockReturnValueOnce(
            answer(200, [
                {
                    decision: 'close-irrelevant',
                    reason: '<b>obsolete</b>',
                    by: { displayName: 'Bob' },
                    at: '2026-03-01T10:00:00Z',
                    version: 1
                },
                decided
            ])
        );

        // when
        container.querySelector('button[data-history="OPS-1"]').click();
        await flush();

        // then
        expect(lastCall().url).toBe(`${REST}/review/items/OPS-1/decisions`);
        const entries = [...container.querySelectorAll('.debrief-review-history li')];
        expect(entries).toHaveLength(2);
        expect(entries[0].textContent).toContain(
            'debrief.review.decision.by(debrief.review.decision.close-irrelevant,Bob,2026-03-01)'
        );
        expect(entries[0].querySelector('q').textContent).toBe('<b>obsolete</b>');
        expect(container.querySelector('b')).toBeNull();
    });
});
