// vitest globalSetup (runs in Node, where esbuild works; jsdom's TextEncoder does not satisfy it): bundles every
// module under src/main/js into target/js-test-bundles with the options the served files are built with, so each
// test loads a module the way a web-resource runs it (load.js).
import { buildSync } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OPTIONS, finishI18n } from '../../../build-web.mjs';

export const JS = join(import.meta.dirname, '..', '..', 'main', 'js');
export const OUT = join(import.meta.dirname, '..', '..', '..', 'target', 'js-test-bundles');

export default function setup() {
    rmSync(OUT, { recursive: true, force: true });
    const entryPoints = readdirSync(JS, { recursive: true })
        .filter((path) => path.endsWith('.js'))
        .map((path) => join(JS, path));
    buildSync({ ...OPTIONS, entryPoints, outdir: OUT, outbase: JS });
    entryPoints.forEach((entry) => finishI18n(join(OUT, entry.slice(JS.length))));
}
