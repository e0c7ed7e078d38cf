import type { Messages } from './lang.js';

type Key =
  | 'practice'
  | 'exam'
  | 'scripted'
  | 'abandoned'
  | 'historyEmpty'
  | 'historyTitle'
  | 'historyLimit'
  | 'colId'
  | 'colWhen'
  | 'colScenario'
  | 'colMode'
  | 'colResult'
  | 'turnCount'
  | 'noSuchSession'
  | 'reviewBadId'
  | 'reviewOtherTrainee'
  | 'reviewTitle'
  | 'reviewReply'
  | 'reviewUnfinished'
  | 'reviewStopped'
  | 'reviewKilled'
  | 'reviewChanged'
  | 'reviewMissing'
  | 'progressTitle'
  | 'progressEmpty'
  | 'sessionsLine'
  | 'scenariosTitle'
  | 'best'
  | 'last'
  | 'played'
  | 'methodsTitle'
  | 'methodSessions'
  | 'faultsTitle'
  | 'noFaults'
  | 'faultTimes'
  | 'trendTitle'
  | 'trendNone'
  | 'quizDue'
  | 'quizNextDue'
  | 'quizNothing'
  | 'weakest'
  | 'nextPractise'
  | 'nextNoScenario'
  | 'nextFirst'
  | 'nextNothing'
  | 'exported'
  | 'exportedCsv'
  | 'exportIsDatabase'
  | 'exportUnwritable'
  | 'exportExists'
  | 'exportNoSessions'
  | 'exportNoSessionsAll'
  | 'reportSkippedEmpty'
  | 'reportSkippedTwice'
  | 'reportNoSuchFile'
  | 'reportFolder'
  | 'reportTooLarge'
  | 'reportUnreadable'
  | 'reportNotJson'
  | 'reportNotExport'
  | 'reportTitle'
  | 'reportTrainee'
  | 'reportSessions'
  | 'reportAverage'
  | 'reportFaults'
  | 'reportEmpty'
  | 'colon'
  | 'listSeparator';

/** The words of progress, history, review, export and report. */
export const progressMessages: Messages<Key> = {
  zh: {
    practice: '练习',
    exam: '考试',
    scripted: '脚本',
    abandoned: '未完成',
    historyEmpty: '{trainee} 还没有练习记录：用 kefu play 开始第一次练习。',
    historyTitle: '{trainee} 的练习记录',
    historyLimit: '--limit 要一个整数，不是“{limit}”',
    colId: '编号',
    colWhen: '时间',
    colScenario: '情景',
    colMode: '模式',
    colResult: '结果',
    turnCount: '{n} 轮',
    noSuchSession: '没有编号为 {id} 的练习；kefu history 列出全部编号',
    reviewBadId: '练习编号是 kefu history 列出的数字，不是“{given}”',
    reviewOtherTrainee: '练习 #{id} 是 {owner} 的，不是 {trainee} 的；kefu history --trainee {trainee} 列出 {trainee} 的练习',
    reviewTitle: '练习 #{id}：{title}',
    reviewReply: '你的回答：{n}. {reply}',
    reviewUnfinished: '没有练完：第 {n} 轮后中止',
    reviewStopped: '，{when} 中止',
    reviewKilled: '（进程被直接结束，没有留下结束时间）',
    reviewChanged: '注意：情景文件 {file} 在这次练习之后改过；下面是当时练习的内容。',
    reviewMissing: '注意：情景文件 {file} 已不在；下面是当时练习的内容。',
    progressTitle: '{trainee} 的进度',
    progressEmpty: '{trainee} 还没有练习记录。',
    sessionsLine: '{total} 次练习（{completed} 次完成，{abandoned} 次未完成）· 练过 {scenarios} 个情景',
    scenariosTitle: '情景',
    best: '最高',
    last: '最近',
    played: '次数',
    methodsTitle: '按顺序做到每一步的比例',
    methodSessions: '{n} 次',
    faultsTitle: '最常见的失误',
    noFaults: '没有失误',
    faultTimes: '{n} 次',
    trendTitle: '得分走势',
    trendNone: '还没有完成的练习',
    quizDue: '测验复习：{due} 题到期 · kefu quiz --due',
    quizNextDue: '测验复习：暂无到期题目，下一题 {when} 到期',
    quizNothing: '测验复习：还没有答过题 · kefu quiz',
    weakest: '最弱的一步：{step}（{share} 按顺序做到）· 最难应对：{personality}客户（平均 {average} 分）',
    nextPractise: '下一步：练习 {id}（{title}）：它考核「{step}」，客户是{personality}',
    nextNoScenario: '下一步：多练「{step}」；自带的情景里没有考核它的',
    nextFirst: '还没有完成的练习：从最简单的 {id}（{title}）开始',
    nextNothing: '还没有完成的练习，也没有自带的情景可推荐',
    exported: '已导出 {sessions} 次练习、{answers} 道答题到 {file}',
    exportedCsv: '已导出 {sessions} 次练习到 {file}',
    exportIsDatabase: '--out {file} 就是 kefu 的数据库：请把导出写到别的文件',
    exportUnwritable: '无法写入 {file}：{detail}',
    exportExists: '{file} 已经存在：加上 --force 覆盖它，或换一个文件名',
    exportNoSessions: '注意：{trainee} 还没有练习记录，导出的内容里没有练习（名字拼对了吗？kefu export --all 导出所有学员）',
    exportNoSessionsAll: '注意：这个数据文件夹里还没有练习记录，导出的内容里没有练习',
    reportSkippedEmpty: '注意：跳过 {file}：里面没有练习记录',
    reportSkippedTwice: '注意：跳过 {file}：这个文件前面已经给过了',
    reportNoSuchFile: '没有这个文件：{file}',
    reportFolder: '{file} 是文件夹：请给出导出文件本身',
    reportTooLarge: '{file}：超过 {mib} MiB，不是 kefu 导出的文件',
    reportUnreadable: '无法读取 {file}：{detail}',
    reportNotJson: '{file}：不是有效的 JSON（{detail}）；请给出 kefu export 写出的文件',
    reportNotExport: '{file}：{problem}；请给出 kefu export 写出的文件',
    reportTitle: '{trainees} 位学员 · {sessions} 次练习',
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
    historyEmpty: 'No sessions recorded for {trainee} yet: play one with kefu play.',
    historyTitle: 'Sessions of {trainee}',
    historyLimit: "--limit takes a whole number, not '{limit}'",
    colId: 'id',
    colWhen: 'when',
    colScenario: 'scenario',
    colMode: 'mode',
    colResult: 'result',
    turnCount: '{n} {n:turn|turns}',
    noSuchSession: 'there is no session {id}; kefu history lists them',
    reviewBadId: "a session id is a number as kefu history shows it, not '{given}'",
    reviewOtherTrainee: "session #{id} is {owner}'s, not {trainee}'s; kefu history --trainee {trainee} lists {trainee}'s sessions",
    reviewTitle: 'Session #{id}: {title}',
    reviewReply: 'your reply: {n}. {reply}',
    reviewUnfinished: 'Not finished: stopped after turn {n}',
    reviewStopped: ', at {when}',
    reviewKilled: ' (the process was ended without a word, so there is no end time)',
    reviewChanged: 'warning: the scenario file {file} has changed since this session; the transcript shows it as it was played.',
    reviewMissing: 'warning: the scenario file {file} is no longer there; the transcript shows the session as it was played.',
    progressTitle: 'Progress of {trainee}',
    progressEmpty: 'No sessions recorded for {trainee} yet.',
    sessionsLine: '{total} {total:session|sessions} ({completed} completed, {abandoned} not finished) · {scenarios} {scenarios:scenario|scenarios} tried',
    scenariosTitle: 'Scenarios',
    best: 'best',
    last: 'last',
    played: 'played',
    methodsTitle: 'Steps performed in order',
    methodSessions: '{n} {n:session|sessions}',
    faultsTitle: 'Most frequent faults',
    noFaults: 'no faults',
    faultTimes: '{n}×',
    trendTitle: 'Score trend',
    trendNone: 'no completed session yet',
    quizDue: 'Quiz review: {due} {due:question|questions} due · kefu quiz --due',
    quizNextDue: 'Quiz review: nothing due; the next question is due {when}',
    quizNothing: 'Quiz review: no question answered yet · kefu quiz',
    weakest: 'Weakest step: {step} ({share} in order) · hardest customers: {personality} (average {average})',
    nextPractise: 'Next: practise {id} ({title}): it grades {step}, with a customer of the {personality} type',
    nextNoScenario: 'Next: work on {step}; no bundled scenario grades it',
    nextFirst: 'No completed session yet: start with {id} ({title}), the easiest',
    nextNothing: 'No completed session yet, and no bundled scenario to suggest',
    exported: 'Exported {sessions} {sessions:session|sessions} and {answers} quiz {answers:answer|answers} to {file}',
    exportedCsv: 'Exported {sessions} {sessions:session|sessions} to {file}',
    exportIsDatabase: "--out {file} is kefu's database itself: write the export somewhere else",
    exportUnwritable: 'cannot write {file}: {detail}',
    exportExists: '{file} already exists: add --force to replace it, or choose another file',
    exportNoSessions: 'note: {trainee} has no sessions recorded, so the export holds none (is the name spelt right? kefu export --all exports every trainee)',
    exportNoSessionsAll: 'note: no sessions are recorded in this data folder, so the export holds none',
    reportSkippedEmpty: 'note: skipping {file}: it holds no sessions',
    reportSkippedTwice: 'note: skipping {file}: the same file was given before',
    reportNoSuchFile: 'no such file: {file}',
    reportFolder: '{file} is a folder: give the export files themselves',
    reportTooLarge: '{file}: larger than {mib} MiB, not a kefu export',
    reportUnreadable: 'cannot read {file}: {detail}',
    reportNotJson: '{file}: not valid JSON ({detail}); give the file kefu export wrote',
    reportNotExport: '{file}: {problem}; give the file kefu export wrote',
    reportTitle: '{trainees} {trainees:trainee|trainees} · {sessions} {sessions:session|sessions}',
    reportTrainee: 'trainee',
    reportSessions: 'sessions',
    reportAverage: 'average',
    reportFaults: 'Most frequent faults',
    reportEmpty: 'No sessions in these exports.',
    colon: ': ',
    listSeparator: ', ',
  },
};
