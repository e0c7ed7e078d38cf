import type { Messages } from './lang.js';

type Key =
  | 'title'
  | 'matching'
  | 'shown'
  | 'noneMatch'
  | 'answers'
  | 'ending'
  | 'outcome'
  | 'score'
  | 'grade'
  | 'faults'
  | 'missing'
  | 'infinite'
  | 'tooLarge'
  | 'tooMany'
  | 'tooManyToList'
  | 'badLimit'
  | 'badOutcome'
  | 'unknownFault'
  | 'suggest'
  | 'passedAndFailed';

/** What `kefu paths` says: the table's headings, the counts, and why a listing is refused. */
export const pathsMessages: Messages<Key> = {
  zh: {
    title: '{title}（{id}）：共 {paths} 条路径',
    matching: '其中 {matching} 条符合筛选条件',
    shown: '按得分列出前 {shown} 条；用 --limit N 看更多，--limit 0 看全部',
    noneMatch: '没有符合条件的路径。',
    answers: '回答',
    ending: '结局',
    outcome: '结果',
    score: '得分',
    grade: '等级',
    faults: '失误',
    missing: '漏掉的步骤',
    infinite: '{file}：这个情景里有一个环，在走到结局之前可以一再重复，所以路径有无穷多条；kefu paths 只列出每条路径都有尽头的情景。',
    tooLarge: '{file}：情景太大，分析到 {states} 个状态时停了下来，路径数无法精确算出。',
    tooMany: '{file} 共有 {paths} 条路径，超过 kefu paths 能逐条打分排序的 {max} 条；用 --count 只看精确的路径数。',
    tooManyToList: '--limit 0 要列出 {max} 条以上的路径，超过上限；请用 --outcome、--fault、--failed 或 --passed 缩小范围，或者用 --limit N。',
    badLimit: '--limit 要一个整数（0 表示全部），“{given}”不是。',
    badOutcome: '--outcome 只能是 {outcomes} 之一，不能是“{given}”。',
    unknownFault: '这个情景的失误目录里没有“{given}”{suggest}。',
    suggest: '（是不是 {names}？）',
    passedAndFailed: '--passed 和 --failed 不能同时使用。',
  },
  en: {
    title: '{title} ({id}): {paths} {paths:path|paths} in all',
    matching: '{matching} of them {matching:matches|match} the filter',
    shown: 'the first {shown} by score; --limit N shows more, --limit 0 all',
    noneMatch: 'No path matches.',
    answers: 'answers',
    ending: 'ending',
    outcome: 'outcome',
    score: 'score',
    grade: 'grade',
    faults: 'faults',
    missing: 'missing steps',
    infinite: '{file}: a loop in this scenario can be gone round again and again before an ending, so its paths are endless; kefu paths lists only scenarios whose every path ends.',
    tooLarge: '{file}: too large to analyse: the analysis stopped after {states} states, so its paths cannot be counted exactly.',
    tooMany: '{file} has {paths} paths, more than the {max} kefu paths grades one by one to sort them; --count gives the exact count alone.',
    tooManyToList: '--limit 0 would list more than {max} paths; narrow them with --outcome, --fault, --failed or --passed, or give --limit N.',
    badLimit: "--limit takes a whole number (0: all), not '{given}'",
    badOutcome: "--outcome takes one of {outcomes}, not '{given}'",
    unknownFault: "no fault '{given}' in this scenario's catalogue{suggest}",
    suggest: ' (did you mean {names}?)',
    passedAndFailed: '--passed and --failed cannot be combined',
  },
};
