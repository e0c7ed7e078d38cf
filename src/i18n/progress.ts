import type { Catalog } from './lang.js';
import { plural } from './lang.js';

/** What progress, history, review, export and report say. */
export interface ProgressText {
  readonly practice: string;
  readonly exam: string;
  readonly scripted: string;
  readonly abandoned: string;
  historyEmpty(v: { readonly trainee: string | number }): string;
  historyTitle(v: { readonly trainee: string | number }): string;
  historyLimit(v: { readonly limit: string | number }): string;
  readonly colId: string;
  readonly colWhen: string;
  readonly colScenario: string;
  readonly colMode: string;
  readonly colResult: string;
  turnCount(v: { readonly n: number }): string;
  noSuchSession(v: { readonly id: string | number }): string;
  reviewBadId(v: { readonly given: string | number }): string;
  reviewOtherTrainee(v: { readonly id: string | number; readonly owner: string | number; readonly trainee: string | number }): string;
  reviewTitle(v: { readonly id: string | number; readonly title: string | number }): string;
  reviewReply(v: { readonly n: string | number; readonly reply: string | number }): string;
  reviewUnfinished(v: { readonly n: string | number }): string;
  reviewStopped(v: { readonly when: string | number }): string;
  readonly reviewKilled: string;
  reviewChanged(v: { readonly file: string | number }): string;
  reviewMissing(v: { readonly file: string | number }): string;
  progressTitle(v: { readonly trainee: string | number }): string;
  progressEmpty(v: { readonly trainee: string | number }): string;
  sessionsLine(v: { readonly total: number; readonly completed: string | number; readonly abandoned: string | number; readonly scenarios: number }): string;
  readonly scenariosTitle: string;
  readonly best: string;
  readonly last: string;
  readonly played: string;
  readonly methodsTitle: string;
  methodSessions(v: { readonly n: number }): string;
  readonly faultsTitle: string;
  readonly noFaults: string;
  faultTimes(v: { readonly n: string | number }): string;
  readonly trendTitle: string;
  readonly trendNone: string;
  quizDue(v: { readonly due: number }): string;
  quizNextDue(v: { readonly when: string | number }): string;
  readonly quizNothing: string;
  weakest(v: { readonly step: string | number; readonly share: string | number; readonly personality: string | number; readonly average: string | number }): string;
  nextPractise(v: { readonly id: string | number; readonly title: string | number; readonly step: string | number; readonly personality: string | number }): string;
  nextNoScenario(v: { readonly step: string | number }): string;
  nextFirst(v: { readonly id: string | number; readonly title: string | number }): string;
  readonly nextNothing: string;
  exported(v: { readonly sessions: number; readonly answers: number; readonly file: string | number }): string;
  exportedCsv(v: { readonly sessions: number; readonly file: string | number }): string;
  exportIsDatabase(v: { readonly file: string | number }): string;
  exportUnwritable(v: { readonly file: string | number; readonly detail: string | number }): string;
  reportNoSuchFile(v: { readonly file: string | number }): string;
  reportFolder(v: { readonly file: string | number }): string;
  reportTooLarge(v: { readonly file: string | number; readonly mib: string | number }): string;
  reportUnreadable(v: { readonly file: string | number; readonly detail: string | number }): string;
  reportNotJson(v: { readonly file: string | number; readonly detail: string | number }): string;
  reportNotExport(v: { readonly file: string | number; readonly problem: string | number }): string;
  reportTitle(v: { readonly trainees: number; readonly sessions: number }): string;
  readonly reportTrainee: string;
  readonly reportSessions: string;
  readonly reportAverage: string;
  readonly reportFaults: string;
  readonly reportEmpty: string;
  readonly colon: string;
  readonly listSeparator: string;
}


/** The words of progress, history, review, export and report. */
export const progressMessages: Catalog<ProgressText> = {
  zh: {
    practice: '练习',
    exam: '考试',
    scripted: '脚本',
    abandoned: '未完成',
    historyEmpty: (v) => `${v.trainee} 还没有练习记录：用 kefu play 开始第一次练习。`,
    historyTitle: (v) => `${v.trainee} 的练习记录`,
    historyLimit: (v) => `--limit 要一个整数，不是“${v.limit}”`,
    colId: '编号',
    colWhen: '时间',
    colScenario: '情景',
    colMode: '模式',
    colResult: '结果',
    turnCount: (v) => `${v.n} 轮`,
    noSuchSession: (v) => `没有编号为 ${v.id} 的练习；kefu history 列出全部编号`,
    reviewBadId: (v) => `练习编号是 kefu history 列出的数字，不是“${v.given}”`,
    reviewOtherTrainee: (v) => `练习 #${v.id} 是 ${v.owner} 的，不是 ${v.trainee} 的；kefu history --trainee ${v.trainee} 列出 ${v.trainee} 的练习`,
    reviewTitle: (v) => `练习 #${v.id}：${v.title}`,
    reviewReply: (v) => `你的回答：${v.n}. ${v.reply}`,
    reviewUnfinished: (v) => `没有练完：第 ${v.n} 轮后中止`,
    reviewStopped: (v) => `，${v.when} 中止`,
    reviewKilled: '（进程被直接结束，没有留下结束时间）',
    reviewChanged: (v) => `注意：情景文件 ${v.file} 在这次练习之后改过；下面是当时练习的内容。`,
    reviewMissing: (v) => `注意：情景文件 ${v.file} 已不在；下面是当时练习的内容。`,
    progressTitle: (v) => `${v.trainee} 的进度`,
    progressEmpty: (v) => `${v.trainee} 还没有练习记录。`,
    sessionsLine: (v) => `${v.total} 次练习（${v.completed} 次完成，${v.abandoned} 次未完成）· 练过 ${v.scenarios} 个情景`,
    scenariosTitle: '情景',
    best: '最高',
    last: '最近',
    played: '次数',
    methodsTitle: '按顺序做到每一步的比例',
    methodSessions: (v) => `${v.n} 次`,
    faultsTitle: '最常见的失误',
    noFaults: '没有失误',
    faultTimes: (v) => `${v.n} 次`,
    trendTitle: '得分走势',
    trendNone: '还没有完成的练习',
    quizDue: (v) => `测验复习：${v.due} 题到期 · kefu quiz --due`,
    quizNextDue: (v) => `测验复习：暂无到期题目，下一题 ${v.when} 到期`,
    quizNothing: '测验复习：还没有答过题 · kefu quiz',
    weakest: (v) => `最弱的一步：${v.step}（${v.share} 按顺序做到）· 最难应对：${v.personality}客户（平均 ${v.average} 分）`,
    nextPractise: (v) => `下一步：练习 ${v.id}（${v.title}）：它考核「${v.step}」，客户是${v.personality}`,
    nextNoScenario: (v) => `下一步：多练「${v.step}」；自带的情景里没有考核它的`,
    nextFirst: (v) => `还没有完成的练习：从最简单的 ${v.id}（${v.title}）开始`,
    nextNothing: '还没有完成的练习，也没有自带的情景可推荐',
    exported: (v) => `已导出 ${v.sessions} 次练习、${v.answers} 道答题到 ${v.file}`,
    exportedCsv: (v) => `已导出 ${v.sessions} 次练习到 ${v.file}`,
    exportIsDatabase: (v) => `--out ${v.file} 就是 kefu 的数据库：请把导出写到别的文件`,
    exportUnwritable: (v) => `无法写入 ${v.file}：${v.detail}`,
    reportNoSuchFile: (v) => `没有这个文件：${v.file}`,
    reportFolder: (v) => `${v.file} 是文件夹：请给出导出文件本身`,
    reportTooLarge: (v) => `${v.file}：超过 ${v.mib} MiB，不是 kefu 导出的文件`,
    reportUnreadable: (v) => `无法读取 ${v.file}：${v.detail}`,
    reportNotJson: (v) => `${v.file}：不是有效的 JSON（${v.detail}）；请给出 kefu export 写出的文件`,
    reportNotExport: (v) => `${v.file}：${v.problem}；请给出 kefu export 写出的文件`,
    reportTitle: (v) => `${v.trainees} 位学员 · ${v.sessions} 次练习`,
    reportTrainee: '学员',
    reportSessions: '练习',
    reportAverage: '平均分',
    reportFaults: '最常见的失误',
    reportEmpty: '这些导出文件里没有练习记录。',
    colon: '：',
    listSeparator: '、',
  },
  en: {
    practice: 'practice',
    exam: 'exam',
    scripted: 'scripted',
    abandoned: 'not finished',
    historyEmpty: (v) => `No sessions recorded for ${v.trainee} yet: play one with kefu play.`,
    historyTitle: (v) => `Sessions of ${v.trainee}`,
    historyLimit: (v) => `--limit takes a whole number, not '${v.limit}'`,
    colId: 'id',
    colWhen: 'when',
    colScenario: 'scenario',
    colMode: 'mode',
    colResult: 'result',
    turnCount: (v) => `${v.n} ${plural('en', v.n, { one: 'turn', other: 'turns' })}`,
    noSuchSession: (v) => `there is no session ${v.id}; kefu history lists them`,
    reviewBadId: (v) => `a session id is a number as kefu history shows it, not '${v.given}'`,
    reviewOtherTrainee: (v) => `session #${v.id} is ${v.owner}'s, not ${v.trainee}'s; kefu history --trainee ${v.trainee} lists ${v.trainee}'s sessions`,
    reviewTitle: (v) => `Session #${v.id}: ${v.title}`,
    reviewReply: (v) => `your reply: ${v.n}. ${v.reply}`,
    reviewUnfinished: (v) => `Not finished: stopped after turn ${v.n}`,
    reviewStopped: (v) => `, at ${v.when}`,
    reviewKilled: ' (the process was ended without a word, so there is no end time)',
    reviewChanged: (v) => `warning: the scenario file ${v.file} has changed since this session; the transcript shows it as it was played.`,
    reviewMissing: (v) => `warning: the scenario file ${v.file} is no longer there; the transcript shows the session as it was played.`,
    progressTitle: (v) => `Progress of ${v.trainee}`,
    progressEmpty: (v) => `No sessions recorded for ${v.trainee} yet.`,
    sessionsLine: (v) => `${v.total} ${plural('en', v.total, { one: 'session', other: 'sessions' })} (${v.completed} completed, ${v.abandoned} not finished) · ${v.scenarios} ${plural('en', v.scenarios, { one: 'scenario', other: 'scenarios' })} tried`,
    scenariosTitle: 'Scenarios',
    best: 'best',
    last: 'last',
    played: 'played',
    methodsTitle: 'Steps performed in order',
    methodSessions: (v) => `${v.n} ${plural('en', v.n, { one: 'session', other: 'sessions' })}`,
    faultsTitle: 'Most frequent faults',
    noFaults: 'no faults',
    faultTimes: (v) => `${v.n}×`,
    trendTitle: 'Score trend',
    trendNone: 'no completed session yet',
    quizDue: (v) => `Quiz review: ${v.due} ${plural('en', v.due, { one: 'question', other: 'questions' })} due · kefu quiz --due`,
    quizNextDue: (v) => `Quiz review: nothing due; the next question is due ${v.when}`,
    quizNothing: 'Quiz review: no question answered yet · kefu quiz',
    weakest: (v) => `Weakest step: ${v.step} (${v.share} in order) · hardest customers: ${v.personality} (average ${v.average})`,
    nextPractise: (v) => `Next: practise ${v.id} (${v.title}): it grades ${v.step}, with a customer of the ${v.personality} type`,
    nextNoScenario: (v) => `Next: work on ${v.step}; no bundled scenario grades it`,
    nextFirst: (v) => `No completed session yet: start with ${v.id} (${v.title}), the easiest`,
    nextNothing: 'No completed session yet, and no bundled scenario to suggest',
    exported: (v) => `Exported ${v.sessions} ${plural('en', v.sessions, { one: 'session', other: 'sessions' })} and ${v.answers} quiz ${plural('en', v.answers, { one: 'answer', other: 'answers' })} to ${v.file}`,
    exportedCsv: (v) => `Exported ${v.sessions} ${plural('en', v.sessions, { one: 'session', other: 'sessions' })} to ${v.file}`,
    exportIsDatabase: (v) => `--out ${v.file} is kefu's database itself: write the export somewhere else`,
    exportUnwritable: (v) => `cannot write ${v.file}: ${v.detail}`,
    reportNoSuchFile: (v) => `no such file: ${v.file}`,
    reportFolder: (v) => `${v.file} is a folder: give the export files themselves`,
    reportTooLarge: (v) => `${v.file}: larger than ${v.mib} MiB, not a kefu export`,
    reportUnreadable: (v) => `cannot read ${v.file}: ${v.detail}`,
    reportNotJson: (v) => `${v.file}: not valid JSON (${v.detail}); give the file kefu export wrote`,
    reportNotExport: (v) => `${v.file}: ${v.problem}; give the file kefu export wrote`,
    reportTitle: (v) => `${v.trainees} ${plural('en', v.trainees, { one: 'trainee', other: 'trainees' })} · ${v.sessions} ${plural('en', v.sessions, { one: 'session', other: 'sessions' })}`,
    reportTrainee: 'trainee',
    reportSessions: 'sessions',
    reportAverage: 'average',
    reportFaults: 'Most frequent faults',
    reportEmpty: 'No sessions in these exports.',
    colon: ': ',
    listSeparator: ', ',
  },
};
