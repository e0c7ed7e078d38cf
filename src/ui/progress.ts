import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/lang.js';
import { progressMessages } from '../i18n/progress.js';
import type { Progress, QuizProgress } from '../progress/progress.js';
import type { Recommendation } from '../progress/recommend.js';
import { scoreBar } from './quiz.js';
import { sparkline } from './render.js';
import { table } from './table.js';
import { safeName, safeText } from './text.js';
import { localTime } from './time.js';

/** Faults listed on the progress screen. */
export const FAULTS_SHOWN = 5;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The recommendation in one line, and the line that explains its ground when there is history. */
export function recommendationLines(c: ChalkInstance, r: Recommendation, lang: Lang): string[] {
  const m = progressMessages[lang];
  if (r.kind === 'first') {
    return [c.cyan(r.scenario ? m.nextFirst({ id: r.scenario.id, title: safeText(r.scenario.title) }) : m.nextNothing)];
  }
  const step = safeName(r.step.step, lang);
  const why = c.dim(
    m.weakest({ step, share: percent(r.step.step.share), personality: safeName(r.personality.personality, lang), average: r.personality.average }),
  );
  const next = r.scenario
    ? m.nextPractise({ id: r.scenario.id, title: safeText(r.scenario.title), step, personality: safeName(r.scenario.personality, lang) })
    : m.nextNoScenario({ step });
  return [why, c.cyan.bold(next)];
}

/** How many quiz questions are due, or when the next one is. */
export function quizLine(c: ChalkInstance, q: QuizProgress, lang: Lang): string {
  const m = progressMessages[lang];
  if (q.due > 0) return c.yellow(m.quizDue({ due: q.due }));
  return q.nextDue ? m.quizNextDue({ when: localTime(q.nextDue) }) : c.dim(m.quizNothing);
}

/** The progress screen: sessions, scenarios, steps per method as bars, faults, trend, quiz review, what next. */
export function renderProgress(c: ChalkInstance, p: Progress, lang: Lang): string {
  const m = progressMessages[lang];
  const lines: string[] = [c.bold(m.progressTitle({ trainee: safeText(p.trainee) }))];
  if (p.sessions.total === 0) {
    lines.push(m.progressEmpty({ trainee: safeText(p.trainee) }));
    if (p.quiz.answered > 0) lines.push(quizLine(c, p.quiz, lang));
    lines.push('', ...recommendationLines(c, p.recommendation, lang));
    return lines.join('\n');
  }
  lines.push(m.sessionsLine({ total: p.sessions.total, completed: p.sessions.completed, abandoned: p.sessions.abandoned, scenarios: p.scenarios.length }));

  if (p.scenarios.length > 0) {
    lines.push('', c.bold(m.scenariosTitle));
    const rows = [
      ['', '', m.best, m.last, m.played].map((h) => c.dim(h)),
      ...p.scenarios.map((s) => [s.id, safeText(s.title), s.best !== undefined ? String(s.best) : '–', s.last !== undefined ? String(s.last) : '–', String(s.played)]),
    ];
    lines.push(...table(rows, { right: [2, 3, 4], indent: '  ' }));
  }

  if (p.methods.length > 0) {
    lines.push('', c.bold(m.methodsTitle));
    for (const method of p.methods) {
      lines.push(`  ${safeName(method, lang)}  ${c.dim(m.methodSessions({ n: method.sessions }))}`);
      const rows = method.steps.map((s) => [safeName(s, lang), `${scoreBar(c, s.share * 100)} ${percent(s.share).padStart(4)}`]);
      lines.push(...table(rows, { indent: '    ' }));
    }
  }

  lines.push('', c.bold(m.faultsTitle));
  if (p.faults.length === 0) lines.push(`  ${c.green(m.noFaults)}`);
  else lines.push(...table(p.faults.slice(0, FAULTS_SHOWN).map((f) => [c.red(`✗ ${safeName(f, lang)}`), m.faultTimes({ n: f.count })]), { indent: '  ' }));

  lines.push('', `${c.bold(m.trendTitle)}${m.colon}${p.trend.length > 0 ? `${sparkline(p.trend)} ${c.dim(p.trend.join(' '))}` : c.dim(m.trendNone)}`);

  lines.push(quizLine(c, p.quiz, lang));

  lines.push('', ...recommendationLines(c, p.recommendation, lang));
  return lines.join('\n');
}
