/*
 * Each person's own switch for debrief reminders (Debrief.Reminders, issue 16): shown above the library and the
 * monthly review, read from and saved to /rest/debrief/1.0/followup/me (the person asking, nobody else). Reminder
 * mails link here (#debrief-reminders). Texts use textContent only.
 */
import * as Rest from '../shared/rest.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';
import { element } from '../shared/dom.js';

function show(box, me) {
    box.setAttribute('data-reminders-off', me.remindersOff ? 'true' : 'false');
    box.querySelector('.debrief-reminders-state').textContent = me.remindersOff
        ? AJS.I18n.getText('debrief.followthrough.me.off')
        : AJS.I18n.getText('debrief.followthrough.me.on');
    box.querySelector('button').textContent = me.remindersOff
        ? AJS.I18n.getText('debrief.followthrough.me.turnon')
        : AJS.I18n.getText('debrief.followthrough.me.turnoff');
}

function failed(box, error) {
    var messages = box.querySelector('.debrief-reminders-messages');
    messages.textContent = '';
    Rest.showError(messages, error);
}

/** Puts the switch before the section (once) and shows the person's setting. */
function init(section) {
    var box = element('div', 'debrief-reminders');
    box.id = 'debrief-reminders';
    box.appendChild(element('span', 'debrief-reminders-state'));
    var toggle = element('button', 'aui-button aui-button-link');
    toggle.type = 'button';
    box.appendChild(toggle);
    box.appendChild(element('div', 'debrief-reminders-messages'));
    section.parentNode.insertBefore(box, section);
    toggle.addEventListener('click', function () {
        var off = box.getAttribute('data-reminders-off') !== 'true';
        return Rest.request('PUT', '/followup/me', { remindersOff: off }).then(
            function (me) {
                show(box, me);
            },
            function (error) {
                failed(box, error);
            }
        );
    });
    return Rest.request('GET', '/followup/me').then(
        function (me) {
            show(box, me);
        },
        function (error) {
            // anonymous readers of the library have no reminders: no switch for them
            if (error && error.status === 401) {
                section.parentNode.removeChild(box);
            } else {
                failed(box, error);
            }
        }
    );
}

Debrief.Reminders = { init: init };

start.onContent('.debrief-library, [data-debrief-review]', init, 'data-debrief-reminders-ready');
