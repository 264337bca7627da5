// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReview, REST, answer, REVIEW, TRENDS, item, reviewPage, restSample } from './review-kit.js';

describe('Debrief.Review', () => {
    let container;

    beforeEach(() => {
        container = loadReview(window);
    });

    describe('fed what ReviewResource answers', () => {
        it('builds test items and pages of exactly the fields the resource sends', () => {
            expect(Object.keys(item('OPS-1')).sort()).toEqual(Object.keys(REVIEW.items[0]).sort());
            expect(Object.keys(reviewPage([])).sort()).toEqual(Object.keys(REVIEW).sort());
        });

        it('draws a review page: totals, rows, the last decision and what is missing', async () => {
            // given
            window.fetch.mockReturnValue(answer(200, REVIEW));

            // when
            await window.Debrief.Review.mountList(container, { restBase: REST }).load();

            // then
            const rows = [...container.querySelectorAll('tbody tr[data-key]')];
            expect(rows.map((row) => row.getAttribute('data-key'))).toEqual(['OPS-6001', 'OPS-6002']);
            expect(rows[0].querySelector('.debrief-review-last').textContent).toContain(
                'debrief.review.decision.by(debrief.review.decision.prioritised,Alice,2026-03-20)'
            );
            expect(rows[1].textContent).toContain('debrief.review.none');
            expect(container.querySelectorAll('button[data-decision="close"]')).toHaveLength(2);
            const totals = [...container.querySelectorAll('.debrief-review-totals dd')].map((dd) => dd.textContent);
            expect(totals).toEqual(['2', '1', '0', 'debrief.review.none', '24']);
        });

        it('draws the trends: one point of the chart and one table row per month', async () => {
            // given
            window.fetch.mockReturnValue(answer(200, TRENDS));
            const element = document.createElement('div');
            document.body.appendChild(element);

            // when
            await window.Debrief.Review.mountTrends(element, { restBase: REST, months: 3 });

            // then
            const months = TRENDS.months.map((m) => m.month);
            expect([...element.querySelectorAll('svg text.month')].map((t) => t.textContent)).toEqual(months);
            expect([...element.querySelectorAll('table tbody th')].map((th) => th.textContent)).toEqual(months);
            const withDebriefs = TRENDS.months.filter((m) => m.medianSecondsToResolve !== null).length;
            expect(withDebriefs).toBeGreaterThan(0);
            expect(element.querySelectorAll('svg circle.point-resolve')).toHaveLength(withDebriefs);
        });

        it("shows an item's decision history as the resource lists it", async () => {
            // given
            window.fetch.mockReturnValue(answer(200, REVIEW));
            const review = window.Debrief.Review.mountList(container, { restBase: REST });
            await review.load();
            window.fetch.mockReturnValueOnce(answer(200, restSample('review-decisions')));

            // when
            await review.toggleHistory('OPS-6001');

            // then
            expect([...container.querySelectorAll('.debrief-review-history li')].map((li) => li.textContent)).toEqual([
                'debrief.review.decision.by(debrief.review.decision.prioritised,Alice,2026-03-20)'
            ]);
        });

        it('takes the decision the resource records and reloads the page', async () => {
            // given
            window.fetch.mockReturnValue(answer(200, REVIEW));
            const review = window.Debrief.Review.mountList(container, { restBase: REST });
            await review.load();
            window.fetch.mockReturnValueOnce(answer(200, restSample('review-decided')));

            // when
            const record = await review.decide('OPS-6002', 'prioritise');

            // then
            expect(record.decision).toBe('prioritise');
            expect(container.querySelector('.aui-message-success').textContent).toBe('debrief.review.decided');
        });
    });
});
