// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, loadFollowup } from './followup-kit.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const SETTINGS = {
    targets: [
        { priority: 'High', days: 28 },
        { priority: 'Highest', days: 28 }
    ],
    otherDays: 56,
    reminderDaysBefore: 3,
    digestDay: 'MONDAY'
};

function calls() {
    return window.fetch.mock.calls.map(([url, init]) => `${init.method} ${url}${init.body ? ' ' + init.body : ''}`);
}

describe('Debrief.FollowThrough (admin page section)', () => {
    async function start() {
        loadFollowup(window, 'followthrough/settings.js', '<div class="debrief-settings"></div>', '/jira');
        window.Debrief.Common = { message: vi.fn(() => ''), errorList: vi.fn(() => '') };
        window.fetch.mockImplementation(() => answer(200, SETTINGS));
        window.Debrief.FollowThrough.init(document.querySelector('.debrief-settings'));
        await flush();
        return document.querySelector('.debrief-followthrough');
    }

    beforeEach(() => {
        document.body.innerHTML = '';
    });

    it('shows the targets, reminder days and digest day in force', async () => {
        const section = await start();

        expect(calls()).toEqual(['GET /jira/rest/debrief/1.0/followup/settings']);
        const rows = section.querySelectorAll('.debrief-followthrough-target');
        expect(Array.from(rows, (row) => row.querySelector('input[name="priority"]').value)).toEqual([
            'High',
            'Highest'
        ]);
        expect(section.querySelector('input[name="otherDays"]').value).toBe('56');
        expect(section.querySelector('input[name="reminderDaysBefore"]').value).toBe('3');
        expect(section.querySelector('select[name="digestDay"]').value).toBe('MONDAY');
    });

    it('saves an added priority, a removed one and the other values in one request', async () => {
        const section = await start();
        const saved = { ...SETTINGS, targets: [{ priority: 'Highest', days: 7 }], otherDays: 30 };
        window.fetch.mockImplementation(() => answer(200, saved));
        section.querySelector('.debrief-followthrough-target button').click();
        section.querySelector('input[name="days"]').value = '7';
        section.querySelector('input[name="otherDays"]').value = '30';

        section.querySelector('form').dispatchEvent(new window.Event('submit', { cancelable: true }));
        await flush();

        expect(calls()[1]).toBe(
            'PUT /jira/rest/debrief/1.0/followup/settings ' +
                '{"targets":[{"priority":"Highest","days":7}],"otherDays":30,"reminderDaysBefore":3,"digestDay":"MONDAY"}'
        );
        expect(section.querySelectorAll('.debrief-followthrough-target')).toHaveLength(1);
        expect(section.querySelector('.debrief-followthrough-saved')).not.toBeNull();
    });

    it('sends what is not a number as missing and shows each refusal with its field', async () => {
        const section = await start();
        window.fetch.mockImplementation(() =>
            answer(400, {
                message: 'Invalid',
                errors: [{ field: 'otherDays', message: 'Choose a number of days from 1 to 730.' }]
            })
        );
        section.querySelector('input[name="otherDays"]').value = 'many';

        section.querySelector('form').dispatchEvent(new window.Event('submit', { cancelable: true }));
        await flush();

        expect(calls()[1]).toContain('"otherDays":null');
        const error = section.querySelector('.debrief-followthrough-errors li');
        expect(error.textContent).toBe('Choose a number of days from 1 to 730.');
        expect(error.getAttribute('data-field')).toBe('otherDays');
    });
});

describe('Debrief.Reminders (the personal switch)', () => {
    async function start(me) {
        loadFollowup(window, 'followthrough/reminders.js', '<div><section class="debrief-library"></section></div>');
        window.Debrief.Common = { message: vi.fn(() => ''), errorList: vi.fn(() => '') };
        window.fetch.mockImplementation(() => me);
        window.Debrief.Reminders.init(document.querySelector('.debrief-library'));
        await flush();
        return document.querySelector('#debrief-reminders');
    }

    beforeEach(() => {
        document.body.innerHTML = '';
    });

    it('shows whether reminders are on and turns them off for the person asking', async () => {
        const box = await start(answer(200, { remindersOff: false }));
        expect(box.getAttribute('data-reminders-off')).toBe('false');

        window.fetch.mockImplementation(() => answer(200, { remindersOff: true }));
        box.querySelector('button').click();
        await flush();

        expect(calls()).toEqual([
            'GET /jira/rest/debrief/1.0/followup/me',
            'PUT /jira/rest/debrief/1.0/followup/me {"remindersOff":true}'
        ]);
        expect(box.getAttribute('data-reminders-off')).toBe('true');
    });

    it('offers no switch to someone not logged in', async () => {
        const box = await start(answer(401, { message: 'Log in' }));

        expect(box).toBeNull();
    });
});
