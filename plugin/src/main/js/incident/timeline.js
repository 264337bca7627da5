/*
 * The Incident's Timeline tab, enhanced (Debrief.Timeline): add, edit, delete and restore entries through REST
 * without reloading the page. The server-rendered tab (Debrief.Timeline.tab) works without this script for reading.
 *
 * A page calls Debrief.Timeline.init(root) for an element with data-debrief-timeline (data-issue-key, data-zone);
 * this file does so itself on DOM ready and when Jira adds content (AJAX-loaded issue tabs).
 * Debrief.Timeline is shared with the client-side Soy templates of the same namespace (tab, entries, entryForm).
 */
import * as Rest from '../shared/rest.js';
import * as Forms from './forms.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';

var Timeline = (Debrief.Timeline = Debrief.Timeline || {});

var MAX_TEXT_BYTES = 32 * 1024;
var LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
var WEB_LINK = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/** Checks an entry before sending; returns [{field, message}] (empty when it may be sent). */
function validate(values) {
    var errors = [];
    if (!values.kind) {
        errors.push({ field: 'kind', message: AJS.I18n.getText('debrief.timeline.validation.kind') });
    }
    if (!values.at || !LOCAL_DATE_TIME.test(values.at)) {
        errors.push({ field: 'at', message: AJS.I18n.getText('debrief.timeline.validation.at') });
    }
    if (!values.text || !values.text.trim()) {
        errors.push({ field: 'text', message: AJS.I18n.getText('debrief.timeline.validation.text') });
    } else if (Forms.utf8Length(values.text) > MAX_TEXT_BYTES) {
        errors.push({ field: 'text', message: AJS.I18n.getText('debrief.timeline.validation.text.size') });
    }
    if (values.link && values.link.trim() && !WEB_LINK.test(values.link.trim())) {
        errors.push({ field: 'link', message: AJS.I18n.getText('debrief.timeline.validation.link') });
    }
    return errors;
}

/** How far ahead of UTC the zone's wall clock is at epochMs, in ms. */
function zoneOffset(epochMs, zone) {
    if (!zone || zone === 'UTC' || zone === 'Z') {
        return 0;
    }
    var parts = {};
    new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit'
    })
        .formatToParts(new Date(epochMs))
        .forEach(function (part) {
            parts[part.type] = part.value;
        });
    var wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
    return wall - Math.floor(epochMs / 1000) * 1000;
}

/**
 * A datetime-local value ("2026-03-01T10:05") read as wall-clock time in zone ("Europe/Berlin", "UTC"), as an
 * ISO-8601 instant ("2026-03-01T09:05:00Z"); null when the value is not a date and time.
 */
function toInstant(localValue, zone) {
    var m = LOCAL_DATE_TIME.exec(localValue || '');
    if (!m) {
        return null;
    }
    var wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0));
    var offset = zoneOffset(wall, zone);
    var instant = wall - offset;
    var settled = zoneOffset(instant, zone);
    if (settled !== offset) {
        // the guess crossed a daylight-saving change: the offset at the instant itself is the right one
        instant = wall - settled;
    }
    return new Date(instant).toISOString().replace('.000Z', 'Z');
}

function field(form, name) {
    var input = form.elements.namedItem(name);
    return input ? input.value : '';
}

function checked(form, name) {
    var input = form.elements.namedItem(name);
    return Boolean(input && input.checked);
}

/** What the form holds, as typed. */
function readForm(form) {
    return {
        kind: field(form, 'kind'),
        at: field(form, 'at'),
        text: field(form, 'text'),
        link: field(form, 'link'),
        approximate: checked(form, 'approximate'),
        version: field(form, 'version')
    };
}

/**
 * The JSON body for POST/PUT .../timeline: the instant in ISO-8601, a blank link left out, approximate true or false,
 * the version a number.
 */
function payload(values, zone) {
    var body = {
        kind: values.kind,
        at: toInstant(values.at, zone),
        text: values.text,
        link: values.link && values.link.trim() ? values.link.trim() : null,
        approximate: values.approximate === true
    };
    if (values.version !== undefined && values.version !== '') {
        body.version = parseInt(values.version, 10);
    }
    return body;
}

function basePath(root) {
    return '/incidents/' + encodeURIComponent(root.getAttribute('data-issue-key')) + '/timeline';
}

function messages(root) {
    return root.querySelector('.debrief-timeline-messages');
}

/** Shows the timeline again from the server, through the same template; without it, reloads the page. */
function refresh(root) {
    var editor = root.getAttribute('data-can-edit') === 'true';
    return Rest.request('GET', basePath(root) + (editor ? '?includeDeleted=true' : '')).then(
        function (data) {
            if (typeof Timeline.tab !== 'function') {
                window.location.reload();
                return root;
            }
            var fresh = Forms.replaceWithTemplate(root, Timeline.tab(data));
            init(fresh);
            Forms.message(messages(fresh), 'success', AJS.I18n.getText('debrief.timeline.saved'));
            return fresh;
        },
        function (error) {
            Forms.showRequestError(null, messages(root), error);
        }
    );
}

function submit(root, form) {
    var values = readForm(form);
    var errors = validate(values);
    if (errors.length) {
        var first = Forms.showFieldErrors(form, errors);
        if (first && first.focus) {
            first.focus();
        }
        return Promise.resolve(false);
    }
    Forms.clearErrors(form);
    var entry = form.closest('[data-entry-id]');
    var request = entry
        ? Rest.request(
              'PUT',
              basePath(root) + '/' + entry.getAttribute('data-entry-id'),
              payload(values, root.getAttribute('data-zone'))
          )
        : Rest.request('POST', basePath(root), payload(values, root.getAttribute('data-zone')));
    return request.then(
        function () {
            return refresh(root);
        },
        function (error) {
            Forms.showRequestError(form, form.querySelector('.debrief-form-errors') || messages(root), error);
            return false;
        }
    );
}

function kindsOf(root) {
    var select = root.querySelector('form[data-mode="add"] select[name="kind"]');
    var kinds = [];
    if (select) {
        for (var i = 0; i < select.options.length; i++) {
            kinds.push({ value: select.options[i].value, label: select.options[i].textContent });
        }
    }
    return kinds;
}

function openEditor(root, entry) {
    var slot = entry.querySelector('.debrief-entry-editor');
    if (!slot || typeof Timeline.entryForm !== 'function') {
        return;
    }
    var link = entry.querySelector('.debrief-entry-link a');
    slot.innerHTML = Timeline.entryForm({
        kinds: kindsOf(root),
        zone: root.getAttribute('data-zone'),
        mode: 'edit',
        entry: {
            id: entry.getAttribute('data-entry-id'),
            kind: entry.getAttribute('data-kind'),
            atLocal: entry.getAttribute('data-at-local'),
            text: entry.querySelector('.debrief-entry-text').textContent,
            link: link ? link.textContent : null,
            approximate: entry.getAttribute('data-approximate') === 'true',
            version: entry.getAttribute('data-version')
        }
    });
}

function entryAction(root, entry, method, suffix) {
    return Rest.request(
        method,
        basePath(root) + '/' + entry.getAttribute('data-entry-id') + suffix,
        method === 'POST' ? {} : undefined
    ).then(
        function () {
            return refresh(root);
        },
        function (error) {
            Forms.showRequestError(null, messages(root), error);
        }
    );
}

/** Enhances one server-rendered Timeline tab. */
function init(root) {
    root.setAttribute('data-debrief-ready', 'true');
    root.addEventListener('submit', function (event) {
        var form = event.target.closest('form.debrief-entry-form');
        if (form) {
            event.preventDefault();
            submit(root, form);
        }
    });
    root.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        var entry = button && button.closest('[data-entry-id]');
        if (!button || !entry) {
            return;
        }
        if (button.classList.contains('debrief-entry-edit')) {
            openEditor(root, entry);
        } else if (button.classList.contains('debrief-entry-cancel')) {
            entry.querySelector('.debrief-entry-editor').textContent = '';
        } else if (button.classList.contains('debrief-entry-delete')) {
            if (window.confirm(AJS.I18n.getText('debrief.timeline.entry.delete.confirm'))) {
                entryAction(root, entry, 'DELETE', '');
            }
        } else if (button.classList.contains('debrief-entry-restore')) {
            entryAction(root, entry, 'POST', '/restore');
        }
    });
    return root;
}

Timeline.init = init;
Timeline.validate = validate;
Timeline.toInstant = toInstant;
Timeline.readForm = readForm;
Timeline.payload = payload;
Timeline.submit = submit;
Timeline.refresh = refresh;

start.onContent('[data-debrief-timeline]', init);
