/**
 * Under vitest the sources are TypeScript, which node:worker_threads cannot
 * load. This helper transpiles the numeric kernels (src/numeric/{linalg,ep,
 * propagate}) with the project's TypeScript compiler into a temporary
 * directory and returns the URL of the compiled EP-map worker, so tests and
 * benchmarks exercise the real worker path against the current sources.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const numericRoot = fileURLToPath(new URL('../../src/numeric/', import.meta.url));
const compiledDirectories = ['linalg', 'ep', 'propagate'];

function typeScriptFilesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return typeScriptFilesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export interface CompiledWorker {
  readonly workerUrl: URL;
  readonly dispose: () => void;
}

export function compileEpMapWorker(): CompiledWorker {
  const outRoot = mkdtempSync(join(tmpdir(), 'numeric-worker-'));
  writeFileSync(join(outRoot, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const directory of compiledDirectories) {
    for (const file of typeScriptFilesUnder(join(numericRoot, directory))) {
      const output = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
        fileName: file,
      });
      const target = join(outRoot, relative(numericRoot, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output.outputText);
    }
  }
  return {
    workerUrl: pathToFileURL(join(outRoot, 'ep', 'ep-map-worker.js')),
    dispose: () => rmSync(outRoot, { recursive: true, force: true }),
  };
}
