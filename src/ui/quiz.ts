import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/lang.js';
import { quizMessages } from '../i18n/quiz.js';
import type { Grade, Response } from '../quiz/grade.js';
import { expectedResponse } from '../quiz/grade.js';
import type { AnsweredQuestion, QuizResult } from '../quiz/result.js';
import type { Question } from '../quiz/schema.js';
import { safeText } from './text.js';

/** An answer in words: the option texts, items and pairs it names rather than their numbers. */
export function describeResponse(question: Question, response: Response, lang: Lang): string {
  const m = quizMessages[lang];
  const sep = m.listSeparator;
  switch (response.type) {
    case 'single':
      return question.type === 'single' ? `${response.choice}. ${safeText(question.options[response.choice - 1] ?? '?')}` : String(response.choice);
    case 'multiple':
      return question.type === 'multiple' ? response.choices.map((i) => `${i}. ${safeText(question.options[i - 1] ?? '?')}`).join(sep) : response.choices.join(',');
    case 'true-false':
      return response.value ? m.true : m.false;
    case 'order':
      return question.type === 'order' ? response.order.map((i) => safeText(question.items[i - 1] ?? '?')).join(' → ') : response.order.join(',');
    case 'match':
      return question.type === 'match'
        ? response.pairs.map(([l, r]) => `${safeText(question.pairs[l - 1]?.left ?? '?')} → ${safeText(question.pairs[r - 1]?.right ?? '?')}`).join(sep)
        : response.pairs.map(([l, r]) => `${l}-${r}`).join(',');
    case 'text':
      return safeText(response.text);
    case 'number':
      return String(response.value);
  }
}

/** The right answer in words; for text questions every accepted answer. */
export function describeExpected(question: Question, lang: Lang): string {
  if (question.type === 'text') return question.answers.map(safeText).join(' / ');
  if (question.type === 'number' && question.tolerance) return `${question.answer} ± ${question.tolerance}`;
  return describeResponse(question, expectedResponse(question), lang);
}

/** "Right answer: …" on one line; for a match question the label, then one pair per line. */
export function rightAnswerLines(c: ChalkInstance, question: Question, lang: Lang): string[] {
  const m = quizMessages[lang];
  if (question.type !== 'match') return [m.rightAnswer({ answer: c.bold(describeExpected(question, lang)) })];
  return [m.rightAnswer({ answer: '' }).trimEnd(), ...question.pairs.map((p) => `  ${c.bold(`${safeText(p.left)} → ${safeText(p.right)}`)}`)];
}

/** The heading before a question: its number, its tags, and the prompt. */
export function renderQuestionHeading(c: ChalkInstance, question: Question, n: number, total: number, lang: Lang): string {
  const m = quizMessages[lang];
  const tags = question.tags && question.tags.length > 0 ? c.dim(`  [${question.tags.join(', ')}]`) : '';
  return `${c.bold(m.progress({ n, total }))}${tags}\n${c.cyan(safeText(question.prompt))}`;
}

/** After an answer: right, wrong or partly right; the right answer unless it was given; the explanation. */
export function renderVerdict(c: ChalkInstance, question: Question, response: Response, grade: Grade, lang: Lang, showGiven = false): string {
  const m = quizMessages[lang];
  const lines: string[] = [];
  if (grade.correct) lines.push(c.green(m.right));
  else if (grade.credit > 0) lines.push(c.yellow(m.partly({ credit: Math.floor(grade.credit * 100) })));
  else lines.push(c.red(m.wrong));
  if (!grade.correct) {
    if (showGiven) lines.push(c.dim(m.yourAnswerWas({ answer: describeResponse(question, response, lang) })));
    lines.push(...rightAnswerLines(c, question, lang));
  }
  if (question.explain) lines.push(c.dim(m.explain({ text: safeText(question.explain) })));
  return lines.map((l) => `  ${l.replace(/\n/g, '\n  ')}`).join('\n');
}

/** The colour of a score or share of 0–100: green from 80, yellow from 60, red below. */
export function scoreColor(c: ChalkInstance, score: number): ChalkInstance {
  return score >= 80 ? c.green : score >= 60 ? c.yellow : c.red;
}

/** A ten-cell bar for a score of 0–100, coloured by {@link scoreColor}. */
export function scoreBar(c: ChalkInstance, score: number): string {
  const filled = Math.round(Math.min(100, Math.max(0, score)) / 10);
  const color = scoreColor(c, score);
  return `${color('█'.repeat(filled))}${c.dim('░'.repeat(10 - filled))}`;
}

/** A prompt on one line, cut to `max` characters. */
function oneLine(text: string, max = 90): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The end screen: score, how many fully right, a bar per tag, and each question missed with its right answer. */
export function renderQuizEnd(c: ChalkInstance, title: string, result: QuizResult, answered: readonly AnsweredQuestion[], lang: Lang): string {
  const m = quizMessages[lang];
  const lines: string[] = [];
  lines.push(c.bold(m.endTitle({ title: safeText(title) })));
  lines.push(`${m.score}${m.colon}${scoreColor(c, result.score).bold(String(result.score))}  ${scoreBar(c, result.score)}  ${c.dim(m.correctCount({ correct: result.correct, total: result.total }))}`);
  const tags = Object.entries(result.tags);
  if (tags.length > 0) {
    lines.push('');
    lines.push(c.bold(m.byTag));
    const width = Math.max(...tags.map(([t]) => t.length));
    for (const [tag, s] of tags) lines.push(`  ${tag.padEnd(width)}  ${scoreBar(c, s.score)} ${String(s.score).padStart(3)}  ${c.dim(`${s.correct}/${s.total}`)}`);
  }
  lines.push('');
  lines.push(c.bold(m.missed));
  const missed = answered.filter((a) => !a.grade.correct);
  if (missed.length === 0) lines.push(`  ${c.green(m.noneMissed)}`);
  for (const a of missed) {
    const q = a.asked.question;
    lines.push(`  ${c.red('✗')} ${safeText(oneLine(q.prompt))} ${c.dim(`(${q.id})`)}`);
    for (const l of rightAnswerLines(c, q, lang)) lines.push(`    ${l}`);
  }
  return lines.join('\n');
}
