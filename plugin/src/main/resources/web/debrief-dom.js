/*
 * DOM helpers the review and library scripts share: elements built with textContent (so server text is never parsed
 * as HTML) and the AUI error box for a rejected Debrief.Rest request.
 */
(function (global) {
    'use strict';

    var Debrief = global.Debrief = global.Debrief || {};

    /** A new element with attributes and, if given, text content. */
    function el(doc, tag, attrs, text) {
        var node = doc.createElement(tag);
        Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    /** An AUI error message with a rejected request's message and field errors ([data-field]), all as text. */
    function errorBox(doc, error) {
        var box = el(doc, 'div', { 'class': 'aui-message aui-message-error', role: 'alert' });
        box.appendChild(el(doc, 'p', {}, error.message));
        if (error.errors && error.errors.length) {
            var list = box.appendChild(el(doc, 'ul'));
            error.errors.forEach(function (e) { list.appendChild(el(doc, 'li', { 'data-field': e.field }, e.message)); });
        }
        return box;
    }

    Debrief.Dom = { el: el, errorBox: errorBox };
}(window));
