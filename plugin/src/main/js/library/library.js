/*
 * Live search for the debrief library page: the server-rendered GET form keeps working without JS; with JS, typing
 * in the search box (or changing a filter) fetches GET /library and redraws the results table in place.
 * Entry point: Debrief.Library.enhance(sectionElement, {restBase, pageUrl}) (run on DOMContentLoaded for
 * .debrief-library). Text from the server only ever becomes textContent. Needs debrief-rest.js and
 * debrief-dom.js.
 */
import * as Rest from '../shared/rest.js';
import * as Dom from '../shared/dom.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';

// client-side Soy fills the same namespace (Debrief.Library.page/...): add to it, never replace it
var Library = (Debrief.Library = Debrief.Library || {});
var DELAY_MS = 300;

var el = Dom.el;

var FILTERS = ['q', 'project', 'severity', 'month'];

/** The form's current filters as query parameters (blank ones left out). */
function filterParams(form) {
    var params = [];
    FILTERS.forEach(function (name) {
        var field = form.elements[name];
        var value = field ? String(field.value || '').trim() : '';
        if (value) {
            params.push(name + '=' + encodeURIComponent(value));
        }
    });
    return params;
}

/** The REST path for the form's current filters. */
function searchPath(form) {
    var params = filterParams(form);
    return '/library' + (params.length ? '?' + params.join('&') : '');
}

/**
 * The page's own URL for the form's filters (what the server renders the same way without JS), keeping the
 * debrief opened with ?key= so a shared link shows what the reader sees.
 */
function pageUrlFor(form, location) {
    var key = new window.URLSearchParams(location.search).get('key');
    var params = (key ? ['key=' + encodeURIComponent(key)] : []).concat(filterParams(form));
    return location.pathname + (params.length ? '?' + params.join('&') : '');
}

/** Puts the filters of a page URL's query back into the form (Back and Forward). */
function fillForm(form, search) {
    var query = new window.URLSearchParams(search);
    FILTERS.forEach(function (name) {
        var field = form.elements[name];
        if (field) {
            field.value = query.get(name) || '';
        }
    });
}

/** A measure as the server wrote it ("1 h 13 min") with the shared result lozenge, the target as its title. */
function measure(doc, m) {
    var cell = el(doc, 'td');
    var target = m && m.targetDisplay ? AJS.I18n.getText('debrief.library.target', m.targetDisplay) : undefined;
    if (!m || !m.display) {
        cell.appendChild(Dom.result(doc, 'unknown', target));
        return cell;
    }
    cell.appendChild(doc.createTextNode(m.display + ' '));
    cell.appendChild(Dom.result(doc, m.result || (m.met ? 'met' : 'missed'), target));
    return cell;
}

/** Redraws the results area from a GET /library answer. */
function renderResults(results, data, pageUrl) {
    var doc = results.ownerDocument;
    results.textContent = '';
    if (!data.items.length) {
        results.appendChild(
            el(doc, 'div', { class: 'aui-message aui-message-info' }, AJS.I18n.getText('debrief.library.empty'))
        );
        return;
    }
    results.appendChild(
        el(
            doc,
            'p',
            { class: 'debrief-library-count' },
            AJS.I18n.getText('debrief.library.count', data.start + 1, data.start + data.items.length, data.total)
        )
    );
    var table = results.appendChild(el(doc, 'table', { class: 'aui debrief-library-table' }));
    var head = table.appendChild(el(doc, 'thead')).appendChild(el(doc, 'tr'));
    [
        AJS.I18n.getText('debrief.library.column.incident'),
        AJS.I18n.getText('debrief.library.column.published'),
        AJS.I18n.getText('debrief.library.column.severity'),
        AJS.I18n.getText('debrief.library.column.ttd'),
        AJS.I18n.getText('debrief.library.column.ttr'),
        AJS.I18n.getText('debrief.library.column.items')
    ].forEach(function (label) {
        head.appendChild(el(doc, 'th', { scope: 'col' }, label));
    });
    var body = table.appendChild(el(doc, 'tbody'));
    data.items.forEach(function (item) {
        var row = body.appendChild(el(doc, 'tr', { 'data-key': item.key }));
        var first = row.appendChild(el(doc, 'td'));
        first.appendChild(el(doc, 'a', { href: pageUrl + '?key=' + encodeURIComponent(item.key) }, item.key));
        first.appendChild(doc.createTextNode(' ' + item.summary));
        row.appendChild(el(doc, 'td', {}, (item.publishedAt || '').substring(0, 10)));
        row.appendChild(el(doc, 'td', {}, item.severity ? item.severity.toUpperCase() : ''));
        row.appendChild(measure(doc, item.timeToDetect));
        row.appendChild(measure(doc, item.timeToResolve));
        row.appendChild(
            el(doc, 'td', {}, AJS.I18n.getText('debrief.library.items', item.actionItemsOpen, item.actionItemsClosed))
        );
    });
}

/**
 * Adds live search to a server-rendered library section. Returns {search()} (runs the search now; resolves when
 * redrawn). Options: restBase (REST root; Jira's when absent), pageUrl (the page's own URL for detail links).
 */
function enhance(section, options) {
    var opts = options || {};
    var form = section.querySelector('form.debrief-library-filters');
    var results = section.querySelector('.debrief-library-results');
    var pageUrl = opts.pageUrl || (window.location ? window.location.pathname : '');
    var timer = null;
    var latest = 0;
    var origin = 'submit';
    if (!form || !results) {
        return null;
    }

    /**
     * Makes the address say what is shown, so it can be shared and Back returns to the previous search: a new
     * history entry per search, except that the searches of one run of typing share one entry.
     */
    function remember(how) {
        var history = window.history;
        var location = window.location;
        if (how === 'history' || !history || !history.pushState || !location) {
            return;
        }
        var url = pageUrlFor(form, location);
        if (url === location.pathname + location.search) {
            return;
        }
        var typingAgain = how === 'typing' && history.state && history.state.debriefLibrary === 'typing';
        history[typingAgain ? 'replaceState' : 'pushState']({ debriefLibrary: how }, '', url);
    }

    function search(how) {
        var ticket = ++latest;
        remember(how || 'submit');
        results.setAttribute('aria-busy', 'true');
        return Rest.request('GET', searchPath(form), undefined, opts.restBase)
            .then(
                function (data) {
                    if (ticket === latest) {
                        renderResults(results, data, pageUrl);
                    }
                },
                function (error) {
                    if (ticket === latest) {
                        results.textContent = '';
                        results.appendChild(Dom.errorBox(results.ownerDocument, error));
                    }
                }
            )
            .then(function () {
                results.removeAttribute('aria-busy');
            });
    }
    function later(event) {
        var target = event && event.target;
        var typed = target && target.tagName === 'INPUT' && (target.type === 'search' || target.type === 'text');
        // the change of a text box comes after its typing: it does not start a new entry
        if (event && event.type === 'input') {
            origin = typed ? 'typing' : 'change';
        } else if (!typed) {
            origin = 'change';
        }
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            search(origin);
        }, DELAY_MS);
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        window.clearTimeout(timer);
        search('submit');
    });
    window.addEventListener('popstate', function () {
        fillForm(form, window.location.search);
        window.clearTimeout(timer);
        search('history');
    });
    return { search: search };
}

Library.enhance = enhance;
Library.internals = { searchPath: searchPath, pageUrlFor: pageUrlFor, renderResults: renderResults };

// every library section of the page, on DOM ready and in content Jira adds later
start.onContent(
    '.debrief-library',
    function (section) {
        enhance(section, {});
    },
    'data-debrief-library-ready'
);
