import type { ChalkInstance } from 'chalk';
import { PASS_MARK } from '../grading/grade.js';
import type { Lang } from '../i18n/lang.js';
import { playMessages } from '../i18n/play.js';
import { progressMessages } from '../i18n/progress.js';
import type { SessionRecord, TurnRecord } from '../progress/records.js';
import { modeName } from './history.js';
import { moodMeter, outcomeName, points, renderMethodChecklist, signed, sparkline } from './render.js';
import { safeName, safeText } from './text.js';
import { localTime } from './time.js';

function stepLabel(s: SessionRecord, move: TurnRecord['moves'][number], lang: Lang): string {
  const step = s.methods.find((m) => m.id === move.method)?.steps.find((x) => x.id === move.step);
  return step ? safeName(step, lang) : safeText(move.step);
}

/** One turn as practice mode showed it: the customer, the reply, steps, faults, mood, the trainer's note. */
function renderTurn(c: ChalkInstance, s: SessionRecord, t: TurnRecord, lang: Lang): string[] {
  const p = playMessages[lang];
  const m = progressMessages[lang];
  const lines: string[] = [];
  lines.push(`${c.bold(safeText(s.customerName))} ${c.dim(`(${safeName(s.personality, lang)})`)}  ${moodMeter(c, t.moodBefore)}`);
  lines.push(`  ${c.cyan(`“${safeText(t.customer)}”`)}`);
  lines.push(`  ${m.reviewReply({ n: t.choice, reply: safeText(t.reply) })}`);
  const credited = t.moves.map((mv) => c.green(p.credited({ step: stepLabel(s, mv, lang) })));
  const faulted = t.faults.map((f) => c.red(`✗ ${safeName(f, lang)} ${points(-f.penalty)}`));
  if (credited.length || faulted.length) lines.push(`  ${[...credited, ...faulted].join('  ')}`);
  lines.push(`  ${c.dim(p.moodChange({ from: t.moodBefore, to: t.mood, delta: signed(t.mood - t.moodBefore) }))}`);
  if (t.feedback) lines.push(`  ${p.feedback({ text: safeText(t.feedback) })}`);
  return lines;
}

/**
 * A recorded session replayed: each turn with the customer's line, the reply and the feedback
 * practice mode gives, then the result (or how far it got) and the mood over the turns. It
 * needs nothing but the record: the scenario file may have changed or gone.
 */
export function renderReview(c: ChalkInstance, s: SessionRecord, lang: Lang): string {
  const p = playMessages[lang];
  const m = progressMessages[lang];
  const lines: string[] = [];
  lines.push(c.bold(m.reviewTitle({ id: s.id, title: safeText(s.title) })) + c.dim(`  ·  ${modeName(s.mode, lang)} · ${localTime(s.startedAt)} · ${safeText(s.trainee)}`));
  for (const t of s.turns) {
    lines.push('');
    lines.push(...renderTurn(c, s, t, lang));
  }
  lines.push('');
  const r = s.result;
  if (r) {
    const outcomeColor = r.outcome === 'satisfied' ? c.green : r.outcome === 'neutral' ? c.yellow : c.red;
    lines.push(`${p.outcome}${p.colon}${outcomeColor(outcomeName(r.outcome, lang))}`);
    const passed = r.score >= PASS_MARK;
    const gradeColor = passed ? c.green : c.red;
    lines.push(`${p.score}${p.colon}${gradeColor.bold(String(r.score))}  ${p.grade}${p.colon}${gradeColor.bold(r.grade)}  ${passed ? c.green(p.passed) : c.red(p.failed)}`);
    for (const method of s.methods) {
      const verdict = r.methods.find((x) => x.id === method.id);
      if (!verdict) continue;
      // Sessions recorded before weights were kept count every step once.
      const steps = method.steps.map((step) => ({ ...step, weight: step.weight ?? 1 }));
      lines.push('', ...renderMethodChecklist(c, { ...method, steps }, verdict, s.methods.length, lang));
    }
  } else {
    const stopped = s.endedAt ? m.reviewStopped({ when: localTime(s.endedAt) }) : m.reviewKilled;
    lines.push(c.yellow(m.reviewUnfinished({ n: s.turns.length }) + stopped));
  }
  const trace = [s.startMood, ...s.turns.map((t) => t.mood)];
  lines.push('');
  lines.push(`${c.bold(p.moodTrace)}${p.colon}${sparkline(trace)} ${c.dim(trace.join(' → '))}`);
  return lines.join('\n');
}
