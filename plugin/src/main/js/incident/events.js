/*
 * External events on the Incident's Timeline tab (Debrief.Events): the proposed real start ("Really started?") and
 * the suggested entries from alerts, deploys and status updates, each accepted or dismissed with one click. Nothing is
 * added to the timeline without that click. Data: GET /rest/debrief/1.0/incidents/{key}/events.
 *
 * The panel sits just before the timeline root ([data-debrief-timeline]), outside it, so the timeline's own refresh
 * (Debrief.Timeline.refresh, after an entry is accepted) leaves it in place. Texts are built with textContent only.
 */
import * as Rest from '../shared/rest.js';
import * as Forms from './forms.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';
import { element } from '../shared/dom.js';

function eventsPath(issueKey) {
    return '/incidents/' + encodeURIComponent(issueKey) + '/events';
}

function actionButton(action, eventId, label) {
    var button = element('button', 'aui-button debrief-event-action', label);
    button.type = 'button';
    button.setAttribute('data-action', action);
    button.setAttribute('data-event-id', String(eventId));
    return button;
}

/** An instant as the reader's wall clock in zone (the tab's display zone). */
function display(iso, zone) {
    try {
        return new Intl.DateTimeFormat(undefined, {
            timeZone: zone || 'UTC',
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit'
        }).format(new Date(iso));
    } catch {
        // an unknown time zone: the instant as stored
        return iso;
    }
}

function reasonText(reason) {
    switch (reason) {
        case 'mentions-incident':
            return AJS.I18n.getText('debrief.events.reason.mentions-incident');
        case 'same-component':
            return AJS.I18n.getText('debrief.events.reason.same-component');
        default:
            return AJS.I18n.getText('debrief.events.reason.same-project');
    }
}

/** The label of the entry kind a suggestion becomes (the kinds IncidentEvents maps events to). */
function kindText(kind) {
    switch (kind) {
        case 'alert':
            return AJS.I18n.getText('debrief.timeline.kind.alert');
        case 'acknowledged':
            return AJS.I18n.getText('debrief.timeline.kind.acknowledged');
        case 'resolved':
            return AJS.I18n.getText('debrief.timeline.kind.resolved');
        case 'deploy':
            return AJS.I18n.getText('debrief.timeline.kind.deploy');
        case 'change':
            return AJS.I18n.getText('debrief.timeline.kind.change');
        case 'provider':
            return AJS.I18n.getText('debrief.timeline.kind.provider');
        default:
            return AJS.I18n.getText('debrief.timeline.kind.note');
    }
}

function proposal(start, zone, canEdit) {
    var section = element('section', 'debrief-events-start');
    section.appendChild(element('h4', 'debrief-heading', AJS.I18n.getText('debrief.events.start.heading')));
    var proposed = start.proposed;
    section.appendChild(
        element(
            'p',
            'debrief-events-proposed',
            AJS.I18n.getText(
                'debrief.events.start.proposed',
                proposed.title,
                display(proposed.at, zone),
                proposed.minutesBeforeDetection
            )
        )
    );
    section.appendChild(
        element(
            'p',
            'debrief-events-reason',
            reasonText(proposed.reason) + ' \u00b7 ' + AJS.I18n.getText('debrief.events.source', proposed.source)
        )
    );
    if (start.writtenStart) {
        section.appendChild(
            element(
                'p',
                'debrief-events-written',
                AJS.I18n.getText('debrief.events.start.earlier', display(start.writtenStart, zone))
            )
        );
    }
    if (canEdit) {
        var actions = element('div', 'debrief-events-actions');
        actions.appendChild(
            actionButton('start/accept', proposed.eventId, AJS.I18n.getText('debrief.events.start.accept'))
        );
        actions.appendChild(
            actionButton('start/reject', proposed.eventId, AJS.I18n.getText('debrief.events.start.reject'))
        );
        section.appendChild(actions);
    }
    if (start.candidates.length > 1) {
        var others = element('ol', 'debrief-events-candidates');
        start.candidates.slice(1).forEach(function (candidate) {
            others.appendChild(
                element(
                    'li',
                    null,
                    AJS.I18n.getText(
                        'debrief.events.start.candidate',
                        candidate.title,
                        display(candidate.at, zone),
                        candidate.minutesBeforeDetection
                    )
                )
            );
        });
        section.appendChild(element('h5', null, AJS.I18n.getText('debrief.events.start.others')));
        section.appendChild(others);
    }
    return section;
}

function suggestions(list, zone, canEdit) {
    if (!list.length) {
        return element('p', 'debrief-events-none', AJS.I18n.getText('debrief.events.none'));
    }
    var items = element('ol', 'debrief-events-list');
    list.forEach(function (suggestion) {
        var item = element('li', 'debrief-event');
        item.setAttribute('data-event-id', String(suggestion.eventId));
        item.appendChild(element('time', 'debrief-event-at', display(suggestion.at, zone)));
        item.appendChild(element('span', 'debrief-event-kind', kindText(suggestion.kind)));
        item.appendChild(element('span', 'debrief-event-title', suggestion.title));
        item.appendChild(
            element(
                'span',
                'debrief-event-source',
                AJS.I18n.getText('debrief.events.source', suggestion.source) +
                    ' \u00b7 ' +
                    reasonText(suggestion.reason)
            )
        );
        if (canEdit) {
            item.appendChild(actionButton('accept', suggestion.eventId, AJS.I18n.getText('debrief.events.accept')));
            item.appendChild(actionButton('dismiss', suggestion.eventId, AJS.I18n.getText('debrief.events.dismiss')));
        }
        items.appendChild(item);
    });
    return items;
}

/** Fills the panel from the events data (see the file comment). */
function render(panel, data, zone, canEdit) {
    var body = panel.querySelector('.debrief-events-body');
    body.textContent = '';
    if (data.start && data.start.proposed) {
        body.appendChild(proposal(data.start, zone, canEdit));
    }
    body.appendChild(element('h4', 'debrief-heading', AJS.I18n.getText('debrief.events.heading')));
    body.appendChild(suggestions(data.suggestions || [], zone, canEdit));
}

function timelineOf(panel) {
    var next = panel.nextElementSibling;
    return next && next.hasAttribute('data-debrief-timeline') ? next : null;
}

function load(panel) {
    var root = timelineOf(panel);
    var zone = root.getAttribute('data-zone');
    var canEdit = root.getAttribute('data-can-edit') === 'true';
    return Rest.request('GET', eventsPath(root.getAttribute('data-issue-key'))).then(
        function (data) {
            render(panel, data, zone, canEdit);
        },
        function (error) {
            Forms.showRequestError(null, panel.querySelector('.debrief-events-messages'), error);
        }
    );
}

function decide(panel, button) {
    var root = timelineOf(panel);
    var action = button.getAttribute('data-action');
    var path =
        eventsPath(root.getAttribute('data-issue-key')) + '/' + button.getAttribute('data-event-id') + '/' + action;
    button.disabled = true;
    return Rest.request('POST', path, {}).then(
        function () {
            var adds = action === 'accept' || action === 'start/accept';
            var refreshed =
                adds && Debrief.Timeline && Debrief.Timeline.refresh ? Debrief.Timeline.refresh(root) : null;
            return Promise.resolve(refreshed).then(function () {
                return load(panel);
            });
        },
        function (error) {
            button.disabled = false;
            Forms.showRequestError(null, panel.querySelector('.debrief-events-messages'), error);
        }
    );
}

/** Adds the events panel before a timeline root (once) and loads it. */
function init(root) {
    root.setAttribute('data-debrief-events-ready', 'true');
    var panel = root.previousElementSibling;
    if (!panel || !panel.classList.contains('debrief-events')) {
        panel = element('section', 'debrief-events');
        panel.setAttribute('aria-label', AJS.I18n.getText('debrief.events.heading'));
        panel.appendChild(element('div', 'debrief-events-messages'));
        panel.appendChild(element('div', 'debrief-events-body'));
        root.parentNode.insertBefore(panel, root);
        panel.addEventListener('click', function (event) {
            var button = event.target.closest('button.debrief-event-action');
            if (button) {
                decide(panel, button);
            }
        });
    }
    return load(panel);
}

Debrief.Events = { init: init, render: render };

start.onContent('[data-debrief-timeline]', init, 'data-debrief-events-ready');
