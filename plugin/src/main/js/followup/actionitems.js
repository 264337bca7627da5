/*
 * The "Action items" section of the Debrief tab (template Debrief.Followup.actionItems): creates items through
 * POST /incidents/{key}/action-items and opens the form pre-filled when the Debrief tab asks for it with the DOM
 * event "debrief:draft-action-item" (detail: {summary, category, incident?}).
 *
 * Entry points: Debrief.ActionItems.init(section) (run for every section.debrief-action-items on DOM ready
 * and in content Jira adds later, such as an AJAX-loaded tab),
 * Debrief.ActionItems.payload(form), Debrief.ActionItems.prefill(section, detail).
 */
import * as Rest from '../shared/rest.js';
import * as Forms from '../followup/forms.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';

var doc = window.document;
var DRAFT_EVENT = 'debrief:draft-action-item';

function categoryText(category) {
    switch (category) {
        case 'detect':
            return AJS.I18n.getText('debrief.followup.category.detect');
        case 'fix':
            return AJS.I18n.getText('debrief.followup.category.fix');
        case 'prevent':
            return AJS.I18n.getText('debrief.followup.category.prevent');
        case 'process':
            return AJS.I18n.getText('debrief.followup.category.process');
        default:
            return category || '';
    }
}

/** The JSON body for the create call: summary and category always, the optional fields only when filled. */
function payload(form) {
    var body = {
        summary: Forms.value(form, 'summary'),
        category: Forms.value(form, 'category')
    };
    ['projectKey', 'assignee', 'due'].forEach(function (name) {
        var value = Forms.value(form, name);
        if (value) {
            body[name] = value;
        }
    });
    return body;
}

function cell(row, content) {
    var td = doc.createElement('td');
    if (content instanceof window.Node) {
        td.appendChild(content);
    } else {
        td.textContent = content;
    }
    row.appendChild(td);
    return td;
}

function element(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) {
        node.className = className;
    }
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

/** Adds the created item to the section's table (creating the table when the list was empty). */
function addRow(section, item) {
    var list = section.querySelector('.debrief-items-list');
    var tbody = list.querySelector('table.debrief-items tbody');
    if (!tbody) {
        list.textContent = '';
        var table = element('table', 'aui debrief-items');
        tbody = doc.createElement('tbody');
        table.appendChild(tbody);
        list.appendChild(table);
    }
    var row = doc.createElement('tr');
    row.setAttribute('data-key', item.key);
    row.setAttribute('data-status', item.status);
    var link = element('a', null, item.key);
    link.setAttribute('href', AJS.contextPath() + '/browse/' + encodeURIComponent(item.key));
    cell(row, link);
    cell(row, item.summary);
    cell(row, item.category ? element('span', 'aui-lozenge aui-lozenge-subtle', categoryText(item.category)) : '');
    cell(row, element('span', 'aui-lozenge', AJS.I18n.getText('debrief.common.status.open')));
    cell(row, item.assignee ? item.assignee.displayName : AJS.I18n.getText('debrief.followup.items.unassigned'));
    cell(row, item.due || AJS.I18n.getText('debrief.followup.items.nodue'));
    cell(row, AJS.I18n.getText('debrief.followup.items.age.days', item.ageDays || 0));
    tbody.appendChild(row);
    return row;
}

/** Opens the create form with the drafted summary and category, ready to complete. */
function prefill(section, detail) {
    var form = section.querySelector('form.debrief-item-form');
    if (!form || !detail) {
        return;
    }
    var details = section.querySelector('details.debrief-item-create');
    if (details) {
        details.open = true;
    }
    form.querySelector('[name="summary"]').value = detail.summary || '';
    var category = form.querySelector('[name="category"]');
    if (detail.category && category.querySelector('option[value="' + detail.category + '"]')) {
        category.value = detail.category;
    }
    Forms.clear(form);
    form.querySelector('[name="summary"]').focus();
}

function submit(section, form) {
    var incident = form.getAttribute('data-incident');
    var button = form.querySelector('[type="submit"]');
    Forms.clear(form);
    button.disabled = true;
    return Rest.request('POST', '/incidents/' + encodeURIComponent(incident) + '/action-items', payload(form))
        .then(
            function (item) {
                addRow(section, item);
                form.reset();
                var general = form.querySelector('.debrief-form-errors');
                Forms.success(general, AJS.I18n.getText('debrief.followup.items.created', item.key));
            },
            function (failure) {
                Forms.showFailure(form, failure);
            }
        )
        .then(function () {
            button.disabled = false;
        });
}

function init(section) {
    var form = section.querySelector('form.debrief-item-form');
    if (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            submit(section, form);
        });
    }
    doc.addEventListener(DRAFT_EVENT, function (event) {
        var detail = event.detail || {};
        if (!detail.incident || detail.incident === section.getAttribute('data-incident')) {
            prefill(section, detail);
        }
    });
    return section;
}

Debrief.ActionItems = {
    init: init,
    payload: payload,
    prefill: prefill,
    addRow: addRow,
    submit: submit,
    DRAFT_EVENT: DRAFT_EVENT
};

// on page load and in an AJAX-loaded Debrief tab
start.onContent('section.debrief-action-items', init);
