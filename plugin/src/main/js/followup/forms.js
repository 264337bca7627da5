/*
 * Debrief.Forms: inline errors for the follow-up forms (action items, checkpoint outcomes, settings).
 *
 * A form marks where each field's message goes with an element [data-error-for="FIELD"]. A REST refusal's field
 * (e.g. "outcomes[1].reason", "projects[0].detect") is shown in the slot of the longest matching prefix
 * ("outcomes[1].reason", then "outcomes[1]"); messages without a slot, and the general message, go to the form's
 * .debrief-form-errors box. Text is always set with textContent, never parsed as HTML.
 */
import { Debrief } from '../shared/namespace.js';

var doc = window.document;

function slots(form) {
    return Array.prototype.slice.call(form.querySelectorAll('[data-error-for]'));
}

/** The slot for a field: the exact one, else the one of the nearest enclosing path ("a[0].b" -> "a[0]"). */
function slotFor(form, field) {
    var all = slots(form);
    var path = field;
    while (path) {
        for (var i = 0; i < all.length; i++) {
            if (all[i].getAttribute('data-error-for') === path) {
                return all[i];
            }
        }
        var dot = path.lastIndexOf('.');
        path = dot > 0 ? path.substring(0, dot) : '';
    }
    return null;
}

function box(form) {
    return form.querySelector('.debrief-form-errors');
}

function clear(form) {
    slots(form).forEach(function (slot) {
        slot.textContent = '';
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
        input.removeAttribute('aria-invalid');
    });
    var general = box(form);
    if (general) {
        general.textContent = '';
    }
}

function markInvalid(slot, field) {
    var name = field.substring(field.lastIndexOf('.') + 1);
    var scope = slot.closest('fieldset, tr, .field-group') || slot.parentNode;
    var input = scope.querySelector('[name="' + name + '"]');
    if (input) {
        input.setAttribute('aria-invalid', 'true');
    }
}

function line(slot, text) {
    var p = doc.createElement('p');
    p.textContent = text;
    slot.appendChild(p);
}

/**
 * Shows a failure: each {field, message} next to its field, the rest (and the general message) in the box.
 * errors: [{field, message}]; message: the general text.
 */
function show(form, message, errors) {
    clear(form);
    var unplaced = [];
    (errors || []).forEach(function (error) {
        var slot = slotFor(form, error.field);
        if (slot) {
            line(slot, error.message);
            markInvalid(slot, error.field);
        } else {
            unplaced.push(error.message);
        }
    });
    var general = box(form);
    if (!general) {
        return;
    }
    var alert = doc.createElement('div');
    alert.className = 'aui-message aui-message-error';
    alert.setAttribute('role', 'alert');
    line(alert, message);
    if (unplaced.length) {
        var list = doc.createElement('ul');
        unplaced.forEach(function (text) {
            var li = doc.createElement('li');
            li.textContent = text;
            list.appendChild(li);
        });
        alert.appendChild(list);
    }
    general.appendChild(alert);
}

/** Shows a rejected Debrief.Rest request (status, message, errors). */
function showFailure(form, failure) {
    show(form, failure.message, failure.errors);
}

/** An AUI success message with the text, put in place of container's content. */
function success(container, text) {
    container.textContent = '';
    var message = doc.createElement('div');
    message.className = 'aui-message aui-message-success';
    message.setAttribute('role', 'status');
    line(message, text);
    container.appendChild(message);
}

/** The trimmed value of the named control in form, or '' when absent. */
function value(scope, name) {
    var input = scope.querySelector('[name="' + name + '"]');
    return input && typeof input.value === 'string' ? input.value.trim() : '';
}

export { clear, show, showFailure, success, value, slotFor };

Debrief.Forms = { clear, show, showFailure, success, value, slotFor };
