import type { ChalkInstance } from 'chalk';
import type { Turn } from '../engine/engine.js';
import type { FaultReport, MethodReport, Report } from '../grading/grade.js';
import { stepState, stepValue, weightedSteps } from '../grading/grade.js';
import type { Lang } from '../i18n/lang.js';
import { playMessages } from '../i18n/play.js';
import { roundTo } from '../model/round.js';
import type { Outcome } from '../model/schema.js';
import type { CompiledNode, CompiledScenario } from '../scenario/compile.js';
import type { StepRef } from '../scenario/resolve.js';
import { safeName, safeText } from './text.js';
import { textIn } from '../i18n/lang.js';

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
  return safeName(scenario.personality, lang);
}

export function stepName(scenario: CompiledScenario, ref: StepRef, lang: Lang): string {
  const step = scenario.methods.find((m) => m.id === ref.method)?.steps.find((s) => s.id === ref.step);
  if (!step) return ref.step;
  return safeName(step, lang);
}

export function faultName(scenario: CompiledScenario, id: string, lang: Lang): string {
  const f = scenario.faults.get(id);
  if (!f) return id;
  return safeName(f, lang);
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
  const credited = turn.moves.map((ref) => c.green(m.credited({ step: stepName(scenario, ref, lang) })));
  const faulted = faults.map((f) => c.red(`✗ ${faultName(scenario, f.id, lang)} ${points(-f.penalty)}`));
  if (credited.length || faulted.length) parts.push([...credited, ...faulted].join('  '));
  const delta = turn.mood - turn.moodBefore;
  parts.push(c.dim(m.moodChange({ from: turn.moodBefore, to: turn.mood, delta: signed(delta) })));
  if (feedback) parts.push(m.feedback({ text: safeText(feedback) }));
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
 * done, missing or out of order, with what each slip cost: the step's {@link stepValue} over the
 * `methodCount` methods graded, half of it out of order. The end screen and review both show it.
 */
export function renderMethodChecklist(
  c: ChalkInstance,
  method: { readonly name: string; readonly name_en: string; readonly steps: readonly ChecklistStep[] },
  verdict: Pick<MethodReport, 'score' | 'performed' | 'missing' | 'outOfOrder'>,
  methodCount: number,
  lang: Lang,
): string[] {
  const m = playMessages[lang];
  const lines = [`${c.bold(safeName(method, lang))}  ${verdict.score}`];
  for (const step of method.steps) {
    const name = safeName(step, lang);
    const value = stepValue(method.steps, step.id, methodCount);
    const state = stepState(verdict, step.id);
    if (state === 'missing') lines.push(`  ${c.red(m.methodMissing({ step: name, cost: points(-value) }))}`);
    else if (state === 'out-of-order') lines.push(`  ${c.yellow(m.methodLate({ step: name, cost: points(-value / 2) }))}`);
    else lines.push(`  ${c.green(m.methodDone({ step: name }))}`);
  }
  return lines;
}

/** The end screen: outcome, score, each method as a checklist, faults, mood trace, strategy tip. */
export function renderEndScreen(c: ChalkInstance, scenario: CompiledScenario, report: Report, trace: readonly number[], endingNode: CompiledNode, lang: Lang): string {
  const m = playMessages[lang];
  const lines: string[] = [];
  lines.push(c.bold(m.endTitle({ title: safeText(scenario.source.title) })));
  const outcomeColor = report.outcome === 'satisfied' ? c.green : report.outcome === 'neutral' ? c.yellow : c.red;
  lines.push(`${m.outcome}${m.colon}${outcomeColor(outcomeName(report.outcome, lang))}`);
  const gradeColor = report.passed ? c.green : c.red;
  lines.push(
    `${m.score}${m.colon}${gradeColor.bold(String(report.score))}  ${m.grade}${m.colon}${gradeColor.bold(report.grade)}  ${report.passed ? c.green(m.passed) : c.red(m.failed)}${
      report.cappedAt !== undefined ? ` ${c.dim(m.cappedAt({ cap: report.cappedAt }))}` : ''
    }`,
  );
  for (const mr of report.methods) {
    const method = scenario.methods.find((x) => x.id === mr.id);
    if (!method) continue;
    lines.push('', ...renderMethodChecklist(c, { ...method, steps: weightedSteps(method, scenario.personality) }, mr, report.methods.length, lang));
  }
  lines.push('');
  lines.push(c.bold(m.faults));
  if (report.faults.length === 0) lines.push(`  ${c.green(m.noFaults)}`);
  for (const f of report.faults) {
    lines.push(`  ${c.red(`✗ ${faultName(scenario, f.id, lang)} ${points(-f.penalty)}`)}  ${c.dim(m.faultAt({ n: f.turn + 1 }))}`);
  }
  lines.push('');
  lines.push(`${c.bold(m.moodTrace)}${m.colon}${sparkline(trace)} ${c.dim(trace.join(' → '))}`);
  if (endingNode.feedback) lines.push(`\n${safeText(endingNode.feedback)}`);
  const strategy = textIn(lang, scenario.personality.strategy, scenario.personality.strategy_en);
  lines.push('');
  lines.push(c.cyan(m.strategyTip({ type: personalityLabel(scenario, lang), strategy: safeText(strategy) })));
  return lines.join('\n');
}
