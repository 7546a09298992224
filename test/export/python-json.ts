/** Run python3 on a script that imports modules from `dir` and prints JSON; the parsed output. */
import { spawnSync } from 'node:child_process';

export function pythonJson(dir: string, lines: readonly string[]): unknown {
  const script = ['import json, sys', `sys.path.insert(0, ${JSON.stringify(dir)})`, ...lines].join('\n');
  const r = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
  if (r.error) throw new Error(`python3 could not be run (${r.error.message}); this test needs python3 on PATH`);
  if (r.status !== 0) throw new Error(`python3 failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}
