/**
 * Bad user input: names the parameter (a flag such as --k, or a library argument such as
 * `request.equation`); the CLI turns it into a one-line message and exit code 2. Defined in the
 * first stage so that every stage, and every library entry point, throws this one type (the parser
 * of exact scalars included).
 */
export class InputError extends Error {
  constructor(readonly parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.name = 'InputError';
  }
}
