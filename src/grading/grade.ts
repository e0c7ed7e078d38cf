import type { Turn } from '../engine/engine.js';
import type { Method, Outcome, Personality, Step } from '../model/schema.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { faultCost } from '../scenario/compile.js';
import type { GradingContext } from './context.js';
import { firstPerformances } from './context.js';
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
  /** The most this ending allows, when it limited the score. */
  readonly cappedAt?: number;
}

export const PASS_MARK = 60;

/** The highest score each ending allows. */
export const OUTCOME_CAP: Readonly<Record<Outcome, number>> = { satisfied: 100, neutral: 79, lost: 59, escalated: 59 };

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
      score: methodScore(method, scenario.personality, lists.outOfOrder, lists.missing),
      performed: lists.performed,
      missing: lists.missing,
      outOfOrder: lists.outOfOrder,
    };
  });
}
type MethodRuleId = (typeof methodRules)[number]['id'];

/** Every fault on a path, in turn order, with its cost for this customer. */
export function faultReports(scenario: CompiledScenario, turns: readonly Turn[]): FaultReport[] {
  const ctx: GradingContext = { scenario, turns };
  return faultRules
    .flatMap((rule) => rule.detect(ctx))
    .sort((a, b) => a.turn - b.turn)
    .map((hit) => ({
      id: hit.fault,
      node: turns[hit.turn]?.node ?? '',
      turn: hit.turn,
      penalty: faultCost(scenario.faults, scenario.personality, hit.fault),
    }));
}

/** The mean of the method scores: the score before faults and ending. */
export function methodAverage(methods: readonly MethodReport[]): number {
  if (methods.length === 0) return 100;
  return methods.reduce((s, m) => s + m.score, 0) / methods.length;
}

/** Score = the method average minus the fault cost, rounded down, within 0–100, capped by the ending. */
export function finalScore(average: number, totalFaultCost: number, outcome: Outcome): number {
  const raw = Math.floor(average - totalFaultCost);
  return Math.min(OUTCOME_CAP[outcome], Math.max(0, Math.min(100, raw)));
}

/**
 * Grades a finished path. Pure and deterministic. What always holds: every step of every
 * graded method in order, no fault and a satisfied ending give exactly 100; any fault,
 * missing or out-of-order step gives less.
 */
export function grade(scenario: CompiledScenario, turns: readonly Turn[], outcome: Outcome): Report {
  const methods = methodReports(scenario, turns);
  const faults = faultReports(scenario, turns);
  const average = methodAverage(methods);
  const cost = faults.reduce((s, f) => s + f.penalty, 0);
  const score = finalScore(average, cost, outcome);
  const uncapped = finalScore(average, cost, 'satisfied');
  return {
    outcome,
    score,
    grade: gradeLetter(score),
    passed: score >= PASS_MARK,
    methods,
    faults,
    ...(uncapped > score ? { cappedAt: OUTCOME_CAP[outcome] } : {}),
  };
}
