/*
 * The Debrief administration page (template Debrief.Settings.page): saves every setting at once through
 * PUT /settings and shows each refused field next to it ("jobCron", "projects[1].detect").
 *
 * The rows sent are exactly the overrides to keep: a removed row's project uses the defaults again once saved. To
 * stop a project taking part, untick "Enabled" instead.
 *
 * Entry points: Debrief.Settings.init(root) (run for .debrief-settings on DOM ready), Debrief.Settings.payload(form).
 */
import * as Rest from '../shared/rest.js';
import * as Forms from '../followup/forms.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';

var doc = window.document;
var GLOBAL_FIELDS = ['label', 'jobCron', 'irrelevantResolution', 'prioritisePriority'];

/** A whole number typed in a field, or null when empty or not a number (the server names the field). */
function number(scope, name) {
    var text = Forms.value(scope, name);
    return /^-?\d+$/.test(text) ? parseInt(text, 10) : null;
}

function rows(form) {
    return Array.prototype.slice.call(form.querySelectorAll('tr.debrief-project-row'));
}

/** The JSON body for PUT /settings, flat like the REST field names. */
function payload(form) {
    var body = {};
    GLOBAL_FIELDS.forEach(function (name) {
        body[name] = Forms.value(form, name);
    });
    body.enabledProjectKeys = Forms.value(form, 'enabledProjectKeys')
        .split(/[\s,]+/)
        .filter(function (key) {
            return key.length > 0;
        });
    body.projects = rows(form).map(function (row) {
        var enabled = row.querySelector('[name="enabled"]');
        return {
            projectKey: Forms.value(row, 'projectKey'),
            enabled: enabled ? enabled.checked : true,
            detectMinutes: number(row, 'detectMinutes'),
            resolveMinutes: number(row, 'resolveMinutes'),
            checkpointIntervalDays: number(row, 'checkpointIntervalDays'),
            acknowledgeMinutes: number(row, 'acknowledgeMinutes'),
            mitigateMinutes: number(row, 'mitigateMinutes')
        };
    });
    return body;
}

/** Numbers the rows again so error slots match the positions the server will name. */
function renumber(form) {
    rows(form).forEach(function (row, index) {
        row.setAttribute('data-index', String(index));
        var slot = row.querySelector('[data-error-for]');
        if (slot) {
            slot.setAttribute('data-error-for', 'projects[' + index + ']');
        }
    });
}

function input(type, name, value, label) {
    var field = doc.createElement('input');
    field.type = type;
    field.name = name;
    field.className = type === 'checkbox' ? 'checkbox' : 'text short-field';
    field.setAttribute('aria-label', label);
    if (type === 'checkbox') {
        field.checked = true;
    } else if (value !== undefined && value !== null) {
        field.value = String(value);
    }
    var td = doc.createElement('td');
    td.appendChild(field);
    return td;
}

/** Adds an empty override row, pre-filled with the defaults. */
function addProjectRow(form) {
    var tbody = form.querySelector('table.debrief-project-settings tbody');
    var none = tbody.querySelector('.debrief-project-none');
    if (none) {
        none.parentNode.removeChild(none);
    }
    var defaults = form.querySelector('.debrief-project-add');
    var row = doc.createElement('tr');
    row.className = 'debrief-project-row';
    row.appendChild(input('text', 'projectKey', '', AJS.I18n.getText('debrief.settings.project.key')));
    row.appendChild(input('checkbox', 'enabled', null, AJS.I18n.getText('debrief.settings.project.enabled')));
    row.appendChild(
        input(
            'number',
            'detectMinutes',
            defaults && defaults.getAttribute('data-detect'),
            AJS.I18n.getText('debrief.settings.project.detect')
        )
    );
    row.appendChild(
        input(
            'number',
            'resolveMinutes',
            defaults && defaults.getAttribute('data-resolve'),
            AJS.I18n.getText('debrief.settings.project.resolve')
        )
    );
    row.appendChild(
        input(
            'number',
            'checkpointIntervalDays',
            defaults && defaults.getAttribute('data-interval'),
            AJS.I18n.getText('debrief.settings.project.interval')
        )
    );
    row.appendChild(
        input('number', 'acknowledgeMinutes', null, AJS.I18n.getText('debrief.settings.project.acknowledge'))
    );
    row.appendChild(input('number', 'mitigateMinutes', null, AJS.I18n.getText('debrief.settings.project.mitigate')));
    var last = doc.createElement('td');
    var slot = doc.createElement('div');
    slot.className = 'error';
    slot.setAttribute('data-error-for', 'projects[]');
    last.appendChild(slot);
    row.appendChild(last);
    var actions = doc.createElement('td');
    var remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'aui-button aui-button-link debrief-project-remove';
    remove.textContent = AJS.I18n.getText('debrief.settings.project.remove');
    actions.appendChild(remove);
    row.appendChild(actions);
    tbody.appendChild(row);
    renumber(form);
    row.querySelector('[name="projectKey"]').focus();
    return row;
}

/** Removes an override row; the project uses the defaults again once the form is saved. */
function removeProjectRow(form, row) {
    var tbody = row.parentNode;
    tbody.removeChild(row);
    renumber(form);
    var add = form.querySelector('.debrief-project-add');
    if (add) {
        add.focus();
    }
}

function save(form) {
    var button = form.querySelector('[type="submit"]');
    Forms.clear(form);
    button.disabled = true;
    return Rest.request('PUT', '/settings', payload(form))
        .then(
            function () {
                Forms.success(form.querySelector('.debrief-form-errors'), AJS.I18n.getText('debrief.settings.saved'));
                return true;
            },
            function (failure) {
                Forms.showFailure(form, failure);
                return false;
            }
        )
        .then(function (saved) {
            button.disabled = false;
            return saved;
        });
}

/** The admin declines the suggested filters: stored on the server, then the offer disappears. */
function declineFilters(section) {
    return Rest.request('POST', '/settings/suggested-filters/decline', {}).then(
        function () {
            section.parentNode.removeChild(section);
        },
        function (failure) {
            var error = section.querySelector('.debrief-filters-error');
            if (!error) {
                error = doc.createElement('p');
                error.className = 'error debrief-filters-error';
                section.appendChild(error);
            }
            error.textContent = failure.message;
        }
    );
}

function init(root) {
    var filters = root.querySelector('.debrief-suggested-filters');
    if (filters) {
        filters.addEventListener('click', function (event) {
            if (event.target.classList.contains('debrief-filters-decline')) {
                declineFilters(filters);
            }
        });
    }
    var form = root.querySelector('form.debrief-settings-form');
    if (!form) {
        return root;
    }
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        save(form);
    });
    form.addEventListener('click', function (event) {
        var target = event.target;
        if (target.classList.contains('debrief-project-add')) {
            addProjectRow(form);
        } else if (target.classList.contains('debrief-project-remove')) {
            removeProjectRow(form, target.closest('tr.debrief-project-row'));
        }
    });
    return root;
}

Debrief.Settings = {
    init: init,
    payload: payload,
    save: save,
    addProjectRow: addProjectRow,
    removeProjectRow: removeProjectRow,
    declineFilters: declineFilters
};

start.onContent('.debrief-settings', init, 'data-debrief-settings-ready');
