/*
 * DOM helpers the review and library scripts share: elements built with textContent (so server text is never parsed
 * as HTML) and the AUI error box for a rejected Debrief.Rest request.
 */
import { Debrief } from '../shared/namespace.js';

/** A new element with attributes and, if given, text content. */
function el(doc, tag, attrs, text) {
    var node = doc.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
        node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined && text !== null) {
        node.textContent = String(text);
    }
    return node;
}

/**
 * An AUI error message with a rejected request's message and field errors ([data-field]), all as text; a field
 * error saying exactly what the message says is not repeated (the field stays named on the box).
 */
function errorBox(doc, error) {
    var box = el(doc, 'div', { class: 'aui-message aui-message-error', role: 'alert' });
    box.appendChild(el(doc, 'p', {}, error.message));
    var errors = error.errors || [];
    var repeated = errors.filter(function (e) {
        return e.message === error.message;
    });
    if (repeated.length === 1) {
        box.setAttribute('data-field', repeated[0].field);
    }
    var others = errors.filter(function (e) {
        return repeated.length !== 1 || e !== repeated[0];
    });
    if (others.length) {
        var list = box.appendChild(el(doc, 'ul'));
        others.forEach(function (e) {
            list.appendChild(el(doc, 'li', { 'data-field': e.field }, e.message));
        });
    }
    return box;
}

/**
 * A result as the one lozenge every screen uses (the same markup as the Soy template Debrief.Common.result):
 * met, missed, yes, no or unknown; title optional.
 */
function result(doc, name, title) {
    var looks = {
        met: ['aui-lozenge aui-lozenge-success', AJS.I18n.getText('debrief.common.result.met')],
        missed: ['aui-lozenge aui-lozenge-moved', AJS.I18n.getText('debrief.common.result.missed')],
        yes: ['aui-lozenge aui-lozenge-success', AJS.I18n.getText('debrief.common.result.yes')],
        no: ['aui-lozenge aui-lozenge-moved', AJS.I18n.getText('debrief.common.result.no')],
        unknown: ['aui-lozenge', AJS.I18n.getText('debrief.common.result.unknown')]
    };
    var known = Object.prototype.hasOwnProperty.call(looks, name) ? name : 'unknown';
    var attrs = { class: looks[known][0] + ' debrief-result', 'data-result': known };
    if (title) {
        attrs.title = title;
    }
    return el(doc, 'span', attrs, looks[known][1]);
}

/** A new element with a class name (optional) and, if given, text content: set as text, never parsed as HTML. */
function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
        node.className = className;
    }
    if (text !== undefined && text !== null) {
        node.textContent = text;
    }
    return node;
}

export { el, element, errorBox, result };

Debrief.Dom = { el, element, errorBox, result };
