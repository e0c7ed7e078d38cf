import { error } from '../../model/diagnostic.js';
import { suggestOrList } from '../../model/suggest.js';
import type { Check } from '../check.js';
import { moveFindings } from '../moves.js';

export const unknownMethod: Check = {
  code: 'unknown-method',
  severity: 'error',
  description: 'a graded method, or the method part of a `method/step` move, that does not exist',
  stage: 'scenario',
  run: (ctx) => {
    const { scenario, library } = ctx;
    const listed = scenario.methods.flatMap((id, i) =>
      library.methods.has(id) ? [] : [error('unknown-method', `unknown method '${id}'${suggestOrList(id, library.methods.keys())}`, ['methods', i])],
    );
    return [...listed, ...moveFindings(ctx, 'unknown-method')];
  },
};
