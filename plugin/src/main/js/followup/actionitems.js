/*
 * The "Action items" section of the Debrief tab (template Debrief.Followup.actionItems): creates items through
 * POST /incidents/{key}/action-items and opens the form pre-filled when the Debrief tab asks for it with the DOM
 * event "debrief:draft-action-item" (detail: {summary, category, incident?}); shows what other parts of the page
 * changed on the event "debrief:action-items-changed" (an item made from a suggestion, a checkpoint's outcomes).
 *
 * Entry points: Debrief.ActionItems.init(section) (run for every section.debrief-action-items on DOM ready
 * and in content Jira adds later, such as an AJAX-loaded tab),
 * Debrief.ActionItems.payload(form), Debrief.ActionItems.prefill(section, detail).
 */
import * as Rest from '../shared/rest.js';
import * as Forms from '../followup/forms.js';
import * as start from '../shared/start.js';
import { ITEMS_CHANGED } from './changes.js';
import { Debrief } from '../shared/namespace.js';
import { element } from '../shared/dom.js';

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

/** A status lozenge as the Soy template Debrief.Common.statusLozenge draws it for an item (open or done). */
function statusLozenge(status) {
    var done = status === 'done';
    var lozenge = element(
        'span',
        done ? 'aui-lozenge aui-lozenge-success' : 'aui-lozenge',
        done ? AJS.I18n.getText('debrief.common.status.done') : AJS.I18n.getText('debrief.common.status.open')
    );
    lozenge.setAttribute('data-status', done ? 'done' : 'open');
    return lozenge;
}

function categoryLozenge(category) {
    var lozenge = element('span', 'aui-lozenge aui-lozenge-subtle', categoryText(category));
    lozenge.setAttribute('data-category', category);
    return lozenge;
}

/** One item's row, the same cells as the Soy template Debrief.Followup.itemTable (the item as REST answers it). */
function itemRow(item) {
    var row = doc.createElement('tr');
    row.setAttribute('data-key', item.key);
    row.setAttribute('data-status', item.status);
    var link = element('a', null, item.key);
    link.setAttribute('href', AJS.contextPath() + '/browse/' + encodeURIComponent(item.key));
    cell(row, link);
    cell(row, item.summary);
    cell(row, item.category ? categoryLozenge(item.category) : '');
    cell(row, statusLozenge(item.status));
    cell(
        row,
        item.assignee
            ? item.assignee.displayName
            : element('em', null, AJS.I18n.getText('debrief.followup.items.unassigned'))
    );
    if (item.due) {
        var due = element('time', null, item.due);
        due.setAttribute('datetime', item.due);
        cell(row, due);
    } else {
        cell(row, element('em', null, AJS.I18n.getText('debrief.followup.items.nodue')));
    }
    cell(row, AJS.I18n.getText('debrief.followup.items.age.days', item.ageDays || 0));
    return row;
}

/** An empty items table with its head, as Debrief.Followup.itemTable draws it. */
function itemTable() {
    var table = element('table', 'aui debrief-items');
    var head = table.appendChild(doc.createElement('thead')).appendChild(doc.createElement('tr'));
    [
        AJS.I18n.getText('debrief.followup.items.key'),
        AJS.I18n.getText('debrief.followup.items.summary'),
        AJS.I18n.getText('debrief.followup.items.category'),
        AJS.I18n.getText('debrief.followup.items.status'),
        AJS.I18n.getText('debrief.followup.items.assignee'),
        AJS.I18n.getText('debrief.followup.items.due'),
        AJS.I18n.getText('debrief.followup.items.age')
    ].forEach(function (text) {
        head.appendChild(element('th', null, text));
    });
    table.appendChild(doc.createElement('tbody'));
    return table;
}

/** Shows an item in the section's table: replaces its row when shown already, else adds it (making the table). */
function addRow(section, item) {
    var list = section.querySelector('.debrief-items-list');
    var tbody = list.querySelector('table.debrief-items tbody');
    if (!tbody) {
        list.textContent = '';
        tbody = list.appendChild(itemTable()).querySelector('tbody');
    }
    var row = itemRow(item);
    var shown = tbody.querySelector('tr[data-key="' + item.key + '"]');
    if (shown) {
        tbody.replaceChild(row, shown);
    } else {
        tbody.appendChild(row);
    }
    return row;
}

/** Draws the section's list anew from the incident's items (REST order), or "No action items yet". */
function renderItems(section, items) {
    var list = section.querySelector('.debrief-items-list');
    list.textContent = '';
    if (!items.length) {
        list.appendChild(element('p', 'debrief-empty', AJS.I18n.getText('debrief.followup.items.none')));
        return;
    }
    var tbody = list.appendChild(itemTable()).querySelector('tbody');
    items.forEach(function (item) {
        tbody.appendChild(itemRow(item));
    });
}

/** Reads the incident's items again and redraws the list (after a change made elsewhere on the page). */
function refresh(section) {
    var incident = section.getAttribute('data-incident');
    return Rest.request('GET', '/incidents/' + encodeURIComponent(incident) + '/action-items').then(
        function (listing) {
            renderItems(section, (listing && listing.items) || []);
            return listing;
        },
        function (failure) {
            var list = section.querySelector('.debrief-items-list');
            Rest.showError(list, failure);
            return null;
        }
    );
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
    // a created item is shown at once; any other change (a checkpoint's outcomes) reads the items again
    doc.addEventListener(ITEMS_CHANGED, function (event) {
        var detail = event.detail || {};
        if (!section.isConnected || detail.incident !== section.getAttribute('data-incident')) {
            return;
        }
        if (detail.item) {
            addRow(section, detail.item);
        } else {
            refresh(section);
        }
    });
    return section;
}

Debrief.ActionItems = {
    init: init,
    payload: payload,
    prefill: prefill,
    addRow: addRow,
    renderItems: renderItems,
    refresh: refresh,
    submit: submit,
    DRAFT_EVENT: DRAFT_EVENT
};

// on page load and in an AJAX-loaded Debrief tab
start.onContent('section.debrief-action-items', init);
