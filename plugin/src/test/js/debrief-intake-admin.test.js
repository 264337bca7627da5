// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, loadFollowup } from './followup-kit.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const HOSTILE = '"><img src=x onerror=alert(1)>';

const PROM = {
    key: 'prom',
    name: `Prometheus ${HOSTILE}`,
    format: 'alertmanager',
    signed: false,
    signingSecret: false,
    mappings: [{ label: 'service', value: 'checkout', projectKey: 'OPS', component: 'Checkout' }],
    mayOpenIncident: false,
    createdAt: '2026-11-24T10:00:00Z',
    secretRotatedAt: '2026-11-24T10:00:00Z',
    intakePath: '/rest/debrief/1.0/intake/prom'
};

async function start(sources) {
    loadFollowup(window, 'settings/intake-admin.js', '<div class="debrief-settings"></div>', '/jira');
    window.Debrief.Common = { message: vi.fn(() => '<div data-stub="message"></div>'), errorList: vi.fn(() => '') };
    window.confirm = vi.fn(() => true);
    window.fetch.mockImplementation(() => answer(200, sources));
    window.Debrief.IntakeAdmin.init(document.querySelector('.debrief-settings'));
    await flush();
    return document.querySelector('.debrief-intake-sources');
}

function calls() {
    return window.fetch.mock.calls.map(([url, init]) => `${init.method} ${url}`);
}

describe('Debrief.IntakeAdmin', () => {
    beforeEach(() => {
        document.body.innerHTML = '';
    });

    it('reads mapping rules one a line and names the lines that are not rules', () => {
        loadFollowup(window, 'settings/intake-admin.js', '', '/jira');

        expect(
            window.Debrief.IntakeAdmin.parseRules('service=checkout -> OPS/Checkout\n\n team = * -> web \nnope')
        ).toEqual({
            mappings: [
                { label: 'service', value: 'checkout', projectKey: 'OPS', component: 'Checkout' },
                { label: 'team', value: '*', projectKey: 'WEB', component: null }
            ],
            bad: [4]
        });
    });

    it('lists the sources with their address and rules, text escaped', async () => {
        const section = await start([PROM]);

        expect(calls()).toEqual(['GET /jira/rest/debrief/1.0/intake-sources']);
        const row = section.querySelector('[data-source-key="prom"]');
        expect(row.querySelector('.debrief-source-name').textContent).toContain(HOSTILE);
        expect(row.querySelector('.debrief-source-path').textContent).toBe('/rest/debrief/1.0/intake/prom');
        expect(row.querySelector('.debrief-source-rules').textContent).toBe('service=checkout -> OPS/Checkout');
        expect(section.querySelector('img')).toBeNull();
    });

    it('adds a source and shows its secret once', async () => {
        const section = await start([]);
        const form = section.querySelector('form');
        form.elements.namedItem('key').value = 'prom';
        form.elements.namedItem('format').value = 'alertmanager';
        form.elements.namedItem('mappings').value = 'service=checkout -> OPS/Checkout';
        window.fetch.mockReset();
        window.fetch
            .mockImplementationOnce(() => answer(201, { source: PROM, secret: 'dbi_secret' }))
            .mockImplementation(() => answer(200, [PROM]));

        form.dispatchEvent(new Event('submit', { cancelable: true }));
        await flush();
        await flush();

        expect(calls()).toEqual([
            'POST /jira/rest/debrief/1.0/intake-sources',
            'GET /jira/rest/debrief/1.0/intake-sources'
        ]);
        expect(JSON.parse(window.fetch.mock.calls[0][1].body)).toMatchObject({
            key: 'prom',
            format: 'alertmanager',
            mappings: [{ label: 'service', value: 'checkout', projectKey: 'OPS', component: 'Checkout' }],
            mayOpenIncident: 'false'
        });
        expect(section.querySelector('.debrief-source-secret-value').textContent).toBe('dbi_secret');
        expect(form.elements.namedItem('key').value).toBe('');
    });

    it('sends the incident settings when firing alerts are to open incidents, and lists them', async () => {
        const opening = { ...PROM, mayOpenIncident: true, incidentProject: 'OPS', actingUser: 'oncall-bot' };
        const section = await start([]);
        const form = section.querySelector('form');
        form.elements.namedItem('key').value = 'prom';
        form.elements.namedItem('mappings').value = 'service=checkout -> OPS/Checkout';
        form.elements.namedItem('mayOpenIncident').checked = true;
        form.elements.namedItem('incidentProject').value = ' OPS ';
        form.elements.namedItem('actingUser').value = 'oncall-bot';
        window.fetch.mockReset();
        window.fetch
            .mockImplementationOnce(() => answer(201, { source: opening, secret: 'dbi_secret' }))
            .mockImplementation(() => answer(200, [opening]));

        form.dispatchEvent(new Event('submit', { cancelable: true }));
        await flush();
        await flush();

        expect(JSON.parse(window.fetch.mock.calls[0][1].body)).toMatchObject({
            mayOpenIncident: 'true',
            incidentProject: 'OPS',
            actingUser: 'oncall-bot'
        });
        expect(section.querySelector('[data-source-key="prom"] .debrief-source-opens').textContent).toBe(
            'debrief.intake.admin.opens.summary(OPS,oncall-bot)'
        );
    });

    it('sends no incident settings for a source that opens none, and lists none', async () => {
        const section = await start([PROM]);
        const form = section.querySelector('form');
        form.elements.namedItem('key').value = 'other';
        window.fetch.mockReset();
        window.fetch
            .mockImplementationOnce(() => answer(201, { source: PROM, secret: 'dbi_secret' }))
            .mockImplementation(() => answer(200, [PROM]));

        form.dispatchEvent(new Event('submit', { cancelable: true }));
        await flush();
        await flush();

        expect(JSON.parse(window.fetch.mock.calls[0][1].body)).toMatchObject({
            mayOpenIncident: 'false',
            incidentProject: null,
            actingUser: null
        });
        expect(section.querySelector('.debrief-source-opens')).toBeNull();
    });

    it("refuses rules it cannot read before sending, and shows the server's field errors", async () => {
        const section = await start([]);
        const form = section.querySelector('form');
        form.elements.namedItem('mappings').value = 'service checkout OPS';
        window.fetch.mockReset();

        form.dispatchEvent(new Event('submit', { cancelable: true }));
        await flush();

        expect(window.fetch).not.toHaveBeenCalled();
        expect(section.querySelector('.debrief-source-errors').textContent).toBe(
            'mappings: debrief.intake.admin.rules.invalid(1)'
        );

        form.elements.namedItem('mappings').value = '';
        window.fetch.mockImplementationOnce(() =>
            answer(400, { message: 'x', errors: [{ field: 'key', message: 'Use 1 to 40 lower-case letters' }] })
        );
        form.dispatchEvent(new Event('submit', { cancelable: true }));
        await flush();
        await flush();
        expect(section.querySelector('.debrief-source-errors').textContent).toBe('key: Use 1 to 40 lower-case letters');
    });

    it('rotates the secret and removes a source after confirming', async () => {
        const section = await start([PROM]);
        window.fetch.mockReset();
        window.fetch.mockImplementationOnce(() => answer(200, { source: PROM, secret: 'dbi_new' }));

        section.querySelector('.debrief-source-rotate').click();
        await flush();
        await flush();
        expect(section.querySelector('.debrief-source-secret-value').textContent).toBe('dbi_new');

        window.fetch
            .mockImplementationOnce(() => Promise.resolve({ ok: true, status: 204, text: () => Promise.resolve('') }))
            .mockImplementation(() => answer(200, []));
        section.querySelector('.debrief-source-delete').click();
        await flush();
        await flush();

        expect(window.confirm).toHaveBeenCalledWith('debrief.intake.admin.delete.confirm(prom)');
        expect(calls()).toEqual([
            'POST /jira/rest/debrief/1.0/intake-sources/prom/secret',
            'DELETE /jira/rest/debrief/1.0/intake-sources/prom',
            'GET /jira/rest/debrief/1.0/intake-sources'
        ]);
        expect(section.querySelector('.debrief-sources-none')).not.toBeNull();
    });
});
