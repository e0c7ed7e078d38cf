import type { Turn } from '../engine/engine.js';
import type { SessionResult } from '../grading/result.js';
import { faultReports, weightedSteps } from '../grading/grade.js';
import { roundTo } from '../model/round.js';
import type { CompiledScenario } from '../scenario/compile.js';
import type { MethodSnapshot, Named, SessionEnding, TurnRecord } from './records.js';

/**
 * The parts of a scenario a session record keeps, so that progress, review and reports read
 * the names and step orders as they were when it was played, whatever becomes of the files.
 */
export function scenarioSnapshot(scenario: CompiledScenario): { personality: Named; methods: MethodSnapshot[] } {
  const p = scenario.personality;
  return {
    personality: { id: p.id, name: p.name, name_en: p.name_en },
    methods: scenario.methods.map((m) => ({
      id: m.id,
      name: m.name,
      name_en: m.name_en,
      steps: weightedSteps(m, p).map(({ id, name, name_en, weight }) => ({ id, name, name_en, weight })),
    })),
  };
}

/**
 * Turn `seq` (0-based) of a path as it is recorded: the customer's line before it, the reply,
 * the steps it performed, the faults grading finds on it (as practice mode shows them) and
 * their cost. What always holds: a fault depends only on the turns up to this one, so the
 * record never changes as the conversation goes on.
 */
export function turnRecord(scenario: CompiledScenario, turns: readonly Turn[], seq: number, at: string): TurnRecord {
  const turn = turns[seq];
  if (!turn) throw new Error(`no turn ${seq}`);
  const node = scenario.nodes.get(turn.node);
  const feedback = node?.choices[turn.choice - 1]?.feedback;
  const faults = faultReports(scenario, turns.slice(0, seq + 1))
    .filter((f) => f.turn === seq)
    .map((f) => {
      const fault = scenario.faults.get(f.id);
      return { id: f.id, name: fault?.name ?? f.id, name_en: fault?.name_en ?? f.id, penalty: roundTo(f.penalty, 2) };
    });
  return {
    seq,
    node: turn.node,
    customer: node?.customer ?? '',
    choice: turn.choice,
    reply: turn.reply,
    moves: turn.moves.map((m) => ({ method: m.method, step: m.step })),
    faults,
    moodBefore: turn.moodBefore,
    mood: turn.mood,
    ...(feedback !== undefined ? { feedback } : {}),
    at,
  };
}

/** What a finished session records of its result. */
export function sessionEnding(result: SessionResult): SessionEnding {
  return {
    ending: result.ending,
    outcome: result.outcome,
    score: result.score,
    grade: result.grade,
    methods: result.methods.map((m) => ({ id: m.id, score: m.score, performed: [...m.performed], missing: [...m.missing], outOfOrder: [...m.outOfOrder] })),
  };
}
