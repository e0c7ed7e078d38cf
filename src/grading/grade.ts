import type { Turn } from '../engine/engine.js';
import type { Fault, FaultSeverity, Method, Outcome, Personality, Step } from '../model/schema.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { faultCost } from '../scenario/compile.js';
import type { FaultHitAt, MethodRuleId } from './context.js';
import { firstPerformances, runFaultRule } from './context.js';
import { faultRules, methodRules } from './rules/index.js';

export interface MethodReport {
  readonly id: string;
  readonly score: number;
  readonly performed: readonly string[];
  readonly missing: readonly string[];
  readonly outOfOrder: readonly string[];
}

export interface FaultReport {
  readonly id: string;
  readonly node: string;
  /** 0-based turn index. */
  readonly turn: number;
  /** Points this occurrence cost: penalty × the personality's multiplier. */
  readonly penalty: number;
  /** A major fault caps the conversation's score at {@link MAJOR_FAULT_CAP}. */
  readonly severity: FaultSeverity;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** Whether a step of a graded method was performed in its place. */
export type StepState = 'in-order' | 'out-of-order' | 'missing';

/**
 * Where one step stands in a method's verdict. What always holds: a step is in order only when
 * performed and not out of order; a step not performed, or with no verdict at all, is missing.
 */
export function stepState(verdict: Pick<MethodReport, 'performed' | 'missing' | 'outOfOrder'> | undefined, step: string): StepState {
  if (!verdict || verdict.missing.includes(step) || !verdict.performed.includes(step)) return 'missing';
  return verdict.outOfOrder.includes(step) ? 'out-of-order' : 'in-order';
}

export interface Report {
  readonly outcome: Outcome;
  readonly score: number;
  readonly grade: Grade;
  readonly passed: boolean;
  readonly methods: readonly MethodReport[];
  readonly faults: readonly FaultReport[];
  /** The most the ending or a major fault allows, when that limited the score. */
  readonly cappedAt?: number;
  /** What set `cappedAt`: the ending, a major fault, or both when they allow the same. */
  readonly cappedBy?: readonly CapReason[];
}

/** Why a score was capped. */
export type CapReason = 'ending' | 'major-fault';

export const PASS_MARK = 60;

/** The highest score each ending allows. */
export const OUTCOME_CAP: Readonly<Record<Outcome, number>> = { satisfied: 100, neutral: 79, lost: 59, escalated: 59 };

/** The highest score a conversation that commits a major fault can reach: it cannot reach B. */
export const MAJOR_FAULT_CAP = 79;

/** A fault's severity as the catalogue gives it: minor unless it says major. */
export function faultSeverity(fault: Pick<Fault, 'severity'> | undefined): FaultSeverity {
  return fault?.severity ?? 'minor';
}

/** The most a path can score: its ending's cap, lowered to {@link MAJOR_FAULT_CAP} by a major fault. */
export function scoreCap(outcome: Outcome, majorFault: boolean): number {
  return majorFault ? Math.min(OUTCOME_CAP[outcome], MAJOR_FAULT_CAP) : OUTCOME_CAP[outcome];
}

export function gradeLetter(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 60) return 'D';
  return 'F';
}

export function stepWeight(personality: Personality, step: string): number {
  const own = personality.weights.steps;
  // Own keys only: a step named `constructor` must not read Object.prototype.constructor.
  return own && Object.hasOwn(own, step) ? own[step]! : 1;
}

/**
 * 100 × (Σ weight in order + ½ Σ weight out of order) ÷ Σ weight, rounded down.
 * Exactly 100 only when every step is performed in order.
 */
export function methodScore(method: Method, personality: Personality, outOfOrder: readonly string[], missing: readonly string[]): number {
  const late = new Set(outOfOrder);
  const absent = new Set(missing);
  let total = 0;
  let earned = 0;
  for (const s of method.steps) {
    const w = stepWeight(personality, s.id);
    total += w;
    if (absent.has(s.id)) continue;
    earned += late.has(s.id) ? w / 2 : w;
  }
  if (total === 0) return 100;
  if (earned === total) return 100;
  // Rounding down keeps any shortfall, however small, below 100.
  return Math.min(99, Math.floor((100 * earned) / total));
}

/** A method's steps in order, each with its weight for this customer. */
export function weightedSteps(method: Method, personality: Personality): (Step & { weight: number })[] {
  return method.steps.map((s) => ({ ...s, weight: stepWeight(personality, s.id) }));
}

/**
 * What one step is worth in the final score, before rounding down: its weight's share of its
 * method's `steps`, spread over the `methodCount` graded methods. A missing step costs this
 * much, a step out of order half of it.
 */
export function stepValue(steps: readonly { id: string; weight: number }[], step: string, methodCount: number): number {
  const total = steps.reduce((sum, s) => sum + s.weight, 0);
  const own = steps.find((s) => s.id === step)?.weight ?? 0;
  if (total === 0 || methodCount === 0) return 0;
  return (100 * own) / total / methodCount;
}

/** Each graded method's report for a path. */
export function methodReports(scenario: CompiledScenario, turns: readonly Turn[]): MethodReport[] {
  return scenario.methods.map((method) => {
    const firsts = firstPerformances(method, turns);
    const lists = Object.fromEntries(methodRules.map((r) => [r.id, r.evaluate(method, firsts)])) as Record<MethodRuleId, string[]>;
    return {
      id: method.id,
      score: methodScore(method, scenario.personality, lists['out-of-order'], lists.missing),
      performed: lists.performed,
      missing: lists.missing,
      outOfOrder: lists['out-of-order'],
    };
  });
}

function faultReport(scenario: CompiledScenario, turns: readonly Turn[], hit: FaultHitAt): FaultReport {
  return {
    id: hit.fault,
    node: turns[hit.turn]?.node ?? '',
    turn: hit.turn,
    penalty: faultCost(scenario.faults, scenario.personality, hit.fault),
    severity: faultSeverity(scenario.faults.get(hit.fault)),
  };
}

/**
 * Every fault on a path, in turn order, with its cost for this customer: within a turn, in
 * the rules' order. The path analysis adds costs in this same order.
 */
export function faultReports(scenario: CompiledScenario, turns: readonly Turn[]): FaultReport[] {
  return faultRules
    .flatMap((rule) => runFaultRule(rule, scenario, turns))
    .sort((a, b) => a.turn - b.turn)
    .map((hit) => faultReport(scenario, turns, hit));
}

/** The mean of the method scores: the score before faults and ending. */
export function methodAverage(methods: readonly Pick<MethodReport, 'score'>[]): number {
  if (methods.length === 0) return 100;
  return methods.reduce((s, m) => s + m.score, 0) / methods.length;
}

/**
 * Score = the method average minus the fault cost, rounded down, within 0–100, capped by the
 * ending and, when the path commits a major fault, at {@link MAJOR_FAULT_CAP}.
 */
export function finalScore(average: number, totalFaultCost: number, outcome: Outcome, majorFault = false): number {
  const raw = Math.floor(average - totalFaultCost);
  return Math.min(scoreCap(outcome, majorFault), Math.max(0, Math.min(100, raw)));
}

/**
 * Grades a finished path. Pure and deterministic. What always holds: every step of every
 * graded method in order, no fault and a satisfied ending give exactly 100; any fault,
 * missing or out-of-order step gives less; a major fault keeps the score at 79 or below.
 */
export function grade(scenario: CompiledScenario, turns: readonly Turn[], outcome: Outcome): Report {
  const methods = methodReports(scenario, turns);
  const faults = faultReports(scenario, turns);
  const average = methodAverage(methods);
  const cost = faults.reduce((s, f) => s + f.penalty, 0);
  const major = faults.some((f) => f.severity === 'major');
  const score = finalScore(average, cost, outcome, major);
  const uncapped = finalScore(average, cost, 'satisfied');
  const cap = scoreCap(outcome, major);
  const cappedBy: CapReason[] = [];
  if (uncapped > score) {
    if (OUTCOME_CAP[outcome] === cap) cappedBy.push('ending');
    if (major && MAJOR_FAULT_CAP === cap) cappedBy.push('major-fault');
  }
  return {
    outcome,
    score,
    grade: gradeLetter(score),
    passed: score >= PASS_MARK,
    methods,
    faults,
    ...(uncapped > score ? { cappedAt: cap, cappedBy } : {}),
  };
}

/**
 * What each slip cost within its method, in whole points: a missing step its weight's share of
 * 100, a step out of order half of it, rounded so that the figures add up to exactly
 * 100 − the method's score (the largest remainders take the points that rounding down
 * leaves). Steps in order cost nothing and are not listed.
 */
export function slipCosts(steps: readonly { id: string; weight: number }[], verdict: Pick<MethodReport, 'score' | 'performed' | 'missing' | 'outOfOrder'>): Map<string, number> {
  const total = steps.reduce((sum, s) => sum + s.weight, 0);
  const exact: { id: string; cost: number }[] = [];
  for (const s of steps) {
    const state = stepState(verdict, s.id);
    if (state === 'in-order' || total === 0) continue;
    exact.push({ id: s.id, cost: ((state === 'missing' ? 100 : 50) * s.weight) / total });
  }
  const costs = new Map(exact.map((e) => [e.id, Math.floor(e.cost)]));
  let left = 100 - verdict.score - [...costs.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort((a, b) => b.cost - Math.floor(b.cost) - (a.cost - Math.floor(a.cost)));
  for (let i = 0; left > 0 && byRemainder.length > 0; i = (i + 1) % byRemainder.length, left--) {
    const id = byRemainder[i]!.id;
    costs.set(id, costs.get(id)! + 1);
  }
  return costs;
}
