import { describe, expect, it } from 'vitest';
import { runFaultRule } from '../../src/grading/context.js';
import { authored } from '../../src/grading/rules/fault/authored.js';
import { gradedScenario, turn } from '../helpers/library.js';

const scenario = gradedScenario();

describe('authored', () => {
  it.each<[string, string[][]]>([
    ['no reply tagged', [[], []]],
    ['no reply at all', []],
  ])('valid: %s', (_name, tags) => expect(runFaultRule(authored, scenario, tags.map((f) => turn([], f)))).toEqual([]));

  it.each<[string, string[][], { fault: string; turn: number }[]]>([
    ['a tag on the second reply', [[], ['cold']], [{ fault: 'cold', turn: 1 }]],
    ['two tags on one reply, in the order tagged', [['argue', 'cold']], [{ fault: 'argue', turn: 0 }, { fault: 'cold', turn: 0 }]],
    ['the same fault on two replies, twice', [['cold'], ['cold']], [{ fault: 'cold', turn: 0 }, { fault: 'cold', turn: 1 }]],
  ])('invalid: %s', (_name, tags, expected) => expect(runFaultRule(authored, scenario, tags.map((f) => turn([], f)))).toEqual(expected));

  it('charges no fault from the path itself', () => expect(authored.derives).toEqual([]));
});
