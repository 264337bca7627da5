/*
 * The review list: totals, the sortable and paged table of open action items (grouped when asked), each row's
 * history, and the controller that loads pages and sends decisions.
 */
import * as Rest from '../shared/rest.js';
import { el, errorBox, issueLink, percent } from './common.js';
import { beyondField, closeFormRow, decisionCell, decisionPayload, decisionText } from './decisions.js';

export var PAGE_SIZE = 50;

/**
 * Columns in table order. `server` maps a direction to the REST sort that orders the whole list that way (the
 * first one listed is the direction a first click chooses); the other columns sort the shown page.
 */
export var COLUMNS = [
    {
        id: 'key',
        server: { ascending: 'key' },
        label: function () {
            return AJS.I18n.getText('debrief.review.column.key');
        }
    },
    {
        id: 'summary',
        value: function (i) {
            return i.summary || '';
        },
        label: function () {
            return AJS.I18n.getText('debrief.review.column.summary');
        }
    },
    {
        id: 'incident',
        value: function (i) {
            return i.incident || '';
        },
        label: function () {
            return AJS.I18n.getText('debrief.review.column.incident');
        }
    },
    // "age" lists the oldest first: the ages descend
    {
        id: 'age',
        server: { descending: 'age', ascending: 'newest' },
        label: function () {
            return AJS.I18n.getText('debrief.review.column.age');
        }
    },
    {
        id: 'due',
        server: { ascending: 'due' },
        label: function () {
            return AJS.I18n.getText('debrief.review.column.due');
        }
    },
    {
        id: 'checkpoints',
        value: function (i) {
            return i.checkpointsPassed;
        },
        label: function () {
            return AJS.I18n.getText('debrief.review.column.checkpoints');
        }
    },
    {
        id: 'deferred',
        server: { descending: 'deferred' },
        label: function () {
            return AJS.I18n.getText('debrief.review.column.deferred');
        }
    },
    {
        id: 'decision',
        value: function (i) {
            return i.lastDecision ? i.lastDecision.at : '';
        },
        label: function () {
            return AJS.I18n.getText('debrief.review.column.decision');
        }
    }
];

/** The column and direction a REST sort orders by, e.g. "age" -> {column: 'age', direction: 'descending'}. */
export function serverOrder(sort) {
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

/** The review query string for preferences and paging/sort state. */
export function reviewPath(preferences, state) {
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

/** Orders a page's items by a column that the server does not sort by; stable, by key on ties. */
export function sortItems(items, columnId, descending) {
    var column = COLUMNS.filter(function (c) {
        return c.id === columnId;
    })[0];
    if (!column || !column.value) {
        return items.slice();
    }
    return items
        .map(function (item, index) {
            return { item: item, index: index };
        })
        .sort(function (a, b) {
            var left = column.value(a.item);
            var right = column.value(b.item);
            var order = left < right ? -1 : left > right ? 1 : a.index - b.index;
            return descending ? -order : order;
        })
        .map(function (pair) {
            return pair.item;
        });
}

/**
 * Mounts the review list (totals, table, paging, decisions) in `element`. Options: restBase (REST root; Jira's when absent), preferences ({projects,
 * jql, olderThanDays, groupBy}), onChange (called after every render, e.g. the dashboard's API.resize). Returns a
 * controller: {load(), sortBy(columnId), goTo(start), decide(itemKey, decision, reason), state}.
 */
export function mountList(element, options) {
    var doc = element.ownerDocument;
    var opts = options || {};
    var preferences = opts.preferences || {};
    var state = {
        sort: 'age',
        clientSort: null,
        descending: false,
        start: 0,
        data: null,
        openClose: null,
        histories: {}
    };
    var notice = null;

    function call(method, path, body) {
        return Rest.request(method, path, body, opts.restBase);
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
            var th = row.appendChild(el(doc, 'th', { scope: 'col', 'data-column': column.id, 'aria-sort': sorted }));
            var button = th.appendChild(
                el(
                    doc,
                    'button',
                    {
                        type: 'button',
                        class: 'aui-button aui-button-link',
                        title: AJS.I18n.getText('debrief.review.sort.by', column.label())
                    },
                    column.label()
                )
            );
            button.addEventListener('click', function () {
                controller.sortBy(column.id);
            });
        });
        if (anyDecidable()) {
            row.appendChild(el(doc, 'th', { scope: 'col' }, AJS.I18n.getText('debrief.review.column.actions')));
        }
    }

    /** Whether the page offers any decision: the server says per row what the viewer may do. */
    function anyDecidable() {
        return (
            !!state.data &&
            state.data.items.some(function (item) {
                return item.canDecide === true;
            })
        );
    }

    function columnCount() {
        return COLUMNS.length + (anyDecidable() ? 1 : 0);
    }
    /** The list as the decision controls see it. */
    var view = {
        doc: doc,
        element: element,
        state: state,
        render: function () {
            render();
        },
        columnCount: function () {
            return columnCount();
        }
    };

    function itemRow(item) {
        var row = el(doc, 'tr', { 'data-key': item.key });
        row.appendChild(el(doc, 'td', { class: 'debrief-review-key' })).appendChild(issueLink(doc, item.key));
        row.appendChild(el(doc, 'td', {}, item.summary));
        var incident = row.appendChild(el(doc, 'td', { class: 'debrief-review-key' }));
        if (item.incident) {
            incident.appendChild(issueLink(doc, item.incident));
        } else {
            incident.textContent = AJS.I18n.getText('debrief.review.none');
        }
        row.appendChild(el(doc, 'td', {}, item.ageDays));
        row.appendChild(el(doc, 'td', {}, item.due || AJS.I18n.getText('debrief.review.none')));
        row.appendChild(el(doc, 'td', {}, item.checkpointsPassed));
        row.appendChild(el(doc, 'td', {}, item.timesDeferred));
        var last = row.appendChild(el(doc, 'td', { class: 'debrief-review-last' }));
        last.appendChild(el(doc, 'span', {}, decisionText(item.lastDecision)));
        if (item.lastDecision && item.lastDecision.reason) {
            last.setAttribute('title', item.lastDecision.reason);
        }
        if (item.lastDecision) {
            last.appendChild(doc.createTextNode(' '));
            var toggle = last.appendChild(
                el(
                    doc,
                    'button',
                    {
                        type: 'button',
                        class: 'aui-button aui-button-link',
                        'data-history': item.key,
                        'aria-expanded': state.histories[item.key] ? 'true' : 'false'
                    },
                    AJS.I18n.getText('debrief.review.history')
                )
            );
            toggle.addEventListener('click', function () {
                controller.toggleHistory(item.key);
            });
        }
        if (anyDecidable()) {
            row.appendChild(decisionCell(view, item));
        }
        var rows = [row];
        if (state.openClose === item.key && item.canDecide === true) {
            rows.push(closeFormRow(view, item));
        }
        var history = state.histories[item.key];
        if (history) {
            var historyRow = el(doc, 'tr', { class: 'debrief-review-history-row' });
            var list = historyRow
                .appendChild(el(doc, 'td', { colspan: String(columnCount()) }))
                .appendChild(el(doc, 'ol', { class: 'debrief-review-history' }));
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
            var errorRow = el(doc, 'tr', { class: 'debrief-review-error-row' });
            var cell = errorRow.appendChild(el(doc, 'td', { colspan: String(columnCount()) }));
            cell.appendChild(errorBox(doc, item.error));
            rows.push(errorRow);
        }
        return rows;
    }

    function totals(data) {
        var t = data.totals;
        var list = el(doc, 'dl', { class: 'debrief-review-totals' });
        [
            [AJS.I18n.getText('debrief.review.totals.open'), t.open],
            [AJS.I18n.getText('debrief.review.totals.overdue'), t.overdue],
            [AJS.I18n.getText('debrief.review.totals.closed'), t.closedThisMonth],
            [AJS.I18n.getText('debrief.review.totals.completion'), percent(t.completionRate)],
            [
                AJS.I18n.getText('debrief.review.totals.median'),
                t.medianAgeDays === null ? AJS.I18n.getText('debrief.review.none') : t.medianAgeDays
            ]
        ].forEach(function (pair) {
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
            element.appendChild(
                el(doc, 'p', { class: 'debrief-review-empty' }, AJS.I18n.getText('debrief.review.empty'))
            );
        } else {
            var table = element.appendChild(el(doc, 'table', { class: 'aui debrief-review-table' }));
            header(table);
            var byKey = {};
            data.items.forEach(function (item) {
                byKey[item.key] = item;
            });
            var grouped = preferences.groupBy && preferences.groupBy !== 'none' && data.groups.length;
            var groups = grouped
                ? data.groups
                : [
                      {
                          key: null,
                          items: data.items.map(function (i) {
                              return i.key;
                          })
                      }
                  ];
            groups.forEach(function (group) {
                var body = table.appendChild(el(doc, 'tbody', group.key === null ? {} : { 'data-group': group.key }));
                if (group.key !== null) {
                    var head = body.appendChild(el(doc, 'tr', { class: 'debrief-review-group' }));
                    head.appendChild(
                        el(
                            doc,
                            'th',
                            { colspan: String(columnCount()), scope: 'rowgroup' },
                            group.key || AJS.I18n.getText('debrief.review.group.none')
                        )
                    );
                }
                var items = group.items.map(function (key) {
                    return byKey[key];
                });
                sortItems(items, state.clientSort, state.descending).forEach(function (item) {
                    itemRow(item).forEach(function (row) {
                        body.appendChild(row);
                    });
                });
            });
            element.appendChild(paging(data));
        }
        changed();
    }

    function paging(data) {
        var nav = el(doc, 'nav', { class: 'debrief-review-paging' });
        nav.appendChild(
            el(
                doc,
                'span',
                {},
                AJS.I18n.getText('debrief.review.page', data.start + 1, data.start + data.items.length, data.total)
            )
        );
        if (data.start > 0) {
            var prev = nav.appendChild(
                el(
                    doc,
                    'button',
                    { type: 'button', class: 'aui-button', rel: 'prev' },
                    AJS.I18n.getText('debrief.review.previous')
                )
            );
            prev.addEventListener('click', function () {
                controller.goTo(Math.max(0, data.start - PAGE_SIZE));
            });
        }
        if (data.start + data.items.length < data.total) {
            var next = nav.appendChild(
                el(
                    doc,
                    'button',
                    { type: 'button', class: 'aui-button', rel: 'next' },
                    AJS.I18n.getText('debrief.review.next')
                )
            );
            next.addEventListener('click', function () {
                controller.goTo(data.start + PAGE_SIZE);
            });
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
            var column = COLUMNS.filter(function (c) {
                return c.id === columnId;
            })[0];
            if (!column) {
                return Promise.resolve(state.data);
            }
            if (column.server) {
                var directions = Object.keys(column.server);
                var current = state.clientSort ? null : serverOrder(state.sort);
                // a second click on the column turns its order round, where the server can sort both ways
                var direction =
                    current && current.column === column.id && directions.length > 1
                        ? directions.filter(function (d) {
                              return d !== current.direction;
                          })[0]
                        : directions[0];
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
            var item = (state.data ? state.data.items : []).filter(function (i) {
                return i.key === itemKey;
            })[0];
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
            return call('POST', '/review/items/' + encodeURIComponent(itemKey) + '/decision', body).then(
                function (record) {
                    state.openClose = null;
                    item.draftReason = '';
                    delete state.histories[itemKey];
                    notice = el(
                        doc,
                        'div',
                        { class: 'aui-message aui-message-success', role: 'status' },
                        AJS.I18n.getText('debrief.review.decided')
                    );
                    return controller.load().then(function () {
                        return record;
                    });
                },
                function (error) {
                    item.error = error;
                    render();
                    return null;
                }
            );
        }
    };
    view.controller = controller;
    return controller;
}
