// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, flush, loadIncidentTab } from './incident-tabs.js';
import { restSample } from './load.js';

// The markup Debrief.Debrief.tab renders for an editor (trimmed to what the script uses).
function renderTab() {
    document.body.innerHTML = `
      <div class="debrief-debrief" data-debrief-debrief="true" data-issue-key="OPS-1" data-version="4" data-status="awaiting">
        <div class="debrief-debrief-messages"></div>
        <form class="aui debrief-debrief-form">
          <div class="debrief-form-errors"></div>
          <input type="hidden" name="version" value="4">
          <textarea name="impact.affected" data-lint="affected">EU customers</textarea>
          <div class="error" data-error-for="impact.affected"></div>
          <div class="debrief-lint-hints" data-lint-for="affected"></div>
          <input name="impact.count" value=""><div class="error" data-error-for="impact.count"></div>
          <input name="impact.duration" value="45 min" data-lint="duration"><div class="debrief-lint-hints" data-lint-for="duration"></div>
          <input name="impact.cost" value="" data-lint="cost"><div class="debrief-lint-hints" data-lint-for="cost"></div>
          <textarea name="analysis" data-lint="analysis">The canary was skipped.</textarea>
          <div class="error" data-error-for="analysis"></div>
          <div class="debrief-lint-hints" data-lint-for="analysis"></div>
          <input type="radio" name="autoResolved" value="yes"><input type="radio" name="autoResolved" value="no" checked>
          <input type="radio" name="autoResolved" value="unanswered">
          <button type="submit">Save</button>
        </form>
        <div class="debrief-answers-region">
          <div class="debrief-draft">
            <button type="button" class="aui-button debrief-create-action" data-category="detect"
                data-suggestion="identified-within-target"
                data-summary="Detect this kind of problem sooner (took 12 min, target 5 min)">Create action item</button>
            <div class="debrief-draft-result"></div>
          </div>
        </div>
        <div class="buttons-container debrief-steps">
          <div class="field-group debrief-hold-override-field">
            <textarea class="textarea debrief-hold-override-input" name="override"></textarea>
            <div class="error" data-error-for="override"></div>
          </div>
          <button type="button" class="debrief-hold">Mark as held</button>
          <div class="debrief-steps-messages"></div>
        </div>
      </div>`;
    return document.querySelector('[data-debrief-debrief]');
}

describe('Debrief.DebriefTab', () => {
    let root;
    let form;

    beforeEach(() => {
        root = renderTab();
        form = root.querySelector('form');
        loadIncidentTab(window, 'incident/debrief.js');
    });

    afterEach(() => {
        vi.useRealTimers();
    });

    describe('lint hints', () => {
        it('renders each finding with its passage quoted, family, reason and rewrite, as text', () => {
            const container = root.querySelector('[data-lint-for="analysis"]');

            window.Debrief.DebriefTab.renderLint(container, [
                {
                    start: 4,
                    end: 23,
                    family: 'actor',
                    familyText: 'Person as the subject',
                    match: 'on-call missed',
                    reason: 'A person is the subject of the miss.',
                    rewrite: '"the page" was not acted on in time: what made it easy to miss?'
                },
                {
                    start: 30,
                    end: 42,
                    family: 'named',
                    familyText: 'Named person',
                    match: '<b>@dave</b>',
                    reason: 'Mentions a person.',
                    rewrite: '<i>Name the role.</i>'
                }
            ]);

            const hints = container.querySelectorAll('li.debrief-lint-hint');
            expect(hints).toHaveLength(2);
            expect(hints[0].querySelector('q').textContent).toBe('on-call missed');
            expect(hints[0].getAttribute('data-family')).toBe('actor');
            expect(hints[0].querySelector('.debrief-lint-family').textContent).toBe('Person as the subject');
            expect(hints[0].querySelector('.debrief-lint-reason').textContent).toBe(
                'A person is the subject of the miss.'
            );
            expect(hints[0].querySelector('.debrief-lint-rewrite').textContent).toBe(
                '"the page" was not acted on in time: what made it easy to miss?'
            );
            expect(hints[1].getAttribute('data-family')).toBe('named');
            expect(hints[1].querySelector('q').textContent).toBe('<b>@dave</b>');
            expect(container.querySelector('b')).toBeNull();
            expect(container.querySelector('i')).toBeNull();
        });

        it('lints a field once typing pauses and shows the hints under it', async () => {
            // given
            vi.useFakeTimers();
            window.fetch.mockReturnValue(
                answer(200, {
                    findings: [
                        {
                            start: 0,
                            end: 11,
                            family: 'actor',
                            familyText: 'Person as the subject',
                            match: 'human error',
                            reason: 'It ends the analysis.',
                            rewrite: 'Describe the condition.'
                        }
                    ]
                })
            );
            const analysis = form.elements.namedItem('analysis');

            // when: two keystrokes in quick succession
            analysis.value = 'human erro';
            analysis.dispatchEvent(new Event('input', { bubbles: true }));
            analysis.value = 'human error';
            analysis.dispatchEvent(new Event('input', { bubbles: true }));
            vi.advanceTimersByTime(window.Debrief.DebriefTab.LINT_DELAY_MS);
            vi.useRealTimers();
            await flush();

            // then
            expect(window.fetch).toHaveBeenCalledTimes(1);
            const [url, init] = window.fetch.mock.calls[0];
            expect(url).toBe('/jira/rest/debrief/1.0/lint');
            expect(JSON.parse(init.body)).toEqual({ text: 'human error', issueKey: 'OPS-1' });
            expect(root.querySelector('[data-lint-for="analysis"]').textContent).toContain('Describe the condition.');
        });
    });

    describe('saving', () => {
        it('builds the payload from the form with the version the page shows', () => {
            expect(window.Debrief.DebriefTab.payload(form, 4)).toEqual({
                impact: { affected: 'EU customers', count: null, duration: '45 min', cost: '' },
                analysis: 'The canary was skipped.',
                autoResolved: 'no',
                version: 4
            });
        });

        it('refuses a count that is not a whole number next to the field, without sending', async () => {
            form.elements.namedItem('impact.count').value = 'lots';

            const saved = await window.Debrief.DebriefTab.save(root, form);

            expect(saved).toBe(false);
            expect(window.fetch).not.toHaveBeenCalled();
            expect(root.querySelector('[data-error-for="impact.count"]').textContent).toBe(
                'debrief.error.impact.count.invalid'
            );
        });

        it('takes the new version and lint hints from the answer', async () => {
            window.fetch.mockReturnValue(
                answer(200, {
                    version: 5,
                    canEdit: true,
                    answers: [],
                    lint: {
                        analysis: [
                            {
                                start: 0,
                                end: 8,
                                family: 'character',
                                familyText: 'Character word',
                                match: 'careless',
                                reason: 'Judges the person.',
                                rewrite: 'Describe it.'
                            }
                        ]
                    }
                })
            );

            await window.Debrief.DebriefTab.save(root, form);

            expect(window.fetch.mock.calls[0][1].method).toBe('PUT');
            expect(root.getAttribute('data-version')).toBe('5');
            expect(form.elements.namedItem('version').value).toBe('5');
            expect(root.querySelector('[data-lint-for="analysis"] q').textContent).toBe('careless');
            expect(root.querySelector('.debrief-debrief-messages').textContent).toBe('debrief.debrief.saved');
        });

        it('on a stale version (409) shows the message with a reload link and keeps the version', async () => {
            window.fetch.mockReturnValue(answer(409, { message: 'Someone else changed this in the meantime.' }));

            await window.Debrief.DebriefTab.save(root, form);

            const box = root.querySelector('.debrief-debrief-messages');
            expect(box.textContent).toContain('Someone else changed this in the meantime.');
            expect(box.querySelector('a.debrief-reload')).not.toBeNull();
            expect(root.getAttribute('data-version')).toBe('4');
        });

        it('shows field errors of a 400 next to the named inputs', async () => {
            window.fetch.mockReturnValue(
                answer(400, {
                    message: 'Check',
                    errors: [{ field: 'impact.affected', message: 'This impact field is too long.' }]
                })
            );

            await window.Debrief.DebriefTab.save(root, form);

            expect(root.querySelector('[data-error-for="impact.affected"]').textContent).toBe(
                'This impact field is too long.'
            );
            expect(form.elements.namedItem('impact.affected').getAttribute('aria-invalid')).toBe('true');
        });
    });

    describe('create action item', () => {
        it('posts the drafted summary and category to the incident', async () => {
            // given
            window.fetch.mockReturnValue(answer(201, { key: 'OPS-12' }));
            const button = root.querySelector('.debrief-create-action');

            // when
            await window.Debrief.DebriefTab.createActionItem(root, button);

            // then
            const [url, init] = window.fetch.mock.calls[0];
            expect(url).toBe('/jira/rest/debrief/1.0/incidents/OPS-1/action-items');
            expect(init.method).toBe('POST');
            expect(JSON.parse(init.body)).toEqual({
                summary: 'Detect this kind of problem sooner (took 12 min, target 5 min)',
                category: 'detect',
                suggestion: 'identified-within-target'
            });
            expect(root.querySelector('.debrief-draft-result').textContent).toBe(
                'debrief.debrief.draft.created(OPS-12)'
            );
            expect(button.disabled).toBe(true);
        });

        it('tells the action items section about the item it made, so the list shows it without a reload', async () => {
            // given
            const created = restSample('action-item-created');
            window.fetch.mockReturnValue(answer(201, created));
            const announced = [];
            document.addEventListener('debrief:action-items-changed', (event) => announced.push(event.detail), {
                once: true
            });
            const button = root.querySelector('.debrief-create-action');

            // when
            await window.Debrief.DebriefTab.createActionItem(root, button);

            // then
            expect(announced).toEqual([{ incident: 'OPS-1', item: created }]);
        });

        it('shows the created item where the button was, so the suggestion cannot be created twice', async () => {
            window.fetch.mockReturnValue(answer(201, { key: 'OPS-12' }));

            await window.Debrief.DebriefTab.createActionItem(root, root.querySelector('.debrief-create-action'));

            expect(root.querySelector('.debrief-create-action')).toBeNull();
            const link = root.querySelector('.debrief-draft-item a');
            expect(link.textContent).toBe('OPS-12');
            expect(link.getAttribute('href')).toBe('/jira/browse/OPS-12');
        });

        it('keeps the button disabled when the suggestion was already made into an item (409)', async () => {
            window.fetch.mockReturnValue(
                answer(409, { message: 'This suggestion was already made into action item OPS-9.' })
            );
            const button = root.querySelector('.debrief-create-action');

            await window.Debrief.DebriefTab.createActionItem(root, button);

            expect(window.Debrief.Common.message).toHaveBeenCalledWith({
                type: 'error',
                text: 'This suggestion was already made into action item OPS-9.'
            });
            expect(button.disabled).toBe(true);
        });

        it('shows a refusal through Debrief.Rest.showError and allows another try', async () => {
            window.fetch.mockReturnValue(answer(403, { message: 'You can see this, but not change it.' }));
            const button = root.querySelector('.debrief-create-action');

            await window.Debrief.DebriefTab.createActionItem(root, button);

            expect(window.Debrief.Common.message).toHaveBeenCalledWith({
                type: 'error',
                text: 'You can see this, but not change it.'
            });
            expect(root.querySelector('.debrief-draft-result [data-stub="message"]')).not.toBeNull();
            expect(button.disabled).toBe(false);
        });
    });

    describe('hold and publish', () => {
        it('asks first and sends nothing when the reader declines', async () => {
            window.confirm.mockReturnValue(false);

            root.querySelector('.debrief-hold').click();
            await flush();

            expect(window.confirm).toHaveBeenCalledWith('debrief.debrief.hold.confirm');
            expect(window.fetch).not.toHaveBeenCalled();
        });

        it('with lint hints showing asks about them, and the hold records that the reader saw them', async () => {
            // given: two hints under the analysis
            window.Debrief.DebriefTab.renderLint(root.querySelector('[data-lint-for="analysis"]'), [
                { family: 'hindsight', familyText: 'Hindsight', match: 'should have', reason: 'r', rewrite: 'w' },
                { family: 'character', familyText: 'Character', match: 'careless', reason: 'r', rewrite: 'w' }
            ]);
            window.fetch.mockReturnValue(answer(200, { status: 'held', version: 5 }));
            window.Debrief.Debrief = { tab: vi.fn(() => '<div data-debrief-debrief="true"></div>') };

            // when
            root.querySelector('.debrief-hold').click();
            await flush();

            // then: the lint question, not the plain one, and the hold carries the acknowledgement
            expect(window.confirm).toHaveBeenCalledWith('debrief.debrief.hold.confirm.lint(2)');
            expect(JSON.parse(window.fetch.mock.calls[0][1].body)).toEqual({ version: 4, lintSeen: true });
        });

        it('holds with the current version and shows the tab in its new state', async () => {
            window.fetch.mockReturnValue(answer(200, { status: 'held', version: 5 }));
            window.Debrief.Debrief = {
                tab: vi.fn(() => '<div data-debrief-debrief="true" data-issue-key="OPS-1" data-version="5"></div>')
            };

            await window.Debrief.DebriefTab.step(root, 'hold', 'sure?');

            const [url, init] = window.fetch.mock.calls[0];
            expect(url).toBe('/jira/rest/debrief/1.0/incidents/OPS-1/debrief/hold');
            expect(JSON.parse(init.body)).toEqual({ version: 4 });
            expect(window.Debrief.Debrief.tab).toHaveBeenCalledWith({ status: 'held', version: 5 });
            expect(document.querySelector('[data-debrief-debrief]').getAttribute('data-version')).toBe('5');
        });

        it('sends the reason to hold a timeline out of order when one is written', async () => {
            window.fetch.mockReturnValue(answer(200, { status: 'held', version: 5 }));
            window.Debrief.Debrief = { tab: vi.fn(() => '<div data-debrief-debrief="true"></div>') };
            root.querySelector('.debrief-hold-override-input').value = '  pager clock was 20 min fast ';

            await window.Debrief.DebriefTab.step(root, 'hold', 'sure?');

            expect(JSON.parse(window.fetch.mock.calls[0][1].body)).toEqual({
                version: 4,
                override: 'pager clock was 20 min fast'
            });
        });

        it('shows a refused step beside its buttons, without a reload link unless the page is stale', async () => {
            window.fetch.mockReturnValue(
                answer(409, {
                    message: 'The timeline is out of order.',
                    reason: 'debrief.error.debrief.hold.out-of-order'
                })
            );

            await window.Debrief.DebriefTab.step(root, 'hold', 'sure?');

            const beside = root.querySelector('.debrief-steps-messages');
            expect(beside.textContent).toContain('The timeline is out of order.');
            expect(beside.querySelector('a.debrief-reload')).toBeNull();
            expect(root.querySelector('.debrief-debrief-messages').textContent).toBe('');
        });

        it('offers a reload when the step was refused because the page is stale', async () => {
            window.fetch.mockReturnValue(
                answer(409, { message: 'Someone else changed this.', reason: 'debrief.error.stale' })
            );

            await window.Debrief.DebriefTab.step(root, 'hold', 'sure?');

            expect(root.querySelector('.debrief-steps-messages a.debrief-reload')).not.toBeNull();
        });

        it('shows a 400 on the reason at the reason field', async () => {
            window.fetch.mockReturnValue(
                answer(400, {
                    message: 'Check',
                    errors: [{ field: 'override', message: 'Keep the reason under 1000 characters.' }]
                })
            );

            await window.Debrief.DebriefTab.step(root, 'hold', 'sure?');

            expect(root.querySelector('[data-error-for="override"]').textContent).toBe(
                'Keep the reason under 1000 characters.'
            );
        });
    });
});
