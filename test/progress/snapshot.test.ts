import { describe, expect, it } from 'vitest';
import { scenarioSnapshot, turnRecord } from '../../src/progress/snapshot.js';
import { gradedScenario, turn } from '../helpers/library.js';

const at = '2025-03-01T09:00:00.000Z';

describe('turnRecord', () => {
  it('records the faults grading finds on the turn, those found by rule too, with their cost for this customer', () => {
    const scenario = gradedScenario(['emotional', 'objection'], 'touchy');
    const turns = [turn(['pause']), turn(['handle'], ['argue']), turn(['empathy'], ['argue'])];
    expect(turnRecord(scenario, turns, 0, at).faults).toEqual([]);
    expect(turnRecord(scenario, turns, 1, at).faults).toEqual([{ id: 'argue', name: 'argue', name_en: 'argue', penalty: 40, severity: 'minor' }]);
    expect(turnRecord(scenario, turns, 2, at).faults).toEqual([
      { id: 'argue', name: 'argue', name_en: 'argue', penalty: 40, severity: 'minor' },
      { id: 'facts-before-feelings', name: 'facts-before-feelings', name_en: 'facts-before-feelings', penalty: 10, severity: 'minor' },
    ]);
  });

  it('a turn’s record does not depend on the turns after it', () => {
    const scenario = gradedScenario();
    const turns = [turn(['willingness']), turn(['handle']), turn(['empathy'])];
    for (let i = 0; i < turns.length; i++) expect(turnRecord(scenario, turns.slice(0, i + 1), i, at)).toEqual(turnRecord(scenario, turns, i, at));
  });

  it('keeps the moves, the reply and the mood', () => {
    const r = turnRecord(gradedScenario(), [turn(['willingness', 'objection/pause'])], 0, at);
    expect(r).toMatchObject({ seq: 0, choice: 1, reply: 'r', moodBefore: 50, mood: 50, at });
    expect(r.moves).toEqual([
      { method: 'emotional', step: 'willingness' },
      { method: 'objection', step: 'pause' },
    ]);
  });
});

describe('scenarioSnapshot', () => {
  it('keeps the personality’s and methods’ names and the steps in order, each with its weight for this customer', () => {
    const s = scenarioSnapshot(gradedScenario(['objection'], 'touchy'));
    expect(s.personality).toEqual({ id: 'touchy', name: '敏感', name_en: 'Touchy' });
    const weights: Record<string, number> = { restate: 2, confirm: 2 };
    expect(s.methods).toEqual([
      { id: 'objection', name: '异议', name_en: 'Objection', steps: ['pause', 'restate', 'confirm', 'handle', 'check'].map((id) => ({ id, name: id, name_en: id, weight: weights[id] ?? 1 })) },
    ]);
  });
});
