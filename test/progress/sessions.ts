import type { Named } from '../../src/progress/records.js';
import type { Candidate } from '../../src/progress/recommend.js';
import type { StepState } from '../../src/grading/grade.js';
import type { SessionSummary } from '../../src/progress/summary.js';

const named = (id: string): Named => ({ id, name: `${id}-zh`, name_en: `${id}-en` });

/** The test methods' steps, in order. */
export const METHOD_STEPS: Readonly<Record<string, readonly string[]>> = {
  emotional: ['willingness', 'empathy', 'responsibility'],
  objection: ['pause', 'restate', 'confirm', 'handle', 'check'],
};

const STATE: Readonly<Record<string, StepState>> = { i: 'in-order', o: 'out-of-order', m: 'missing' };

let next = 1;

/**
 * A session summary for tables: `methods` gives each graded method's steps as one letter per
 * step in the method's order, i (in order), o (out of order) or m (missing), e.g.
 * `{ objection: 'imiii' }`. Without a score the session is abandoned.
 */
export function session(o: {
  scenario?: string;
  personality?: string;
  score?: number;
  methods?: Readonly<Record<string, string>>;
  faults?: readonly string[];
  day?: number;
  trainee?: string;
  title?: string;
}): SessionSummary {
  const id = next++;
  const completed = o.score !== undefined;
  return {
    trainee: o.trainee ?? 'wang',
    id,
    scenario: o.scenario ?? 'case-a',
    title: o.title ?? `${o.scenario ?? 'case-a'} title`,
    personality: named(o.personality ?? 'plain'),
    startedAt: new Date(Date.UTC(2025, 2, 1 + (o.day ?? id), 9)).toISOString(),
    status: completed ? 'completed' : 'abandoned',
    ...(completed ? { score: o.score } : {}),
    methods: completed
      ? Object.entries(o.methods ?? {}).map(([method, letters]) => ({
          method: named(method),
          steps: METHOD_STEPS[method]!.map((step, i) => ({ ...named(step), state: STATE[letters[i]!]! })),
        }))
      : [],
    faults: (o.faults ?? []).map(named),
  };
}

export function candidate(id: string, personality: string, methods: readonly string[], difficulty = 1): Candidate {
  return { id, title: `${id} title`, personality: named(personality), methods, difficulty };
}
