import { describe, expect, it } from 'vitest';
import type { Turn } from '../../src/engine/engine.js';
import { runFaultRule } from '../../src/grading/context.js';
import { factsBeforeFeelings } from '../../src/grading/rules/fault/facts-before-feelings.js';
import type { Method } from '../../src/model/schema.js';
import type { CompiledScenario } from '../../src/scenario/compile.js';
import { buildLibrary } from '../../src/scenario/library.js';
import { emotional, faults, gradedScenario, objection, plain } from '../helpers/library.js';

const method = (id: string, steps: [string, ('feeling' | 'matter')?][]): Method => ({
  id,
  name: id,
  name_en: id,
  description: 'd',
  steps: steps.map(([s, kind]) => ({ id: s, name: s, name_en: s, description: s, ...(kind ? { kind } : {}), cues: [] })),
});
const complaint = method('complaint', [['listen'], ['apologise', 'feeling'], ['propose', 'matter'], ['agree']]);
// A trainer's own method that deals with the matter first and soothes after: its order is its own.
const fixFirst = method('fix-first', [['fix', 'matter'], ['soothe', 'feeling']]);
const library = buildLibrary({ methods: [emotional, objection, complaint, fixFirst], faults, personalities: [plain] });

const graded = (methods: string[]): CompiledScenario => gradedScenario(methods, 'plain', library);

const owner = new Map([emotional, objection, complaint, fixFirst].flatMap((m) => m.steps.map((s) => [s.id, m.id] as const)));
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

const detect = (methods: string[], replies: string[][]): { fault: string; turn: number }[] =>
  runFaultRule(factsBeforeFeelings, graded(methods), turns(...replies)).map(({ fault, turn }) => ({ fault, turn }));

describe('facts-before-feelings', () => {
  const valid: [string, string[], string[][]][] = [
    ['empathy before handle', ['emotional', 'objection'], [['willingness'], ['empathy'], ['handle']]],
    ['empathy in the same reply as handle', ['emotional', 'objection'], [['empathy', 'handle']]],
    ['an apology (a feeling step) before propose', ['emotional', 'complaint'], [['listen', 'apologise'], ['propose'], ['empathy']]],
    ['a matter step, and no feeling step ever after: the missing step is the one charge', ['emotional', 'objection'], [['handle'], ['willingness']]],
    ['propose, then handle, no feeling at all', ['objection', 'complaint'], [['handle'], ['propose']]],
    ['no graded method has a matter step', ['emotional'], [['willingness'], ['responsibility']]],
    ['no step declares a kind', ['objection'], [['pause'], ['handle']]],
    ['the late apology is out of order in its own method already', ['complaint'], [['listen', 'propose'], ['apologise']]],
    ['the author tagged the fault on the early reply', ['emotional', 'objection'], [['handle', 'tagged'], ['empathy']]],
    ['the author tagged it on the late reply', ['emotional', 'objection'], [['handle'], ['empathy', 'tagged']]],
    ['only the first matter step counts', ['emotional', 'objection'], [['empathy'], ['handle'], ['handle']]],
  ];
  it.each(valid)('valid: %s', (_name, methods, replies) => {
    expect(detect(methods, replies)).toEqual([]);
  });

  const invalid: [string, string[], string[][], number][] = [
    ['handle before empathy that comes later', ['emotional', 'objection'], [['willingness'], ['handle'], ['empathy']], 2],
    ['propose before empathy that comes later', ['emotional', 'complaint'], [['listen'], ['propose'], ['agree'], ['empathy']], 3],
    ['once per conversation however often it happens', ['emotional', 'objection'], [['handle'], ['handle'], ['empathy']], 2],
    ['a late feeling in a method that puts the matter first: its order does not count it', ['fix-first'], [['fix'], ['soothe']], 1],
  ];
  // Charged on the reply that finally acknowledges the feeling: only then is the slip certain.
  it.each(invalid)('invalid: %s', (_name, methods, replies, turn) => {
    expect(detect(methods, replies)).toEqual([{ fault: 'facts-before-feelings', turn }]);
  });

  it('does not apply when the catalogue has no such fault', () => {
    const bare = buildLibrary({ methods: [emotional, objection], faults: faults.filter((f) => f.id !== 'facts-before-feelings'), personalities: [plain] });
    expect(factsBeforeFeelings.start(gradedScenario(['emotional', 'objection'], 'plain', bare))).toBeUndefined();
  });
});
