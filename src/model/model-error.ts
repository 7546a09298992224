/**
 * A request the model cannot serve (e.g. the global equation of a model without closed-form normal
 * modes). It is an InputError (parameter "model"), so every entry point throws one type; its
 * message is kept as written.
 */
import { InputError } from './input-error.js';

export class ModelError extends InputError {
  constructor(message: string) {
    super('model', message);
    this.message = message;
    this.name = 'ModelError';
  }
}
