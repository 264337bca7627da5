// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installAjs, loadScript, restSample } from './load.js';

const REST = '/sandbox/rest/debrief/1.0';

function answer(status, body) {
    return Promise.resolve({
        ok: status >= 200 && status < 300,
        status,
        text: () => Promise.resolve(body === undefined ? '' : JSON.stringify(body))
    });
}

// What ReviewResource answers (pinned by RestSamplesTest): the builders below take their shape from it, so a test
// cannot feed the review a field the resource does not send.
const REVIEW = restSample('review');
const TRENDS = restSample('review-trends');

function item(key, overrides = {}) {
    return {
        ...REVIEW.items[1],
        key,
        projectKey: 'OPS',
        summary: `Summary of ${key}`,
        incident: 'INC-12',
        ageDays: 40,
        due: '2026-03-01',
        checkpointsPassed: 1,
        timesDeferred: 0,
        lastDecision: null,
        version: 0,
        priority: 'Medium',
        category: 'detect',
        components: [],
        canDecide: true,
        ...overrides
    };
}

function reviewPage(items, extra = {}) {
    return {
        ...REVIEW,
        items,
        start: 0,
        limit: 50,
        total: items.length,
        groups: [{ key: '', items: items.map((i) => i.key) }],
        totals: {
            ...REVIEW.totals,
            open: items.length,
            overdue: 1,
            closedThisMonth: 2,
            completionRate: 0.5,
            medianAgeDays: 40
        },
        ...extra
    };
}

function lastCall() {
    const calls = window.fetch.mock.calls;
    const [url, init] = calls[calls.length - 1];
    return { url, init, body: init.body ? JSON.parse(init.body) : undefined };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Debrief.Review', () => {
    let container;

    beforeEach(() => {
        // a fresh page: the scripts mount any review container they find when they load
        document.body.innerHTML = '';
        installAjs(window, '/jira');
        window.Debrief = undefined;
        window.define = undefined;
        window.fetch = vi.fn();
        loadScript(window, 'shared/rest.js');
        loadScript(window, 'shared/dom.js');
        loadScript(window, 'review/index.js');
        document.body.innerHTML = '<div id="review"></div>';
        container = document.getElementById('review');
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

    it('is a dashboard item: an AMD constructor that renders, resizes and saves its preferences', async () => {
        // given
        const modules = {};
        window.define = (name, deps, factory) => {
            modules[name] = factory();
        };
        loadScript(window, 'review/index.js');
        const api = { resize: vi.fn(), savePreferences: vi.fn() };
        const DashboardItem = modules['debrief/monthly-review'];
        window.fetch.mockImplementation((url) =>
            answer(
                200,
                url.includes('/trends')
                    ? { months: [], detectTargetSeconds: 300, resolveTargetSeconds: 3600, truncated: false }
                    : reviewPage([item('OPS-1')])
            )
        );

        // when
        const dashboardItem = new DashboardItem(api, {});
        await dashboardItem.render(container, { projects: 'OPS' });

        // then
        expect(window.fetch.mock.calls.map((c) => c[0])).toContain(
            '/jira/rest/debrief/1.0/review/trends?months=6&projects=OPS'
        );
        expect(container.querySelector('.debrief-review-chart')).not.toBeNull();
        expect(api.resize).toHaveBeenCalled();

        // when: edited
        dashboardItem.renderEdit(container, { projects: 'OPS', groupBy: 'team', jql: 'priority = High' });
        expect(container.querySelector('#debrief-review-jql').value).toBe('priority = High');
        container.querySelector('#debrief-review-age').value = '30';
        container.querySelector('#debrief-review-jql').value = '  component = payments ';
        container.querySelector('form').dispatchEvent(new window.Event('submit', { cancelable: true }));

        // then
        expect(api.savePreferences).toHaveBeenCalledWith({
            projects: 'OPS',
            jql: 'component = payments',
            olderThanDays: '30',
            groupBy: 'team'
        });
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

    it('mounts list and trends in a container rendered by Debrief.Review.container, outside any dashboard', async () => {
        // given
        document.body.innerHTML =
            '<div data-debrief-review="true" data-rest-base="/sandbox/rest" data-projects="OPS"' +
            ' data-jql="priority = High"></div>';
        window.fetch.mockImplementation((url) =>
            answer(
                200,
                url.includes('/trends')
                    ? {
                          months: [{ month: '2026-03', medianSecondsToDetect: 120, medianSecondsToResolve: 600 }],
                          detectTargetSeconds: 300,
                          resolveTargetSeconds: 3600,
                          truncated: false
                      }
                    : reviewPage([item('OPS-1')])
            )
        );

        // when
        window.Debrief.Review.mountContainers(document);
        await flush();
        await flush();

        // then
        const urls = window.fetch.mock.calls.map((c) => c[0]);
        expect(urls).toContain('/sandbox/rest/review?projects=OPS&jql=priority%20%3D%20High&sort=age&start=0&limit=50');
        expect(urls).toContain('/sandbox/rest/review/trends?months=6&projects=OPS');
        expect(document.querySelector('.debrief-review-list tr[data-key="OPS-1"]')).not.toBeNull();
        expect(document.querySelector('.debrief-review-trends svg')).not.toBeNull();
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
