import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/text.js';
import { ROOT } from '../helpers/cli.js';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['hotpot-duck-blood', 17],
    ['火锅店：菜单上没有的姜汤', 24],
    ['★★★', 3],
    ['“您别着急”……—·', 14],
    ['ｶﾀｶﾅ', 4],
    ['か\u3099', 2],
    ['漢\u302a', 2],
    ['한국어', 6],
    ['\u001b[1mbold\u001b[22m', 4],
    ['e\u0301', 1],
    ['👍', 2],
    ['👨‍👩‍👧', 2],
    ['\u200b', 0],
  ])('%j is %i columns, as string-width says', (text, width) => {
    expect(displayWidth(text)).toBe(width);
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  it('agrees with string-width on every line of the shipped library', () => {
    const dir = join(ROOT, 'scenarios');
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'methods')).map((f) => join(dir, 'methods', f))].filter((f) => f.endsWith('.yaml'));
    const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(500);
    const differ = lines.filter((l) => displayWidth(l) !== stringWidth(l));
    expect(differ).toEqual([]);
  });
});
