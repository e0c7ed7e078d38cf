import type { MethodRule } from '../../context.js';

/** The steps performed, each once, in the order first performed. */
export const performed: MethodRule = {
  id: 'performed',
  description: 'steps the path performed, in the order first performed',
  evaluate: (_method, firsts) => firsts.map((f) => f.step),
};
