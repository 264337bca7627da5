// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installAjs, loadScript } from './load.js';

function answer(status, body) {
    return Promise.resolve({
        ok: status >= 200 && status < 300,
        status,
        text: () => Promise.resolve(body === undefined ? '' : JSON.stringify(body))
    });
}

describe('Debrief.Rest.request', () => {
    beforeEach(() => {
        installAjs(window, '/jira');
        window.Debrief = undefined;
        window.fetch = vi.fn();
        loadScript(window, 'shared/rest.js');
    });

    it('sends JSON to the plugin base URL under the context path', async () => {
        // given
        window.fetch.mockReturnValue(answer(200, { ok: true }));

        // when
        const result = await window.Debrief.Rest.request('POST', '/incidents/OPS-1/timeline', { text: 'x' });

        // then
        expect(result).toEqual({ ok: true });
        const [url, init] = window.fetch.mock.calls[0];
        expect(url).toBe('/jira/rest/debrief/1.0/incidents/OPS-1/timeline');
        expect(init.method).toBe('POST');
        expect(init.headers['Content-Type']).toBe('application/json');
        expect(JSON.parse(init.body)).toEqual({ text: 'x' });
    });

    it('rejects with the localized message and the field errors of a 400', async () => {
        // given
        window.fetch.mockReturnValue(
            answer(400, { message: 'Bad input', errors: [{ field: 'at', message: 'Give a time' }] })
        );

        // when
        const error = await window.Debrief.Rest.request('POST', '/x', {}).catch((e) => e);

        // then
        expect(error.status).toBe(400);
        expect(error.message).toBe('Bad input');
        expect(error.errors).toEqual([{ field: 'at', message: 'Give a time' }]);
    });

    it('falls back to a generic text when the server answers without a JSON body', async () => {
        // given
        window.fetch.mockReturnValue(
            Promise.resolve({ ok: false, status: 502, text: () => Promise.resolve('<html>') })
        );

        // when
        const error = await window.Debrief.Rest.request('GET', '/x').catch((e) => e);

        // then
        expect(error.status).toBe(502);
        expect(error.message).toBe('debrief.error.request');
    });

    it('reports being offline when the request cannot be sent', async () => {
        // given
        window.fetch.mockReturnValue(Promise.reject(new TypeError('network')));

        // when
        const error = await window.Debrief.Rest.request('GET', '/x').catch((e) => e);

        // then
        expect(error.status).toBe(0);
        expect(error.message).toBe('debrief.error.offline');
    });

    it('sends no body and no content type on a GET', async () => {
        // given
        window.fetch.mockReturnValue(answer(204));

        // when
        const result = await window.Debrief.Rest.request('GET', '/x');

        // then
        expect(result).toBeNull();
        const init = window.fetch.mock.calls[0][1];
        expect(init.body).toBeUndefined();
        expect(init.headers['Content-Type']).toBeUndefined();
        expect(init.headers['X-Atlassian-Token']).toBeUndefined();
    });

    it("marks every change with Jira's XSRF header, also a DELETE without a body", async () => {
        // given
        window.fetch.mockReturnValue(answer(204));

        // when
        await window.Debrief.Rest.request('DELETE', '/incidents/OPS-1/timeline/7');
        await window.Debrief.Rest.request('POST', '/incidents/OPS-1/timeline/7/restore', {});

        // then
        for (const [, init] of window.fetch.mock.calls) {
            expect(init.headers['X-Atlassian-Token']).toBe('no-check');
        }
        expect(window.fetch.mock.calls[0][1].body).toBeUndefined();
    });
});
