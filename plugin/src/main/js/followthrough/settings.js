/*
 * Follow-through on the Debrief administration page (Debrief.FollowThrough, issue 16): completion targets by priority
 * (days), the days for any other priority, how many days before the due date assignees are reminded, and the weekday
 * of each project lead's digest; read from and saved to /rest/debrief/1.0/followup/settings (administrators only).
 * Refusals are shown by field. Texts use textContent only.
 */
import * as Rest from '../shared/rest.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';
import { element } from '../shared/dom.js';

// literal keys: Jira's jsI18n transformer finds only those; read when the section is built
function days() {
    return [
        ['MONDAY', AJS.I18n.getText('debrief.followthrough.day.monday')],
        ['TUESDAY', AJS.I18n.getText('debrief.followthrough.day.tuesday')],
        ['WEDNESDAY', AJS.I18n.getText('debrief.followthrough.day.wednesday')],
        ['THURSDAY', AJS.I18n.getText('debrief.followthrough.day.thursday')],
        ['FRIDAY', AJS.I18n.getText('debrief.followthrough.day.friday')],
        ['SATURDAY', AJS.I18n.getText('debrief.followthrough.day.saturday')],
        ['SUNDAY', AJS.I18n.getText('debrief.followthrough.day.sunday')]
    ];
}

function number(text) {
    var trimmed = String(text).trim();
    return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

function field(labelText, name, id) {
    var group = element('div', 'field-group');
    var label = element('label', null, labelText);
    label.htmlFor = id;
    var input = element('input', 'text short-field');
    input.type = 'number';
    input.id = id;
    input.name = name;
    group.appendChild(label);
    group.appendChild(input);
    return group;
}

function targetRow(list, target) {
    var row = element('li', 'debrief-followthrough-target');
    var priority = element('input', 'text medium-field');
    priority.name = 'priority';
    priority.value = target.priority;
    priority.setAttribute('aria-label', AJS.I18n.getText('debrief.followthrough.settings.priority'));
    var days = element('input', 'text short-field');
    days.type = 'number';
    days.name = 'days';
    days.value = String(target.days);
    days.setAttribute('aria-label', AJS.I18n.getText('debrief.followthrough.settings.days'));
    var remove = element(
        'button',
        'aui-button aui-button-link',
        AJS.I18n.getText('debrief.followthrough.settings.remove')
    );
    remove.type = 'button';
    remove.addEventListener('click', function () {
        list.removeChild(row);
    });
    row.appendChild(priority);
    row.appendChild(days);
    row.appendChild(remove);
    list.appendChild(row);
}

function show(section, settings) {
    var list = section.querySelector('.debrief-followthrough-targets');
    list.textContent = '';
    settings.targets.forEach(function (target) {
        targetRow(list, target);
    });
    section.querySelector('input[name="otherDays"]').value = String(settings.otherDays);
    section.querySelector('input[name="reminderDaysBefore"]').value = String(settings.reminderDaysBefore);
    section.querySelector('select[name="digestDay"]').value = settings.digestDay;
}

function read(section) {
    var targets = Array.prototype.map.call(section.querySelectorAll('.debrief-followthrough-target'), function (row) {
        return {
            priority: row.querySelector('input[name="priority"]').value.trim(),
            days: number(row.querySelector('input[name="days"]').value)
        };
    });
    return {
        targets: targets,
        otherDays: number(section.querySelector('input[name="otherDays"]').value),
        reminderDaysBefore: number(section.querySelector('input[name="reminderDaysBefore"]').value),
        digestDay: section.querySelector('select[name="digestDay"]').value
    };
}

function showMessage(section, error) {
    var messages = section.querySelector('.debrief-followthrough-messages');
    messages.textContent = '';
    if (!error) {
        messages.appendChild(
            element('p', 'debrief-followthrough-saved', AJS.I18n.getText('debrief.followthrough.settings.saved'))
        );
    } else if (error.errors && error.errors.length) {
        var list = element('ul', 'debrief-followthrough-errors');
        error.errors.forEach(function (problem) {
            var item = element('li', null, problem.message);
            item.setAttribute('data-field', problem.field);
            list.appendChild(item);
        });
        messages.appendChild(list);
    } else {
        Rest.showError(messages, error);
    }
}

function save(section) {
    return Rest.request('PUT', '/followup/settings', read(section)).then(
        function (settings) {
            show(section, settings);
            showMessage(section, null);
        },
        function (error) {
            showMessage(section, error);
        }
    );
}

/** Appends the follow-through section to the settings page root (once) and loads the settings in force. */
function init(page) {
    page.setAttribute('data-debrief-followthrough-ready', 'true');
    var section = element('section', 'debrief-followthrough');
    section.appendChild(element('h3', null, AJS.I18n.getText('debrief.followthrough.settings.title')));
    section.appendChild(element('p', 'description', AJS.I18n.getText('debrief.followthrough.settings.intro')));
    var form = element('form', 'aui debrief-followthrough-form');
    form.noValidate = true;
    form.appendChild(element('ul', 'debrief-followthrough-targets'));
    var add = element('button', 'aui-button aui-button-link', AJS.I18n.getText('debrief.followthrough.settings.add'));
    add.type = 'button';
    add.addEventListener('click', function () {
        targetRow(section.querySelector('.debrief-followthrough-targets'), { priority: '', days: '' });
    });
    form.appendChild(add);
    form.appendChild(field(AJS.I18n.getText('debrief.followthrough.settings.other'), 'otherDays', 'debrief-ft-other'));
    form.appendChild(
        field(AJS.I18n.getText('debrief.followthrough.settings.reminder'), 'reminderDaysBefore', 'debrief-ft-reminder')
    );
    var dayGroup = element('div', 'field-group');
    var dayLabel = element('label', null, AJS.I18n.getText('debrief.followthrough.settings.digestday'));
    dayLabel.htmlFor = 'debrief-ft-digest-day';
    var select = element('select', 'select');
    select.id = 'debrief-ft-digest-day';
    select.name = 'digestDay';
    days().forEach(function (day) {
        var option = element('option', null, day[1]);
        option.value = day[0];
        select.appendChild(option);
    });
    dayGroup.appendChild(dayLabel);
    dayGroup.appendChild(select);
    form.appendChild(dayGroup);
    var submit = element('button', 'aui-button', AJS.I18n.getText('debrief.followthrough.settings.save'));
    submit.type = 'submit';
    form.appendChild(submit);
    section.appendChild(form);
    section.appendChild(element('div', 'debrief-followthrough-messages'));
    page.appendChild(section);
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        save(section);
    });
    return Rest.request('GET', '/followup/settings').then(
        function (settings) {
            show(section, settings);
        },
        function (error) {
            showMessage(section, error);
        }
    );
}

Debrief.FollowThrough = { init: init };

start.onContent('.debrief-settings', init, 'data-debrief-followthrough-ready');
