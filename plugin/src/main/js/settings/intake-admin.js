/*
 * Event sources on the Debrief administration page (Debrief.IntakeAdmin): the sources that may send alerts, deploys
 * and status updates to /rest/debrief/1.0/intake/{key}, added, rotated and removed through
 * /rest/debrief/1.0/intake-sources. A new or rotated secret is shown once, here, and never again. A source may be set to
 * open an incident issue from a firing alert, in one of its mapped projects, as a Jira user the admin names.
 *
 * The section is appended to the settings page root (.debrief-settings). Texts are set with textContent only.
 */
import * as Rest from '../shared/rest.js';
import * as start from '../shared/start.js';
import { Debrief } from '../shared/namespace.js';
import { element } from '../shared/dom.js';

var FORMATS = ['alertmanager', 'grafana', 'pagerduty', 'opsgenie', 'cloudevents', 'statuspage'];
var RULE = /^\s*([^=\s]+)\s*=\s*(.+?)\s*->\s*([A-Za-z][A-Za-z0-9_]*)\s*(?:\/\s*(.+?))?\s*$/;

/**
 * The mapping rules written one a line ("service=checkout -> OPS/Checkout", "team=* -> WEB"); returns
 * {mappings, bad} where bad lists the 1-based numbers of lines that are not a rule. Blank lines are skipped.
 */
function parseRules(text) {
    var mappings = [];
    var bad = [];
    (text || '').split('\n').forEach(function (line, index) {
        if (!line.trim()) {
            return;
        }
        var match = RULE.exec(line);
        if (!match) {
            bad.push(index + 1);
            return;
        }
        mappings.push({
            label: match[1],
            value: match[2],
            projectKey: match[3].toUpperCase(),
            component: match[4] || null
        });
    });
    return { mappings: mappings, bad: bad };
}

function rulesText(mappings) {
    return mappings
        .map(function (rule) {
            return (
                rule.label + '=' + rule.value + ' -> ' + rule.projectKey + (rule.component ? '/' + rule.component : '')
            );
        })
        .join('\n');
}

function field(form, name, label, control) {
    var group = element('div', 'field-group');
    var caption = element('label', null, label);
    caption.htmlFor = 'debrief-source-' + name;
    control.id = 'debrief-source-' + name;
    control.name = name;
    group.appendChild(caption);
    group.appendChild(control);
    form.appendChild(group);
    return control;
}

function createForm() {
    var form = element('form', 'aui debrief-source-form');
    form.noValidate = true;
    field(form, 'key', AJS.I18n.getText('debrief.intake.admin.key'), element('input', 'text'));
    field(form, 'name', AJS.I18n.getText('debrief.intake.admin.name'), element('input', 'text'));
    var format = field(form, 'format', AJS.I18n.getText('debrief.intake.admin.format'), element('select', 'select'));
    FORMATS.forEach(function (value) {
        var option = element('option', null, value);
        option.value = value;
        format.appendChild(option);
    });
    field(form, 'signingSecret', AJS.I18n.getText('debrief.intake.admin.signing'), element('input', 'text'));
    field(form, 'mappings', AJS.I18n.getText('debrief.intake.admin.mappings'), element('textarea', 'textarea'));
    var opens = element('input', 'checkbox');
    opens.type = 'checkbox';
    field(form, 'mayOpenIncident', AJS.I18n.getText('debrief.intake.admin.opens'), opens);
    field(form, 'incidentProject', AJS.I18n.getText('debrief.intake.admin.incident.project'), element('input', 'text'));
    field(form, 'actingUser', AJS.I18n.getText('debrief.intake.admin.acting.user'), element('input', 'text'));
    var submit = element('button', 'aui-button aui-button-primary', AJS.I18n.getText('debrief.intake.admin.add'));
    submit.type = 'submit';
    form.appendChild(submit);
    return form;
}

function sourceRow(source) {
    var row = element('li', 'debrief-source');
    row.setAttribute('data-source-key', source.key);
    row.appendChild(
        element('strong', 'debrief-source-name', source.name + ' (' + source.key + ', ' + source.format + ')')
    );
    row.appendChild(element('code', 'debrief-source-path', source.intakePath));
    row.appendChild(element('pre', 'debrief-source-rules', rulesText(source.mappings)));
    if (source.mayOpenIncident) {
        row.appendChild(
            element(
                'p',
                'debrief-source-opens',
                AJS.I18n.getText('debrief.intake.admin.opens.summary', source.incidentProject, source.actingUser)
            )
        );
    }
    var rotate = element('button', 'aui-button debrief-source-rotate', AJS.I18n.getText('debrief.intake.admin.rotate'));
    rotate.type = 'button';
    var remove = element('button', 'aui-button debrief-source-delete', AJS.I18n.getText('debrief.intake.admin.delete'));
    remove.type = 'button';
    row.appendChild(rotate);
    row.appendChild(remove);
    return row;
}

function showSecret(section, source, secret) {
    var box = section.querySelector('.debrief-source-secret');
    box.textContent = '';
    box.appendChild(element('p', null, AJS.I18n.getText('debrief.intake.admin.secret.once', source.key)));
    box.appendChild(element('code', 'debrief-source-secret-value', secret));
}

function showError(section, error) {
    var messages = section.querySelector('.debrief-source-messages');
    if (error.errors && error.errors.length) {
        messages.textContent = '';
        var list = element('ul', 'debrief-source-errors');
        error.errors.forEach(function (problem) {
            list.appendChild(element('li', null, problem.field + ': ' + problem.message));
        });
        messages.appendChild(list);
    } else {
        Rest.showError(messages, error);
    }
}

function load(section) {
    return Rest.request('GET', '/intake-sources').then(
        function (sources) {
            var list = section.querySelector('.debrief-sources');
            list.textContent = '';
            if (!sources.length) {
                list.appendChild(element('li', 'debrief-sources-none', AJS.I18n.getText('debrief.intake.admin.none')));
            }
            sources.forEach(function (source) {
                list.appendChild(sourceRow(source));
            });
        },
        function (error) {
            showError(section, error);
        }
    );
}

function add(section, form) {
    var rules = parseRules(form.elements.namedItem('mappings').value);
    if (rules.bad.length) {
        showError(section, {
            errors: [
                {
                    field: 'mappings',
                    message: AJS.I18n.getText('debrief.intake.admin.rules.invalid', rules.bad.join(', '))
                }
            ]
        });
        return Promise.resolve();
    }
    var body = {
        key: form.elements.namedItem('key').value.trim(),
        name: form.elements.namedItem('name').value.trim(),
        format: form.elements.namedItem('format').value,
        signingSecret: form.elements.namedItem('signingSecret').value,
        mappings: rules.mappings,
        mayOpenIncident: form.elements.namedItem('mayOpenIncident').checked ? 'true' : 'false',
        incidentProject: form.elements.namedItem('incidentProject').value.trim() || null,
        actingUser: form.elements.namedItem('actingUser').value.trim() || null
    };
    return Rest.request('POST', '/intake-sources', body).then(
        function (created) {
            section.querySelector('.debrief-source-messages').textContent = '';
            form.reset();
            showSecret(section, created.source, created.secret);
            return load(section);
        },
        function (error) {
            showError(section, error);
        }
    );
}

function act(section, button) {
    var key = button.closest('[data-source-key]').getAttribute('data-source-key');
    var path = '/intake-sources/' + encodeURIComponent(key);
    if (button.classList.contains('debrief-source-rotate')) {
        return Rest.request('POST', path + '/secret', {}).then(
            function (rotated) {
                showSecret(section, rotated.source, rotated.secret);
            },
            function (error) {
                showError(section, error);
            }
        );
    }
    if (!window.confirm(AJS.I18n.getText('debrief.intake.admin.delete.confirm', key))) {
        return Promise.resolve();
    }
    return Rest.request('DELETE', path).then(
        function () {
            return load(section);
        },
        function (error) {
            showError(section, error);
        }
    );
}

/** Appends the event sources section to the settings page root (once) and loads the sources. */
function init(page) {
    page.setAttribute('data-debrief-intake-ready', 'true');
    var section = element('section', 'debrief-intake-sources');
    section.appendChild(element('h3', null, AJS.I18n.getText('debrief.intake.admin.heading')));
    section.appendChild(element('p', null, AJS.I18n.getText('debrief.intake.admin.intro')));
    section.appendChild(element('div', 'debrief-source-messages'));
    section.appendChild(element('div', 'debrief-source-secret'));
    section.appendChild(element('ul', 'debrief-sources'));
    var form = createForm();
    section.appendChild(form);
    page.appendChild(section);
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        add(section, form);
    });
    section.addEventListener('click', function (event) {
        var button = event.target.closest('button.debrief-source-rotate, button.debrief-source-delete');
        if (button) {
            act(section, button);
        }
    });
    return load(section);
}

Debrief.IntakeAdmin = { init: init, parseRules: parseRules };

start.onContent('.debrief-settings', init, 'data-debrief-intake-ready');
