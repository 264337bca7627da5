// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installAjs, loadScript, restSample } from './load.js';

// what InsightsResource answers (pinned by InsightsResourceTest): OPS-1 in February (met both targets, debrief on
// time, one item now overdue), OPS-2 in March (both targets missed, debrief missing, a repeat of OPS-1)
const REPORT = restSample('insights');
const REST = '/sandbox/rest/debrief/1.0';

function answer(status, body) {
    return Promise.resolve({
        ok: status >= 200 && status < 300,
        status,
        text: () => Promise.resolve(body === undefined ? '' : JSON.stringify(body))
    });
}

describe('Debrief.Insights', () => {
    let drawn;

    beforeEach(() => {
        installAjs(window, '/sandbox');
        window.Debrief = {};
        window.Debrief.Common = {
            message: () => '',
            errorList: () => ''
        };
        document.body.innerHTML = '';
        loadScript(window, 'pages/debrief-insights.js');
        drawn = [];
        // jsdom has no canvas: record what Chart.js would be asked to draw
        window.Chart = function (canvas, config) {
            drawn.push({ canvas, config });
        };
    });

    it('makes one table per view of the numbers, every phase of the answer in it', () => {
        const tables = window.Debrief.Insights.internals.tables(REPORT);

        expect(tables.map((t) => t.id)).toEqual(['months', 'groups', 'ages', 'repeats']);
        const months = tables[0];
        expect(months.columns.map((c) => c.id)).toEqual([
            'month',
            'incidents',
            'detectTarget',
            'resolveTarget',
            'detectMedian',
            'detectP90',
            'detectUnknown',
            'acknowledgeMedian',
            'acknowledgeP90',
            'acknowledgeUnknown',
            'mitigateMedian',
            'mitigateP90',
            'mitigateUnknown',
            'resolveMedian',
            'resolveP90',
            'resolveUnknown',
            'customer-impactMedian',
            'customer-impactP90',
            'customer-impactUnknown',
            'onTime',
            'late',
            'missing',
            'itemsCreated',
            'itemsDone',
            'itemsOverdue',
            'itemsDropped',
            'repeats'
        ]);
        expect(months.rows).toHaveLength(REPORT.months.length + 1);
        const february = months.rows[0].cells;
        expect(february[0].text).toBe('2026-02');
        expect(february[2].value).toBe(100);
        expect(february[4].text).toBe('debrief.insights.duration.minutes(4)');
        expect(february[4].value).toBe(240);
        const march = months.rows[1].cells;
        expect(march[10].text).toBe('\u2013'); // no mitigation known in March: a dash, never 0
        expect(march[10].value).toBeNull();
        expect(tables[3].rows[0].cells.map((c) => c.text)).toEqual(['2026-03', 'OPS-2', 'OPS-1', 'OPS/checkout']);
    });

    it('writes a table as CSV with raw numbers, empty unknowns and no formulas', () => {
        const { toCsv } = window.Debrief.Insights.internals;
        const csv = toCsv({
            columns: [
                { id: 'a', header: 'Group, name' },
                { id: 'b', header: 'Median' }
            ],
            rows: [
                { cells: [{ value: '=HYPERLINK("x")' }, { value: 240 }] },
                { cells: [{ value: 'say "hi"' }, { value: null }] }
            ]
        });

        expect(csv).toBe('"Group, name",Median\r\n"\'=HYPERLINK(""x"")",240\r\n"say ""hi""",\r\n');
    });

    it('draws every chart with a legend, titled axes from zero and the targets as dashed lines', () => {
        const charts = window.Debrief.Insights.internals.allCharts(REPORT);

        expect(charts.map((c) => c.id)).toEqual([
            'targets',
            'phase-detect',
            'phase-acknowledge',
            'phase-mitigate',
            'phase-resolve',
            'phase-customer-impact',
            'debriefs',
            'items',
            'ages'
        ]);
        charts.forEach(({ config }) => {
            expect(config.options.plugins.legend.display).toBe(true);
            expect(config.options.scales.y.beginAtZero).toBe(true);
            expect(config.options.scales.x.title.text).toBeTruthy();
            expect(config.options.scales.y.title.text).toBeTruthy();
        });
        const resolve = charts[4].config.data.datasets;
        expect(resolve.map((d) => d.label)).toEqual([
            'debrief.insights.chart.median',
            'debrief.insights.chart.p90',
            'debrief.insights.chart.target(debrief.insights.duration.whole.hours(1))'
        ]);
        expect(resolve[2].data).toEqual([60, 60]);
        expect(resolve[2].borderDash).toBeTruthy();
        expect(charts[3].config.data.datasets).toHaveLength(2); // mitigation has no target
        const tooltip = charts[4].config.options.plugins.tooltip.callbacks.label;
        expect(tooltip({ dataset: { label: 'Median' }, parsed: { y: 40 } })).toBe(
            'Median: debrief.insights.duration.minutes(40)'
        );
    });

    it('mounts the page: summary, nine charts with their tables, four tables with CSV downloads', async () => {
        window.fetch = vi.fn(() => answer(200, REPORT));
        const container = document.body.appendChild(document.createElement('div'));

        await window.Debrief.Insights.mount(container, {
            restBase: REST,
            choice: { months: '2', groupBy: 'component' }
        });

        expect(window.fetch).toHaveBeenCalledWith(`${REST}/insights?months=2&groupBy=component`, expect.anything());
        expect(drawn).toHaveLength(9);
        expect(container.querySelectorAll('canvas[role="img"]')).toHaveLength(9);
        expect(container.querySelectorAll('.debrief-insights-chart-table')).toHaveLength(9);
        expect(container.querySelectorAll('table.debrief-insights-table')).toHaveLength(4);
        expect(container.querySelectorAll('button.debrief-insights-csv')).toHaveLength(4);
        expect(container.querySelector('.debrief-insights-summary dd').textContent).toBe('2');
        expect(container.querySelector('#debrief-insights-table-repeats a').getAttribute('href')).toBe(
            '/sandbox/browse/OPS-2'
        );
    });

    it('downloads a table as a CSV file', async () => {
        window.fetch = vi.fn(() => answer(200, REPORT));
        const container = document.body.appendChild(document.createElement('div'));
        await window.Debrief.Insights.mount(container, { restBase: REST });
        const blobs = [];
        window.URL.createObjectURL = (blob) => {
            blobs.push(blob);
            return 'blob:csv';
        };
        const clicked = vi.spyOn(window.HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

        container.querySelector('button.debrief-insights-csv[data-table="months"]').click();

        expect(clicked).toHaveBeenCalledTimes(1);
        expect(blobs[0].type).toBe('text/csv;charset=utf-8');
        const text = await new Promise((resolve) => {
            const reader = new window.FileReader();
            reader.onload = () => resolve(reader.result);
            reader.readAsText(blobs[0]);
        });
        expect(text.split('\r\n')[1].startsWith('2026-02,1,100,100,240,240,0,')).toBe(true);
        clicked.mockRestore();
    });

    it('the dashboard item shows the summary, two charts and a link to the page', async () => {
        window.fetch = vi.fn(() => answer(200, REPORT));
        const container = document.body.appendChild(document.createElement('div'));
        const api = { resize: vi.fn() };

        await new window.Debrief.Insights.DashboardItem(api).render(container, { months: '6' });

        expect(window.fetch).toHaveBeenCalledWith('/sandbox/rest/debrief/1.0/insights?months=6', expect.anything());
        expect(drawn.map((d) => d.config.options.plugins.title.text)).toEqual([
            'debrief.insights.chart.targets',
            'debrief.insights.chart.phase(debrief.insights.phase.resolve)'
        ]);
        expect(container.querySelector('.debrief-insights-more a').getAttribute('href')).toBe(
            '/sandbox/plugins/servlet/debrief/insights'
        );
        expect(api.resize).toHaveBeenCalled();
    });

    it('shows a refusal as an error, drawing nothing', async () => {
        window.fetch = vi.fn(() => answer(401, { message: 'Log in first.', errors: [] }));
        const container = document.body.appendChild(document.createElement('div'));

        await window.Debrief.Insights.mount(container, { restBase: REST });

        expect(drawn).toHaveLength(0);
        expect(container.textContent).toContain('Log in first.');
    });
});
