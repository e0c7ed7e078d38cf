import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { renderEndScreen, renderMethodChecklist } from '../../src/ui/render.js';
import { gradedScenario, turn } from '../helpers/library.js';

const c = new Chalk({ level: 0 });

describe('the end screen', () => {
  const scenario = gradedScenario(['emotional', 'objection'], 'touchy');
  const ending = scenario.nodes.get('end')!;
  // restate is skipped and confirm comes before pause; argue is committed on the second reply.
  const turns = [turn(['willingness', 'confirm']), turn(['empathy', 'pause'], ['argue']), turn(['responsibility', 'handle']), turn(['check'])];
  const report = grade(scenario, turns, 'satisfied');

  it('shows what each missing or out-of-order step cost, weighted for this customer', () => {
    const lines = renderEndScreen(c, scenario, report, [50, 60], ending, 'en').split('\n');
    // touchy counts restate and confirm double: 7 weights in the objection method, two methods graded.
    expect(lines).toContain('  ✗ restate (missing, −14.3)');
    expect(lines).toContain('  ↺ confirm (out of order, −7.1)');
    expect(lines).toContain('  ✓ pause');
  });

  it('shows a recorded method the same way: a step not performed is missing, whatever the lists say', () => {
    const method = { name: '异议', name_en: 'Objection', steps: ['pause', 'restate', 'confirm'].map((id) => ({ id, name: id, name_en: id, weight: id === 'restate' ? 2 : 1 })) };
    const verdict = { score: 37, performed: ['confirm', 'pause'], missing: [], outOfOrder: ['pause'] };
    expect(renderMethodChecklist(c, method, verdict, 1, 'en')).toEqual(['Objection  37', '  ↺ pause (out of order, −12.5)', '  ✗ restate (missing, −50)', '  ✓ confirm']);
  });

  it('names the reply that committed each fault, not an internal node id', () => {
    const text = renderEndScreen(c, scenario, report, [50, 60], ending, 'zh');
    expect(text).toContain('✗ argue −40  第 2 句');
    expect(text).not.toContain('@');
  });
});
