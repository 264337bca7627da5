// The texts the browser code asks for through AJS.I18n.getText are formatted by AUI's AJS.format (in Jira, after
// the jsI18n transformer; in the sandbox, directly), not by Java's MessageFormat: AJS.format knows {0}, {0,number}
// and {0,choice,...} only, and prints anything else ({0,number,integer}, {0,date}) as nothing, so "3 days" became
// " days". Every key the JS uses must have only placeholders AJS.format fills (I18nBundlesTest checks that each
// has a text).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, '..', '..', 'main');

function keysUsedInJs() {
    const keys = new Set();
    for (const path of readdirSync(join(MAIN, 'js'), { recursive: true }).filter((p) => p.endsWith('.js'))) {
        // comments may show the convention with example keys
        const code = readFileSync(join(MAIN, 'js', path), 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/^\s*\/\/.*$/gm, '');
        for (const call of code.matchAll(/AJS\.I18n\.getText\(\s*'([\w.-]+)'/g)) {
            keys.add(call[1]);
        }
    }
    return keys;
}

function texts() {
    const all = new Map();
    const folder = join(MAIN, 'resources', 'i18n');
    for (const file of readdirSync(folder).filter((f) => /^[\w-]+\.properties$/.test(f) && !/_[a-z]{2}/.test(f))) {
        for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
            const pair = /^\s*([\w.-]+)\s*=(.*)$/.exec(line);
            if (pair) {
                all.set(pair[1], pair[2]);
            }
        }
    }
    return all;
}

/** The placeholders of a MessageFormat text that AUI's AJS.format would print as nothing. */
function unformatted(text) {
    const withoutQuoted = text.replace(/'[^']*'/g, '');
    return [...withoutQuoted.matchAll(/\{([^{}]*)\}/g)]
        .map((m) => m[1])
        .filter((inner) => !/^\d+(,number)?$/.test(inner) && !/^\d+,choice,/.test(inner));
}

describe('texts shown by the browser code', () => {
    const used = [...keysUsedInJs()].sort();
    const all = texts();

    it('finds the keys the modules use', () => {
        expect(used).toContain('debrief.followup.items.age.days');
        expect(used.length).toBeGreaterThan(100);
    });

    it('use only placeholders AJS.format fills', () => {
        const broken = used
            .filter((key) => all.has(key) && unformatted(all.get(key)).length)
            .map((key) => `${key}=${all.get(key)}`);
        expect(broken).toEqual([]);
    });

    it('catches a number format AJS.format would drop', () => {
        expect(unformatted('{0,number,integer} days')).toEqual(['0,number,integer']);
        expect(unformatted('{0} of {1,number}')).toEqual([]);
    });
});
