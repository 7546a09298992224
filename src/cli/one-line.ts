/**
 * The one line the CLI prints for an error: the first line of the message, every quoted value
 * longer than 60 characters cut to its start (a long expression or file name stays recognisable),
 * and the whole cut to 300 characters.
 */
import { excerpt } from '../numeric/excerpt.js';

export function oneLine(message: string): string {
  const first = message.split('\n')[0]!.replace(/"([^"]{61,})"/g, (_, inner: string) => `"${excerpt(inner, 0, 60)}"`);
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
}
