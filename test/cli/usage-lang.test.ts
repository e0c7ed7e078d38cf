import { describe, expect, it } from 'vitest';
import { kefu } from '../helpers/cli.js';

/**
 * English words a sentence cannot do without, found outside quoted names, flags, ids and
 * commands: their presence means an English sentence (or half of one) reached a Chinese screen.
 */
function englishWords(text: string): string[] {
  const stripped = text.replace(/「[^」]*」|'[^']*'|"[^"]*"/g, '');
  return stripped.match(/\b(?:the|and|not|with|for|is|are|of|to|your|this|that|from|unknown|error|display|default|choices|usage|options|arguments|commands)\b/gi) ?? [];
}

describe('usage errors in the interface language', () => {
  it.each([
    [['play', 'nonexistent'], /^错误：没有「nonexistent」这个情景/],
    [['play', 'hotpot-duck-blod'], /是不是 「hotpot-duck-blood」/],
    [['plya'], /^错误：没有「plya」这个命令（是不是 「play」？）/],
    [['play', '--bogus'], /^错误：没有「--bogus」这个选项/],
    [['list', '--jsn'], /^错误：没有「--jsn」这个选项（是不是 --json？）/],
    [['play', 'a', 'b'], /^错误：「play」的参数太多：应有 1 个，收到 2 个/],
    [['play', '--answers'], /^错误：选项「--answers <list>」后面要跟一个值/],
    [['play', 'toilet-scale', '--answers', 'x'], /^错误：--answers 要用逗号隔开的回复编号/],
    [['play', '--json'], /^错误：--json 要和 --answers 一起用/],
    [['quiz', '--generated', '--all'], /^错误：--generated 和 --all 只能选一个/],
    [['quiz', 'nope', '--answer', '1'], /^错误：没有「nope」这套题/],
    [['schema', '--quiz', '--faults'], /^错误：一次只能选一种格式/],
  ])('kefu --lang zh %j says %s, exit 2, no English', async (args, said) => {
    const r = await kefu(['--lang', 'zh', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(said);
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it.each([
    [['play', 'nonexistent'], /^error: unknown scenario 'nonexistent'/],
    [['play', '--bogus'], /^error: unknown option '--bogus'/],
    [['--lang', 'fr'], /^error: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are zh, en\./],
  ])('kefu %j says %s in English, exit 2', async (args, said) => {
    const r = await kefu(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(said);
  });

  it('escapes what it echoes of an argument', async () => {
    const r = await kefu(['play', '\u001b]0;pwned\u0007x']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stderr).toContain('\\x1b]0;pwned\\x07x');
  });
});

describe('help in the interface language', () => {
  it.each([['--help'], ['play', '--help'], ['validate', '--help'], ['quiz', '--help'], ['help', 'export']])('kefu --lang zh %j is Chinese', async (...args) => {
    const r = await kefu(['--lang', 'zh', ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法：/);
    expect(r.stdout).toMatch(/选项：/);
    expect(englishWords(r.stdout.replace(/\[options\]|\[command\]/g, ''))).toEqual([]);
  });

  it('kefu --help is English by default here', async () => {
    const r = await kefu(['--help']);
    expect(r.stdout).toMatch(/^Usage: kefu/);
    expect(r.stdout).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });
});
