/*
 * The Incident's Debrief tab, enhanced (Debrief.DebriefTab): save impact and analysis, blameless-lint hints while
 * typing, "Create action item" for drafted items, Hold and Publish with a confirmation. The server-rendered tab
 * (Debrief.Debrief.tab) is complete for reading without this script.
 *
 * A page calls Debrief.DebriefTab.init(root) for an element with data-debrief-debrief (data-issue-key,
 * data-version); this file does so itself on DOM ready and when Jira adds content (AJAX-loaded issue tabs).
 */
import * as Rest from '../shared/rest.js';
import * as Forms from './forms.js';
import { announceItemsChanged } from '../followup/changes.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';

/** How long typing must pause before the text is linted. */
var LINT_DELAY_MS = 400;
var WHOLE_NUMBER = /^\d+$/;

function issuePath(root) {
    return '/incidents/' + encodeURIComponent(root.getAttribute('data-issue-key'));
}

function messages(root) {
    return root.querySelector('.debrief-debrief-messages');
}

function version(root) {
    return parseInt(root.getAttribute('data-version'), 10);
}

function value(form, name) {
    var input = form.elements.namedItem(name);
    return input && input.value !== undefined ? input.value : '';
}

/** Checks the form before sending; returns [{field, message}]. */
function validate(form) {
    var errors = [];
    var count = value(form, 'impact.count').trim();
    if (count && !WHOLE_NUMBER.test(count)) {
        errors.push({ field: 'impact.count', message: AJS.I18n.getText('debrief.error.impact.count.invalid') });
    }
    return errors;
}

/** The JSON body of PUT .../debrief, with the version this page was rendered from. */
function payload(form, currentVersion) {
    var count = value(form, 'impact.count').trim();
    return {
        impact: {
            affected: value(form, 'impact.affected'),
            count: count === '' ? null : count,
            duration: value(form, 'impact.duration'),
            cost: value(form, 'impact.cost')
        },
        analysis: value(form, 'analysis'),
        autoResolved: value(form, 'autoResolved') || 'unanswered',
        version: currentVersion
    };
}

/** Shows lint findings [{family, familyText, match, reason, rewrite}] in a hints container, as text only. */
function renderLint(container, findings) {
    container.textContent = '';
    if (!findings || !findings.length) {
        return;
    }
    var list = document.createElement('ul');
    list.className = 'debrief-lint-list';
    findings.forEach(function (finding) {
        var item = document.createElement('li');
        item.className = 'debrief-lint-hint';
        item.setAttribute('data-family', finding.family);
        var quote = document.createElement('q');
        quote.textContent = finding.match;
        item.appendChild(quote);
        [
            ['debrief-lint-family', finding.familyText],
            ['debrief-lint-reason', finding.reason],
            ['debrief-lint-rewrite', finding.rewrite]
        ].forEach(function (part) {
            var span = document.createElement('span');
            span.className = part[0];
            span.textContent = part[1] || '';
            item.appendChild(document.createTextNode(' '));
            item.appendChild(span);
        });
        list.appendChild(item);
    });
    container.appendChild(list);
}

function lintContainer(root, name) {
    var all = root.querySelectorAll('[data-lint-for]');
    for (var i = 0; i < all.length; i++) {
        if (all[i].getAttribute('data-lint-for') === name) {
            return all[i];
        }
    }
    return null;
}

/**
 * Lints one field now, with the incident's key so the names of its people are flagged too; hints appear under it.
 * A failed lint stays silent: it is advice, not a gate.
 */
function lintField(root, input) {
    var container = lintContainer(root, input.getAttribute('data-lint'));
    if (!container) {
        return Promise.resolve();
    }
    if (!input.value.trim()) {
        renderLint(container, []);
        return Promise.resolve();
    }
    var body = { text: input.value };
    if (root.getAttribute('data-issue-key')) {
        body.issueKey = root.getAttribute('data-issue-key');
    }
    return Rest.request('POST', '/lint', body).then(
        function (answer) {
            renderLint(container, answer.findings);
        },
        function () {
            return undefined;
        }
    );
}

/** Puts the server's latest state into the page: the version, lint hints, and the answers when templates exist. */
function applySaved(root, data) {
    root.setAttribute('data-version', String(data.version));
    var hidden = root.querySelector('input[name="version"]');
    if (hidden) {
        hidden.value = String(data.version);
    }
    Object.keys(data.lint || {}).forEach(function (name) {
        var container = lintContainer(root, name);
        if (container) {
            renderLint(container, data.lint[name]);
        }
    });
    var answers = root.querySelector('.debrief-answers-region');
    if (answers && Debrief.Debrief && typeof Debrief.Debrief.answers === 'function') {
        answers.innerHTML = Debrief.Debrief.answers({ answers: data.answers, canEdit: data.canEdit });
    }
}

function save(root, form) {
    var errors = validate(form);
    if (errors.length) {
        Forms.showFieldErrors(form, errors);
        return Promise.resolve(false);
    }
    Forms.clearErrors(form);
    return Rest.request('PUT', issuePath(root) + '/debrief', payload(form, version(root))).then(
        function (data) {
            applySaved(root, data);
            Forms.message(messages(root), 'success', AJS.I18n.getText('debrief.debrief.saved'));
            return true;
        },
        function (error) {
            Forms.showRequestError(form, messages(root), error);
            return false;
        }
    );
}

/**
 * Hold or publish after the reader confirms; the tab is shown again in its new state. With lintSeen the reader
 * confirmed a text that still has lint hints, and the hold records it (hints never block a hold).
 */
function step(root, name, confirmText, lintSeen) {
    if (!window.confirm(confirmText)) {
        return Promise.resolve(false);
    }
    var body = { version: version(root) };
    if (lintSeen) {
        body.lintSeen = true;
    }
    var override = root.querySelector('.debrief-hold-override-input');
    if (name === 'hold' && override && override.value.trim()) {
        body.override = override.value.trim();
    }
    // errors show beside the buttons that caused them, not at the top of the tab
    var stepMessages = root.querySelector('.debrief-steps-messages') || messages(root);
    return Rest.request('POST', issuePath(root) + '/debrief/' + name, body).then(
        function (data) {
            if (Debrief.Debrief && typeof Debrief.Debrief.tab === 'function') {
                init(Forms.replaceWithTemplate(root, Debrief.Debrief.tab(data)));
            } else {
                window.location.reload();
            }
            return true;
        },
        function (error) {
            Forms.showRequestError(
                override && name === 'hold' ? override.closest('.debrief-steps') : null,
                stepMessages,
                error
            );
            return false;
        }
    );
}

/**
 * The body of POST /incidents/{key}/action-items for a "Create action item" button: the drafted summary and
 * category, and which suggestion it is made from (so the server makes each suggestion into one item only).
 */
function actionItemPayload(button) {
    var payload = {
        summary: button.getAttribute('data-summary'),
        category: button.getAttribute('data-category')
    };
    if (button.getAttribute('data-suggestion')) {
        payload.suggestion = button.getAttribute('data-suggestion');
    }
    return payload;
}

/** Puts "Created as KEY" (a link to the item) where the button was: the suggestion is taken now. */
function showCreatedItem(button, key) {
    var shown = document.createElement('span');
    shown.className = 'debrief-draft-item';
    shown.appendChild(document.createTextNode(AJS.I18n.getText('debrief.debrief.draft.became') + ' '));
    var link = document.createElement('a');
    link.setAttribute('href', AJS.contextPath() + '/browse/' + encodeURIComponent(key));
    link.setAttribute('data-key', key);
    link.textContent = key;
    shown.appendChild(link);
    button.parentNode.replaceChild(shown, button);
}

function createActionItem(root, button) {
    var result = button.parentNode.querySelector('.debrief-draft-result');
    button.disabled = true;
    return Rest.request('POST', issuePath(root) + '/action-items', actionItemPayload(button)).then(
        function (created) {
            var key = created && created.key ? created.key : '';
            Forms.message(result, 'success', AJS.I18n.getText('debrief.debrief.draft.created', key));
            showCreatedItem(button, key);
            if (key) {
                announceItemsChanged(root.getAttribute('data-issue-key'), created);
            }
            return true;
        },
        function (error) {
            // 409: the suggestion was already made into an item (another tab, a double click): no second try
            button.disabled = error && error.status === 409;
            Rest.showError(result, error);
            return false;
        }
    );
}

/** Enhances one server-rendered Debrief tab. */
function init(root) {
    root.setAttribute('data-debrief-ready', 'true');
    var lintLater = Forms.debounce(function (input) {
        lintField(root, input);
    }, LINT_DELAY_MS);
    root.addEventListener('input', function (event) {
        if (event.target.hasAttribute && event.target.hasAttribute('data-lint')) {
            lintLater(event.target);
        }
    });
    root.addEventListener('submit', function (event) {
        var form = event.target.closest('form.debrief-debrief-form');
        if (form) {
            event.preventDefault();
            save(root, form);
        }
    });
    root.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        if (!button) {
            return;
        }
        if (button.classList.contains('debrief-create-action')) {
            createActionItem(root, button);
        } else if (button.classList.contains('debrief-hold')) {
            var hints = root.querySelectorAll('li.debrief-lint-hint').length;
            step(
                root,
                'hold',
                hints
                    ? AJS.I18n.getText('debrief.debrief.hold.confirm.lint', hints)
                    : AJS.I18n.getText('debrief.debrief.hold.confirm'),
                hints > 0
            );
        } else if (button.classList.contains('debrief-publish')) {
            step(root, 'publish', AJS.I18n.getText('debrief.debrief.publish.confirm'));
        }
    });
    return root;
}

Debrief.DebriefTab = {
    init: init,
    validate: validate,
    payload: payload,
    renderLint: renderLint,
    lintField: lintField,
    save: save,
    step: step,
    actionItemPayload: actionItemPayload,
    createActionItem: createActionItem,
    LINT_DELAY_MS: LINT_DELAY_MS
};

start.onContent('[data-debrief-debrief]', init);
