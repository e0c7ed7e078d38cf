import { describe, expect, it } from 'vitest';
import { choose, InvalidChoice, playAnswers, start } from '../../src/engine/engine.js';
import type { Scenario } from '../../src/model/schema.js';
import { compileScenario, derivedMoodDelta } from '../../src/scenario/compile.js';
import { faults, plain, testLibrary, touchy } from '../helpers/library.js';

function branching(mood: number, delta: number | undefined): Scenario {
  return {
    id: 'branching',
    title: 't',
    summary: 's',
    locale: 'zh-CN',
    difficulty: 1,
    customer: { name: 'c', personality: 'plain', mood },
    methods: ['emotional'],
    start: 'a',
    nodes: {
      a: {
        customer: 'hi',
        choices: [
          {
            reply: 'r1',
            moves: ['willingness'],
            ...(delta !== undefined ? { mood: delta } : {}),
            next: [
              { if: 'mood >= 60', goto: 'calm' },
              { if: 'mood == 0', goto: 'furious' },
              { goto: 'upset' },
            ],
          },
          { reply: 'r2', faults: ['argue'], next: 'upset' },
        ],
      },
      calm: { customer: 'ok', ending: 'satisfied' },
      upset: { customer: 'hm', ending: 'neutral' },
      furious: { customer: '!!', ending: 'lost' },
    },
  };
}

describe('engine', () => {
  it('starts at the start node with the starting mood', () => {
    const s = compileScenario(branching(50, undefined), testLibrary);
    expect(start(s)).toEqual({ version: 1, scenario: 'branching', node: 'a', mood: 50, turns: [] });
  });

  it.each<[number, number | undefined, string, number]>([
    [50, 10, 'calm', 60],
    [50, 9, 'upset', 59],
    [50, undefined, 'upset', 56],
    [95, 20, 'calm', 100],
    [10, -30, 'furious', 0],
  ])('from mood %i with delta %s the conditional next goes to %s (mood %i)', (from, delta, node, mood) => {
    const s = compileScenario(branching(from, delta), testLibrary);
    const next = choose(s, start(s), 0);
    expect(next.node).toBe(node);
    expect(next.mood).toBe(mood);
    expect(next.turns[0]).toMatchObject({ node: 'a', choice: 1, moodBefore: from, mood, next: node });
    expect(next.outcome).toBeDefined();
  });

  it('derives the mood change from moves, faults and personality when none is given', () => {
    const byId = new Map(faults.map((f) => [f.id, f]));
    expect(derivedMoodDelta(2, [], byId, plain)).toBe(12);
    expect(derivedMoodDelta(0, ['argue'], byId, plain)).toBe(-20);
    expect(derivedMoodDelta(0, ['argue'], byId, touchy)).toBe(-60);
    expect(derivedMoodDelta(1, ['cold'], byId, touchy)).toBe(-6);
    expect(Object.is(derivedMoodDelta(0, [], byId, plain), 0)).toBe(true);
  });

  it('rejects a reply number the node does not have', () => {
    const s = compileScenario(branching(50, 10), testLibrary);
    expect(() => choose(s, start(s), 2)).toThrow(InvalidChoice);
  });

  it('is pure: the same state and choice give the same next state, and the old state is untouched', () => {
    const s = compileScenario(branching(50, 10), testLibrary);
    const s0 = start(s);
    const copy = structuredClone(s0);
    expect(choose(s, s0, 1)).toEqual(choose(s, s0, 1));
    expect(s0).toEqual(copy);
  });

  it('keeps its state serialisable as JSON', () => {
    const s = compileScenario(branching(50, 10), testLibrary);
    const { state } = playAnswers(s, [1]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  describe('scripted answers', () => {
    const loop = compileScenario(
      {
        ...branching(50, 10),
        start: 'ask',
        nodes: {
          ask: { customer: 'again?', choices: [{ reply: 'once more', next: 'ask' }, { reply: 'done', moves: ['willingness'], next: 'ok' }] },
          ok: { customer: 'bye', ending: 'satisfied' },
        },
      },
      testLibrary,
    );

    it('give the states choose gives, step by step', () => {
      const answers = [1, 1, 2];
      let expected = start(loop);
      for (const a of answers) expected = choose(loop, expected, a - 1);
      expect(playAnswers(loop, answers)).toEqual({ state: expected, used: 3 });
    });

    it('stop at an ending, or before an answer the node does not have', () => {
      expect(playAnswers(loop, [2, 1, 1]).used).toBe(1);
      const r = playAnswers(loop, [1, 3, 1]);
      expect(r.misfit).toBe(1);
      expect(r.used).toBe(1);
      expect(r.state.node).toBe('ask');
    });

    it('are linear in their number: 60,001 answers around a loop add each turn once', () => {
      const answers = [...Array.from({ length: 60_000 }, () => 1), 2];
      const { state, used } = playAnswers(loop, answers);
      expect(used).toBe(60_001);
      expect(state.turns).toHaveLength(60_001);
      expect(state.outcome).toBe('satisfied');
    });
  });
});
