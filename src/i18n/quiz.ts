import type { Messages } from './lang.js';

type Key =
  | 'pickQuiz'
  | 'generatedTitle'
  | 'allTitle'
  | 'questionCount'
  | 'practice'
  | 'exam'
  | 'progress'
  | 'pickOne'
  | 'pickAll'
  | 'pickAllHelp'
  | 'trueOrFalse'
  | 'true'
  | 'false'
  | 'putInOrder'
  | 'orderHelp'
  | 'matchLeft'
  | 'yourAnswer'
  | 'yourNumber'
  | 'notANumber'
  | 'emptyAnswer'
  | 'right'
  | 'wrong'
  | 'partly'
  | 'rightAnswer'
  | 'yourAnswerWas'
  | 'explain'
  | 'review'
  | 'endTitle'
  | 'score'
  | 'correctCount'
  | 'byTag'
  | 'missed'
  | 'noneMissed'
  | 'colon'
  | 'listSeparator'
  | 'genOrderPrompt'
  | 'genOrderExplain'
  | 'genPersonalityMatchPrompt'
  | 'genPersonalityMatchExplain'
  | 'genPersonalityPrompt'
  | 'genPersonalityExplain'
  | 'genReplyContext'
  | 'genStepSingle'
  | 'genStepMultiple'
  | 'genFaultSingle'
  | 'genFaultMultiple'
  | 'genStepLabel'
  | 'genStepExplain'
  | 'genFaultExplain'
  | 'genFeedback'
  | 'dueTitle'
  | 'dueNone'
  | 'dueNext'
  | 'dueNever'
  | 'dueSkipped';

export const quizMessages: Messages<Key> = {
  zh: {
    pickQuiz: '选择一个测验',
    generatedTitle: '自动出题：服务方法、客户类型与情景回答',
    allTitle: '全部题目（题库 + 自动出题）',
    questionCount: '{n} 题',
    practice: '练习模式',
    exam: '考试模式',
    progress: '第 {n}/{total} 题',
    pickOne: '选一项',
    pickAll: '选出所有正确项',
    pickAllHelp: '（空格勾选，回车确认）',
    trueOrFalse: '对还是错？',
    true: '对',
    false: '错',
    putInOrder: '排出正确顺序',
    orderHelp: '↑↓ 移动光标 · 空格 拿起/放下 · 回车 确认',
    matchLeft: '“{left}” 对应',
    yourAnswer: '你的答案',
    yourNumber: '填一个数字',
    notANumber: '请填一个数字，例如 15',
    emptyAnswer: '请填写答案',
    right: '✓ 答对了',
    wrong: '✗ 答错了',
    partly: '◐ 部分正确（{credit}%）',
    rightAnswer: '正确答案：{answer}',
    yourAnswerWas: '你的答案：{answer}',
    explain: '解析：{text}',
    review: '逐题解析',
    endTitle: '测验结束：{title}',
    score: '得分',
    correctCount: '全对 {correct}/{total} 题',
    byTag: '分项得分',
    missed: '没有全对的题',
    noneMissed: '全部答对！',
    colon: '：',
    listSeparator: '；',
    genOrderPrompt: '把“{method}”的步骤按正确顺序排列。',
    genOrderExplain: '{method}的顺序是：{steps}',
    genPersonalityMatchPrompt: '把每种客户类型和最适合它的应对策略配对。',
    genPersonalityMatchExplain: '{pairs}',
    genPersonalityPrompt: '{type}客户（{traits}）：哪种应对最合适？',
    genPersonalityExplain: '{type}：{strategy}',
    genReplyContext: '情景“{title}”中，客户说：“{customer}”\n客服回答：“{reply}”',
    genStepSingle: '{context}\n这句回答做到了哪一步？',
    genStepMultiple: '{context}\n这句回答做到了哪些步骤？（多选）',
    genFaultSingle: '{context}\n这句回答犯了什么错？',
    genFaultMultiple: '{context}\n这句回答犯了哪些错？（多选）',
    genStepLabel: '{step}（{method}）',
    genStepExplain: '{step}：{description}',
    genFaultExplain: '{fault}：{description}',
    genFeedback: '点评：{text}',
    dueTitle: '到期复习',
    dueNone: '现在没有到期要复习的题。',
    dueNext: '下一题 {when} 到期。',
    dueNever: '还没有答过这里的题：先做一次测验（kefu quiz），答过的题会按时回来复习。',
    dueSkipped: '跳过 {n} 道到期的题，自带题库和自动出题里都找不到：{ids}。记录保留；来自其他测验文件的题，用 kefu quiz <文件> --due 复习。',
  },
  en: {
    pickQuiz: 'Pick a quiz',
    generatedTitle: 'Generated: service methods, customer types and scenario replies',
    allTitle: 'Everything (question banks + generated)',
    questionCount: '{n} {n:question|questions}',
    practice: 'practice mode',
    exam: 'exam mode',
    progress: 'Question {n} of {total}',
    pickOne: 'Pick one',
    pickAll: 'Pick every right option',
    pickAllHelp: '(space to tick, enter to confirm)',
    trueOrFalse: 'True or false?',
    true: 'True',
    false: 'False',
    putInOrder: 'Put them in order',
    orderHelp: '↑↓ move the cursor · space pick up / put down · enter done',
    matchLeft: '“{left}” goes with',
    yourAnswer: 'Your answer',
    yourNumber: 'Type a number',
    notANumber: 'Please type a number, e.g. 15',
    emptyAnswer: 'Please type an answer',
    right: '✓ Right',
    wrong: '✗ Wrong',
    partly: '◐ Partly right ({credit}%)',
    rightAnswer: 'Right answer: {answer}',
    yourAnswerWas: 'Your answer: {answer}',
    explain: 'Why: {text}',
    review: 'Review',
    endTitle: 'Finished: {title}',
    score: 'Score',
    correctCount: '{correct} of {total} fully right',
    byTag: 'By topic',
    missed: 'Not fully right',
    noneMissed: 'All right!',
    colon: ': ',
    listSeparator: '; ',
    genOrderPrompt: 'Put the steps of “{method}” in order.',
    genOrderExplain: '{method} goes: {steps}',
    genPersonalityMatchPrompt: 'Match each customer type with the strategy that suits it.',
    genPersonalityMatchExplain: '{pairs}',
    genPersonalityPrompt: 'A customer of the {type} type ({traits}): which approach suits them best?',
    genPersonalityExplain: '{type}: {strategy}',
    genReplyContext: 'In “{title}” the customer says: “{customer}”\nThe reply: “{reply}”',
    genStepSingle: '{context}\nWhich step does this reply perform?',
    genStepMultiple: '{context}\nWhich steps does this reply perform? (pick all)',
    genFaultSingle: '{context}\nWhich fault does this reply commit?',
    genFaultMultiple: '{context}\nWhich faults does this reply commit? (pick all)',
    genStepLabel: '{step} ({method})',
    genStepExplain: '{step}: {description}',
    genFaultExplain: '{fault}: {description}',
    genFeedback: 'Trainer: {text}',
    dueTitle: 'Due for review',
    dueNone: 'Nothing is due for review now.',
    dueNext: 'The next question is due {when}.',
    dueNever: 'No question here answered yet: take a quiz first (kefu quiz); answered questions come back when they are due.',
    dueSkipped: "Skipped {n} due {n:question|questions} found in neither the bundled quizzes nor the generated questions: {ids}. {n:Its record is|Their records are} kept; a quiz file's own questions come back with kefu quiz <file> --due.",
  },
};
