/**
 * The guard in front of every user expression that mathjs parses (--spectral): limits on size
 * checked before parsing, and an allow-list of node types checked before anything is evaluated.
 * Only constants, the symbols the caller names, the arithmetic operators and a fixed list of
 * elementary functions pass; ranges, matrices, property and index access, assignments, function
 * definitions, strings, booleans and null are refused, so nothing the user types can allocate,
 * recurse without bound or reach an object's properties.
 */
import type { MathNode } from 'mathjs';
import { mathjs } from '../algebra/mathjs.js';
import { InputError } from './input-error.js';
import { excerpt } from './excerpt.js';

export { excerpt };

/** Input limits for expressions (docs/architecture.md, "Input limits"). */
export const EXPRESSION_LIMITS = Object.freeze({
  /** characters of text */
  length: 2000,
  /** nesting of brackets, counted on the text before parsing */
  nesting: 40,
  /** nodes of the parsed tree */
  nodes: 400,
  /** depth of the parsed tree */
  depth: 100,
});

/** The elementary functions a user expression may call. */
export const EXPRESSION_FUNCTIONS: readonly string[] = Object.freeze(['exp', 'sqrt', 'tanh', 'atan', 'log', 'abs', 'sin', 'cos', 'cosh', 'sinh']);
/** Named constants a user expression may use. */
export const EXPRESSION_CONSTANTS: readonly string[] = Object.freeze(['pi', 'e']);
const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);

function preflight(flag: string, text: string): void {
  if (text.length > EXPRESSION_LIMITS.length) throw new InputError(flag, `the expression has ${text.length} characters; the limit is ${EXPRESSION_LIMITS.length} ("${excerpt(text)}")`);
  if (text.trim() === '') throw new InputError(flag, 'the expression is empty');
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (depth > EXPRESSION_LIMITS.nesting) throw new InputError(flag, `brackets nest deeper than ${EXPRESSION_LIMITS.nesting} at character ${i + 1} ("${excerpt(text, i)}")`);
  }
}

const REFUSED: Record<string, string> = {
  RangeNode: 'ranges (a:b)',
  ArrayNode: 'matrices and arrays',
  MatrixNode: 'matrices and arrays',
  AccessorNode: 'property and index access',
  IndexNode: 'property and index access',
  ObjectNode: 'objects',
  AssignmentNode: 'assignments',
  FunctionAssignmentNode: 'function definitions',
  BlockNode: 'several statements',
  ConditionalNode: 'conditionals (a ? b : c)',
  RelationalNode: 'comparisons',
};

function describe(node: MathNode): string {
  return excerpt(node.toString(), 0, 40);
}

/**
 * Parse `text` and check it; `symbols` are the free variables the caller will bind. Throws an
 * InputError naming `flag` and the offending part of the text; returns the checked tree.
 */
export function guardedParse(flag: string, text: string, symbols: readonly string[]): MathNode {
  preflight(flag, text);
  let root: MathNode;
  try {
    root = mathjs().parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /char (\d+)/.exec(message);
    const where = at ? Number(at[1]) - 1 : 0;
    throw new InputError(flag, `cannot parse "${excerpt(text, where)}": ${excerpt(message.replace(/"[^"]*"/g, '…'), 0, 80)}`);
  }
  // the size first, without recursion (a sum of many terms is a deep tree)
  const pending: MathNode[] = [root];
  let size = 0;
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (++size > EXPRESSION_LIMITS.nodes) throw new InputError(flag, `the expression has more than ${EXPRESSION_LIMITS.nodes} terms and operators; the limit is ${EXPRESSION_LIMITS.nodes} ("${excerpt(text)}")`);
    node.forEach((child) => void pending.push(child));
  }
  const names = new Set([...symbols, ...EXPRESSION_CONSTANTS]);
  let count = 0;
  const visit = (node: MathNode, depth: number): void => {
    if (++count > EXPRESSION_LIMITS.nodes) throw new InputError(flag, `the expression has more than ${EXPRESSION_LIMITS.nodes} terms and operators; the limit is ${EXPRESSION_LIMITS.nodes} ("${excerpt(text)}")`);
    if (depth > EXPRESSION_LIMITS.depth) throw new InputError(flag, `the expression nests deeper than ${EXPRESSION_LIMITS.depth} ("${describe(node)}")`);
    const n = node as MathNode & Record<string, unknown>;
    switch (node.type) {
      case 'ConstantNode': {
        const value = n['value'];
        if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(flag, `only finite numbers are allowed as constants, got ${describe(node)}`);
        return;
      }
      case 'SymbolNode': {
        const name = n['name'] as string;
        if (!names.has(name)) throw new InputError(flag, `unknown symbol "${excerpt(name, 0, 30)}" (use ${symbols.join(', ')}, ${EXPRESSION_CONSTANTS.join(', ')})`);
        return;
      }
      case 'ParenthesisNode':
        visit(n['content'] as MathNode, depth + 1);
        return;
      case 'OperatorNode': {
        const fn = n['fn'] as string;
        if (!OPERATORS.has(fn)) throw new InputError(flag, `the operator "${n['op'] as string}" is not allowed (use + - * / ^), in ${describe(node)}`);
        for (const a of n['args'] as MathNode[]) visit(a, depth + 1);
        return;
      }
      case 'FunctionNode': {
        const fn = n['fn'] as MathNode & { name?: unknown };
        const name = fn.type === 'SymbolNode' && typeof fn.name === 'string' ? fn.name : null;
        if (name === null || !EXPRESSION_FUNCTIONS.includes(name)) throw new InputError(flag, `the function "${excerpt(name ?? fn.toString(), 0, 30)}" is not allowed (use ${EXPRESSION_FUNCTIONS.join(', ')})`);
        const args = n['args'] as MathNode[];
        if (args.length !== 1) throw new InputError(flag, `${name} takes one argument, got ${args.length} in ${describe(node)}`);
        visit(args[0]!, depth + 1);
        return;
      }
      default:
        throw new InputError(flag, `${REFUSED[node.type] ?? node.type} are not allowed (only numbers, ${symbols.join(', ')}, + - * / ^ and ${EXPRESSION_FUNCTIONS.join(', ')}), in ${describe(node)}`);
    }
  };
  visit(root, 0);
  return root;
}
