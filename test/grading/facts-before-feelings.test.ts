import { describe, expect, it } from 'vitest';
import type { Turn } from '../../src/engine/engine.js';
import { factsBeforeFeelings } from '../../src/grading/rules/fault/facts-before-feelings.js';
import type { Method } from '../../src/model/schema.js';
import type { CompiledScenario } from '../../src/scenario/compile.js';
import { buildLibrary } from '../../src/scenario/library.js';
import { emotional, faults, gradedScenario, objection, plain } from '../helpers/library.js';

const complaint: Method = {
  id: 'complaint',
  name: '投诉',
  name_en: 'Complaint',
  description: 'd',
  steps: ['listen', 'apologise', 'propose', 'agree'].map((id) => ({ id, name: id, name_en: id, description: id, cues: [] })),
};
const library = buildLibrary({ methods: [emotional, objection, complaint], faults, personalities: [plain] });

const graded = (methods: string[]): CompiledScenario => gradedScenario(methods, 'plain', library);

const owner = new Map([emotional, objection, complaint].flatMap((m) => m.steps.map((s) => [s.id, m.id] as const)));
const turns = (...replies: string[][]): Turn[] =>
  replies.map((moves) => ({
    node: 'n',
    choice: 1,
    reply: 'r',
    moves: moves.filter((m) => m !== 'tagged').map((step) => ({ method: owner.get(step)!, step })),
    faults: moves.includes('tagged') ? ['facts-before-feelings'] : [],
    moodBefore: 50,
    mood: 50,
    next: 'end',
  }));

describe('facts-before-feelings', () => {
  const valid: [string, string[], string[][]][] = [
    ['empathy before handle', ['emotional', 'objection'], [['willingness'], ['empathy'], ['handle']]],
    ['empathy in the same reply as handle', ['emotional', 'objection'], [['empathy', 'handle']]],
    ['empathy before propose', ['emotional', 'complaint'], [['listen'], ['empathy', 'apologise'], ['propose']]],
    ['no graded method has empathy', ['objection', 'complaint'], [['handle'], ['propose']]],
    ['no graded method has a fact step', ['emotional'], [['willingness'], ['responsibility']]],
    ['the author tagged the fault on the reply already', ['emotional', 'objection'], [['handle', 'tagged'], ['empathy']]],
    ['only the first fact step counts', ['emotional', 'objection'], [['empathy'], ['handle'], ['handle']]],
  ];
  it.each(valid)('valid: %s', (_name, methods, replies) => {
    expect(factsBeforeFeelings.detect({ scenario: graded(methods), turns: turns(...replies) })).toEqual([]);
  });

  const invalid: [string, string[], string[][], number][] = [
    ['handle before any empathy', ['emotional', 'objection'], [['willingness'], ['handle'], ['empathy']], 1],
    ['propose before any empathy', ['emotional', 'complaint'], [['listen', 'apologise'], ['propose'], ['empathy']], 1],
    ['a fact step in the first reply, empathy never', ['emotional', 'complaint'], [['propose'], ['agree']], 0],
    ['once per conversation however often it happens', ['emotional', 'objection'], [['handle'], ['handle'], ['empathy']], 0],
  ];
  it.each(invalid)('invalid: %s', (_name, methods, replies, turn) => {
    expect(factsBeforeFeelings.detect({ scenario: graded(methods), turns: turns(...replies) })).toEqual([{ fault: 'facts-before-feelings', turn }]);
  });
});
