import type { Catalog } from './lang.js';
import { plural } from './lang.js';

/** What the quiz says. */
export interface QuizText {
  readonly pickQuiz: string;
  readonly generatedTitle: string;
  readonly allTitle: string;
  questionCount(v: { readonly n: number }): string;
  readonly practice: string;
  readonly exam: string;
  progress(v: { readonly n: string | number; readonly total: string | number }): string;
  readonly pickOne: string;
  readonly pickAll: string;
  readonly pickAllHelp: string;
  readonly trueOrFalse: string;
  readonly true: string;
  readonly false: string;
  readonly putInOrder: string;
  readonly orderHelp: string;
  matchLeft(v: { readonly left: string | number }): string;
  readonly yourAnswer: string;
  readonly yourNumber: string;
  readonly notANumber: string;
  readonly emptyAnswer: string;
  readonly right: string;
  readonly wrong: string;
  partly(v: { readonly credit: string | number }): string;
  rightAnswer(v: { readonly answer: string | number }): string;
  yourAnswerWas(v: { readonly answer: string | number }): string;
  explain(v: { readonly text: string | number }): string;
  readonly review: string;
  endTitle(v: { readonly title: string | number }): string;
  readonly score: string;
  correctCount(v: { readonly correct: string | number; readonly total: string | number }): string;
  readonly byTag: string;
  readonly missed: string;
  readonly noneMissed: string;
  readonly colon: string;
  readonly listSeparator: string;
  genOrderPrompt(v: { readonly method: string | number }): string;
  genOrderExplain(v: { readonly method: string | number; readonly steps: string | number }): string;
  readonly genPersonalityMatchPrompt: string;
  genPersonalityMatchExplain(v: { readonly pairs: string | number }): string;
  genPersonalityPrompt(v: { readonly type: string | number; readonly traits: string | number }): string;
  genPersonalityExplain(v: { readonly type: string | number; readonly strategy: string | number }): string;
  genReplyContext(v: { readonly title: string | number; readonly customer: string | number; readonly reply: string | number }): string;
  genStepSingle(v: { readonly context: string | number }): string;
  genStepMultiple(v: { readonly context: string | number }): string;
  genFaultSingle(v: { readonly context: string | number }): string;
  genFaultMultiple(v: { readonly context: string | number }): string;
  genStepLabel(v: { readonly step: string | number; readonly method: string | number }): string;
  genStepExplain(v: { readonly step: string | number; readonly description: string | number }): string;
  genFaultExplain(v: { readonly fault: string | number; readonly description: string | number }): string;
  genFeedback(v: { readonly text: string | number }): string;
  readonly dueTitle: string;
  readonly dueNone: string;
  dueNext(v: { readonly when: string | number }): string;
  readonly dueNever: string;
  dueSkipped(v: { readonly n: number; readonly ids: string | number }): string;
}


export const quizMessages: Catalog<QuizText> = {
  zh: {
    pickQuiz: '选择一个测验',
    generatedTitle: '自动出题：服务方法、客户类型与情景回答',
    allTitle: '全部题目（题库 + 自动出题）',
    questionCount: (v) => `${v.n} 题`,
    practice: '练习模式',
    exam: '考试模式',
    progress: (v) => `第 ${v.n}/${v.total} 题`,
    pickOne: '选一项',
    pickAll: '选出所有正确项',
    pickAllHelp: '（空格勾选，回车确认）',
    trueOrFalse: '对还是错？',
    true: '对',
    false: '错',
    putInOrder: '排出正确顺序',
    orderHelp: '↑↓ 移动光标 · 空格 拿起/放下 · 回车 确认',
    matchLeft: (v) => `“${v.left}” 对应`,
    yourAnswer: '你的答案',
    yourNumber: '填一个数字',
    notANumber: '请填一个数字，例如 15',
    emptyAnswer: '请填写答案',
    right: '✓ 答对了',
    wrong: '✗ 答错了',
    partly: (v) => `◐ 部分正确（${v.credit}%）`,
    rightAnswer: (v) => `正确答案：${v.answer}`,
    yourAnswerWas: (v) => `你的答案：${v.answer}`,
    explain: (v) => `解析：${v.text}`,
    review: '逐题解析',
    endTitle: (v) => `测验结束：${v.title}`,
    score: '得分',
    correctCount: (v) => `全对 ${v.correct}/${v.total} 题`,
    byTag: '分项得分',
    missed: '没有全对的题',
    noneMissed: '全部答对！',
    colon: '：',
    listSeparator: '；',
    genOrderPrompt: (v) => `把“${v.method}”的步骤按正确顺序排列。`,
    genOrderExplain: (v) => `${v.method}的顺序是：${v.steps}`,
    genPersonalityMatchPrompt: '把每种客户类型和最适合它的应对策略配对。',
    genPersonalityMatchExplain: (v) => `${v.pairs}`,
    genPersonalityPrompt: (v) => `${v.type}客户（${v.traits}）：哪种应对最合适？`,
    genPersonalityExplain: (v) => `${v.type}：${v.strategy}`,
    genReplyContext: (v) => `情景“${v.title}”中，客户说：“${v.customer}”\\n客服回答：“${v.reply}”`,
    genStepSingle: (v) => `${v.context}\\n这句回答做到了哪一步？`,
    genStepMultiple: (v) => `${v.context}\\n这句回答做到了哪些步骤？（多选）`,
    genFaultSingle: (v) => `${v.context}\\n这句回答犯了什么错？`,
    genFaultMultiple: (v) => `${v.context}\\n这句回答犯了哪些错？（多选）`,
    genStepLabel: (v) => `${v.step}（${v.method}）`,
    genStepExplain: (v) => `${v.step}：${v.description}`,
    genFaultExplain: (v) => `${v.fault}：${v.description}`,
    genFeedback: (v) => `点评：${v.text}`,
    dueTitle: '到期复习',
    dueNone: '现在没有到期要复习的题。',
    dueNext: (v) => `下一题 ${v.when} 到期。`,
    dueNever: '还没有答过这里的题：先做一次测验（kefu quiz），答过的题会按时回来复习。',
    dueSkipped: (v) => `跳过 ${v.n} 道到期的题，自带题库和自动出题里都找不到：${v.ids}。记录保留；来自其他测验文件的题，用 kefu quiz <文件> --due 复习。`,
  },
  en: {
    pickQuiz: 'Pick a quiz',
    generatedTitle: 'Generated: service methods, customer types and scenario replies',
    allTitle: 'Everything (question banks + generated)',
    questionCount: (v) => `${v.n} ${plural('en', v.n, { one: 'question', other: 'questions' })}`,
    practice: 'practice mode',
    exam: 'exam mode',
    progress: (v) => `Question ${v.n} of ${v.total}`,
    pickOne: 'Pick one',
    pickAll: 'Pick every right option',
    pickAllHelp: '(space to tick, enter to confirm)',
    trueOrFalse: 'True or false?',
    true: 'True',
    false: 'False',
    putInOrder: 'Put them in order',
    orderHelp: '↑↓ move the cursor · space pick up / put down · enter done',
    matchLeft: (v) => `“${v.left}” goes with`,
    yourAnswer: 'Your answer',
    yourNumber: 'Type a number',
    notANumber: 'Please type a number, e.g. 15',
    emptyAnswer: 'Please type an answer',
    right: '✓ Right',
    wrong: '✗ Wrong',
    partly: (v) => `◐ Partly right (${v.credit}%)`,
    rightAnswer: (v) => `Right answer: ${v.answer}`,
    yourAnswerWas: (v) => `Your answer: ${v.answer}`,
    explain: (v) => `Why: ${v.text}`,
    review: 'Review',
    endTitle: (v) => `Finished: ${v.title}`,
    score: 'Score',
    correctCount: (v) => `${v.correct} of ${v.total} fully right`,
    byTag: 'By topic',
    missed: 'Not fully right',
    noneMissed: 'All right!',
    colon: ': ',
    listSeparator: '; ',
    genOrderPrompt: (v) => `Put the steps of “${v.method}” in order.`,
    genOrderExplain: (v) => `${v.method} goes: ${v.steps}`,
    genPersonalityMatchPrompt: 'Match each customer type with the strategy that suits it.',
    genPersonalityMatchExplain: (v) => `${v.pairs}`,
    genPersonalityPrompt: (v) => `A customer of the ${v.type} type (${v.traits}): which approach suits them best?`,
    genPersonalityExplain: (v) => `${v.type}: ${v.strategy}`,
    genReplyContext: (v) => `In “${v.title}” the customer says: “${v.customer}”\\nThe reply: “${v.reply}”`,
    genStepSingle: (v) => `${v.context}\\nWhich step does this reply perform?`,
    genStepMultiple: (v) => `${v.context}\\nWhich steps does this reply perform? (pick all)`,
    genFaultSingle: (v) => `${v.context}\\nWhich fault does this reply commit?`,
    genFaultMultiple: (v) => `${v.context}\\nWhich faults does this reply commit? (pick all)`,
    genStepLabel: (v) => `${v.step} (${v.method})`,
    genStepExplain: (v) => `${v.step}: ${v.description}`,
    genFaultExplain: (v) => `${v.fault}: ${v.description}`,
    genFeedback: (v) => `Trainer: ${v.text}`,
    dueTitle: 'Due for review',
    dueNone: 'Nothing is due for review now.',
    dueNext: (v) => `The next question is due ${v.when}.`,
    dueNever: 'No question here answered yet: take a quiz first (kefu quiz); answered questions come back when they are due.',
    dueSkipped: (v) => `Skipped ${v.n} due ${plural('en', v.n, { one: 'question', other: 'questions' })} found in neither the bundled quizzes nor the generated questions: ${v.ids}. ${plural('en', v.n, { one: 'Its record is', other: 'Their records are' })} kept; a quiz file's own questions come back with kefu quiz <file> --due.`,
  },
};
