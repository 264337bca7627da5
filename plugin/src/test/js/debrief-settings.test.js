// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, loadFollowup } from './followup-kit.js';

// The markup of Debrief.Settings.page that the script relies on (the Soy tests pin the real template).
const PAGE = `
<div class="debrief-settings">
  <form class="aui debrief-settings-form">
    <div class="debrief-form-errors"></div>
    <div class="field-group"><input name="label" value="debrief"><div class="error" data-error-for="label"></div></div>
    <div class="field-group"><input name="jobCron" value="0 0 6 * * ?"><div class="error" data-error-for="jobCron"></div></div>
    <div class="field-group"><input name="irrelevantResolution" value="Won't Do"><div class="error" data-error-for="irrelevantResolution"></div></div>
    <div class="field-group"><input name="prioritisePriority" value="High"><div class="error" data-error-for="prioritisePriority"></div></div>
    <div class="field-group"><input name="enabledProjectKeys" value="OPS, INC  SEC"><div class="error" data-error-for="enabledProjectKeys"></div></div>
    <table class="debrief-project-settings"><tbody>
      <tr class="debrief-project-row" data-index="0">
        <td><input name="projectKey" value="OPS"></td><td><input type="checkbox" name="enabled" checked></td>
        <td><input name="detectMinutes" value="10"></td><td><input name="resolveMinutes" value="ten"></td>
        <td><input name="checkpointIntervalDays" value="21"></td>
        <td><input name="acknowledgeMinutes" value="3"></td><td><input name="mitigateMinutes" value=""></td>
        <td><div class="error" data-error-for="projects[0]"></div></td>
        <td><button type="button" class="debrief-project-remove">Remove</button></td>
      </tr>
    </tbody></table>
    <button type="button" class="debrief-project-add" data-detect="5" data-resolve="60" data-interval="14">Add</button>
    <button type="submit">Save</button>
  </form>
</div>`;

describe('Debrief.Settings', () => {
    let form;

    beforeEach(() => {
        loadFollowup(window, 'settings/settings.js', PAGE, '/jira');
        window.Debrief.Settings.init(document.querySelector('.debrief-settings'));
        form = document.querySelector('form');
    });

    it('builds the flat PUT body: project keys split, numbers parsed, words left for the server to name', () => {
        const body = window.Debrief.Settings.payload(form);

        expect(body).toEqual({
            label: 'debrief',
            jobCron: '0 0 6 * * ?',
            irrelevantResolution: "Won't Do",
            prioritisePriority: 'High',
            enabledProjectKeys: ['OPS', 'INC', 'SEC'],
            projects: [
                {
                    projectKey: 'OPS',
                    enabled: true,
                    detectMinutes: 10,
                    resolveMinutes: null,
                    checkpointIntervalDays: 21,
                    acknowledgeMinutes: 3,
                    mitigateMinutes: null
                }
            ]
        });
    });

    it('adds a project row with the defaults that the payload then includes', () => {
        // when
        form.querySelector('.debrief-project-add').click();
        form.querySelectorAll('tr.debrief-project-row')[1].querySelector('[name="projectKey"]').value = 'INC';

        // then
        const projects = window.Debrief.Settings.payload(form).projects;
        expect(projects[1]).toEqual({
            projectKey: 'INC',
            enabled: true,
            detectMinutes: 5,
            resolveMinutes: 60,
            checkpointIntervalDays: 14,
            acknowledgeMinutes: null,
            mitigateMinutes: null
        });
        expect(form.querySelector('[data-error-for="projects[1]"]')).not.toBeNull();
    });

    it('removes a project row so that the payload no longer keeps its override', () => {
        // given: a second row
        form.querySelector('.debrief-project-add').click();
        form.querySelectorAll('tr.debrief-project-row')[1].querySelector('[name="projectKey"]').value = 'INC';

        // when: the first row's Remove is clicked
        form.querySelector('tr.debrief-project-row .debrief-project-remove').click();

        // then: only INC is sent, and its error slot is renumbered to the position the server will name
        const projects = window.Debrief.Settings.payload(form).projects;
        expect(projects.map((p) => p.projectKey)).toEqual(['INC']);
        expect(form.querySelector('[data-error-for="projects[0]"]')).not.toBeNull();
        expect(form.querySelector('[data-error-for="projects[1]"]')).toBeNull();
    });

    it('an added row can be removed again', () => {
        form.querySelector('.debrief-project-add').click();
        const added = form.querySelectorAll('tr.debrief-project-row')[1];

        added.querySelector('.debrief-project-remove').click();

        expect(form.querySelectorAll('tr.debrief-project-row')).toHaveLength(1);
    });

    it('saves with PUT and says so', async () => {
        window.fetch.mockReturnValue(answer(200, {}));

        const saved = await window.Debrief.Settings.save(form);

        expect(saved).toBe(true);
        const [url, init] = window.fetch.mock.calls[0];
        expect(url).toBe('/jira/rest/debrief/1.0/settings');
        expect(init.method).toBe('PUT');
        expect(form.querySelector('.debrief-form-errors').textContent).toBe('debrief.settings.saved');
    });

    it('shows global and per-project field errors where they belong', async () => {
        // given
        window.fetch.mockReturnValue(
            answer(400, {
                message: 'Bad',
                errors: [
                    { field: 'jobCron', message: 'The schedule must be a cron expression.' },
                    { field: 'projects[0].resolve', message: 'A target must be longer than zero.' }
                ]
            })
        );

        // when
        const saved = await window.Debrief.Settings.save(form);

        // then
        expect(saved).toBe(false);
        expect(form.querySelector('[data-error-for="jobCron"]').textContent).toBe(
            'The schedule must be a cron expression.'
        );
        expect(form.querySelector('[name="jobCron"]').getAttribute('aria-invalid')).toBe('true');
        expect(form.querySelector('[data-error-for="projects[0]"]').textContent).toBe(
            'A target must be longer than zero.'
        );
        expect(form.querySelector('[type="submit"]').disabled).toBe(false);
    });

    it('clears old errors on the next save and shows refusals as text only', async () => {
        window.fetch.mockReturnValueOnce(
            answer(400, { message: 'Bad', errors: [{ field: 'label', message: '<script>alert(1)</script>' }] })
        );
        await window.Debrief.Settings.save(form);
        expect(form.querySelector('script')).toBeNull();
        expect(form.querySelector('[data-error-for="label"]').textContent).toBe('<script>alert(1)</script>');

        window.fetch.mockReturnValueOnce(answer(403, { message: 'Only Jira administrators can see or change this.' }));
        await window.Debrief.Settings.save(form);

        expect(form.querySelector('[data-error-for="label"]').textContent).toBe('');
        expect(form.querySelector('.debrief-form-errors').textContent).toContain('Only Jira administrators');
    });

    describe('suggested filters', () => {
        const OFFER = `<section class="debrief-suggested-filters"><ul><li><a href="/jira/issues/?jql=x">Open</a></li></ul>
            <button type="button" class="debrief-filters-decline">No thanks</button></section>`;

        beforeEach(() => {
            document.querySelector('.debrief-settings').insertAdjacentHTML('afterbegin', OFFER);
            window.Debrief.Settings.init(document.querySelector('.debrief-settings'));
        });

        it('declining posts to the server and then removes the offer', async () => {
            // given
            window.fetch.mockReturnValueOnce(answer(200, { declined: true, filters: [] }));

            // when
            await window.Debrief.Settings.declineFilters(document.querySelector('.debrief-suggested-filters'));

            // then
            const [url, init] = window.fetch.mock.calls[0];
            expect(url).toBe('/jira/rest/debrief/1.0/settings/suggested-filters/decline');
            expect(init.method).toBe('POST');
            expect(document.querySelector('.debrief-suggested-filters')).toBeNull();
        });

        it('a refused decline keeps the offer and says why, as text', async () => {
            // given
            window.fetch.mockReturnValueOnce(answer(403, { message: '<b>Only administrators</b>' }));

            // when
            await window.Debrief.Settings.declineFilters(document.querySelector('.debrief-suggested-filters'));

            // then
            const section = document.querySelector('.debrief-suggested-filters');
            expect(section).not.toBeNull();
            expect(section.querySelector('.debrief-filters-error').textContent).toBe('<b>Only administrators</b>');
            expect(section.querySelector('b')).toBeNull();
        });
    });
});
