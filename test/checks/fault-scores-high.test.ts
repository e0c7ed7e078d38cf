import { describe, expect, it } from 'vitest';
import type { CompiledContext } from '../../src/checks/check.js';
import { faultScoresHigh } from '../../src/checks/rules/fault-scores-high.js';
import { analyseScenario } from '../../src/analysis/analyse.js';
import type { CompleteAnalysis } from '../../src/analysis/analyse.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { loadScenario } from '../../src/scenario/library.js';
import { parseText } from '../../src/scenario/source.js';
import { testLibrary } from '../helpers/library.js';
import { scenarioText, table } from './helpers.js';
import { CLEAN, REPLY, twoDecisions } from './pedagogy.js';

// The blame reply performs the last step and satisfies the customer: 100 − 15 = 85 uncapped.
const blameWins = { a: CLEAN.a, b: [REPLY.right, REPLY.own, REPLY.blameSatisfied] };

function context(nodes: string): CompiledContext {
  const scenario = loadScenario(parseText(scenarioText(nodes), 't.yaml')).value!;
  const compiled = compileScenario(scenario, testLibrary);
  return { scenario, library: testLibrary, stem: 't', compiled, analysis: analyseScenario(compiled) };
}

describe('fault-scores-high', () => {
  table(
    'fault-scores-high',
    [
      { name: 'the major fault leads to a lost ending', nodes: twoDecisions(CLEAN) },
      { name: 'a major fault on an otherwise perfect path is capped at 79', nodes: twoDecisions(blameWins) },
    ],
    [],
  );

  it('the analysis finds the best path with a major fault, at its capped score', () => {
    const { analysis } = context(twoDecisions(blameWins));
    expect((analysis as CompleteAnalysis).figures.bestWithMajorFault).toEqual({ answers: [2, 3], ending: 'ok', outcome: 'satisfied', score: 79 });
  });

  // Grading's cap keeps every fixture below 80: only an analysis that says otherwise, as a
  // change to the cap or to scoring would make it, can show the check firing.
  it('invalid: reports a path with a major fault at 80 or more, naming its answers', () => {
    const ctx = context(twoDecisions(blameWins));
    const analysis = ctx.analysis as CompleteAnalysis;
    const high = { ...analysis, figures: { bestWithMajorFault: { answers: [2, 3], ending: 'ok', outcome: 'satisfied' as const, score: 85 } } };
    if (faultScoresHigh.stage !== 'compiled') throw new Error('fault-scores-high runs on compiled scenarios');
    const found = faultScoresHigh.run({ ...ctx, analysis: high });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'fault-scores-high', severity: 'warning', path: ['start'] });
    expect(found[0]!.message).toContain('the path 2,3 commits a major fault yet scores 85');
  });
});
