/** Bad user input: names the parameter; the CLI turns it into a one-line message and exit code 2. */
export class InputError extends Error {
  constructor(readonly parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.name = 'InputError';
  }
}
