/*
 * Form helpers shared by the Incident's Timeline and Debrief tabs (Debrief.IncidentForms): field errors next to
 * their inputs, a calm message box, the "someone else changed this" notice with a reload link. Every text shown here
 * goes through textContent, never innerHTML, so nothing a person typed can become markup.
 */
(function (global) {
    'use strict';

    var Debrief = global.Debrief = global.Debrief || {};
    if (Debrief.IncidentForms) {
        return;
    }
    var document = global.document;
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
        reload.href = global.location.href;
        reload.className = 'debrief-reload';
        reload.textContent = AJS.I18n.getText('debrief.debrief.stale.reload');
        p.appendChild(reload);
        box.appendChild(p);
    }

    /** Shows a rejected request: field errors at the fields, conflicts with a reload link, the rest via Debrief.Rest. */
    function showRequestError(form, container, error) {
        if (error.status === 400 && error.errors && error.errors.length && form) {
            var first = showFieldErrors(form, error.errors);
            if (first && first.focus) {
                first.focus();
            }
        } else if (error.status === 409) {
            showConflict(container, error.message, error.reason);
        } else {
            Debrief.Rest.showError(container, error);
        }
    }

    /** Calls fn after the caller has been quiet for wait ms. */
    function debounce(fn, wait) {
        var timer = null;
        return function () {
            var args = arguments;
            var self = this;
            global.clearTimeout(timer);
            timer = global.setTimeout(function () {
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

    /** Runs init on every element matching selector under scope that has not been initialised yet. */
    function initAll(scope, selector, init) {
        var roots = (scope || document).querySelectorAll(selector);
        for (var i = 0; i < roots.length; i++) {
            if (!roots[i].hasAttribute('data-debrief-ready')) {
                init(roots[i]);
            }
        }
    }

    /** Initialises now (or on DOM ready) and again whenever Jira loads new content, such as an AJAX-loaded tab. */
    function onContent(callback) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', function () {
                callback(document);
            });
        } else {
            callback(document);
        }
        var jira = global.JIRA;
        if (jira && jira.bind && jira.Events && jira.Events.NEW_CONTENT_ADDED) {
            jira.bind(jira.Events.NEW_CONTENT_ADDED, function (event, context) {
                callback(context && context[0] ? context[0] : document);
            });
        }
    }

    Debrief.IncidentForms = {
        utf8Length: utf8Length,
        clearErrors: clearErrors,
        message: message,
        showFieldErrors: showFieldErrors,
        showConflict: showConflict,
        showRequestError: showRequestError,
        debounce: debounce,
        replaceWithTemplate: replaceWithTemplate,
        initAll: initAll,
        onContent: onContent
    };
}(window));
