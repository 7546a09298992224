/** Run the built `openmoments` bin (npm test builds it first) and capture its output. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

export function cli(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}
