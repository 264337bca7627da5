// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScript } from './load.js';
import { loadReview, answer, item, reviewPage, flush } from './review-kit.js';

describe('Debrief.Review dashboard item and pages (review/dashboard-item, index)', () => {
    let container;

    beforeEach(() => {
        container = loadReview(window);
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
});
