import type { Catalog } from './lang.js';
import { plural } from './lang.js';

/** What `kefu paths` says: the table's headings, the counts, and why a listing is refused. */
export interface PathsText {
  /** The first line: the scenario and its exact number of paths (digits, however large). */
  title(v: { readonly title: string; readonly id: string; readonly paths: string }): string;
  matching(v: { readonly matching: number }): string;
  shown(v: { readonly shown: number }): string;
  readonly noneMatch: string;
  readonly answers: string;
  readonly ending: string;
  readonly outcome: string;
  readonly score: string;
  readonly grade: string;
  readonly faults: string;
  readonly missing: string;
  infinite(v: { readonly file: string }): string;
  tooLarge(v: { readonly file: string; readonly states: number }): string;
  tooMany(v: { readonly file: string; readonly paths: string; readonly max: number }): string;
  tooManyToList(v: { readonly max: number }): string;
  badLimit(v: { readonly given: string }): string;
  badOutcome(v: { readonly given: string; readonly outcomes: readonly string[] }): string;
  unknownFault(v: { readonly given: string; readonly near: readonly string[] }): string;
  readonly passedAndFailed: string;
}

const thousands = (n: number): string => n.toLocaleString('en');

export const pathsMessages: Catalog<PathsText> = {
  zh: {
    title: (v) => `${v.title}（${v.id}）：共 ${v.paths} 条路径`,
    matching: (v) => `其中 ${v.matching} 条符合筛选条件`,
    shown: (v) => `按得分列出前 ${v.shown} 条；用 --limit N 看更多，--limit 0 看全部`,
    noneMatch: '没有符合条件的路径。',
    answers: '回答',
    ending: '结局',
    outcome: '结果',
    score: '得分',
    grade: '等级',
    faults: '失误',
    missing: '漏掉的步骤',
    infinite: (v) => `${v.file}：这个情景里有一个环，在走到结局之前可以一再重复，所以路径有无穷多条；kefu paths 只列出每条路径都有尽头的情景。`,
    tooLarge: (v) => `${v.file}：情景太大，分析到 ${v.states} 个状态时停了下来，路径数无法精确算出。`,
    tooMany: (v) => `${v.file} 共有 ${v.paths} 条路径，超过 kefu paths 能逐条打分排序的 ${thousands(v.max)} 条；用 --count 只看精确的路径数。`,
    tooManyToList: (v) => `--limit 0 要列出 ${thousands(v.max)} 条以上的路径，超过上限；请用 --outcome、--fault、--failed 或 --passed 缩小范围，或者用 --limit N。`,
    badLimit: (v) => `--limit 要一个整数（0 表示全部），“${v.given}”不是。`,
    badOutcome: (v) => `--outcome 只能是 ${v.outcomes.join('、')} 之一，不能是“${v.given}”。`,
    unknownFault: (v) => `这个情景的失误目录里没有“${v.given}”${v.near.length > 0 ? `（是不是 ${v.near.map((n) => `「${n}」`).join('、')}？）` : ''}。`,
    passedAndFailed: '--passed 和 --failed 不能同时使用。',
  },
  en: {
    title: (v) => `${v.title} (${v.id}): ${v.paths} ${v.paths === '1' ? 'path' : 'paths'} in all`,
    matching: (v) => `${v.matching} of them ${plural('en', v.matching, { one: 'matches', other: 'match' })} the filter`,
    shown: (v) => `the first ${v.shown} by score; --limit N shows more, --limit 0 all`,
    noneMatch: 'No path matches.',
    answers: 'answers',
    ending: 'ending',
    outcome: 'outcome',
    score: 'score',
    grade: 'grade',
    faults: 'faults',
    missing: 'missing steps',
    infinite: (v) => `${v.file}: a loop in this scenario can be gone round again and again before an ending, so its paths are endless; kefu paths lists only scenarios whose every path ends.`,
    tooLarge: (v) => `${v.file}: too large to analyse: the analysis stopped after ${v.states} states, so its paths cannot be counted exactly.`,
    tooMany: (v) => `${v.file} has ${v.paths} paths, more than the ${thousands(v.max)} kefu paths grades one by one to sort them; --count gives the exact count alone.`,
    tooManyToList: (v) => `--limit 0 would list more than ${thousands(v.max)} paths; narrow them with --outcome, --fault, --failed or --passed, or give --limit N.`,
    badLimit: (v) => `--limit takes a whole number (0: all), not '${v.given}'`,
    badOutcome: (v) => `--outcome takes one of ${v.outcomes.join(', ')}, not '${v.given}'`,
    unknownFault: (v) => `no fault '${v.given}' in this scenario's catalogue${v.near.length > 0 ? ` (did you mean ${v.near.map((n) => `'${n}'`).join(', ')}?)` : ''}`,
    passedAndFailed: '--passed and --failed cannot be combined',
  },
};
