import type { Lang, Messages } from './lang.js';

type Key =
  | 'pickScenario'
  | 'pickReply'
  | 'typing'
  | 'hintChoice'
  | 'hint'
  | 'noHint'
  | 'credited'
  | 'moodChange'
  | 'feedback'
  | 'endTitle'
  | 'outcome'
  | 'score'
  | 'grade'
  | 'passed'
  | 'failed'
  | 'cappedAt'
  | 'methodDone'
  | 'methodMissing'
  | 'methodLate'
  | 'faults'
  | 'faultAt'
  | 'noFaults'
  | 'moodTrace'
  | 'strategyTip'
  | 'turnFeedbackTitle'
  | 'difficulty'
  | 'personality'
  | 'methods'
  | 'listEmpty'
  | 'mood'
  | 'exam'
  | 'practice'
  | 'satisfied'
  | 'neutral'
  | 'lost'
  | 'escalated'
  | 'colon';

export const playMessages: Messages<Key> = {
  zh: {
    pickScenario: '选择一个情景练习',
    pickReply: '你怎么回答？',
    typing: '{name}正在输入…',
    hintChoice: '（看提示）',
    hint: '提示：{hint}',
    noHint: '这一步没有提示，相信你的判断。',
    credited: '✓ {step}',
    moodChange: '情绪 {from} → {to}（{delta}）',
    feedback: '点评：{text}',
    endTitle: '练习结束：{title}',
    outcome: '结果',
    score: '得分',
    grade: '等级',
    passed: '通过',
    failed: '未通过',
    cappedAt: '（结局限制：最高 {cap} 分）',
    methodDone: '✓ {step}',
    methodMissing: '✗ {step}（漏了 {cost}）',
    methodLate: '↺ {step}（顺序不对 {cost}）',
    faults: '失误',
    faultAt: '第 {n} 句',
    noFaults: '没有失误',
    moodTrace: '情绪走势',
    strategyTip: '应对{type}客户：{strategy}',
    turnFeedbackTitle: '第 {n} 轮',
    difficulty: '难度',
    personality: '类型',
    methods: '考核方法',
    listEmpty: '没有找到情景。',
    mood: '情绪',
    exam: '考试模式',
    practice: '练习模式',
    satisfied: '满意',
    neutral: '一般',
    lost: '流失',
    escalated: '升级投诉',
    colon: '：',
  },
  en: {
    pickScenario: 'Pick a scenario to practise',
    pickReply: 'How do you reply?',
    typing: '{name} is typing…',
    hintChoice: '(show hint)',
    hint: 'Hint: {hint}',
    noHint: 'No hint here: trust your judgement.',
    credited: '✓ {step}',
    moodChange: 'mood {from} → {to} ({delta})',
    feedback: 'Trainer: {text}',
    endTitle: 'Finished: {title}',
    outcome: 'Outcome',
    score: 'Score',
    grade: 'Grade',
    passed: 'passed',
    failed: 'not passed',
    cappedAt: '(this ending allows at most {cap})',
    methodDone: '✓ {step}',
    methodMissing: '✗ {step} (missing, {cost})',
    methodLate: '↺ {step} (out of order, {cost})',
    faults: 'Faults',
    faultAt: 'reply {n}',
    noFaults: 'no faults',
    moodTrace: 'Mood over the turns',
    strategyTip: 'Serving {type} customers: {strategy}',
    turnFeedbackTitle: 'Turn {n}',
    difficulty: 'difficulty',
    personality: 'type',
    methods: 'methods',
    listEmpty: 'No scenarios found.',
    mood: 'mood',
    exam: 'exam mode',
    practice: 'practice mode',
    satisfied: 'satisfied',
    neutral: 'neutral',
    lost: 'lost',
    escalated: 'escalated',
    colon: ': ',
  },
};

/** The one line that says why a score is not what the story suggests (see grading/explain.ts). */
export interface ReasonMessages {
  /** The customer ended satisfied, but the method was not followed: `slips` from the functions below. */
  satisfiedButFailed(customer: string, slips: readonly string[]): string;
  /** The customer ended satisfied, the method was followed, but faults cost the pass. */
  faultsCostThePass(customer: string, faults: readonly string[]): string;
  skipped(step: string): string;
  outOfOrder(step: string): string;
  faultCommitted(fault: string): string;
  majorFaultCap(cap: number, faults: readonly string[]): string;
}

const list = (lang: Lang, items: readonly string[]): string => new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(items);

export const reasonMessages: Readonly<Record<Lang, ReasonMessages>> = {
  zh: {
    satisfiedButFailed: (customer, slips) => `${customer}的情绪平复了，但没有按方法来：${list('zh', slips)}。`,
    faultsCostThePass: (customer, faults) => `${customer}的情绪平复了，但${list('zh', faults)}扣分太多，没能及格。`,
    skipped: (step) => `漏了「${step}」`,
    outOfOrder: (step) => `「${step}」顺序不对`,
    faultCommitted: (fault) => `犯了「${fault}」`,
    majorFaultCap: (cap, faults) => `最高 ${cap} 分：${list('zh', faults.map((f) => `「${f}」`))}属于严重失误，有严重失误的对话拿不到 B。`,
  },
  en: {
    satisfiedButFailed: (customer, slips) => `${customer} calmed down, but the method was not followed: ${list('en', slips)}.`,
    faultsCostThePass: (customer, faults) => `${customer} calmed down, but ${list('en', faults)} cost the pass.`,
    skipped: (step) => `${step} was skipped`,
    outOfOrder: (step) => `${step} came out of order`,
    faultCommitted: (fault) => `${fault} was committed`,
    majorFaultCap: (cap, faults) =>
      `Capped at ${cap}: ${list('en', faults)} ${faults.length === 1 ? 'is a major fault' : 'are major faults'}, and a conversation with a major fault cannot reach B.`,
  },
};
