/** `openmoments verify-paper`: the paper check, printed, and with --out DIR written to DIR/paper-check.md. */
import type { Command } from '../parse.js';
import type { Output } from '../output.js';
import { writeFilesAtomically } from '../write-files.js';
import { checkFileSet } from '../atomic-writes.js';
import { commandNotation } from './latex.js';

type VerifyCommand = Extract<Command, { name: 'verify-paper' }>;

/** The check with oracle confirmations; loads mathjs (the transcription parser) on demand. */
export async function paperCheck() {
  return (await import('../../verify/paper-check.js')).paperCheck();
}

export async function runVerifyPaper(cmd: VerifyCommand, out: Output): Promise<number> {
  // The cheap checks first (notation, where to write), then the long paper check.
  const notation = cmd.options.format === 'latex' ? commandNotation(cmd.options.notation) : null;
  if (cmd.out !== null) checkFileSet(cmd.out, ['paper-check.md']);
  const checked = await paperCheck();
  const { paperCheckMarkdown, paperCheckJson, paperCheckLatex } = await import('../../render/paper-check-format.js');
  const markdown = paperCheckMarkdown(checked);
  // Everything is rendered (and every flag checked) before anything is written.
  let text: string;
  switch (cmd.options.format) {
    case 'json': text = JSON.stringify(paperCheckJson(checked)); break;
    case 'latex': text = paperCheckLatex(checked, notation!); break;
    case 'text': text = markdown; break;
  }
  if (cmd.out === null) {
    out.stdout(text);
    return 0;
  }
  // With --out: one line saying what was written, as other commands do, unless an output format was asked for.
  const written = writeFilesAtomically(cmd.out, new Map([['paper-check.md', markdown]]), out.temporaries);
  out.stdout(cmd.formatGiven === true ? text : written.map((w) => `wrote ${w}`).join('\n'));
  return 0;
}
