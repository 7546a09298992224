/** A request the model cannot serve (e.g. the global equation of a model without closed-form normal modes). */
export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}
