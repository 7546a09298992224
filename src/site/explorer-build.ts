/**
 * Builds the explorer: explorer.html (explorer-page.ts) and explorer.js, the esbuild bundle of
 * src/site/browser/explorer.ts for the browser (one IIFE, no imports at run time, no network). A bundled
 * module that imports a Node built-in (e.g. numeric/ep/ep-map.ts and its worker_threads) fails
 * the build with a message naming the import chain.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  const esbuild = await import('esbuild');
  const nodeOnly: import('esbuild').Plugin = {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^node:|^(fs|path|os|url|worker_threads|child_process|module|crypto)$/ }, (args) => ({
        errors: [{ text: `the explorer bundle must not import the Node built-in "${args.path}" (imported by ${args.importer}); import the specific browser-safe module instead` }],
      }));
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
    plugins: [nodeOnly],
  }).catch((e: { errors?: { text: string; location?: { file: string; line: number } | null }[] }) => {
    const details = (e.errors ?? []).map((x) => `${x.location ? `${x.location.file}:${x.location.line}: ` : ''}${x.text}`).join('\n');
    throw new Error(`esbuild could not bundle the explorer:\n${details || String(e)}`);
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the explorer');
  return file.text;
}

/** explorer.html and explorer.js. */
export async function explorerFiles(options: BundleOptions = {}): Promise<Map<string, string>> {
  return new Map([
    ['explorer.html', explorerHtml()],
    ['explorer.js', await buildExplorerBundle(options)],
  ]);
}
