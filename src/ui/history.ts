import type { ChalkInstance } from 'chalk';
import { PASS_MARK } from '../grading/grade.js';
import type { Lang } from '../i18n/lang.js';
import { playMessages } from '../i18n/play.js';
import { progressMessages } from '../i18n/progress.js';
import type { SessionMode, SessionRecord } from '../progress/records.js';
import { table } from './table.js';
import { safeText } from './text.js';
import { localTime } from './time.js';

export function modeName(mode: SessionMode, lang: Lang): string {
  return progressMessages[lang][mode];
}

/** A session's result in a few words: score, grade and outcome, or how far it got. */
export function sessionResultText(c: ChalkInstance, s: SessionRecord, lang: Lang): string {
  const m = progressMessages[lang];
  if (s.result) {
    const color = s.result.score >= PASS_MARK ? c.green : c.red;
    return `${color(`${s.result.score} ${s.result.grade}`)}  ${playMessages[lang][s.result.outcome]}`;
  }
  return c.yellow(`${m.abandoned} · ${m.turnCount({ n: s.turns.length })}`);
}

/** The sessions, latest first, one line each: id, when, scenario, mode, result. */
export function renderHistory(c: ChalkInstance, trainee: string, sessions: readonly SessionRecord[], lang: Lang): string {
  const m = progressMessages[lang];
  const rows = [
    [m.colId, m.colWhen, m.colScenario, m.colMode, m.colResult].map((h) => c.dim(h)),
    ...sessions.map((s) => [`#${s.id}`, localTime(s.startedAt), safeText(s.title), modeName(s.mode, lang), sessionResultText(c, s, lang)]),
  ];
  return [c.bold(m.historyTitle({ trainee: safeText(trainee) })), ...table(rows, { right: [0] })].join('\n');
}
