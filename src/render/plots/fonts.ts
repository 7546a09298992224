/** The one font of PNG and PDF output: DejaVu Sans (Greek, combining dot, sub- and superscripts) from the dejavu-fonts-ttf package. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function dejaVuSansPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');
}
