/**
 * Builds the explorer: explorer.html (explorer-page.ts), explorer.js, the esbuild bundle of
 * src/site/browser/explorer.ts for the browser (one IIFE, no imports at run time, no network), and
 * the Vega and Vega-Lite browser builds it runs on (vega.min.js, vega-lite.min.js). A bundled
 * module that imports a Node built-in (e.g. numeric/ep/ep-map.ts and its worker_threads) fails
 * the build with a message naming the import chain.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
// A static import (this module is itself loaded only when a site is built): build() then starts
// esbuild before its caller's next synchronous work, which it overlaps.
import * as esbuild from 'esbuild';
import { explorerHtml } from './explorer-page.js';

/** The repository root: the nearest ancestor with openmoments' package.json and src/site/browser/. */
export function repositoryRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'src', 'site', 'browser'))) {
      const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name;
      if (name === 'openmoments') return dir;
    }
    if (dirname(dir) === dir) throw new Error(`cannot find the openmoments repository (with src/site/browser/) above ${from}`);
  }
}

export interface BundleOptions {
  /** Minify (default true). */
  readonly minify?: boolean;
}

/** The browser bundle of src/site/browser/explorer.ts, as JavaScript text. */
export async function buildExplorerBundle(options: BundleOptions = {}): Promise<string> {
  const root = repositoryRoot();
  const nodeOnly: esbuild.Plugin = {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^node:|^(fs|path|os|url|worker_threads|child_process|module|crypto)$/ }, (args) => ({
        errors: [{ text: `the explorer bundle must not import the Node built-in "${args.path}" (imported by ${args.importer}); import the specific browser-safe module instead` }],
      }));
    },
  };
  // Vega and Vega-Lite are not bundled: the page loads their own minified browser builds (vega.min.js,
  // vega-lite.min.js, copied beside explorer.js), which set the globals `vega` and `vegaLite`. Bundling their
  // hundred-odd source modules would triple the time of every report build.
  const globals: esbuild.Plugin = {
    name: 'vega-globals',
    setup(build) {
      build.onResolve({ filter: /^vega(-lite)?$/ }, (args) => ({ path: args.path, namespace: 'vega-global' }));
      build.onLoad({ filter: /.*/, namespace: 'vega-global' }, (args) => ({ contents: `module.exports = globalThis.${args.path === 'vega' ? 'vega' : 'vegaLite'};`, loader: 'js' }));
    },
  };
  const result = await esbuild.build({
    entryPoints: [join(root, 'src', 'site', 'browser', 'explorer.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2022'],
    minify: options.minify ?? true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [globals, nodeOnly],
  }).catch((e: { errors?: { text: string; location?: { file: string; line: number } | null }[] }) => {
    const details = (e.errors ?? []).map((x) => `${x.location ? `${x.location.file}:${x.location.line}: ` : ''}${x.text}`).join('\n');
    throw new Error(`esbuild could not bundle the explorer:\n${details || String(e)}`);
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the explorer');
  return file.text;
}

/** The browser builds of Vega and Vega-Lite that the explorer loads before explorer.js. */
export function vegaBrowserBuilds(): Map<string, string> {
  const require = createRequire(import.meta.url);
  return new Map([
    ['vega.min.js', readFileSync(join(dirname(require.resolve('vega')), 'vega.min.js'), 'utf8')],
    ['vega-lite.min.js', readFileSync(join(dirname(require.resolve('vega-lite')), 'vega-lite.min.js'), 'utf8')],
  ]);
}

/** explorer.html, explorer.js and the Vega builds it runs on. */
export async function explorerFiles(options: BundleOptions = {}): Promise<Map<string, string>> {
  return new Map([
    ['explorer.html', explorerHtml()],
    ['explorer.js', await buildExplorerBundle(options)],
    ...vegaBrowserBuilds(),
  ]);
}
