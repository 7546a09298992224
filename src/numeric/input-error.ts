/** Bad user input (the class lives in the model stage, src/model/input-error.ts, so every stage throws the same type). */
export { InputError } from '../model/input-error.js';
