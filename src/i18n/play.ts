import type { Catalog } from './lang.js';

/** What play, the picker, the end screen and the list say. */
export interface PlayText {
  readonly pickScenario: string;
  readonly pickReply: string;
  typing(v: { readonly name: string | number }): string;
  readonly hintChoice: string;
  hint(v: { readonly hint: string | number }): string;
  readonly noHint: string;
  credited(v: { readonly step: string | number }): string;
  moodChange(v: { readonly from: string | number; readonly to: string | number; readonly delta: string | number }): string;
  feedback(v: { readonly text: string | number }): string;
  endTitle(v: { readonly title: string | number }): string;
  readonly outcome: string;
  readonly score: string;
  readonly grade: string;
  readonly passed: string;
  readonly failed: string;
  cappedAt(v: { readonly cap: string | number }): string;
  methodDone(v: { readonly step: string | number }): string;
  methodMissing(v: { readonly step: string | number; readonly cost: string | number }): string;
  methodLate(v: { readonly step: string | number; readonly cost: string | number }): string;
  readonly faults: string;
  faultAt(v: { readonly n: string | number }): string;
  readonly noFaults: string;
  readonly moodTrace: string;
  strategyTip(v: { readonly type: string | number; readonly strategy: string | number }): string;
  turnFeedbackTitle(v: { readonly n: string | number }): string;
  readonly difficulty: string;
  readonly personality: string;
  readonly methods: string;
  readonly listEmpty: string;
  readonly mood: string;
  readonly exam: string;
  readonly practice: string;
  readonly satisfied: string;
  readonly neutral: string;
  readonly lost: string;
  readonly escalated: string;
  readonly colon: string;
}


export const playMessages: Catalog<PlayText> = {
  zh: {
    pickScenario: '选择一个情景练习',
    pickReply: '你怎么回答？',
    typing: (v) => `${v.name}正在输入…`,
    hintChoice: '（看提示）',
    hint: (v) => `提示：${v.hint}`,
    noHint: '这一步没有提示，相信你的判断。',
    credited: (v) => `✓ ${v.step}`,
    moodChange: (v) => `情绪 ${v.from} → ${v.to}（${v.delta}）`,
    feedback: (v) => `点评：${v.text}`,
    endTitle: (v) => `练习结束：${v.title}`,
    outcome: '结果',
    score: '得分',
    grade: '等级',
    passed: '通过',
    failed: '未通过',
    cappedAt: (v) => `（结局限制：最高 ${v.cap} 分）`,
    methodDone: (v) => `✓ ${v.step}`,
    methodMissing: (v) => `✗ ${v.step}（漏了 ${v.cost}）`,
    methodLate: (v) => `↺ ${v.step}（顺序不对 ${v.cost}）`,
    faults: '失误',
    faultAt: (v) => `第 ${v.n} 句`,
    noFaults: '没有失误',
    moodTrace: '情绪走势',
    strategyTip: (v) => `应对${v.type}客户：${v.strategy}`,
    turnFeedbackTitle: (v) => `第 ${v.n} 轮`,
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
    typing: (v) => `${v.name} is typing…`,
    hintChoice: '(show hint)',
    hint: (v) => `Hint: ${v.hint}`,
    noHint: 'No hint here: trust your judgement.',
    credited: (v) => `✓ ${v.step}`,
    moodChange: (v) => `mood ${v.from} → ${v.to} (${v.delta})`,
    feedback: (v) => `Trainer: ${v.text}`,
    endTitle: (v) => `Finished: ${v.title}`,
    outcome: 'Outcome',
    score: 'Score',
    grade: 'Grade',
    passed: 'passed',
    failed: 'not passed',
    cappedAt: (v) => `(this ending allows at most ${v.cap})`,
    methodDone: (v) => `✓ ${v.step}`,
    methodMissing: (v) => `✗ ${v.step} (missing, ${v.cost})`,
    methodLate: (v) => `↺ ${v.step} (out of order, ${v.cost})`,
    faults: 'Faults',
    faultAt: (v) => `reply ${v.n}`,
    noFaults: 'no faults',
    moodTrace: 'Mood over the turns',
    strategyTip: (v) => `Serving ${v.type} customers: ${v.strategy}`,
    turnFeedbackTitle: (v) => `Turn ${v.n}`,
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
