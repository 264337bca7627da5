// Loads the plugin's browser scripts into the jsdom window the way Jira's web-resources would: as classic scripts,
// after a minimal AJS (context path and i18n that echoes the key, so tests can assert which text was asked for).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WEB = join(import.meta.dirname, '..', '..', 'main', 'resources', 'web');

export function installAjs(window, contextPath = '/jira') {
    window.AJS = {
        contextPath: () => contextPath,
        I18n: {
            getText: (key, ...args) => (args.length ? `${key}(${args.join(',')})` : key)
        }
    };
}

/** Evaluates web/NAME in the window (classic script semantics: globals land on window). */
export function loadScript(window, name) {
    const source = readFileSync(join(WEB, name), 'utf8');
    window.eval(source);
}
