import type { Report } from './grade.js';
import { grade } from './grade.js';
import { roundTo } from '../model/round.js';
import type { Outcome } from '../model/schema.js';
import type { CompiledScenario } from '../scenario/compile.js';
import type { PlayState } from '../engine/engine.js';

/** The machine-readable result of a finished conversation (`kefu play --answers … --json`). */
export interface SessionResult {
  readonly scenario: string;
  readonly ending: string;
  readonly outcome: Outcome;
  readonly score: number;
  readonly grade: Report['grade'];
  readonly passed: boolean;
  readonly methods: readonly { id: string; score: number; performed: readonly string[]; missing: readonly string[]; outOfOrder: readonly string[] }[];
  readonly faults: readonly { id: string; node: string; penalty: number }[];
  readonly mood: { readonly start: number; readonly end: number; readonly trace: readonly number[] };
  readonly turns: readonly { node: string; choice: number; reply: string; moves: readonly string[]; faults: readonly string[]; mood: number }[];
}

/** The mood before the first reply and after each one. */
export function moodTrace(scenario: CompiledScenario, state: PlayState): number[] {
  return [scenario.startMood, ...state.turns.map((t) => t.mood)];
}

/** Grades a finished state and shapes it as a {@link SessionResult}. */
export function sessionResult(scenario: CompiledScenario, state: PlayState): { result: SessionResult; report: Report } {
  if (!state.outcome) throw new Error('the conversation has not ended');
  const report = grade(scenario, state.turns, state.outcome);
  const trace = moodTrace(scenario, state);
  const faultsByTurn = new Map<number, string[]>();
  for (const f of report.faults) faultsByTurn.set(f.turn, [...(faultsByTurn.get(f.turn) ?? []), f.id]);
  const result: SessionResult = {
    scenario: scenario.id,
    ending: state.node,
    outcome: state.outcome,
    score: report.score,
    grade: report.grade,
    passed: report.passed,
    methods: report.methods.map((m) => ({ id: m.id, score: m.score, performed: m.performed, missing: m.missing, outOfOrder: m.outOfOrder })),
    faults: report.faults.map((f) => ({ id: f.id, node: f.node, penalty: roundTo(f.penalty, 2) })),
    mood: { start: scenario.startMood, end: state.mood, trace },
    turns: state.turns.map((t, i) => ({
      node: t.node,
      choice: t.choice,
      reply: t.reply,
      moves: t.moves.map((m) => m.step),
      faults: faultsByTurn.get(i) ?? [],
      mood: t.mood,
    })),
  };
  return { result, report };
}
