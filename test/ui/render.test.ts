import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { renderEndScreen, renderMethodChecklist, renderScoreReason } from '../../src/ui/render.js';
import { gradedScenario, turn } from '../helpers/library.js';

const c = new Chalk({ level: 0 });

describe('the end screen', () => {
  const scenario = gradedScenario(['emotional', 'objection'], 'touchy');
  const ending = scenario.nodes.get('end')!;
  // restate is skipped and confirm comes before pause; argue is committed on the second reply.
  const turns = [turn(['willingness', 'confirm']), turn(['empathy', 'pause'], ['argue']), turn(['responsibility', 'handle']), turn(['check'])];
  const report = grade(scenario, turns, 'satisfied');

  it('shows what each missing or out-of-order step cost in its method, weighted for this customer, adding up to the heading', () => {
    const lines = renderEndScreen(c, scenario, report, [50, 60], ending, 'en').split('\n');
    // touchy counts restate and confirm double: 7 weights in the objection method, so restate
    // missing is 28.6 and confirm late 14.3; the method scores 57, and 29 + 14 = 100 − 57.
    expect(lines).toContain('Objection  57');
    expect(lines).toContain('  ✗ restate (missing, −29)');
    expect(lines).toContain('  ↺ confirm (out of order, −14)');
    expect(lines).toContain('  ✓ pause');
  });

  it('shows a recorded method the same way: a step not performed is missing, whatever the lists say', () => {
    const method = { name: '异议', name_en: 'Objection', steps: ['pause', 'restate', 'confirm'].map((id) => ({ id, name: id, name_en: id, weight: id === 'restate' ? 2 : 1 })) };
    const verdict = { score: 37, performed: ['confirm', 'pause'], missing: [], outOfOrder: ['pause'] };
    expect(renderMethodChecklist(c, method, verdict, 'en')).toEqual(['Objection  37', '  ↺ pause (out of order, −13)', '  ✗ restate (missing, −50)', '  ✓ confirm']);
  });

  it('names the reply that committed each fault, not an internal node id', () => {
    const text = renderEndScreen(c, scenario, report, [50, 60], ending, 'zh');
    expect(text).toContain('✗ argue −40  第 2 句');
    expect(text).not.toContain('@');
  });
});

describe('the line that explains a score', () => {
  const names = { step: (r: { step: string }): string => r.step, fault: (id: string): string => id };
  const reason = { kind: 'satisfied-but-failed', missing: [{ method: 'e', step: 'empathy' }], outOfOrder: [{ method: 'o', step: 'handle' }], faults: [] } as const;
  it.each([
    ['en', '王先生 calmed down, but the method was not followed: empathy was skipped and handle came out of order.'],
    ['zh', '王先生的情绪平复了，但没有按方法来：漏了「empathy」和「handle」顺序不对。'],
  ] as const)('satisfied but failing, in %s', (lang, line) => {
    expect(renderScoreReason(reason, names, '王先生', lang)).toBe(line);
  });

  it.each([
    ['en', 'Capped at 79: shift-blame is a major fault, and a conversation with a major fault cannot reach B.'],
    ['zh', '最高 79 分：「shift-blame」属于严重失误，有严重失误的对话拿不到 B。'],
  ] as const)('capped by a major fault, in %s', (lang, line) => {
    expect(renderScoreReason({ kind: 'major-fault-cap', cap: 79, faults: ['shift-blame'] }, names, '王先生', lang)).toBe(line);
  });

  it('is on the end screen of a satisfied conversation that fails', () => {
    const scenario = gradedScenario(['emotional', 'objection']);
    const turns = [turn(['willingness']), turn(['handle'], ['cold']), turn(['check'])];
    const text = renderEndScreen(c, scenario, grade(scenario, turns, 'satisfied'), [50], scenario.nodes.get('end')!, 'en');
    expect(text).toContain('c calmed down, but the method was not followed: empathy was skipped, responsibility was skipped, pause was skipped');
  });
});
