/*
 * Decisions on a review item: close as irrelevant (with a reason, in a form of its own under the row), prioritise or
 * keep; the request body, the text of a past decision, and the row's buttons. `view` is the list's view of itself:
 * {doc, element, state, controller, render(), columnCount()}.
 */
import { el } from './common.js';

/** The message a rejected request gave for one field, or null. */
export function fieldError(error, field) {
    var found = ((error && error.errors) || []).filter(function (e) {
        return e.field === field;
    })[0];
    return found ? found.message : null;
}

/** Whether a rejected request says anything besides what it said about this field. */
export function beyondField(error, field) {
    var errors = (error && error.errors) || [];
    return (
        !errors.length ||
        errors.some(function (e) {
            return e.field !== field;
        })
    );
}

/** The body of a decision request; throws an Error with field "reason" when closing without one. */
export function decisionPayload(decision, item, reason) {
    var body = { decision: decision, version: item.version };
    if (decision === 'close-irrelevant') {
        var given = (reason || '').trim();
        if (!given) {
            var error = new Error(AJS.I18n.getText('debrief.review.reason.required'));
            error.errors = [{ field: 'reason', message: error.message }];
            throw error;
        }
        body.reason = given;
    }
    return body;
}

export function decisionText(record) {
    if (!record) {
        return AJS.I18n.getText('debrief.review.none');
    }
    var what =
        record.decision === 'close-irrelevant'
            ? AJS.I18n.getText('debrief.review.decision.close-irrelevant')
            : record.decision === 'prioritise'
              ? AJS.I18n.getText('debrief.review.decision.prioritised')
              : AJS.I18n.getText('debrief.review.decision.kept');
    var who = record.by ? record.by.displayName : '';
    return AJS.I18n.getText('debrief.review.decision.by', what, who, (record.at || '').substring(0, 10));
}

/** The decision buttons of a row the viewer may decide on; an empty cell for the others. */
export function decisionCell(view, item) {
    var doc = view.doc,
        state = view.state;
    var cell = el(doc, 'td', { class: 'debrief-review-decide' });
    if (item.canDecide !== true) {
        return cell;
    }
    [
        ['close', AJS.I18n.getText('debrief.review.decision.close')],
        ['prioritise', AJS.I18n.getText('debrief.review.decision.prioritise')],
        ['keep', AJS.I18n.getText('debrief.review.decision.keep')]
    ].forEach(function (choice) {
        var attrs = { type: 'button', class: 'aui-button aui-button-compact', 'data-decision': choice[0] };
        if (choice[0] === 'close') {
            attrs['aria-expanded'] = state.openClose === item.key ? 'true' : 'false';
            attrs['aria-controls'] = 'debrief-review-close-' + item.key;
        }
        var button = cell.appendChild(el(doc, 'button', attrs, choice[1]));
        button.addEventListener('click', function () {
            if (choice[0] === 'close') {
                openCloseForm(view, item.key);
            } else {
                view.controller.decide(item.key, choice[0]);
            }
        });
    });
    return cell;
}

function openCloseForm(view, itemKey) {
    var state = view.state;
    state.openClose = itemKey;
    view.render();
    var reason = view.doc.getElementById('debrief-review-reason-' + itemKey);
    if (reason) {
        reason.focus();
    }
}

function cancelCloseForm(view, item) {
    var state = view.state;
    state.openClose = null;
    item.error = null;
    view.render();
    var opener = view.element.querySelector('tr[data-key="' + item.key + '"] button[data-decision="close"]');
    if (opener) {
        opener.focus();
    }
}

/**
 * The close-as-irrelevant form, in a row of its own under the item (the full width of the table, so nothing
 * is pushed off the page): the reason, its error next to it, Close item and Cancel; Escape cancels.
 */
export function closeFormRow(view, item) {
    var doc = view.doc;
    var row = el(doc, 'tr', { class: 'debrief-review-close-row', 'data-close-for': item.key });
    var cell = row.appendChild(el(doc, 'td', { colspan: String(view.columnCount()) }));
    var form = cell.appendChild(
        el(doc, 'form', {
            class: 'aui debrief-review-close',
            novalidate: 'novalidate',
            id: 'debrief-review-close-' + item.key
        })
    );
    var id = 'debrief-review-reason-' + item.key;
    form.appendChild(el(doc, 'label', { for: id }, AJS.I18n.getText('debrief.review.reason')));
    var reason = form.appendChild(
        el(doc, 'textarea', {
            id: id,
            name: 'reason',
            class: 'textarea',
            maxlength: '1000',
            required: 'required',
            rows: '3'
        })
    );
    reason.value = item.draftReason || '';
    reason.addEventListener('input', function () {
        item.draftReason = reason.value;
    });
    var reasonError = fieldError(item.error, 'reason');
    if (reasonError) {
        var errorId = id + '-error';
        reason.setAttribute('aria-invalid', 'true');
        reason.setAttribute('aria-describedby', errorId);
        form.appendChild(
            el(doc, 'div', { class: 'error', id: errorId, 'data-field': 'reason', role: 'alert' }, reasonError)
        );
    }
    var buttons = form.appendChild(el(doc, 'div', { class: 'buttons' }));
    buttons.appendChild(
        el(
            doc,
            'button',
            { type: 'submit', class: 'aui-button aui-button-primary' },
            AJS.I18n.getText('debrief.review.confirm.close')
        )
    );
    var cancel = buttons.appendChild(
        el(
            doc,
            'button',
            { type: 'button', class: 'aui-button aui-button-link' },
            AJS.I18n.getText('debrief.review.cancel')
        )
    );
    cancel.addEventListener('click', function () {
        cancelCloseForm(view, item);
    });
    form.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' || event.key === 'Esc') {
            event.preventDefault();
            cancelCloseForm(view, item);
        }
    });
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        view.controller.decide(item.key, 'close-irrelevant', reason.value);
    });
    return row;
}
