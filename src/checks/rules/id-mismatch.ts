import { warning } from '../../model/diagnostic.js';
import type { Check, CorpusFinding } from '../check.js';

export const idMismatch: Check = {
  code: 'id-mismatch',
  severity: 'warning',
  description: "a scenario's or method's `id` differs from its file name",
  stage: 'corpus',
  run: ({ files }) => {
    const findings: CorpusFinding[] = [];
    files.forEach((f, fileIndex) => {
      if (f.kind !== 'scenario' && f.kind !== 'method') return;
      const own = f.ids[0];
      if (!own || own.id === f.stem) return;
      findings.push({
        fileIndex,
        finding: warning('id-mismatch', `id '${own.id}' differs from the file name '${f.stem}': rename the file to '${own.id}.yaml' or set id: ${f.stem}`, own.path),
      });
    });
    return findings;
  },
};
