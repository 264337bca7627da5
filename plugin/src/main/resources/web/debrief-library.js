/*
 * Live search for the debrief library page: the server-rendered GET form keeps working without JS; with JS, typing
 * in the search box (or changing a filter) fetches GET /library and redraws the results table in place.
 * Entry point: Debrief.Library.enhance(sectionElement, {restBase, pageUrl}) (run on DOMContentLoaded for
 * .debrief-library). Text from the server only ever becomes textContent. Needs debrief-rest.js and
 * debrief-dom.js.
 */
(function (global) {
    'use strict';

    var Debrief = global.Debrief = global.Debrief || {};
    // client-side Soy fills the same namespace (Debrief.Library.page/...): add to it, never replace it
    var Library = Debrief.Library = Debrief.Library || {};
    var DELAY_MS = 300;

    var el = Debrief.Dom.el;

    /** The REST path for the form's current filters (blank ones left out). */
    function searchPath(form) {
        var params = [];
        ['q', 'project', 'severity', 'month'].forEach(function (name) {
            var field = form.elements[name];
            var value = field ? String(field.value || '').trim() : '';
            if (value) {
                params.push(name + '=' + encodeURIComponent(value));
            }
        });
        return '/library' + (params.length ? '?' + params.join('&') : '');
    }

    function measure(doc, m) {
        var cell = el(doc, 'td');
        if (!m || m.seconds === null || m.seconds === undefined) {
            cell.appendChild(el(doc, 'span', { 'class': 'debrief-unknown' }, AJS.I18n.getText('debrief.library.unknown')));
            return cell;
        }
        cell.appendChild(doc.createTextNode(AJS.I18n.getText('debrief.library.minutes', Math.round(m.seconds / 60)) + ' '));
        var target = AJS.I18n.getText('debrief.library.target', Math.round(m.targetSeconds / 60));
        cell.appendChild(m.met
            ? el(doc, 'span', { 'class': 'aui-lozenge aui-lozenge-success', title: target }, AJS.I18n.getText('debrief.library.met'))
            : el(doc, 'span', { 'class': 'aui-lozenge aui-lozenge-removed', title: target }, AJS.I18n.getText('debrief.library.missed')));
        return cell;
    }

    /** Redraws the results area from a GET /library answer. */
    function renderResults(results, data, pageUrl) {
        var doc = results.ownerDocument;
        results.textContent = '';
        if (!data.items.length) {
            results.appendChild(el(doc, 'div', { 'class': 'aui-message aui-message-info' }, AJS.I18n.getText('debrief.library.empty')));
            return;
        }
        results.appendChild(el(doc, 'p', { 'class': 'debrief-library-count' }, AJS.I18n.getText('debrief.library.count',
            data.start + 1, data.start + data.items.length, data.total)));
        var table = results.appendChild(el(doc, 'table', { 'class': 'aui debrief-library-table' }));
        var head = table.appendChild(el(doc, 'thead')).appendChild(el(doc, 'tr'));
        [AJS.I18n.getText('debrief.library.column.incident'), AJS.I18n.getText('debrief.library.column.published'),
            AJS.I18n.getText('debrief.library.column.severity'), AJS.I18n.getText('debrief.library.column.ttd'),
            AJS.I18n.getText('debrief.library.column.ttr'), AJS.I18n.getText('debrief.library.column.items')]
            .forEach(function (label) { head.appendChild(el(doc, 'th', { scope: 'col' }, label)); });
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
            row.appendChild(el(doc, 'td', {}, AJS.I18n.getText('debrief.library.items', item.actionItemsOpen,
                item.actionItemsClosed)));
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
        var pageUrl = opts.pageUrl || (global.location ? global.location.pathname : '');
        var timer = null;
        var latest = 0;
        if (!form || !results) {
            return null;
        }
        function search() {
            var ticket = ++latest;
            results.setAttribute('aria-busy', 'true');
            return Debrief.Rest.request('GET', searchPath(form), undefined, opts.restBase).then(function (data) {
                if (ticket === latest) {
                    renderResults(results, data, pageUrl);
                }
            }, function (error) {
                if (ticket === latest) {
                    results.textContent = '';
                    results.appendChild(Debrief.Dom.errorBox(results.ownerDocument, error));
                }
            }).then(function () {
                results.removeAttribute('aria-busy');
            });
        }
        function later() {
            global.clearTimeout(timer);
            timer = global.setTimeout(search, DELAY_MS);
        }
        form.addEventListener('input', later);
        form.addEventListener('change', later);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            global.clearTimeout(timer);
            search();
        });
        return { search: search };
    }

    Library.enhance = enhance;
    Library.internals = { searchPath: searchPath, renderResults: renderResults };

    if (global.document && global.document.addEventListener) {
        global.document.addEventListener('DOMContentLoaded', function () {
            Array.prototype.forEach.call(global.document.querySelectorAll('.debrief-library'), function (section) {
                enhance(section, {});
            });
        });
    }
}(window));
