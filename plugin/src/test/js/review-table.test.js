// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReview, REST, answer, item, reviewPage, lastCall, flush } from './review-kit.js';

describe('Debrief.Review list (review/table)', () => {
    let container;

    beforeEach(() => {
        container = loadReview(window);
    });

    it('loads the review from the given REST base with the preferences, oldest first, 50 a page', async () => {
        // given
        window.fetch.mockReturnValue(answer(200, reviewPage([item('OPS-1')])));

        // when
        await window.Debrief.Review.mountList(container, {
            restBase: REST,
            preferences: { projects: 'OPS,PAY', jql: 'component = "A&B"', olderThanDays: '30', groupBy: 'none' }
        }).load();

        // then
        expect(lastCall().url).toBe(
            `${REST}/review?projects=OPS%2CPAY&jql=component%20%3D%20%22A%26B%22` +
                '&olderThanDays=30&sort=age&start=0&limit=50'
        );
        expect(container.querySelector('tr[data-key="OPS-1"]').textContent).toContain('Summary of OPS-1');
        expect(container.querySelector('.debrief-review-totals').textContent).toContain('50%');
    });

    it('sorts by a server column through the API and by other columns within the page', async () => {
        // given
        window.fetch.mockImplementation(() =>
            answer(
                200,
                reviewPage([
                    item('OPS-1', { summary: 'beta', checkpointsPassed: 2 }),
                    item('OPS-2', { summary: 'alpha', checkpointsPassed: 0 })
                ])
            )
        );
        const review = window.Debrief.Review.mountList(container, { restBase: REST });
        await review.load();

        // when: due is sorted by the server
        await review.sortBy('due');

        // then
        expect(lastCall().url).toContain('sort=due&start=0');

        // when: summary is sorted on the page, twice toggles the direction
        await review.sortBy('summary');
        const ascending = [...container.querySelectorAll('tbody tr')].map((row) => row.dataset.key);
        await review.sortBy('summary');
        const descending = [...container.querySelectorAll('tbody tr')].map((row) => row.dataset.key);

        // then
        expect(ascending).toEqual(['OPS-2', 'OPS-1']);
        expect(descending).toEqual(['OPS-1', 'OPS-2']);
        expect(container.querySelector('th[data-column="summary"]').getAttribute('aria-sort')).toBe('descending');
    });

    it('pages 50 at a time with previous and next', async () => {
        // given
        const items = Array.from({ length: 50 }, (_, i) => item(`OPS-${i + 1}`));
        window.fetch.mockReturnValue(answer(200, reviewPage(items, { total: 120 })));
        const review = window.Debrief.Review.mountList(container, { restBase: REST });
        await review.load();
        expect(container.querySelector('[rel="prev"]')).toBeNull();

        // when
        container.querySelector('[rel="next"]').click();
        await flush();

        // then
        expect(lastCall().url).toContain('start=50&limit=50');
        expect(container.querySelector('.debrief-review-paging').textContent).toContain(
            'debrief.review.page(1,50,120)'
        );
    });

    it('links item and incident keys to their issues in Jira, under the context path', async () => {
        window.fetch.mockReturnValue(
            answer(200, reviewPage([item('OPS-1', { incident: 'INC-12' }), item('OPS-2', { incident: null })]))
        );

        await window.Debrief.Review.mountList(container, { restBase: REST }).load();

        const links = [...container.querySelectorAll('tr[data-key] a')].map((a) => [
            a.textContent,
            a.getAttribute('href')
        ]);
        expect(links).toEqual([
            ['OPS-1', '/jira/browse/OPS-1'],
            ['INC-12', '/jira/browse/INC-12'],
            ['OPS-2', '/jira/browse/OPS-2']
        ]);
    });

    it('says the direction the list is really in: oldest first is age descending; a second click turns it round', async () => {
        // given
        window.fetch.mockImplementation(() => answer(200, reviewPage([item('OPS-1')])));
        const review = window.Debrief.Review.mountList(container, { restBase: REST });
        await review.load();
        const ageSort = () => container.querySelector('th[data-column="age"]').getAttribute('aria-sort');

        // then: the default order (sort=age, oldest first)
        expect(lastCall().url).toContain('sort=age&');
        expect(ageSort()).toBe('descending');

        // when
        await review.sortBy('age');

        // then
        expect(lastCall().url).toContain('sort=newest&');
        expect(ageSort()).toBe('ascending');

        // when: a column the server sorts one way only
        await review.sortBy('deferred');
        expect(lastCall().url).toContain('sort=deferred&');
        expect(container.querySelector('th[data-column="deferred"]').getAttribute('aria-sort')).toBe('descending');
        expect(ageSort()).toBe('none');
        await review.sortBy('key');
        expect(container.querySelector('th[data-column="key"]').getAttribute('aria-sort')).toBe('ascending');
    });

    it('shows a failed load as an error message', async () => {
        window.fetch.mockReturnValue(answer(401, { message: 'Log in to see and work on debriefs.' }));

        await window.Debrief.Review.mountList(container, { restBase: REST }).load();

        expect(container.querySelector('.aui-message-error').textContent).toContain(
            'Log in to see and work on debriefs.'
        );
    });

    it('escapes item text and shows group headers when grouped', async () => {
        window.fetch.mockReturnValue(
            answer(
                200,
                reviewPage([item('OPS-1', { summary: '<script>alert(1)</script>' })], {
                    groups: [{ key: 'INC-12', items: ['OPS-1'] }]
                })
            )
        );

        await window.Debrief.Review.mountList(container, {
            restBase: REST,
            preferences: { groupBy: 'incident' }
        }).load();

        expect(container.querySelector('script')).toBeNull();
        expect(container.querySelector('tr[data-key="OPS-1"]').textContent).toContain('<script>alert(1)</script>');
        expect(container.querySelector('tbody[data-group="INC-12"] .debrief-review-group').textContent).toBe('INC-12');
    });
});
