import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/checks/run.js';
import { loadScenario } from '../../src/scenario/library.js';
import { parseText, toDiagnostic } from '../../src/scenario/source.js';
import { testLibrary } from '../helpers/library.js';
import { END_LOST, END_OK, scenarioText } from './helpers.js';

const nodes = `
  a:
    customer: hi
    choices:
      - { reply: r1, moves: [willingness], mood: 5, next: a }
      - { reply: r2, moves: [empathy, responsibility], next: ok }
      - { reply: r3, next: lost }
${END_OK}
${END_LOST}`;

function limitDiagnostics(maxStates: number): { code: string; line: number; column: number }[] {
  const parsed = parseText(scenarioText(nodes), 't.yaml');
  const scenario = loadScenario(parsed).value!;
  return checkScenario(scenario, testLibrary, 't', { maxStates })
    .findings.filter((f) => f.code === 'analysis-limit' || f.code === 'trap' || f.code === 'unwinnable')
    .map((f) => toDiagnostic(parsed.source, f))
    .map(({ code, line, column }) => ({ code, line, column }));
}

describe('analysis-limit', () => {
  it('valid: a scenario within the limit is analysed in full', () => {
    expect(limitDiagnostics(1000)).toEqual([]);
  });

  it('invalid: past the limit, one warning at `nodes` and no analysis findings', () => {
    expect(limitDiagnostics(3)).toEqual([{ code: 'analysis-limit', line: 9, column: 1 }]);
  });

  it('invalid: a scenario built to multiply states stops at the default limit, quickly', () => {
    const steps = ['willingness', 'empathy', 'responsibility', 'pause', 'restate', 'confirm', 'handle', 'check'];
    const n = 200;
    const nodes = Array.from({ length: n }, (_, i) => {
      const replies = [-7, 3, 11].map((d, c) => `{reply: r, moves: [${steps[(i * 3 + c) % 8]}], mood: ${d}, next: n${(i * 7 + c * 13 + 1) % n}}`);
      return `  n${i}: {customer: c, choices: [${replies.join(', ')}, {reply: q, next: ok}]}`;
    }).join('\n');
    const parsed = parseText(scenarioText(`${nodes}\n${END_OK}`, { methods: '[emotional, objection]', start: 'n0' }), 't.yaml');
    const findings = checkScenario(loadScenario(parsed).value!, testLibrary, 't').findings;
    expect(findings.map((f) => f.code)).toEqual(['analysis-limit']);
  });
});
