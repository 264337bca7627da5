// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReview } from './review-kit.js';

describe('Debrief.Review trends (review/chart)', () => {
    beforeEach(() => {
        loadReview(window);
    });

    it('draws the trend chart as accessible SVG with escaped labels', () => {
        const svg = window.Debrief.Review.internals.trendChart(document, {
            months: [
                { month: '2026-01', medianSecondsToDetect: 240, medianSecondsToResolve: 3300 },
                { month: '<script>alert(1)</script>', medianSecondsToDetect: null, medianSecondsToResolve: 1800 }
            ],
            detectTargetSeconds: 300,
            resolveTargetSeconds: 3600
        });
        document.body.appendChild(svg);

        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.querySelector('title').textContent).toBe('debrief.review.trends.title');
        expect(svg.querySelector('desc').textContent).toBe('debrief.review.trends.desc');
        expect([...svg.querySelectorAll('text.month')].map((t) => t.textContent)).toEqual([
            '2026-01',
            '<script>alert(1)</script>'
        ]);
        expect(document.querySelector('script')).toBeNull();
        expect(svg.querySelectorAll('circle.point-detect')).toHaveLength(1);
        expect(svg.querySelectorAll('circle.point-resolve')).toHaveLength(2);
        expect(svg.querySelector('line.target-resolve')).not.toBeNull();
        expect([...svg.querySelectorAll('text.axis-label')].map((t) => t.textContent)).toEqual([
            'debrief.review.trends.month',
            'debrief.review.trends.minutes'
        ]);
    });

    it('scales the y axis from zero in round steps', () => {
        const ticks = window.Debrief.Review.internals.yTicks;

        expect(ticks(214)).toEqual([0, 50, 100, 150, 200, 250]);
        expect(ticks(60)).toEqual([0, 20, 40, 60]);
        expect(ticks(5)).toEqual([0, 1, 2, 3, 4, 5]);
        expect(ticks(0)).toEqual([0, 1]);
        for (const max of [1, 3, 7, 13, 99, 100, 101, 999, 12345]) {
            const t = ticks(max);
            expect(t[0]).toBe(0);
            expect(t[t.length - 1]).toBeGreaterThanOrEqual(max);
            expect(t.length).toBeLessThanOrEqual(7);
        }
    });

    it('draws the y ticks from zero, keeps the last month label inside the chart, and names every line in a legend', () => {
        const trends = {
            months: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].map((month) => ({
                month,
                medianSecondsToDetect: 120,
                medianSecondsToResolve: 214 * 60
            })),
            detectTargetSeconds: 300,
            resolveTargetSeconds: 3600
        };
        const svg = window.Debrief.Review.internals.trendChart(document, trends);

        const yTicks = [...svg.querySelectorAll('text.y-tick')].map((t) => t.textContent);
        expect(yTicks).toEqual(['0', '50', '100', '150', '200', '250']);
        const width = Number(svg.getAttribute('viewBox').split(' ')[2]);
        const last = [...svg.querySelectorAll('text.month')].pop();
        // a 7-character label at 10px is about 38px wide, centred on x
        expect(Number(last.getAttribute('x')) + 19).toBeLessThanOrEqual(width);

        const legend = window.Debrief.Review.internals.trendLegend(document);
        expect([...legend.querySelectorAll('li')].map((li) => [li.dataset.series, li.textContent])).toEqual([
            ['detect', 'debrief.review.trends.median.of(debrief.review.trends.detect)'],
            ['target-detect', 'debrief.review.trends.target.of(debrief.review.trends.detect)'],
            ['resolve', 'debrief.review.trends.median.of(debrief.review.trends.resolve)'],
            ['target-resolve', 'debrief.review.trends.target.of(debrief.review.trends.resolve)']
        ]);
        expect(legend.querySelector('[data-series="target-resolve"] line').getAttribute('stroke-dasharray')).toBe(
            '4 3'
        );
    });
});
