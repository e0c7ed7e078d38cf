import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainWidth } from '../../src/model/width.js';
import { ROOT } from '../helpers/cli.js';

describe('plainWidth', () => {
  it.each([
    ['', 0],
    ['ok', 2],
    ['您好', 4],
    ['好的，马上！', 12],
    ['ＯＫ', 4],
    ['é', 1],
    ['e\u0301', 1],
  ])('%j is %i columns', (text, width) => expect(plainWidth(text)).toBe(width));

  it('agrees with string-width on every reply of the shipped scenarios', () => {
    const replies = readdirSync(join(ROOT, 'scenarios'))
      .filter((f) => f.endsWith('.yaml') && !['faults.yaml', 'personalities.yaml'].includes(f))
      .flatMap((f) => {
        const s = parse(readFileSync(join(ROOT, 'scenarios', f), 'utf8')) as { nodes: Record<string, { choices?: { reply: string }[] }> };
        return Object.values(s.nodes).flatMap((n) => (n.choices ?? []).map((c) => c.reply));
      });
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) expect(plainWidth(r), r).toBe(stringWidth(r));
  });
});
