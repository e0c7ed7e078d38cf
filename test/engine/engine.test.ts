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

  it.each<[string, number, string[], number]>([
    ['a step warms a slow-to-warm customer little', 1, [], 3],
    ['a fault sours them fast', 0, ['argue'], -30],
    ['steps and faults in one reply are weighed each in its own direction', 2, ['cold'], -9],
  ])('with separate weights for gains and losses, %s', (_case, moves, faultIds, delta) => {
    const byId = new Map(faults.map((f) => [f.id, f]));
    const wary = { ...plain, weights: { mood: 1, mood_gain: 0.5, mood_loss: 1.5 } };
    expect(derivedMoodDelta(moves, faultIds, byId, wary)).toBe(delta);
  });

  it('lets mood_gain or mood_loss alone fall back to mood for the other direction', () => {
    const byId = new Map(faults.map((f) => [f.id, f]));
    const quickToSour = { ...plain, weights: { mood: 2, mood_loss: 1 } };
    expect(derivedMoodDelta(1, [], byId, quickToSour)).toBe(12);
    expect(derivedMoodDelta(0, ['cold'], byId, quickToSour)).toBe(-10);
    expect(derivedMoodDelta(2, ['cold'], byId, touchy)).toBe(3);
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
});
