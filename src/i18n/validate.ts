import type { Outcome } from '../model/schema.js';
import type { Catalog } from './lang.js';
import { plural } from './lang.js';

/** What `kefu validate` says around its diagnostics. */
export interface ValidateMessages {
  checked(files: number): string;
  /** Joins the file count and what was found. */
  summary(checked: string, found: string): string;
  listSeparator: string;
  noProblems: string;
  counts(errors: number, warnings: number): string;
  checking(files: number): string;
  progress(done: number, files: number): string;
  nodes(n: number): string;
  decisions(n: number): string;
  endings(list: string): string;
  noEndings: string;
  outcome(n: number, outcome: Outcome): string;
  paths(count: string): string;
  score(worst: number, best: number): string;
}

const count = (n: number, one: string, other = `${one}s`): string => `${n} ${plural('en', n, { one, other })}`;

const OUTCOME_ZH: Readonly<Record<Outcome, string>> = { satisfied: '满意', neutral: '一般', lost: '流失', escalated: '升级' };

export const validateMessages: Catalog<ValidateMessages> = {
  en: {
    checked: (files) => `${count(files, 'file')} checked`,
    summary: (checked, found) => `${checked}: ${found}`,
    listSeparator: ', ',
    noProblems: 'no problems',
    counts: (errors, warnings) => `${count(errors, 'error')}, ${count(warnings, 'warning')}`,
    checking: (files) => `checking ${count(files, 'file')}`,
    progress: (done, files) => `checking ${done}/${count(files, 'file')}`,
    nodes: (n) => count(n, 'node'),
    decisions: (n) => count(n, 'decision'),
    endings: (list) => `endings: ${list}`,
    noEndings: 'none',
    outcome: (n, outcome) => `${n} ${outcome}`,
    paths: (count) => (count === '1' ? '1 path' : `${count} paths`),
    score: (worst, best) => `score ${worst}–${best}`,
  },
  zh: {
    checked: (files) => `已检查 ${files} 个文件`,
    summary: (checked, found) => `${checked}：${found}`,
    listSeparator: '、',
    noProblems: '没有问题',
    counts: (errors, warnings) => `${errors} 个错误，${warnings} 个警告`,
    checking: (files) => `正在检查 ${files} 个文件`,
    progress: (done, files) => `正在检查 ${done}/${files} 个文件`,
    nodes: (n) => `${n} 个节点`,
    decisions: (n) => `${n} 个抉择`,
    endings: (list) => `结局：${list}`,
    noEndings: '无',
    outcome: (n, outcome) => `${OUTCOME_ZH[outcome]} ${n}`,
    paths: (count) => `${count === 'infinite' ? '无穷' : count} 条路径`,
    score: (worst, best) => `得分 ${worst}–${best}`,
  },
};
