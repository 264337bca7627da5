/*
 * How long received events are kept, on the Debrief administration page (Debrief.IntakeRetention): one number of days
 * between the bounds the server names, read from and saved to /rest/debrief/1.0/intake-settings (administrators only).
 * A shorter value removes older events with the next delivery that stores something. Texts use textContent only.
 */
import * as Rest from '../shared/rest.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';
import { element } from '../shared/dom.js';

function showError(section, error) {
    var messages = section.querySelector('.debrief-retention-messages');
    messages.textContent = '';
    if (error.errors && error.errors.length) {
        var list = element('ul', 'debrief-retention-errors');
        error.errors.forEach(function (problem) {
            list.appendChild(element('li', null, problem.message));
        });
        messages.appendChild(list);
    } else {
        Rest.showError(messages, error);
    }
}

function show(section, settings) {
    var input = section.querySelector('input[name="retentionDays"]');
    input.value = String(settings.retentionDays);
    input.min = String(settings.minDays);
    input.max = String(settings.maxDays);
    section.querySelector('.debrief-retention-bounds').textContent = AJS.I18n.getText(
        'debrief.intake.retention.bounds',
        settings.minDays,
        settings.maxDays,
        settings.defaultDays
    );
}

function save(section, form) {
    var text = form.elements.namedItem('retentionDays').value.trim();
    var days = /^\d{1,6}$/.test(text) ? Number(text) : null;
    return Rest.request('PUT', '/intake-settings', { retentionDays: days }).then(
        function (settings) {
            show(section, settings);
            var messages = section.querySelector('.debrief-retention-messages');
            messages.textContent = '';
            messages.appendChild(
                element('p', 'debrief-retention-saved', AJS.I18n.getText('debrief.intake.retention.saved'))
            );
        },
        function (error) {
            showError(section, error);
        }
    );
}

/** Appends the retention section to the settings page root (once) and loads the value. */
function init(page) {
    page.setAttribute('data-debrief-retention-ready', 'true');
    var section = element('section', 'debrief-intake-retention');
    section.appendChild(element('h3', null, AJS.I18n.getText('debrief.intake.retention.heading')));
    var form = element('form', 'aui debrief-retention-form');
    form.noValidate = true;
    var group = element('div', 'field-group');
    var label = element('label', null, AJS.I18n.getText('debrief.intake.retention.label'));
    label.htmlFor = 'debrief-retention-days';
    var input = element('input', 'text short-field');
    input.type = 'number';
    input.id = 'debrief-retention-days';
    input.name = 'retentionDays';
    group.appendChild(label);
    group.appendChild(input);
    group.appendChild(element('div', 'description debrief-retention-bounds'));
    form.appendChild(group);
    var submit = element('button', 'aui-button', AJS.I18n.getText('debrief.intake.retention.save'));
    submit.type = 'submit';
    form.appendChild(submit);
    section.appendChild(form);
    section.appendChild(element('div', 'debrief-retention-messages'));
    page.appendChild(section);
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        save(section, form);
    });
    return Rest.request('GET', '/intake-settings').then(
        function (settings) {
            show(section, settings);
        },
        function (error) {
            showError(section, error);
        }
    );
}

Debrief.IntakeRetention = { init: init };

start.onContent('.debrief-settings', init, 'data-debrief-retention-ready');
