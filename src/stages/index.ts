import type { AnyStage } from '../pipeline.js';
import { turns } from './turns.js';

export interface StageOptions {}

/** The default pipeline, in order. Adding a layer is one line here. */
export function defaultStages(_options: StageOptions = {}): AnyStage[] {
  return [turns()];
}
