/* What the review's table, decisions and chart share: elements, the error box, links and percentages. */
import * as Dom from '../shared/dom.js';

export var el = Dom.el;

/** A link to an issue in Jira (relative to the context path), its key as text. */
export function issueLink(doc, key) {
    return el(
        doc,
        'a',
        { href: AJS.contextPath() + '/browse/' + encodeURIComponent(key), class: 'debrief-issue-link' },
        key
    );
}

export function percent(rate) {
    return rate === null || rate === undefined ? AJS.I18n.getText('debrief.review.none') : Math.round(rate * 100) + '%';
}

/** An AUI error message with the error's text and its field errors, all as text. */
export function errorBox(doc, error) {
    var box = Dom.errorBox(doc, error);
    box.classList.add('debrief-review-error');
    return box;
}
