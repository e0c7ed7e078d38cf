import { error } from '../../model/diagnostic.js';
import type { Check, CorpusFile, CorpusFinding } from '../check.js';

/**
 * Scenario ids are one namespace across every file checked (progress is kept by id). Method,
 * fault and personality ids are one namespace per folder: a pack may replace a bundled entry
 * by reusing its id, but not declare the same id twice itself.
 */
function namespace(f: CorpusFile): string | undefined {
  if (f.kind === 'scenario') return 'scenario';
  if (f.kind === 'method' || f.kind === 'faults' || f.kind === 'personalities') return `${f.kind}\u0000${f.folder}`;
  return undefined;
}

export const duplicateId: Check = {
  code: 'duplicate-id',
  severity: 'error',
  description: 'two files, two entries of a catalogue or two steps of a method declare the same id',
  stage: 'corpus',
  run: ({ files }) => {
    const groups = new Map<string, { fileIndex: number; path: readonly (string | number)[] }[]>();
    files.forEach((f, fileIndex) => {
      const ns = namespace(f);
      if (ns === undefined) return;
      const ids = f.kind === 'scenario' || f.kind === 'method' ? f.ids.slice(0, 1) : f.ids;
      for (const { id, path } of ids) {
        const key = `${ns}\u0000${id}`;
        groups.set(key, [...(groups.get(key) ?? []), { fileIndex, path }]);
      }
      for (const { id, path } of f.localIds ?? []) {
        const key = `local\u0000${fileIndex}\u0000${id}`;
        groups.set(key, [...(groups.get(key) ?? []), { fileIndex, path }]);
      }
    });
    const findings: CorpusFinding[] = [];
    for (const [key, places] of groups) {
      if (places.length < 2) continue;
      const id = key.slice(key.lastIndexOf('\u0000') + 1);
      for (const p of places) {
        const others = places.filter((o) => o !== p);
        const where = others.map((o) => (o.fileIndex === p.fileIndex ? `entry ${Number(o.path[1]) + 1} of this file` : files[o.fileIndex]!.file));
        findings.push({ fileIndex: p.fileIndex, finding: error('duplicate-id', `id '${id}' is also declared in ${[...new Set(where)].join(', ')}; ids must be unique`, p.path) });
      }
    }
    return findings;
  },
};
