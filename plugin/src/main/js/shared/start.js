/*
 * The one start-up rule of every Debrief script: run init(element) once for each element matching selector, on DOM
 * ready (or now, when the page is already parsed) and again in content Jira adds later (an issue tab loaded by AJAX
 * fires JIRA.Events.NEW_CONTENT_ADDED with the new content). An element is marked data-debrief-ready (or the given
 * marker attribute) when initialised, so two scripts bundling this module never initialise it twice.
 */

/** Calls callback(scope) on DOM ready and for each piece of content Jira adds later. */
export function whenContent(callback) {
    const doc = window.document;
    if (doc.readyState === 'loading') {
        doc.addEventListener('DOMContentLoaded', () => callback(doc));
    } else {
        callback(doc);
    }
    const jira = window.JIRA;
    if (jira && jira.bind && jira.Events && jira.Events.NEW_CONTENT_ADDED) {
        jira.bind(jira.Events.NEW_CONTENT_ADDED, (event, context) =>
            callback(context && context[0] ? context[0] : doc)
        );
    }
}

/** Runs init(element) once for every element matching selector under scope that is not marked yet. */
export function initAll(scope, selector, init, marker = 'data-debrief-ready') {
    Array.prototype.forEach.call(scope.querySelectorAll(selector), (element) => {
        if (!element.hasAttribute(marker)) {
            element.setAttribute(marker, 'true');
            init(element);
        }
    });
}

/** Initialises every element matching selector now or on DOM ready, and in content Jira adds later. */
export function onContent(selector, init, marker) {
    whenContent((scope) => initAll(scope, selector, init, marker));
}
