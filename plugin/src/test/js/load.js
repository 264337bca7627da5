// Loads the plugin's browser modules into the jsdom window the way Jira's web-resources run them: each module
// bundled with its imports into one classic script (bundle-setup.js, with the options of build-web.mjs), evaluated
// after a minimal AJS (context path and i18n that echoes the key, so tests can assert which text was asked for).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLES = join(import.meta.dirname, '..', '..', '..', 'target', 'js-test-bundles');

export function installAjs(window, contextPath = '/jira') {
    window.AJS = {
        contextPath: () => contextPath,
        I18n: {
            getText: (key, ...args) => (args.length ? `${key}(${args.join(',')})` : key)
        }
    };
}

/** Evaluates the bundle of src/main/js/MODULE (e.g. 'review/index.js') in the window (classic script semantics). */
export function loadScript(window, module) {
    window.eval(readFileSync(join(BUNDLES, module), 'utf8'));
}

const SAMPLES = join(import.meta.dirname, '..', 'resources', 'rest-samples');

/**
 * An answer of the plugin's REST API as RestSamplesTest pins it (src/test/resources/rest-samples/NAME.json): the JS
 * is tested with what the resources really answer, and a changed answer fails that Java test until the sample is
 * rewritten, so the two cannot drift apart.
 */
export function restSample(name) {
    return JSON.parse(readFileSync(join(SAMPLES, `${name}.json`), 'utf8'));
}
