/* The review list and its trends side by side: what the dashboard item and the review pages show. */
import { mountTrends } from './chart.js';
import { el } from './common.js';
import { mountList } from './table.js';

/**
 * The review and its trends together in `container` (what the dashboard item and pages show); options as for
 * mountList. Resolves with the list's controller once both are drawn.
 */
export function mount(container, options) {
    var doc = container.ownerDocument;
    container.textContent = '';
    var list = container.appendChild(el(doc, 'div', { class: 'debrief-review-list' }));
    var trends = container.appendChild(el(doc, 'div', { class: 'debrief-review-trends' }));
    var review = mountList(list, options);
    return Promise.all([review.load(), mountTrends(trends, options)]).then(function () {
        return review;
    });
}
