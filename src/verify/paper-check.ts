/** The whole paper check: every transcription compared with the derivation, each discrepancy confirmed by the oracle. */
import { printedEquations } from './paper-transcription.js';
import { checkPaper, type EquationCheck } from './check.js';
import { confirmCheck, type Confirmation } from './confirm.js';

export interface CheckedEquation {
  readonly check: EquationCheck;
  readonly confirmations: readonly Confirmation[];
}

export function paperCheck(): CheckedEquation[] {
  return checkPaper(printedEquations).map((check) => ({ check, confirmations: confirmCheck(check) }));
}
