/** Shared set-up of the site tests: build the site into a temporary directory; launch Debian Chromium. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { runReport } from '../../src/cli/commands/report.js';
import type { Output } from '../../src/cli/output.js';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Builds the whole site (report with quick figures, explorer, KaTeX assets) into a fresh directory. */
export async function buildSite(prefix: string, options: { explorer?: boolean } = {}): Promise<{ dir: string; log: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), `openmoments-${prefix}-`));
  const log: string[] = [];
  const out: Output = { stdout: (t) => void log.push(t), stderr: (t) => void log.push(`stderr: ${t}`) };
  const code = await runReport({ out: dir, quickFigures: true, figureThreads: 0, explorer: options.explorer ?? true }, out);
  if (code !== 0) throw new Error(`runReport exited with ${code}:\n${log.join('\n')}`);
  return { dir, log };
}

/** Launches Debian Chromium; a missing browser is a test failure, not a skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: the browser tests of the site need it. Install it with \`apt-get install -y chromium\` (Debian), then re-run.`);
  }
  // launch() (not launchPersistentContext) gives every run a fresh temporary profile.
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
}
