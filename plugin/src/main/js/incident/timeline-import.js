/*
 * Importing a whole timeline on the Incident's Timeline tab (Debrief.TimelineImport), for those who may edit it: a JSON
 * document (docs/schema/timeline-import.schema.json) pasted or read from a file, sent to
 * POST /rest/debrief/1.0/incidents/{key}/timeline/import. All or nothing on the server; the same document twice adds
 * nothing. The panel sits right after the timeline root ([data-debrief-timeline]), outside it, so the timeline's
 * refresh after an import leaves it in place. Texts are built with textContent only.
 */
import * as Rest from '../shared/rest.js';
import * as Forms from './forms.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';
import { element } from '../shared/dom.js';

function timelineOf(panel) {
    var previous = panel.previousElementSibling;
    return previous && previous.hasAttribute('data-debrief-timeline') ? previous : null;
}

function submit(panel) {
    var root = timelineOf(panel);
    var messages = panel.querySelector('.debrief-import-messages');
    var text = panel.querySelector('textarea[name="document"]').value;
    var documentJson;
    messages.textContent = '';
    try {
        documentJson = JSON.parse(text);
    } catch {
        Forms.message(messages, 'error', AJS.I18n.getText('debrief.import.not-json'));
        return Promise.resolve();
    }
    var button = panel.querySelector('button[data-action="import"]');
    button.disabled = true;
    var path = '/incidents/' + encodeURIComponent(root.getAttribute('data-issue-key')) + '/timeline/import';
    return Rest.request('POST', path, documentJson).then(
        function (result) {
            button.disabled = false;
            var refreshed = Debrief.Timeline && Debrief.Timeline.refresh ? Debrief.Timeline.refresh(root) : null;
            return Promise.resolve(refreshed).then(function () {
                Forms.message(
                    messages,
                    'success',
                    AJS.I18n.getText('debrief.import.done', result.added, result.unchanged)
                );
            });
        },
        function (error) {
            button.disabled = false;
            if (error.status === 400 && error.errors && error.errors.length) {
                messages.appendChild(fieldErrors(error));
            } else {
                Forms.showRequestError(null, messages, error);
            }
        }
    );
}

/** A refused document's errors, each with the path of its field in the document ("entries[3].at"). */
function fieldErrors(error) {
    var box = element('div', 'aui-message aui-message-error debrief-errors');
    box.setAttribute('role', 'alert');
    box.appendChild(element('p', 'title', error.message));
    var list = element('ul');
    error.errors.forEach(function (refused) {
        var item = element('li', null, refused.field + ': ' + refused.message);
        item.setAttribute('data-field', refused.field);
        list.appendChild(item);
    });
    box.appendChild(list);
    return box;
}

function readFile(panel, input) {
    var file = input.files && input.files[0];
    if (!file) {
        return Promise.resolve();
    }
    return file.text().then(function (text) {
        panel.querySelector('textarea[name="document"]').value = text;
    });
}

function build() {
    var panel = element('details', 'debrief-import');
    panel.appendChild(element('summary', null, AJS.I18n.getText('debrief.import.heading')));
    panel.appendChild(element('p', 'debrief-import-help', AJS.I18n.getText('debrief.import.help')));
    var file = element('input', 'debrief-import-file');
    file.type = 'file';
    file.accept = 'application/json,.json';
    file.setAttribute('aria-label', AJS.I18n.getText('debrief.import.file'));
    panel.appendChild(file);
    var area = element('textarea', 'textarea debrief-import-document');
    area.name = 'document';
    area.rows = 8;
    area.setAttribute('aria-label', AJS.I18n.getText('debrief.import.document'));
    area.placeholder = '{"entries": [{"kind": "started", "at": "14:05", "text": "..."}]}';
    panel.appendChild(area);
    var button = element('button', 'aui-button', AJS.I18n.getText('debrief.import.submit'));
    button.type = 'button';
    button.setAttribute('data-action', 'import');
    panel.appendChild(button);
    panel.appendChild(element('div', 'debrief-import-messages'));
    file.addEventListener('change', function () {
        readFile(panel, file);
    });
    button.addEventListener('click', function () {
        submit(panel);
    });
    return panel;
}

/** Adds the import panel after a timeline root (once), for those who may edit the timeline. */
function init(root) {
    root.setAttribute('data-debrief-import-ready', 'true');
    if (root.getAttribute('data-can-edit') !== 'true') {
        return;
    }
    var next = root.nextElementSibling;
    if (next && next.classList.contains('debrief-import')) {
        return;
    }
    root.parentNode.insertBefore(build(), root.nextSibling);
}

Debrief.TimelineImport = { init: init };

start.onContent('[data-debrief-timeline]', init, 'data-debrief-import-ready');
