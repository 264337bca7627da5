/*
 * The monthly review of open debrief action items: totals, a sortable and paged table, in-place decisions (close as
 * irrelevant with a reason, prioritise, keep) and the monthly trend chart as inline SVG.
 *
 * Entry points:
 *   Debrief.Review.mount(element, {restBase, preferences, onChange})  any page (the sandbox, a servlet page):
 *       list + trends; Debrief.Review.mountList / mountTrends draw one of them; an element rendered by the Soy
 *       template Debrief.Review.container is mounted by itself on DOMContentLoaded
 *   define('debrief/monthly-review')                                  Jira's dashboard item (AMD, (API, options))
 * Everything is built with DOM calls and textContent, so no text from the server is ever parsed as HTML.
 * Needs debrief-rest.js (Debrief.Rest.request) and debrief-dom.js (Debrief.Dom).
 */
(function (global) {
    'use strict';

    var Debrief = global.Debrief = global.Debrief || {};
    // client-side Soy fills the same namespace (Debrief.Review.page/.container): add to it, never replace it
    var Review = Debrief.Review = Debrief.Review || {};
    var PAGE_SIZE = 50;
    var SVG = 'http://www.w3.org/2000/svg';

    /**
     * Columns in table order. `server` maps a direction to the REST sort that orders the whole list that way (the
     * first one listed is the direction a first click chooses); the other columns sort the shown page.
     */
    var COLUMNS = [
        { id: 'key', server: { ascending: 'key' },
            label: function () { return AJS.I18n.getText('debrief.review.column.key'); } },
        { id: 'summary', value: function (i) { return i.summary || ''; },
            label: function () { return AJS.I18n.getText('debrief.review.column.summary'); } },
        { id: 'incident', value: function (i) { return i.incident || ''; },
            label: function () { return AJS.I18n.getText('debrief.review.column.incident'); } },
        // "age" lists the oldest first: the ages descend
        { id: 'age', server: { descending: 'age', ascending: 'newest' },
            label: function () { return AJS.I18n.getText('debrief.review.column.age'); } },
        { id: 'due', server: { ascending: 'due' },
            label: function () { return AJS.I18n.getText('debrief.review.column.due'); } },
        { id: 'checkpoints', value: function (i) { return i.checkpointsPassed; },
            label: function () { return AJS.I18n.getText('debrief.review.column.checkpoints'); } },
        { id: 'deferred', server: { descending: 'deferred' },
            label: function () { return AJS.I18n.getText('debrief.review.column.deferred'); } },
        { id: 'decision', value: function (i) { return i.lastDecision ? i.lastDecision.at : ''; },
            label: function () { return AJS.I18n.getText('debrief.review.column.decision'); } }
    ];

    var el = Debrief.Dom.el;

    /** The column and direction a REST sort orders by, e.g. "age" -> {column: 'age', direction: 'descending'}. */
    function serverOrder(sort) {
        for (var i = 0; i < COLUMNS.length; i++) {
            var server = COLUMNS[i].server || {};
            for (var direction in server) {
                if (server[direction] === sort) {
                    return { column: COLUMNS[i].id, direction: direction };
                }
            }
        }
        return null;
    }

    /** The message a rejected request gave for one field, or null. */
    function fieldError(error, field) {
        var found = ((error && error.errors) || []).filter(function (e) { return e.field === field; })[0];
        return found ? found.message : null;
    }

    /** Whether a rejected request says anything besides what it said about this field. */
    function beyondField(error, field) {
        var errors = (error && error.errors) || [];
        return !errors.length || errors.some(function (e) { return e.field !== field; });
    }

    /** A link to an issue in Jira (relative to the context path), its key as text. */
    function issueLink(doc, key) {
        return el(doc, 'a', { href: AJS.contextPath() + '/browse/' + encodeURIComponent(key),
            'class': 'debrief-issue-link' }, key);
    }

    /** The review query string for preferences and paging/sort state. */
    function reviewPath(preferences, state) {
        var params = [];
        var prefs = preferences || {};
        if (prefs.projects) {
            params.push('projects=' + encodeURIComponent(prefs.projects));
        }
        if (prefs.jql) {
            params.push('jql=' + encodeURIComponent(prefs.jql));
        }
        if (prefs.olderThanDays) {
            params.push('olderThanDays=' + encodeURIComponent(prefs.olderThanDays));
        }
        if (prefs.groupBy && prefs.groupBy !== 'none') {
            params.push('groupBy=' + encodeURIComponent(prefs.groupBy));
        }
        params.push('sort=' + encodeURIComponent(state.sort));
        params.push('start=' + state.start);
        params.push('limit=' + PAGE_SIZE);
        return '/review?' + params.join('&');
    }

    /** The body of a decision request; throws an Error with field "reason" when closing without one. */
    function decisionPayload(decision, item, reason) {
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

    /** Orders a page's items by a column that the server does not sort by; stable, by key on ties. */
    function sortItems(items, columnId, descending) {
        var column = COLUMNS.filter(function (c) { return c.id === columnId; })[0];
        if (!column || !column.value) {
            return items.slice();
        }
        return items.map(function (item, index) { return { item: item, index: index }; }).sort(function (a, b) {
            var left = column.value(a.item);
            var right = column.value(b.item);
            var order = left < right ? -1 : (left > right ? 1 : a.index - b.index);
            return descending ? -order : order;
        }).map(function (pair) { return pair.item; });
    }

    function decisionText(record) {
        if (!record) {
            return AJS.I18n.getText('debrief.review.none');
        }
        var what = record.decision === 'close-irrelevant'
            ? AJS.I18n.getText('debrief.review.decision.close-irrelevant')
            : (record.decision === 'prioritise'
                ? AJS.I18n.getText('debrief.review.decision.prioritised')
                : AJS.I18n.getText('debrief.review.decision.kept'));
        var who = record.by ? record.by.displayName : '';
        return AJS.I18n.getText('debrief.review.decision.by', what, who, (record.at || '').substring(0, 10));
    }

    function percent(rate) {
        return rate === null || rate === undefined ? AJS.I18n.getText('debrief.review.none')
            : Math.round(rate * 100) + '%';
    }

    /** An AUI error message with the error's text and its field errors, all as text. */
    function errorBox(doc, error) {
        var box = Debrief.Dom.errorBox(doc, error);
        box.classList.add('debrief-review-error');
        return box;
    }

    /**
     * Y-axis ticks from zero to at least `max`, 1/2/5 x 10^n apart, at most six of them: [0, 50, 100, 150, 200, 250]
     * for 214. The last tick is the top of the axis.
     */
    function yTicks(max) {
        var top = max > 0 ? max : 1;
        var step = 1;
        var magnitude = Math.pow(10, Math.floor(Math.log(top / 5) / Math.LN10));
        var steps = [1, 2, 5, 10].map(function (m) { return m * magnitude; });
        for (var i = 0; i < steps.length; i++) {
            step = steps[i];
            if (Math.ceil(top / step) <= 5) {
                break;
            }
        }
        step = Math.max(step, 1);
        var ticks = [];
        for (var value = 0; value < top + step; value += step) {
            ticks.push(value);
            if (value >= top) {
                break;
            }
        }
        return ticks;
    }

    /**
     * The trend chart: median minutes to detect and to resolve per month as two polylines, the targets as dashed
     * lines, a y axis from zero with its ticks and grid, month labels on the x axis (room kept for the last one).
     * Accessible: role img, <title> and <desc>; every label is text content. The legend is trendLegend.
     */
    function trendChart(doc, trends) {
        var width = 480;
        var height = 200;
        var pad = { left: 48, right: 28, top: 16, bottom: 36 };
        var months = trends.months || [];
        var svg = doc.createElementNS(SVG, 'svg');
        svg.setAttribute('class', 'debrief-review-chart');
        svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-labelledby', 'debrief-review-chart-title debrief-review-chart-desc');
        function node(tag, attrs, text) {
            var n = doc.createElementNS(SVG, tag);
            Object.keys(attrs || {}).forEach(function (name) { n.setAttribute(name, attrs[name]); });
            if (text !== undefined) {
                n.textContent = String(text);
            }
            svg.appendChild(n);
            return n;
        }
        node('title', { id: 'debrief-review-chart-title' }, AJS.I18n.getText('debrief.review.trends.title'));
        node('desc', { id: 'debrief-review-chart-desc' }, AJS.I18n.getText('debrief.review.trends.desc'));
        var minutes = function (seconds) { return seconds === null || seconds === undefined ? null : seconds / 60; };
        var values = [minutes(trends.detectTargetSeconds), minutes(trends.resolveTargetSeconds)];
        months.forEach(function (m) {
            values.push(minutes(m.medianSecondsToDetect), minutes(m.medianSecondsToResolve));
        });
        var ticks = yTicks(Math.max.apply(null, values.filter(function (v) { return v !== null; }).concat([0])));
        var max = ticks[ticks.length - 1];
        var plotW = width - pad.left - pad.right;
        var plotH = height - pad.top - pad.bottom;
        var x = function (i) { return pad.left + (months.length < 2 ? plotW / 2 : i * plotW / (months.length - 1)); };
        var y = function (v) { return pad.top + plotH - (v / max) * plotH; };
        ticks.forEach(function (tick) {
            if (tick > 0) {
                node('line', { 'class': 'grid', x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick) });
            }
            node('text', { 'class': 'tick y-tick', x: pad.left - 4, y: y(tick) + 3, 'text-anchor': 'end' }, tick);
        });
        node('line', { 'class': 'axis', x1: pad.left, y1: pad.top + plotH, x2: width - pad.right, y2: pad.top + plotH });
        node('line', { 'class': 'axis', x1: pad.left, y1: pad.top, x2: pad.left, y2: pad.top + plotH });
        node('text', { 'class': 'axis-label', x: pad.left + plotW / 2, y: height - 4, 'text-anchor': 'middle' },
            AJS.I18n.getText('debrief.review.trends.month'));
        node('text', { 'class': 'axis-label', x: 12, y: pad.top + plotH / 2, 'text-anchor': 'middle',
            transform: 'rotate(-90 12 ' + (pad.top + plotH / 2) + ')' }, AJS.I18n.getText('debrief.review.trends.minutes'));
        months.forEach(function (m, i) {
            node('text', { 'class': 'tick month', x: x(i), y: pad.top + plotH + 14, 'text-anchor': 'middle' }, m.month);
        });
        SERIES.forEach(function (series) {
            var target = minutes(trends[series.target]);
            if (target !== null) {
                var line = node('line', { 'class': 'target target-' + series.id, x1: pad.left, x2: width - pad.right,
                    y1: y(target), y2: y(target), 'stroke-dasharray': '4 3' });
                line.appendChild(doc.createElementNS(SVG, 'title')).textContent =
                    AJS.I18n.getText('debrief.review.trends.target.of', series.label());
            }
            var points = [];
            months.forEach(function (m, i) {
                var v = minutes(m[series.median]);
                if (v !== null) {
                    points.push(x(i) + ',' + y(v));
                    var dot = node('circle', { 'class': 'point point-' + series.id, cx: x(i), cy: y(v), r: 3 });
                    dot.appendChild(doc.createElementNS(SVG, 'title')).textContent =
                        m.month + ': ' + Math.round(v) + ' min';
                }
            });
            if (points.length) {
                var path = node('polyline', { 'class': 'series series-' + series.id, fill: 'none',
                    points: points.join(' ') });
                path.appendChild(doc.createElementNS(SVG, 'title')).textContent =
                    AJS.I18n.getText('debrief.review.trends.median.of', series.label());
            }
        });
        return svg;
    }

    /** The chart's two series: what is drawn, from which fields. */
    var SERIES = [
        { id: 'detect', target: 'detectTargetSeconds', median: 'medianSecondsToDetect',
            label: function () { return AJS.I18n.getText('debrief.review.trends.detect'); } },
        { id: 'resolve', target: 'resolveTargetSeconds', median: 'medianSecondsToResolve',
            label: function () { return AJS.I18n.getText('debrief.review.trends.resolve'); } }];

    /** The chart's legend, as a list next to it: each series' line and its dashed target line, named. */
    function trendLegend(doc) {
        var list = el(doc, 'ul', { 'class': 'debrief-review-legend' });
        function swatch(item, className, dashed) {
            var svg = item.appendChild(doc.createElementNS(SVG, 'svg'));
            svg.setAttribute('viewBox', '0 0 24 10');
            svg.setAttribute('aria-hidden', 'true');
            svg.setAttribute('class', 'debrief-review-chart');
            var line = svg.appendChild(doc.createElementNS(SVG, 'line'));
            [['x1', 0], ['y1', 5], ['x2', 24], ['y2', 5], ['class', className]].forEach(function (a) {
                line.setAttribute(a[0], a[1]);
            });
            if (dashed) {
                line.setAttribute('stroke-dasharray', '4 3');
            }
        }
        SERIES.forEach(function (series) {
            var median = list.appendChild(el(doc, 'li', { 'data-series': series.id }));
            swatch(median, 'series series-' + series.id, false);
            median.appendChild(el(doc, 'span', {}, AJS.I18n.getText('debrief.review.trends.median.of', series.label())));
            var target = list.appendChild(el(doc, 'li', { 'data-series': 'target-' + series.id }));
            swatch(target, 'target target-' + series.id, true);
            target.appendChild(el(doc, 'span', {}, AJS.I18n.getText('debrief.review.trends.target.of', series.label())));
        });
        return list;
    }

    /** The small table under the chart: debriefs held on time and action items closed, per month. */
    function trendTable(doc, trends) {
        var table = el(doc, 'table', { 'class': 'aui debrief-review-trend-table' });
        var head = table.appendChild(el(doc, 'thead')).appendChild(el(doc, 'tr'));
        head.appendChild(el(doc, 'th', { scope: 'col' }, AJS.I18n.getText('debrief.review.trends.month')));
        head.appendChild(el(doc, 'th', { scope: 'col' }, AJS.I18n.getText('debrief.review.trends.held')));
        head.appendChild(el(doc, 'th', { scope: 'col' }, AJS.I18n.getText('debrief.review.trends.items')));
        var body = table.appendChild(el(doc, 'tbody'));
        (trends.months || []).forEach(function (m) {
            var row = body.appendChild(el(doc, 'tr'));
            row.appendChild(el(doc, 'th', { scope: 'row' }, m.month));
            row.appendChild(el(doc, 'td', {}, percent(m.heldOnTime && m.heldOnTime.rate)));
            row.appendChild(el(doc, 'td', {}, percent(m.actionItemsClosed && m.actionItemsClosed.rate)));
        });
        return table;
    }

    /**
     * Mounts the review list (totals, table, paging, decisions) in `element`. Options: restBase (REST root; Jira's when absent), preferences ({projects,
     * jql, olderThanDays, groupBy}), onChange (called after every render, e.g. the dashboard's API.resize). Returns a
     * controller: {load(), sortBy(columnId), goTo(start), decide(itemKey, decision, reason), state}.
     */
    function mountList(element, options) {
        var doc = element.ownerDocument;
        var opts = options || {};
        var preferences = opts.preferences || {};
        var state = { sort: 'age', clientSort: null, descending: false, start: 0, data: null, openClose: null,
            histories: {} };
        var notice = null;

        function call(method, path, body) {
            return Debrief.Rest.request(method, path, body, opts.restBase);
        }

        function changed() {
            if (typeof opts.onChange === 'function') {
                opts.onChange();
            }
        }

        function header(table) {
            var row = table.appendChild(el(doc, 'thead')).appendChild(el(doc, 'tr'));
            var byServer = state.clientSort ? null : serverOrder(state.sort);
            COLUMNS.forEach(function (column) {
                var sorted = 'none';
                if (byServer && byServer.column === column.id) {
                    sorted = byServer.direction;
                } else if (state.clientSort === column.id) {
                    sorted = state.descending ? 'descending' : 'ascending';
                }
                var th = row.appendChild(el(doc, 'th', { scope: 'col', 'data-column': column.id,
                    'aria-sort': sorted }));
                var button = th.appendChild(el(doc, 'button', { type: 'button', 'class': 'aui-button aui-button-link',
                    title: AJS.I18n.getText('debrief.review.sort.by', column.label()) }, column.label()));
                button.addEventListener('click', function () { controller.sortBy(column.id); });
            });
            if (anyDecidable()) {
                row.appendChild(el(doc, 'th', { scope: 'col' }, AJS.I18n.getText('debrief.review.column.actions')));
            }
        }

        /** Whether the page offers any decision: the server says per row what the viewer may do. */
        function anyDecidable() {
            return !!state.data && state.data.items.some(function (item) { return item.canDecide === true; });
        }

        function columnCount() {
            return COLUMNS.length + (anyDecidable() ? 1 : 0);
        }

        /** The decision buttons of a row the viewer may decide on; an empty cell for the others. */
        function decisionCell(item) {
            var cell = el(doc, 'td', { 'class': 'debrief-review-decide' });
            if (item.canDecide !== true) {
                return cell;
            }
            [['close', AJS.I18n.getText('debrief.review.decision.close')],
                ['prioritise', AJS.I18n.getText('debrief.review.decision.prioritise')],
                ['keep', AJS.I18n.getText('debrief.review.decision.keep')]].forEach(function (choice) {
                var attrs = { type: 'button', 'class': 'aui-button aui-button-compact', 'data-decision': choice[0] };
                if (choice[0] === 'close') {
                    attrs['aria-expanded'] = state.openClose === item.key ? 'true' : 'false';
                    attrs['aria-controls'] = 'debrief-review-close-' + item.key;
                }
                var button = cell.appendChild(el(doc, 'button', attrs, choice[1]));
                button.addEventListener('click', function () {
                    if (choice[0] === 'close') {
                        openCloseForm(item.key);
                    } else {
                        controller.decide(item.key, choice[0]);
                    }
                });
            });
            return cell;
        }

        function openCloseForm(itemKey) {
            state.openClose = itemKey;
            render();
            var reason = doc.getElementById('debrief-review-reason-' + itemKey);
            if (reason) {
                reason.focus();
            }
        }

        function cancelCloseForm(item) {
            state.openClose = null;
            item.error = null;
            render();
            var opener = element.querySelector('tr[data-key="' + item.key + '"] button[data-decision="close"]');
            if (opener) {
                opener.focus();
            }
        }

        /**
         * The close-as-irrelevant form, in a row of its own under the item (the full width of the table, so nothing
         * is pushed off the page): the reason, its error next to it, Close item and Cancel; Escape cancels.
         */
        function closeFormRow(item) {
            var row = el(doc, 'tr', { 'class': 'debrief-review-close-row', 'data-close-for': item.key });
            var cell = row.appendChild(el(doc, 'td', { colspan: String(columnCount()) }));
            var form = cell.appendChild(el(doc, 'form', { 'class': 'aui debrief-review-close', novalidate: 'novalidate',
                id: 'debrief-review-close-' + item.key }));
            var id = 'debrief-review-reason-' + item.key;
            form.appendChild(el(doc, 'label', { 'for': id }, AJS.I18n.getText('debrief.review.reason')));
            var reason = form.appendChild(el(doc, 'textarea', { id: id, name: 'reason', 'class': 'textarea',
                maxlength: '1000', required: 'required', rows: '3' }));
            reason.value = item.draftReason || '';
            reason.addEventListener('input', function () { item.draftReason = reason.value; });
            var reasonError = fieldError(item.error, 'reason');
            if (reasonError) {
                var errorId = id + '-error';
                reason.setAttribute('aria-invalid', 'true');
                reason.setAttribute('aria-describedby', errorId);
                form.appendChild(el(doc, 'div', { 'class': 'error', id: errorId, 'data-field': 'reason', role: 'alert' },
                    reasonError));
            }
            var buttons = form.appendChild(el(doc, 'div', { 'class': 'buttons' }));
            buttons.appendChild(el(doc, 'button', { type: 'submit', 'class': 'aui-button aui-button-primary' },
                AJS.I18n.getText('debrief.review.confirm.close')));
            var cancel = buttons.appendChild(el(doc, 'button', { type: 'button', 'class': 'aui-button aui-button-link' },
                AJS.I18n.getText('debrief.review.cancel')));
            cancel.addEventListener('click', function () { cancelCloseForm(item); });
            form.addEventListener('keydown', function (event) {
                if (event.key === 'Escape' || event.key === 'Esc') {
                    event.preventDefault();
                    cancelCloseForm(item);
                }
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                controller.decide(item.key, 'close-irrelevant', reason.value);
            });
            return row;
        }

        function itemRow(item) {
            var row = el(doc, 'tr', { 'data-key': item.key });
            row.appendChild(el(doc, 'td', { 'class': 'debrief-review-key' })).appendChild(issueLink(doc, item.key));
            row.appendChild(el(doc, 'td', {}, item.summary));
            var incident = row.appendChild(el(doc, 'td', { 'class': 'debrief-review-key' }));
            if (item.incident) {
                incident.appendChild(issueLink(doc, item.incident));
            } else {
                incident.textContent = AJS.I18n.getText('debrief.review.none');
            }
            row.appendChild(el(doc, 'td', {}, item.ageDays));
            row.appendChild(el(doc, 'td', {}, item.due || AJS.I18n.getText('debrief.review.none')));
            row.appendChild(el(doc, 'td', {}, item.checkpointsPassed));
            row.appendChild(el(doc, 'td', {}, item.timesDeferred));
            var last = row.appendChild(el(doc, 'td', { 'class': 'debrief-review-last' }));
            last.appendChild(el(doc, 'span', {}, decisionText(item.lastDecision)));
            if (item.lastDecision && item.lastDecision.reason) {
                last.setAttribute('title', item.lastDecision.reason);
            }
            if (item.lastDecision) {
                last.appendChild(doc.createTextNode(' '));
                var toggle = last.appendChild(el(doc, 'button', { type: 'button', 'class': 'aui-button aui-button-link',
                    'data-history': item.key, 'aria-expanded': state.histories[item.key] ? 'true' : 'false' },
                    AJS.I18n.getText('debrief.review.history')));
                toggle.addEventListener('click', function () { controller.toggleHistory(item.key); });
            }
            if (anyDecidable()) {
                row.appendChild(decisionCell(item));
            }
            var rows = [row];
            if (state.openClose === item.key && item.canDecide === true) {
                rows.push(closeFormRow(item));
            }
            var history = state.histories[item.key];
            if (history) {
                var historyRow = el(doc, 'tr', { 'class': 'debrief-review-history-row' });
                var list = historyRow.appendChild(el(doc, 'td', { colspan: String(columnCount()) }))
                    .appendChild(el(doc, 'ol', { 'class': 'debrief-review-history' }));
                history.forEach(function (record) {
                    var entry = list.appendChild(el(doc, 'li', {}, decisionText(record)));
                    if (record.reason) {
                        entry.appendChild(el(doc, 'q', {}, record.reason));
                    }
                });
                rows.push(historyRow);
            }
            // an error about the reason shows in the open form, next to the reason; any other error under the row
            if (item.error && !(state.openClose === item.key && !beyondField(item.error, 'reason'))) {
                var errorRow = el(doc, 'tr', { 'class': 'debrief-review-error-row' });
                var cell = errorRow.appendChild(el(doc, 'td', { colspan: String(columnCount()) }));
                cell.appendChild(errorBox(doc, item.error));
                rows.push(errorRow);
            }
            return rows;
        }

        function totals(data) {
            var t = data.totals;
            var list = el(doc, 'dl', { 'class': 'debrief-review-totals' });
            [[AJS.I18n.getText('debrief.review.totals.open'), t.open],
                [AJS.I18n.getText('debrief.review.totals.overdue'), t.overdue],
                [AJS.I18n.getText('debrief.review.totals.closed'), t.closedThisMonth],
                [AJS.I18n.getText('debrief.review.totals.completion'), percent(t.completionRate)],
                [AJS.I18n.getText('debrief.review.totals.median'), t.medianAgeDays === null
                    ? AJS.I18n.getText('debrief.review.none') : t.medianAgeDays]].forEach(function (pair) {
                var group = list.appendChild(el(doc, 'div'));
                group.appendChild(el(doc, 'dt', {}, pair[0]));
                group.appendChild(el(doc, 'dd', {}, pair[1]));
            });
            return list;
        }

        function render() {
            var data = state.data;
            element.textContent = '';
            if (notice) {
                element.appendChild(notice);
            }
            if (!data) {
                return;
            }
            element.appendChild(totals(data));
            if (!data.items.length) {
                element.appendChild(el(doc, 'p', { 'class': 'debrief-review-empty' },
                    AJS.I18n.getText('debrief.review.empty')));
            } else {
                var table = element.appendChild(el(doc, 'table', { 'class': 'aui debrief-review-table' }));
                header(table);
                var byKey = {};
                data.items.forEach(function (item) { byKey[item.key] = item; });
                var grouped = preferences.groupBy && preferences.groupBy !== 'none' && data.groups.length;
                var groups = grouped ? data.groups : [{ key: null, items: data.items.map(function (i) { return i.key; }) }];
                groups.forEach(function (group) {
                    var body = table.appendChild(el(doc, 'tbody', group.key === null ? {} : { 'data-group': group.key }));
                    if (group.key !== null) {
                        var head = body.appendChild(el(doc, 'tr', { 'class': 'debrief-review-group' }));
                        head.appendChild(el(doc, 'th', { colspan: String(columnCount()), scope: 'rowgroup' },
                            group.key || AJS.I18n.getText('debrief.review.group.none')));
                    }
                    var items = group.items.map(function (key) { return byKey[key]; });
                    sortItems(items, state.clientSort, state.descending).forEach(function (item) {
                        itemRow(item).forEach(function (row) { body.appendChild(row); });
                    });
                });
                element.appendChild(paging(data));
            }
            changed();
        }

        function paging(data) {
            var nav = el(doc, 'nav', { 'class': 'debrief-review-paging' });
            nav.appendChild(el(doc, 'span', {}, AJS.I18n.getText('debrief.review.page', data.start + 1,
                data.start + data.items.length, data.total)));
            if (data.start > 0) {
                var prev = nav.appendChild(el(doc, 'button', { type: 'button', 'class': 'aui-button', rel: 'prev' },
                    AJS.I18n.getText('debrief.review.previous')));
                prev.addEventListener('click', function () { controller.goTo(Math.max(0, data.start - PAGE_SIZE)); });
            }
            if (data.start + data.items.length < data.total) {
                var next = nav.appendChild(el(doc, 'button', { type: 'button', 'class': 'aui-button', rel: 'next' },
                    AJS.I18n.getText('debrief.review.next')));
                next.addEventListener('click', function () { controller.goTo(data.start + PAGE_SIZE); });
            }
            return nav;
        }

        function fail(error) {
            notice = errorBox(doc, error);
            render();
            changed();
        }

        var controller = {
            state: state,
            load: function () {
                return call('GET', reviewPath(preferences, state)).then(function (data) {
                    state.data = data;
                    render();
                    return data;
                }, fail);
            },
            sortBy: function (columnId) {
                var column = COLUMNS.filter(function (c) { return c.id === columnId; })[0];
                if (!column) {
                    return Promise.resolve(state.data);
                }
                if (column.server) {
                    var directions = Object.keys(column.server);
                    var current = state.clientSort ? null : serverOrder(state.sort);
                    // a second click on the column turns its order round, where the server can sort both ways
                    var direction = current && current.column === column.id && directions.length > 1
                        ? directions.filter(function (d) { return d !== current.direction; })[0] : directions[0];
                    state.clientSort = null;
                    state.sort = column.server[direction];
                    state.start = 0;
                    return controller.load();
                }
                state.descending = state.clientSort === columnId ? !state.descending : false;
                state.clientSort = columnId;
                render();
                return Promise.resolve(state.data);
            },
            toggleHistory: function (itemKey) {
                if (state.histories[itemKey]) {
                    delete state.histories[itemKey];
                    render();
                    return Promise.resolve(null);
                }
                return call('GET', '/review/items/' + encodeURIComponent(itemKey) + '/decisions').then(function (records) {
                    state.histories[itemKey] = records;
                    render();
                    return records;
                }, fail);
            },
            goTo: function (start) {
                state.start = start;
                return controller.load();
            },
            decide: function (itemKey, decision, reason) {
                var item = (state.data ? state.data.items : []).filter(function (i) { return i.key === itemKey; })[0];
                if (!item) {
                    return Promise.resolve(null);
                }
                var body;
                try {
                    body = decisionPayload(decision, item, reason);
                } catch (missingReason) {
                    item.error = missingReason;
                    render();
                    return Promise.resolve(null);
                }
                item.error = null;
                return call('POST', '/review/items/' + encodeURIComponent(itemKey) + '/decision', body)
                    .then(function (record) {
                        state.openClose = null;
                        item.draftReason = '';
                        delete state.histories[itemKey];
                        notice = el(doc, 'div', { 'class': 'aui-message aui-message-success', role: 'status' },
                            AJS.I18n.getText('debrief.review.decided'));
                        return controller.load().then(function () { return record; });
                    }, function (error) {
                        item.error = error;
                        render();
                        return null;
                    });
            }
        };
        return controller;
    }

    /** Fetches the trends and draws the chart and its table into `element`. */
    function mountTrends(element, options) {
        var opts = options || {};
        var doc = element.ownerDocument;
        var prefs = opts.preferences || {};
        var path = '/review/trends?months=' + (opts.months || 6)
            + (prefs.projects ? '&projects=' + encodeURIComponent(prefs.projects) : '');
        return Debrief.Rest.request('GET', path, undefined, opts.restBase).then(function (trends) {
            element.textContent = '';
            element.appendChild(el(doc, 'h3', {}, AJS.I18n.getText('debrief.review.trends.title')));
            element.appendChild(trendChart(doc, trends));
            element.appendChild(trendLegend(doc));
            element.appendChild(trendTable(doc, trends));
            return trends;
        }, function (error) {
            element.textContent = '';
            element.appendChild(errorBox(doc, error));
        });
    }

    /**
     * The review and its trends together in `container` (what the dashboard item and pages show); options as for
     * mountList. Resolves with the list's controller once both are drawn.
     */
    function mount(container, options) {
        var doc = container.ownerDocument;
        container.textContent = '';
        var list = container.appendChild(el(doc, 'div', { 'class': 'debrief-review-list' }));
        var trends = container.appendChild(el(doc, 'div', { 'class': 'debrief-review-trends' }));
        var review = mountList(list, options);
        return Promise.all([review.load(), mountTrends(trends, options)]).then(function () { return review; });
    }

    /** The dashboard item's settings form; calls save({projects, jql, olderThanDays, groupBy}). */
    function editForm(doc, preferences, save) {
        var prefs = preferences || {};
        var form = el(doc, 'form', { 'class': 'aui debrief-review-config' });
        function field(id, labelText, input) {
            var group = form.appendChild(el(doc, 'div', { 'class': 'field-group' }));
            group.appendChild(el(doc, 'label', { 'for': id }, labelText));
            group.appendChild(input);
            return input;
        }
        var projects = field('debrief-review-projects', AJS.I18n.getText('debrief.review.config.projects'),
            el(doc, 'input', { id: 'debrief-review-projects', 'class': 'text', name: 'projects' }));
        projects.value = prefs.projects || '';
        var jql = field('debrief-review-jql', AJS.I18n.getText('debrief.review.config.jql'),
            el(doc, 'textarea', { id: 'debrief-review-jql', 'class': 'textarea', name: 'jql', rows: '2',
                maxlength: '2000' }));
        jql.value = prefs.jql || '';
        jql.parentNode.appendChild(el(doc, 'div', { 'class': 'description' },
            AJS.I18n.getText('debrief.review.config.jql.help')));
        var age = field('debrief-review-age', AJS.I18n.getText('debrief.review.config.age'),
            el(doc, 'input', { id: 'debrief-review-age', 'class': 'text short-field', name: 'olderThanDays',
                type: 'number', min: '0' }));
        age.value = prefs.olderThanDays || '';
        var group = field('debrief-review-group', AJS.I18n.getText('debrief.review.config.group'),
            el(doc, 'select', { id: 'debrief-review-group', 'class': 'select', name: 'groupBy' }));
        [['none', AJS.I18n.getText('debrief.review.config.group.none')],
            ['incident', AJS.I18n.getText('debrief.review.config.group.incident')],
            ['team', AJS.I18n.getText('debrief.review.config.group.team')],
            ['category', AJS.I18n.getText('debrief.review.config.group.category')]].forEach(function (option) {
            group.appendChild(el(doc, 'option', { value: option[0] }, option[1]));
        });
        group.value = prefs.groupBy || 'none';
        form.appendChild(el(doc, 'div', { 'class': 'buttons' })).appendChild(el(doc, 'button',
            { type: 'submit', 'class': 'aui-button aui-button-primary' }, AJS.I18n.getText('debrief.review.config.save')));
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save({ projects: projects.value.trim(), jql: jql.value.trim(), olderThanDays: age.value.trim(),
                groupBy: group.value });
        });
        return form;
    }

    /** The dashboard item: Jira calls new DashboardItem(API, options), then render or renderEdit. */
    function DashboardItem(API, options) {
        this.API = API;
        this.options = options || {};
    }

    DashboardItem.prototype.render = function ($element, preferences) {
        var element = $element && $element.jquery ? $element[0] : $element;
        var api = this.API;
        return mount(element, { preferences: preferences || {}, onChange: function () { api.resize(); } });
    };

    DashboardItem.prototype.renderEdit = function ($element, preferences) {
        var element = $element && $element.jquery ? $element[0] : $element;
        var api = this.API;
        element.textContent = '';
        element.appendChild(editForm(element.ownerDocument, preferences, function (saved) {
            api.savePreferences(saved);
        }));
        api.resize();
    };

    Review.mount = mount;
    Review.mountList = mountList;
    Review.mountTrends = mountTrends;
    Review.DashboardItem = DashboardItem;
    Review.internals = { reviewPath: reviewPath, decisionPayload: decisionPayload, sortItems: sortItems,
        trendChart: trendChart, trendLegend: trendLegend, yTicks: yTicks, serverOrder: serverOrder,
        editForm: editForm };

    /** Pages rendering Debrief.Review.container get the review without any script of their own. */
    Review.mountContainers = function (root) {
        var scope = root || global.document;
        Array.prototype.forEach.call(scope.querySelectorAll('[data-debrief-review]'), function (container) {
            mount(container, { restBase: container.getAttribute('data-rest-base') || undefined,
                preferences: { projects: container.getAttribute('data-projects') || '',
                    jql: container.getAttribute('data-jql') || '' } });
        });
    };

    if (typeof global.define === 'function') {
        global.define('debrief/monthly-review', [], function () { return DashboardItem; });
    }
    if (global.document && global.document.addEventListener) {
        global.document.addEventListener('DOMContentLoaded', function () { Review.mountContainers(); });
    }
}(window));
