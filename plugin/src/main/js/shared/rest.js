/*
 * Debrief REST client for the plugin's pages: one place that knows the base URL, sends JSON and turns refusals into
 * the error body every Debrief endpoint returns ({message, errors:[{field, message}]}), already localized.
 *
 * i18n in JS: AJS.I18n.getText('debrief.x.y', args...) with a literal key only (Jira's jsI18n transformer replaces
 * these calls when serving the web-resource; I18nBundlesTest checks the keys).
 */
import { Debrief } from '../shared/namespace.js';

function baseUrl() {
    return window.AJS.contextPath() + '/rest/debrief/1.0';
}

function failure(status, body) {
    var error = new Error(body && body.message ? body.message : AJS.I18n.getText('debrief.error.request'));
    error.status = status;
    error.errors = body && body.errors ? body.errors : [];
    error.reason = body && body.reason ? body.reason : null;
    return error;
}

/**
 * Calls the Debrief REST API. Resolves with the parsed JSON (or null for an empty answer); rejects with an Error
 * carrying status, message, field errors and the refusal's reason. {@code base} (optional) replaces the REST root, for pages hosted
 * outside Jira (the sandbox) that are given it.
 */
function request(method, path, body, base) {
    var init = {
        method: method,
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
    };
    if (method !== 'GET') {
        // Jira's XSRF rule: a change passes with a JSON body or this header, which no other site can send
        init.headers['X-Atlassian-Token'] = 'no-check';
    }
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    return window.fetch((base || baseUrl()) + path, init).then(
        function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch {
                    // not JSON: the status alone tells
                    json = null;
                }
                if (!response.ok) {
                    throw failure(response.status, json);
                }
                return json;
            });
        },
        function () {
            throw failure(0, { message: AJS.I18n.getText('debrief.error.offline') });
        }
    );
}

/** Shows a rejected request's error in container, with the shared Soy partials (escaped there). */
function showError(container, error) {
    container.innerHTML =
        error.errors && error.errors.length
            ? Debrief.Common.errorList({ errors: error.errors })
            : Debrief.Common.message({ type: 'error', text: error.message });
}

export { request, showError };

Debrief.Rest = { request, showError };
