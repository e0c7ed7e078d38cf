import type { ChalkInstance } from 'chalk';
import type { Turn } from '../engine/engine.js';
import type { ScoreReason, SlipRef } from '../grading/explain.js';
import { scoreReason } from '../grading/explain.js';
import type { FaultReport, MethodReport, Report } from '../grading/grade.js';
import { slipCosts, stepState, weightedSteps } from '../grading/grade.js';
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/lang.js';
import { playMessages, reasonMessages } from '../i18n/play.js';
import { roundTo } from '../model/round.js';
import type { Outcome } from '../model/schema.js';
import type { CompiledNode, CompiledScenario } from '../scenario/compile.js';
import type { StepRef } from '../scenario/resolve.js';
import { nameIn, safeText } from './text.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One block character per value in 0–100. */
export function sparkline(values: readonly number[]): string {
  return values.map((v) => BLOCKS[Math.min(7, Math.max(0, Math.floor((v / 100) * 8)))]).join('');
}

function moodColor(c: ChalkInstance, mood: number): ChalkInstance {
  return mood < 30 ? c.red : mood < 60 ? c.yellow : c.green;
}

/** A ten-cell meter of the mood, coloured by how upset the customer is. */
export function moodMeter(c: ChalkInstance, mood: number): string {
  const filled = Math.round(mood / 10);
  return `${moodColor(c, mood)('█'.repeat(filled))}${c.dim('░'.repeat(10 - filled))} ${mood}`;
}

export function personalityLabel(scenario: CompiledScenario, lang: Lang): string {
  return lang === 'zh' ? scenario.personality.name : scenario.personality.name_en;
}

export function stepName(scenario: CompiledScenario, ref: StepRef, lang: Lang): string {
  const step = scenario.methods.find((m) => m.id === ref.method)?.steps.find((s) => s.id === ref.step);
  if (!step) return ref.step;
  return lang === 'zh' ? step.name : step.name_en;
}

export function faultName(scenario: CompiledScenario, id: string, lang: Lang): string {
  const f = scenario.faults.get(id);
  if (!f) return id;
  return lang === 'zh' ? f.name : f.name_en;
}

export function outcomeName(outcome: Outcome, lang: Lang): string {
  return playMessages[lang][outcome];
}

/** The customer's turn: narration, then name, type, mood meter and their line. */
export function renderNode(c: ChalkInstance, scenario: CompiledScenario, node: CompiledNode, mood: number, lang: Lang): string {
  const lines: string[] = [];
  if (node.narration) lines.push(c.italic.dim(safeText(node.narration)));
  const who = `${c.bold(safeText(scenario.source.customer.name))} ${c.dim(`(${personalityLabel(scenario, lang)})`)}`;
  lines.push(`${who}  ${moodMeter(c, mood)}`);
  lines.push(`  ${c.cyan(`“${safeText(node.customer)}”`)}`);
  return lines.join('\n');
}

/** A change with its sign: +16, −8 (a real minus), ±0. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

/** Points won or lost, to one decimal where a personality's weight makes them fractional. */
export function points(n: number): string {
  return signed(roundTo(n, 1));
}

/** Practice-mode feedback after one reply: steps credited, faults, mood change, the trainer's note. */
export function renderTurnFeedback(
  c: ChalkInstance,
  scenario: CompiledScenario,
  turn: Turn,
  faults: readonly FaultReport[],
  feedback: string | undefined,
  lang: Lang,
): string {
  const m = playMessages[lang];
  const parts: string[] = [];
  const credited = turn.moves.map((ref) => c.green(format(m.credited, { step: stepName(scenario, ref, lang) })));
  const faulted = faults.map((f) => c.red(`✗ ${faultName(scenario, f.id, lang)} ${points(-f.penalty)}`));
  if (credited.length || faulted.length) parts.push([...credited, ...faulted].join('  '));
  const delta = turn.mood - turn.moodBefore;
  parts.push(c.dim(format(m.moodChange, { from: turn.moodBefore, to: turn.mood, delta: signed(delta) })));
  if (feedback) parts.push(format(m.feedback, { text: safeText(feedback) }));
  return parts.map((p) => `  ${p}`).join('\n');
}

/** A step of a graded method, with its weight for the customer played. */
export interface ChecklistStep {
  readonly id: string;
  readonly name: string;
  readonly name_en: string;
  readonly weight: number;
}

/**
 * A graded method as a checklist: its name and score, then each step in the method's order,
 * done, missing or out of order, with what each slip cost within the method, in whole points
 * that add up to 100 − the score in the heading ({@link slipCosts}). The end screen and review
 * both show it.
 */
export function renderMethodChecklist(
  c: ChalkInstance,
  method: { readonly name: string; readonly name_en: string; readonly steps: readonly ChecklistStep[] },
  verdict: Pick<MethodReport, 'score' | 'performed' | 'missing' | 'outOfOrder'>,
  lang: Lang,
): string[] {
  const m = playMessages[lang];
  const lines = [`${c.bold(nameIn(method, lang))}  ${verdict.score}`];
  const costs = slipCosts(method.steps, verdict);
  for (const step of method.steps) {
    const name = nameIn(step, lang);
    const cost = signed(-(costs.get(step.id) ?? 0));
    const state = stepState(verdict, step.id);
    if (state === 'missing') lines.push(`  ${c.red(format(m.methodMissing, { step: name, cost }))}`);
    else if (state === 'out-of-order') lines.push(`  ${c.yellow(format(m.methodLate, { step: name, cost }))}`);
    else lines.push(`  ${c.green(format(m.methodDone, { step: name }))}`);
  }
  return lines;
}

/**
 * The one line that says why the score is not what the story suggests: what was skipped, out
 * of order or committed, or which major fault capped it.
 */
export function renderScoreReason(reason: ScoreReason, names: { step(ref: SlipRef): string; fault(id: string): string }, customer: string, lang: Lang): string {
  const m = reasonMessages[lang];
  if (reason.kind === 'major-fault-cap') return m.majorFaultCap(reason.cap, reason.faults.map(names.fault));
  const slips = [...reason.missing.map((r) => m.skipped(names.step(r))), ...reason.outOfOrder.map((r) => m.outOfOrder(names.step(r)))];
  if (slips.length === 0) return m.faultsCostThePass(customer, reason.faults.map(names.fault));
  return m.satisfiedButFailed(customer, [...slips, ...reason.faults.map((f) => m.faultCommitted(names.fault(f)))]);
}

/** The end screen: outcome, score, each method as a checklist, faults, mood trace, strategy tip. */
export function renderEndScreen(c: ChalkInstance, scenario: CompiledScenario, report: Report, trace: readonly number[], endingNode: CompiledNode, lang: Lang): string {
  const m = playMessages[lang];
  const lines: string[] = [];
  lines.push(c.bold(format(m.endTitle, { title: safeText(scenario.source.title) })));
  const outcomeColor = report.outcome === 'satisfied' ? c.green : report.outcome === 'neutral' ? c.yellow : c.red;
  lines.push(`${m.outcome}${m.colon}${outcomeColor(outcomeName(report.outcome, lang))}`);
  const gradeColor = report.passed ? c.green : c.red;
  lines.push(
    `${m.score}${m.colon}${gradeColor.bold(String(report.score))}  ${m.grade}${m.colon}${gradeColor.bold(report.grade)}  ${report.passed ? c.green(m.passed) : c.red(m.failed)}${
      report.cappedAt !== undefined && report.cappedBy?.includes('ending') ? ` ${c.dim(format(m.cappedAt, { cap: report.cappedAt }))}` : ''
    }`,
  );
  const reason = scoreReason(report);
  if (reason) {
    const names = { step: (r: SlipRef): string => stepName(scenario, r, lang), fault: (id: string): string => faultName(scenario, id, lang) };
    lines.push(c.yellow(renderScoreReason(reason, names, safeText(scenario.source.customer.name), lang)));
  }
  for (const mr of report.methods) {
    const method = scenario.methods.find((x) => x.id === mr.id);
    if (!method) continue;
    lines.push('', ...renderMethodChecklist(c, { ...method, steps: weightedSteps(method, scenario.personality) }, mr, lang));
  }
  lines.push('');
  lines.push(c.bold(m.faults));
  if (report.faults.length === 0) lines.push(`  ${c.green(m.noFaults)}`);
  for (const f of report.faults) {
    lines.push(`  ${c.red(`✗ ${faultName(scenario, f.id, lang)} ${points(-f.penalty)}`)}  ${c.dim(format(m.faultAt, { n: f.turn + 1 }))}`);
  }
  lines.push('');
  lines.push(`${c.bold(m.moodTrace)}${m.colon}${sparkline(trace)} ${c.dim(trace.join(' → '))}`);
  if (endingNode.feedback) lines.push(`\n${safeText(endingNode.feedback)}`);
  const strategy = lang === 'zh' ? scenario.personality.strategy : (scenario.personality.strategy_en ?? scenario.personality.strategy);
  lines.push('');
  lines.push(c.cyan(format(m.strategyTip, { type: personalityLabel(scenario, lang), strategy: safeText(strategy) })));
  return lines.join('\n');
}
