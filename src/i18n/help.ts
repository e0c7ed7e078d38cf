import type { Catalog } from './lang.js';

/** What `kefu --help` and each command's help say, and the words of commander's own errors. */
export interface HelpText {
  readonly program: string;
  readonly version: string;
  readonly help: string;
  readonly helpCommand: string;
  readonly lang: string;
  readonly usage: string;
  readonly arguments: string;
  readonly options: string;
  readonly commands: string;
  readonly defaultIs: string;
  readonly choicesAre: string;
  readonly dataDir: string;
  readonly trainee: string;
  readonly noSave: string;
  readonly json: string;
  readonly play: string;
  readonly playScenario: string;
  readonly playAnswers: string;
  readonly playJson: string;
  readonly playExam: string;
  readonly playSeed: string;
  readonly playFast: string;
  readonly list: string;
  readonly validate: string;
  readonly validatePaths: string;
  readonly validateFormat: string;
  readonly validateStrict: string;
  readonly validateStats: string;
  readonly schema: string;
  readonly schemaMethod: string;
  readonly schemaFaults: string;
  readonly schemaPersonalities: string;
  readonly schemaQuiz: string;
  readonly quiz: string;
  readonly quizId: string;
  readonly quizGenerated: string;
  readonly quizAll: string;
  readonly quizDue: string;
  readonly quizCount: string;
  readonly quizTag: string;
  readonly quizSeed: string;
  readonly quizExam: string;
  readonly quizAnswer: string;
  readonly quizJson: string;
  readonly quizAnswerForms: string;
  readonly progress: string;
  readonly history: string;
  readonly historyLimit: string;
  readonly review: string;
  readonly reviewSession: string;
  readonly reviewJson: string;
  readonly reviewTrainee: string;
  readonly export: string;
  readonly exportFormat: string;
  readonly exportOut: string;
  readonly exportAll: string;
  readonly report: string;
  readonly reportFiles: string;
}

export const helpMessages: Catalog<HelpText> = {
  zh: {
    program: '客服情景演练与测验：对着难缠的客户练习，按服务方法逐句打分。',
    version: '显示版本号',
    help: '显示帮助',
    helpCommand: '显示某个命令的帮助',
    lang: '界面语言（默认看 LANG）',
    usage: '用法：',
    arguments: '参数：',
    options: '选项：',
    commands: '命令：',
    defaultIs: '默认',
    choicesAre: '可选',
    dataDir: '练习记录存放的文件夹（默认 KEFU_HOME，否则用系统的数据文件夹）',
    trainee: '谁的记录（默认 KEFU_TRAINEE，否则用你的用户名）',
    noSave: '这次不做任何记录',
    json: '输出 JSON',
    play: '演练一个情景（不指定时先选一个）',
    playScenario: '内置情景的 id，或情景文件的路径',
    playAnswers: '脚本练习：按编写顺序的回复编号（从 1 数起），例如 2,1,3（不提问）',
    playJson: '与 --answers 一起用：把结果输出为一个 JSON 对象',
    playExam: '考试模式：打乱回复顺序，点评留到最后',
    playSeed: '与 --exam 一起用：让打乱的顺序可以重现',
    playFast: '不显示“正在输入”的停顿',
    list: '按客户类型列出内置情景',
    validate: '检查情景、方法、失误、客户类型和题库文件',
    validatePaths: '要检查的文件或文件夹（在文件夹里找 *.yaml、*.yml）',
    validateFormat: '输出格式',
    validateStrict: '把警告也当作错误',
    validateStats: '加上每个情景的数字：节点、抉择、结局、路径、最高和最低分',
    schema: '输出一种文件格式的 JSON Schema（不加选项时是情景的）',
    schemaMethod: '方法文件（methods/*.yaml）的 schema',
    schemaFaults: 'faults.yaml 的 schema',
    schemaPersonalities: 'personalities.yaml 的 schema',
    schemaQuiz: '题库文件（quizzes/*.yaml）的 schema',
    quiz: '回答关于服务方法、客户类型和案例的题目（不指定时先选一套）',
    quizId: '内置题库的 id，或题库文件的路径',
    quizGenerated: '由方法、客户类型和情景生成的题目',
    quizAll: '所有内置题库加上生成的题目',
    quizDue: '到期该复习的题，最近到期的在前（不指定题库时从所有内置题库和生成的题目里找）',
    quizCount: '最多出 n 道题',
    quizTag: '只出带这个标签的题（可以重复）',
    quizSeed: '可重现的打乱顺序（题目，以及生成题的选项）',
    quizExam: '考试模式：正确答案和讲解留到最后',
    quizAnswer: '脚本答题：每题一个，按顺序（不提问）；见 kefu quiz --help',
    quizJson: '与 --answer 一起用：把结果输出为一个 JSON 对象',
    quizAnswerForms: `
脚本答案（--answer，每题一个，编号按编写顺序）：
  single      一个选项编号：2
  multiple    用逗号隔开的选项编号：1,3
  true-false  true 或 false（也可以写 对 / 错）
  order       按你排的顺序写项目编号（正确答案是 1,2,3,…）：2,1,3
  match       左右编号配对：1-2,2-1,3-3
  text        答案文字
  number      数字（全角数字和 % 、倍 之类的单位都可以）`,
    progress: '你的进度：总漏掉的步骤、常犯的失误、得分走势、下一个该练什么',
    history: '你的练习记录，最近的在前',
    historyLimit: '最多显示 n 次（0：全部）',
    review: '回看一次练习的全过程和每句的点评',
    reviewSession: '练习的编号，见 kefu history',
    reviewJson: '把这次练习的记录输出为 JSON',
    reviewTrainee: '只看这个学员的练习（默认任何练习都能看）',
    export: '导出练习记录给培训师：练习和答题记录为 JSON，或练习为 CSV',
    exportFormat: 'json：全部内容，供 kefu report 用；csv：每次练习一行，供电子表格用',
    exportOut: '写到这个文件，而不是标准输出',
    exportAll: '这个数据文件夹里的所有学员，不只是你',
    report: '把几名学员的导出文件汇总成一张表：步骤掌握、平均分、常犯的失误',
    reportFiles: 'kefu export 写出的文件（JSON 或 CSV）',
  },
  en: {
    program: 'Role-play and quiz trainer for customer-service staff.',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    lang: "the interface's language (default: from LANG)",
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    commands: 'Commands:',
    defaultIs: 'default',
    choicesAre: 'choices',
    dataDir: 'where the history is kept (default: KEFU_HOME, else the platform data folder)',
    trainee: 'whose history (default: KEFU_TRAINEE, else your user name)',
    noSave: 'record nothing of this run',
    json: 'print JSON',
    play: 'play a scenario (a picker when none is given)',
    playScenario: 'a bundled scenario id or a path to a scenario file',
    playAnswers: 'scripted play: 1-based reply numbers as authored, e.g. 2,1,3 (no prompts)',
    playJson: 'with --answers: print the result as one JSON object',
    playExam: 'exam mode: shuffle the replies and keep feedback for the end',
    playSeed: 'with --exam: make the shuffled order repeatable',
    playFast: 'no typing pauses',
    list: 'list the bundled scenarios by personality type',
    validate: 'check scenarios, methods, faults, personalities and quizzes',
    validatePaths: 'files or folders to check (folders are searched for *.yaml, *.yml)',
    validateFormat: 'output format',
    validateStrict: 'treat warnings as errors',
    validateStats: 'add per-scenario figures: nodes, decisions, endings, paths, best and worst score',
    schema: "print a format's JSON Schema (the scenario's unless a flag says otherwise)",
    schemaMethod: 'the schema of a method file (methods/*.yaml)',
    schemaFaults: 'the schema of faults.yaml',
    schemaPersonalities: 'the schema of personalities.yaml',
    schemaQuiz: 'the schema of a quiz file (quizzes/*.yaml)',
    quiz: 'answer questions on the methods, customer types and cases (a picker when none is given)',
    quizId: 'a bundled quiz id or a path to a quiz file',
    quizGenerated: 'questions generated from the methods, personalities and scenarios',
    quizAll: 'every bundled quiz and the generated questions together',
    quizDue: 'the questions due for review, the most recently due first (from every bundled quiz and the generated questions unless a quiz is given)',
    quizCount: 'ask at most n questions',
    quizTag: 'only questions with this tag (repeatable)',
    quizSeed: 'shuffle repeatably (questions, and the options of generated ones)',
    quizExam: 'exam mode: right answers and explanations only at the end',
    quizAnswer: 'scripted: one per question, in order (no prompts); see `kefu quiz --help`',
    quizJson: 'with --answer: print the result as one JSON object',
    quizAnswerForms: `
Scripted answers (--answer, one per question, numbers as authored):
  single      an option number: 2
  multiple    option numbers joined by commas: 1,3
  true-false  true or false (also 对 / 错)
  order       item numbers in your order (the right answer is 1,2,3,…): 2,1,3
  match       left-right number pairs: 1-2,2-1,3-3
  text        the text
  number      the number (full-width digits and units such as % or 倍 are fine)`,
    progress: 'how you are doing: steps you keep missing, faults, score trend, what to play next',
    history: 'your sessions, latest first',
    historyLimit: 'at most n sessions (0: all)',
    review: "replay a session's transcript with the feedback on each reply",
    reviewSession: 'the session id, as kefu history shows it',
    reviewJson: 'print the session as recorded, as JSON',
    reviewTrainee: "refuse a session that is not this trainee's (default: show any session)",
    export: 'your history for a trainer: sessions and quiz answers as JSON, or sessions as CSV',
    exportFormat: 'json: everything, for kefu report; csv: one row per session, for a spreadsheet',
    exportOut: 'write to this file instead of standard output',
    exportAll: 'every trainee in this data folder, not only you',
    report: "one table from several trainees' exports: step mastery, average score, frequent faults",
    reportFiles: 'files kefu export wrote (JSON or CSV)',
  },
};
