import type { MethodRule } from '../../context.js';

/** The method's steps the path never performed, in the method's order. */
export const missing: MethodRule = {
  id: 'missing',
  description: 'steps the path never performed',
  evaluate: (method, firsts) => {
    const done = new Set(firsts.map((f) => f.step));
    return method.steps.map((s) => s.id).filter((id) => !done.has(id));
  },
};
