/** `openmoments verify-paper`: the paper check, printed and written to DIR/paper-check.md. */
import type { Command } from '../parse.js';
import type { Output } from '../output.js';
import { writeFilesAtomically } from '../write-files.js';
import { commandNotation } from './latex.js';

type VerifyCommand = Extract<Command, { name: 'verify-paper' }>;

/** The check with oracle confirmations; loads mathjs (the transcription parser) on demand. */
export async function paperCheck() {
  return (await import('../../verify/paper-check.js')).paperCheck();
}

export async function runVerifyPaper(cmd: VerifyCommand, out: Output): Promise<number> {
  const checked = await paperCheck();
  const { paperCheckMarkdown, paperCheckJson, paperCheckLatex } = await import('../../render/paper-check-format.js');
  const markdown = paperCheckMarkdown(checked);
  writeFilesAtomically(cmd.out, new Map([['paper-check.md', markdown]]));
  switch (cmd.options.format) {
    case 'json': out.stdout(JSON.stringify(paperCheckJson(checked))); break;
    case 'latex': out.stdout(paperCheckLatex(checked, commandNotation(cmd.options.notation))); break;
    case 'text': out.stdout(markdown); break;
  }
  return 0;
}
