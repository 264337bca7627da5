/*
 * Jira's dashboard item "debrief/monthly-review" (AMD): the item's view is the whole review, its edit view the
 * settings form (projects, JQL, age, grouping) saved as the item's preferences.
 */
import { el } from './common.js';
import { mount } from './mount.js';

/** The dashboard item's settings form; calls save({projects, jql, olderThanDays, groupBy}). */
export function editForm(doc, preferences, save) {
    var prefs = preferences || {};
    var form = el(doc, 'form', { class: 'aui debrief-review-config' });
    function field(id, labelText, input) {
        var group = form.appendChild(el(doc, 'div', { class: 'field-group' }));
        group.appendChild(el(doc, 'label', { for: id }, labelText));
        group.appendChild(input);
        return input;
    }
    var projects = field(
        'debrief-review-projects',
        AJS.I18n.getText('debrief.review.config.projects'),
        el(doc, 'input', { id: 'debrief-review-projects', class: 'text', name: 'projects' })
    );
    projects.value = prefs.projects || '';
    var jql = field(
        'debrief-review-jql',
        AJS.I18n.getText('debrief.review.config.jql'),
        el(doc, 'textarea', { id: 'debrief-review-jql', class: 'textarea', name: 'jql', rows: '2', maxlength: '2000' })
    );
    jql.value = prefs.jql || '';
    jql.parentNode.appendChild(
        el(doc, 'div', { class: 'description' }, AJS.I18n.getText('debrief.review.config.jql.help'))
    );
    var age = field(
        'debrief-review-age',
        AJS.I18n.getText('debrief.review.config.age'),
        el(doc, 'input', {
            id: 'debrief-review-age',
            class: 'text short-field',
            name: 'olderThanDays',
            type: 'number',
            min: '0'
        })
    );
    age.value = prefs.olderThanDays || '';
    var group = field(
        'debrief-review-group',
        AJS.I18n.getText('debrief.review.config.group'),
        el(doc, 'select', { id: 'debrief-review-group', class: 'select', name: 'groupBy' })
    );
    [
        ['none', AJS.I18n.getText('debrief.review.config.group.none')],
        ['incident', AJS.I18n.getText('debrief.review.config.group.incident')],
        ['team', AJS.I18n.getText('debrief.review.config.group.team')],
        ['category', AJS.I18n.getText('debrief.review.config.group.category')]
    ].forEach(function (option) {
        group.appendChild(el(doc, 'option', { value: option[0] }, option[1]));
    });
    group.value = prefs.groupBy || 'none';
    form.appendChild(el(doc, 'div', { class: 'buttons' })).appendChild(
        el(
            doc,
            'button',
            { type: 'submit', class: 'aui-button aui-button-primary' },
            AJS.I18n.getText('debrief.review.config.save')
        )
    );
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        save({
            projects: projects.value.trim(),
            jql: jql.value.trim(),
            olderThanDays: age.value.trim(),
            groupBy: group.value
        });
    });
    return form;
}

/** The dashboard item: Jira calls new DashboardItem(API, options), then render or renderEdit. */
export function DashboardItem(API, options) {
    this.API = API;
    this.options = options || {};
}

DashboardItem.prototype.render = function ($element, preferences) {
    var element = $element && $element.jquery ? $element[0] : $element;
    var api = this.API;
    return mount(element, {
        preferences: preferences || {},
        onChange: function () {
            api.resize();
        }
    });
};

DashboardItem.prototype.renderEdit = function ($element, preferences) {
    var element = $element && $element.jquery ? $element[0] : $element;
    var api = this.API;
    element.textContent = '';
    element.appendChild(
        editForm(element.ownerDocument, preferences, function (saved) {
            api.savePreferences(saved);
        })
    );
    api.resize();
};
