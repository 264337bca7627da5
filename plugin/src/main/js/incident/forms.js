/*
 * Form helpers shared by the Incident's Timeline and Debrief tabs (Debrief.IncidentForms): field errors next to
 * their inputs, a calm message box, the "someone else changed this" notice with a reload link. Every text shown here
 * goes through textContent, never innerHTML, so nothing a person typed can become markup.
 */
import * as Rest from '../shared/rest.js';
import { Debrief } from '../shared/namespace.js';

/** The reason of a refusal caused by a page older than what is stored (REST ErrorBody.reason). */
var STALE = 'debrief.error.stale';

/** Size of a text in UTF-8 bytes, as the server counts it. */
function utf8Length(text) {
    return unescape(encodeURIComponent(text || '')).length;
}

function byAttribute(root, attribute, value) {
    var candidates = root.querySelectorAll('[' + attribute + ']');
    for (var i = 0; i < candidates.length; i++) {
        if (candidates[i].getAttribute(attribute) === value) {
            return candidates[i];
        }
    }
    return null;
}

function clearErrors(form) {
    var slots = form.querySelectorAll('[data-error-for]');
    for (var i = 0; i < slots.length; i++) {
        slots[i].textContent = '';
    }
    var invalid = form.querySelectorAll('[aria-invalid="true"]');
    for (var j = 0; j < invalid.length; j++) {
        invalid[j].removeAttribute('aria-invalid');
    }
    var general = form.querySelector('.debrief-form-errors');
    if (general) {
        general.textContent = '';
    }
}

/** A box like AUI's message, text set safely. */
function message(container, type, text) {
    var box = document.createElement('div');
    box.className = 'aui-message aui-message-' + type;
    box.setAttribute('role', type === 'error' ? 'alert' : 'status');
    var p = document.createElement('p');
    p.textContent = text;
    box.appendChild(p);
    container.textContent = '';
    container.appendChild(box);
    return box;
}

/**
 * Shows [{field, message}] next to the inputs named like the fields; errors for fields the form does not have go
 * to its general error box. Returns the first input marked invalid (to focus it).
 */
function showFieldErrors(form, errors) {
    clearErrors(form);
    var first = null;
    var unplaced = [];
    errors.forEach(function (error) {
        var slot = byAttribute(form, 'data-error-for', error.field);
        if (!slot) {
            unplaced.push(error.message);
            return;
        }
        slot.textContent = error.message;
        var input = byAttribute(form, 'name', error.field);
        if (input) {
            input.setAttribute('aria-invalid', 'true');
            first = first || input;
        }
    });
    var general = form.querySelector('.debrief-form-errors');
    if (unplaced.length && general) {
        message(general, 'error', unplaced.join(' '));
    }
    return first;
}

/** A 409: what happened, and a link that reloads the page to see the latest state. */
/** A refused step; only a page older than the stored state offers a reload (others say what to change). */
function showConflict(container, text, reason) {
    var box = message(container, 'warning', text);
    if (reason && reason !== STALE) {
        return;
    }
    var p = document.createElement('p');
    var reload = document.createElement('a');
    reload.href = window.location.href;
    reload.className = 'debrief-reload';
    reload.textContent = AJS.I18n.getText('debrief.debrief.stale.reload');
    p.appendChild(reload);
    box.appendChild(p);
}

/** Shows a rejected request: field errors at the fields, conflicts with a reload link, the rest via Rest. */
function showRequestError(form, container, error) {
    if (error.status === 400 && error.errors && error.errors.length && form) {
        var first = showFieldErrors(form, error.errors);
        if (first && first.focus) {
            first.focus();
        }
    } else if (error.status === 409) {
        showConflict(container, error.message, error.reason);
    } else {
        Rest.showError(container, error);
    }
}

/** Calls fn after the caller has been quiet for wait ms. */
function debounce(fn, wait) {
    var timer = null;
    return function () {
        var args = arguments;
        var self = this;
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            fn.apply(self, args);
        }, wait);
    };
}

/** Replaces root with the HTML of a client-side Soy template (autoescaped there) and returns the new root. */
function replaceWithTemplate(root, html) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var fresh = holder.firstElementChild;
    root.parentNode.replaceChild(fresh, root);
    return fresh;
}

export {
    utf8Length,
    clearErrors,
    message,
    showFieldErrors,
    showConflict,
    showRequestError,
    debounce,
    replaceWithTemplate
};

Debrief.IncidentForms = {
    utf8Length,
    clearErrors,
    message,
    showFieldErrors,
    showConflict,
    showRequestError,
    debounce,
    replaceWithTemplate
};
