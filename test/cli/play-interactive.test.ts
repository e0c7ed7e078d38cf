import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { KEY, kefuInteractive } from '../helpers/tty.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const marker = /How do you reply\?/;

describe('kefu play (interactive)', () => {
  it('plays a scenario end to end through the real prompts, with practice feedback and an end screen', async () => {
    const r = await kefuInteractive(['play', mini, '--fast', '--in-order'], [KEY.down + KEY.enter, KEY.enter], { promptMarker: marker });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('服务员！我加的鸭血呢？');
    expect(r.stdout).toContain('✓ Express willingness to help');
    expect(r.stdout).toContain('mood 25 → 41 (+16)');
    expect(r.stdout).toMatch(/Outcome: satisfied/);
    expect(r.stdout).toMatch(/Score: 100 {2}Grade: A/);
    expect(r.stdout).toContain('Mood over the turns: ▃▄▄');
  });

  it('shows faults after a bad reply in practice mode', async () => {
    const r = await kefuInteractive(['play', mini, '--fast', '--in-order'], [KEY.enter], { promptMarker: marker });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✗ Telling the customer not to be anxious −8/);
    expect(r.stdout).toMatch(/Outcome: escalated/);
  });

  it('in exam mode keeps feedback for the end and takes authored numbers whatever the shuffle', async () => {
    const r = await kefuInteractive(['play', mini, '--fast', '--exam', '--seed', '7'], [KEY.enter, KEY.enter, KEY.enter], { promptMarker: marker });
    expect(r.code).toBe(0);
    const beforeEnd = r.stdout.slice(0, r.stdout.indexOf('Turn 1'));
    expect(beforeEnd).not.toMatch(/Trainer:/);
    expect(r.stdout).toMatch(/Turn 1/);
  });

  it('exits with 130 on Ctrl-C at a prompt', async () => {
    const r = await kefuInteractive(['play', mini, '--fast', '--in-order'], [KEY.ctrlC], { promptMarker: marker });
    expect(r.code).toBe(130);
  });

  it('speaks Chinese with --lang zh', async () => {
    const r = await kefuInteractive(['--lang', 'zh', 'play', mini, '--fast', '--in-order'], [KEY.down + KEY.enter, KEY.enter], { promptMarker: /你怎么回答？/ });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ 表达服务意愿');
    expect(r.stdout).toMatch(/结果：满意/);
    // The prompt's own key help speaks the interface language too.
    expect(r.stdout).toMatch(/↑↓\S* \S*移动/);
    expect(r.stdout).not.toMatch(/navigate/);
  });
});
