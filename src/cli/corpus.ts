import { ParleyError } from '../errors.js';

/** Entry point of the corpus commands; replaced by the corpus implementation. */
export async function run(command: string, _argv: string[]): Promise<number> {
  throw new ParleyError('usage', `"${command}" is not available in this build`);
}
