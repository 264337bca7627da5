// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, loadFollowup } from './followup-kit.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const SETTINGS = { retentionDays: 90, minDays: 1, maxDays: 730, defaultDays: 90 };

async function start() {
    loadFollowup(window, 'settings/intake-retention.js', '<div class="debrief-settings"></div>', '/jira');
    window.Debrief.Common = { message: vi.fn(() => '<div data-stub="message"></div>'), errorList: vi.fn(() => '') };
    window.fetch.mockImplementation(() => answer(200, SETTINGS));
    window.Debrief.IntakeRetention.init(document.querySelector('.debrief-settings'));
    await flush();
    return document.querySelector('.debrief-intake-retention');
}

function calls() {
    return window.fetch.mock.calls.map(([url, init]) => `${init.method} ${url}${init.body ? ' ' + init.body : ''}`);
}

describe('Debrief.IntakeRetention', () => {
    beforeEach(() => {
        document.body.innerHTML = '';
    });

    it('shows the retention in force with its bounds', async () => {
        const section = await start();

        expect(calls()).toEqual(['GET /jira/rest/debrief/1.0/intake-settings']);
        const input = section.querySelector('input[name="retentionDays"]');
        expect(input.value).toBe('90');
        expect(input.max).toBe('730');
        expect(section.querySelector('.debrief-retention-bounds').textContent).toContain('730');
    });

    it('saves a new number of days and shows what the server kept', async () => {
        const section = await start();
        window.fetch.mockImplementation(() => answer(200, { ...SETTINGS, retentionDays: 30 }));
        section.querySelector('input[name="retentionDays"]').value = '30';

        section.querySelector('form').dispatchEvent(new window.Event('submit', { cancelable: true }));
        await flush();

        expect(calls()[1]).toBe('PUT /jira/rest/debrief/1.0/intake-settings {"retentionDays":30}');
        expect(section.querySelector('input[name="retentionDays"]').value).toBe('30');
        expect(section.querySelector('.debrief-retention-saved')).not.toBeNull();
    });

    it('sends what is not a number as missing and shows the refusal on the field', async () => {
        const section = await start();
        window.fetch.mockImplementation(() =>
            answer(400, { message: 'Invalid', errors: [{ field: 'retentionDays', message: 'Keep events 1 to 730' }] })
        );
        section.querySelector('input[name="retentionDays"]').value = 'soon';

        section.querySelector('form').dispatchEvent(new window.Event('submit', { cancelable: true }));
        await flush();

        expect(calls()[1]).toBe('PUT /jira/rest/debrief/1.0/intake-settings {"retentionDays":null}');
        expect(section.querySelector('.debrief-retention-errors').textContent).toBe('Keep events 1 to 730');
    });
});
