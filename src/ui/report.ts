import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/lang.js';
import { progressMessages } from '../i18n/progress.js';
import type { TeamReport } from '../progress/report.js';
import { table } from './table.js';
import { scoreColor } from './quiz.js';
import { safeName, safeText } from './text.js';

/** A share as a percentage, coloured like the score bars. */
function shareCell(c: ChalkInstance, share: number): string {
  const pct = Math.round(share * 100);
  return scoreColor(c, pct)(`${pct}%`);
}

/** Faults per trainee shown in the table. */
export const REPORT_FAULTS_SHOWN = 3;

/** The trainer's table: trainees with sessions and average score, step mastery per method, frequent faults. */
export function renderReport(c: ChalkInstance, r: TeamReport, lang: Lang): string {
  const m = progressMessages[lang];
  if (r.trainees.length === 0) return m.reportEmpty;
  const lines: string[] = [c.bold(m.reportTitle({ trainees: r.trainees.length, sessions: r.sessions }))];
  lines.push('');
  lines.push(
    ...table(
      [
        [m.reportTrainee, m.reportSessions, m.reportAverage].map((h) => c.dim(h)),
        ...r.trainees.map((t) => [safeText(t.trainee), String(t.sessions), t.averageScore !== undefined ? t.averageScore.toFixed(1) : '–']),
      ],
      { right: [1, 2] },
    ),
  );
  for (const method of r.methods) {
    lines.push('', c.bold(safeName(method, lang)));
    const rows = [
      ['', ...method.steps.map((s) => c.dim(safeName(s, lang)))],
      ...r.trainees.map((t) => {
        const mine = t.methods.find((x) => x.id === method.id);
        return [
          safeText(t.trainee),
          ...method.steps.map((s) => {
            const step = mine?.steps.find((x) => x.id === s.id);
            return step && step.sessions > 0 ? shareCell(c, step.share) : c.dim('–');
          }),
        ];
      }),
    ];
    lines.push(...table(rows, { right: method.steps.map((_, i) => i + 1) }));
  }
  lines.push('', c.bold(m.reportFaults));
  lines.push(
    ...table(
      r.trainees.map((t) => [
        safeText(t.trainee),
        t.faults.length === 0 ? c.green(m.noFaults) : t.faults.slice(0, REPORT_FAULTS_SHOWN).map((f) => c.red(`✗ ${safeName(f, lang)} ${m.faultTimes({ n: f.count })}`)).join(c.dim(' · ')),
      ]),
    ),
  );
  return lines.join('\n');
}
