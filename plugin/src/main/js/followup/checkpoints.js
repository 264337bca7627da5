/*
 * The "Checkpoints" section (template Debrief.Followup.checkpoints): closes an opened checkpoint with one outcome per
 * open item through POST /incidents/{key}/checkpoints/{number}/outcomes. Obvious gaps (no outcome chosen, a
 * re-planned item without a date, a dropped item without a reason) are shown before sending; the server's refusals
 * ("outcomes[1].reason") appear next to the item they concern.
 *
 * Entry points: Debrief.Checkpoints.init(section) (run for every section.debrief-checkpoints on DOM ready
 * and in content Jira adds later, such as an AJAX-loaded tab),
 * Debrief.Checkpoints.collect(form) -> {outcomes, errors}.
 */
import * as Rest from '../shared/rest.js';
import * as Forms from '../followup/forms.js';
import * as start from '../shared/start.js';
import { announceItemsChanged } from './changes.js';
import { Debrief } from '../shared/namespace.js';

var doc = window.document;

function chosen(fieldset) {
    var checked = fieldset.querySelector('input[type="radio"]:checked');
    return checked ? checked.value : '';
}

/**
 * Reads the form: one outcome per item, in the order of the items (the index the server's field names use),
 * and the problems found before sending, as {field, message}.
 */
function collect(form) {
    var outcomes = [];
    var errors = [];
    Array.prototype.forEach.call(form.querySelectorAll('fieldset.debrief-outcome'), function (fieldset, index) {
        var prefix = 'outcomes[' + index + '].';
        var outcome = { item: fieldset.getAttribute('data-item'), outcome: chosen(fieldset) };
        if (!outcome.outcome) {
            errors.push({ field: prefix + 'outcome', message: AJS.I18n.getText('debrief.followup.outcome.missing') });
        } else if (outcome.outcome === 'replanned') {
            outcome.due = Forms.value(fieldset, 'due');
            if (!outcome.due) {
                errors.push({
                    field: prefix + 'due',
                    message: AJS.I18n.getText('debrief.error.checkpoint.due.required')
                });
            }
        } else if (outcome.outcome === 'dropped') {
            outcome.reason = Forms.value(fieldset, 'reason');
            if (!outcome.reason) {
                errors.push({
                    field: prefix + 'reason',
                    message: AJS.I18n.getText('debrief.error.checkpoint.reason.required')
                });
            }
        }
        outcomes.push(outcome);
    });
    return { outcomes: outcomes, errors: errors };
}

function outcomeText(outcome) {
    switch (outcome.outcome) {
        case 'done':
            return AJS.I18n.getText('debrief.followup.outcome.done');
        case 'replanned':
            return (
                AJS.I18n.getText('debrief.followup.outcome.replanned') + (outcome.due ? ' (' + outcome.due + ')' : '')
            );
        case 'dropped':
            return AJS.I18n.getText('debrief.followup.outcome.dropped') + (outcome.reason ? ': ' + outcome.reason : '');
        default:
            return outcome.outcome;
    }
}

/** The outcomes list of a closed checkpoint, as the Soy template Debrief.Followup.checkpoints draws it. */
function outcomeList(outcomes) {
    var list = doc.createElement('ul');
    list.className = 'debrief-outcomes';
    outcomes.forEach(function (outcome) {
        var entry = list.appendChild(doc.createElement('li'));
        entry.setAttribute('data-item', outcome.item);
        entry.setAttribute('data-outcome', outcome.outcome);
        entry.textContent = outcome.item + ': ' + outcomeText(outcome);
    });
    return list;
}

/** Shows the checkpoint as the server answered it: closed, with its outcomes in the history row. */
function markClosed(section, number, checkpoint) {
    var row = section.querySelector('tr[data-number="' + number + '"]');
    if (!row) {
        return;
    }
    var outcomes = (checkpoint && checkpoint.outcomes) || [];
    var cells = row.querySelectorAll('td');
    if (outcomes.length && cells.length) {
        var last = cells[cells.length - 1];
        last.textContent = '';
        last.appendChild(outcomeList(outcomes));
    }
    row.setAttribute('data-state', 'closed');
    var lozenge = row.querySelector('.aui-lozenge');
    if (lozenge) {
        lozenge.className = 'aui-lozenge aui-lozenge-success';
        lozenge.setAttribute('data-state', 'closed');
        lozenge.textContent = AJS.I18n.getText('debrief.followup.checkpoints.state.closed');
    }
}

function submit(section, form) {
    var read = collect(form);
    if (read.errors.length) {
        Forms.show(form, AJS.I18n.getText('debrief.error.invalid.input'), read.errors);
        return Promise.resolve(false);
    }
    var incident = form.getAttribute('data-incident');
    var number = form.getAttribute('data-number');
    var button = form.querySelector('[type="submit"]');
    Forms.clear(form);
    button.disabled = true;
    return Rest.request(
        'POST',
        '/incidents/' + encodeURIComponent(incident) + '/checkpoints/' + encodeURIComponent(number) + '/outcomes',
        { outcomes: read.outcomes }
    ).then(
        function (checkpoint) {
            markClosed(section, number, checkpoint);
            // done, re-planned and dropped items change in the action items list above
            announceItemsChanged(incident);
            var done = doc.createElement('div');
            form.parentNode.replaceChild(done, form);
            Forms.success(done, AJS.I18n.getText('debrief.followup.checkpoints.closed', number));
            return true;
        },
        function (failure) {
            button.disabled = false;
            Forms.showFailure(form, failure);
            return false;
        }
    );
}

function init(section) {
    Array.prototype.forEach.call(section.querySelectorAll('form.debrief-outcome-form'), function (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            submit(section, form);
        });
    });
    return section;
}

Debrief.Checkpoints = { init: init, collect: collect, submit: submit };

// on page load and in an AJAX-loaded Debrief tab
start.onContent('section.debrief-checkpoints', init);
