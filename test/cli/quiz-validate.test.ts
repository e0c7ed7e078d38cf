import { describe, expect, it } from 'vitest';
import { fixture, kefu } from '../helpers/cli.js';

const broken = (name: string): string => fixture(`quiz/broken/quizzes/${name}.yaml`);

describe('kefu validate on quiz files', () => {
  it('passes the mini quiz', async () => {
    const r = await kefu(['validate', fixture('quiz/quizzes/mini.yaml')]);
    expect(r.stdout + r.stderr).not.toMatch(/error|warning {2}/);
    expect(r.code).toBe(0);
  });

  it.each([
    ['answer-out-of-range', 1, ['9:13  error  answer-range', '14:17  error  answer-range']],
    ['duplicate-question-id', 1, ['9:9  error  duplicate-question-id']],
    ['order-too-few', 1, ['8:12  error  too-few-items']],
    ['unknown-type', 1, ['6:11  error  invalid-value']],
    ['unknown-field', 1, ['9:5  error  unknown-field']],
    ['missing-field', 1, ['5:5  error  missing-field']],
    ['duplicate-item', 1, ['10:27  error  duplicate-item']],
    ['id-mismatch', 0, ['1:5  warning  id-mismatch']],
  ] as const)('%s', async (name, code, expected) => {
    const r = await kefu(['validate', broken(name)]);
    const lines = (r.stdout + r.stderr).split('\n').filter((l) => l.includes(`${name}.yaml:`));
    expect(lines.map((l) => l.replace(/^.*?\.yaml:/, ''))).toEqual(expected.map((e) => expect.stringContaining(e)));
    expect(r.code).toBe(code);
  });

  it('reports the codes in JSON too', async () => {
    const r = await kefu(['validate', broken('order-too-few'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"too-few-items"');
  });
});
