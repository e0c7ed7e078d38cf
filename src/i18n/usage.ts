import { nearest } from '../model/suggest.js';
import type { Catalog, Lang } from './lang.js';
import { listOf, plural } from './lang.js';

/** What is said when kefu is called wrongly (exit 2), or an input file cannot be used (exit 1). */
export interface UsageText {
  /** The prefix of every error line. */
  readonly error: string;
  readonly internalError: string;
  /** A sentence added after the one before it. */
  then(first: string, second: string): string;
  unknownCommand(v: { readonly word: string; readonly known: readonly string[] }): string;
  answersFormat(v: { readonly given: string }): string;
  answersTooMany(v: { readonly node: string; readonly used: number; readonly given: number }): string;
  /** More scripted answers than one play takes. */
  answersCap(v: { readonly max: number; readonly given: number }): string;
  answerOutOfRange(v: { readonly n: number; readonly answer: number; readonly node: string; readonly replies: number }): string;
  answersRanOut(v: { readonly given: number; readonly node: string; readonly replies: number }): string;
  jsonNeedsAnswers: string;
  answersNeedScenario: string;
  wholeNumber(v: { readonly flag: string; readonly given: string; readonly min: number }): string;
  notATerminalPlay: string;
  notATerminalQuiz: string;
  noSuchFile(v: { readonly file: string }): string;
  noSuchPath(v: { readonly path: string }): string;
  unknownScenario(v: { readonly given: string; readonly known: readonly string[] }): string;
  unknownQuiz(v: { readonly given: string; readonly known: readonly string[] }): string;
  invalidScenario(v: { readonly file: string }): string;
  invalidQuiz(v: { readonly file: string }): string;
  oneSchema(v: { readonly given: readonly string[] }): string;
  quizJsonNeedsAnswers: string;
  generatedOrAll: string;
  idWithPool(v: { readonly flag: string }): string;
  dueWithoutSaving: string;
  answersNeedQuestions: string;
  answerCount(v: { readonly given: number; readonly questions: number; readonly ids: string }): string;
  answerMisfit(v: { readonly n: number; readonly given: string; readonly question: string; readonly type: string; readonly form: string }): string;
  unknownTag(v: { readonly quiz: string; readonly tag: string; readonly known: readonly string[] }): string;
  noQuestions(v: { readonly quiz: string }): string;
  unknownOption(v: { readonly flag: string; readonly near?: string }): string;
  missingArgument(v: { readonly name: string }): string;
  optionMissingValue(v: { readonly flags: string }): string;
  invalidChoice(v: { readonly flags: string; readonly given: string; readonly choices: string }): string;
  tooManyArguments(v: { readonly command?: string; readonly expected: number; readonly got: number }): string;
  requiredOption(v: { readonly flags: string }): string;
}

/** The names to offer for a name that matched none: the nearest, or all of them when none is near. */
function offer(lang: Lang, given: string, known: readonly string[]): string {
  const near = nearest(given, known);
  const quote = (ids: readonly string[]): string[] => ids.map((id) => (lang === 'zh' ? `「${id}」` : `'${id}'`));
  if (near.length > 0) return lang === 'zh' ? `（是不是 ${listOf(lang, quote(near), 'disjunction')}？）` : ` (did you mean ${listOf(lang, quote(near), 'disjunction')}?)`;
  if (known.length === 0) return '';
  const shown = known.length <= 12 ? known : [...known.slice(0, 10), lang === 'zh' ? `另 ${known.length - 10} 个` : `${known.length - 10} more`];
  return lang === 'zh' ? `；可用的有：${listOf(lang, shown, 'unit')}` : `; the known ones are ${listOf(lang, shown, 'unit')}`;
}

/**
 * Commander's own error, read back from its English message into the usage messages, so it can
 * be said in either language; a message of a form not known here is kept as commander wrote it.
 */
export function commanderWords(code: string, message: string): (m: UsageText) => string {
  const text = message.replace(/^error: /, '').trim();
  const near = /\(Did you mean (.+?)\?\)$/.exec(text)?.[1];
  const match = (re: RegExp): RegExpExecArray | null => re.exec(text);
  let m: RegExpExecArray | null;
  if (code === 'commander.unknownOption' && (m = match(/^unknown option '(.+?)'/))) {
    const flag = m[1]!;
    return (t) => t.unknownOption({ flag, ...(near !== undefined ? { near } : {}) });
  }
  if (code === 'commander.missingArgument' && (m = match(/^missing required argument '(.+)'$/))) {
    const name = m[1]!;
    return (t) => t.missingArgument({ name });
  }
  if (code === 'commander.optionMissingArgument' && (m = match(/^option '(.+)' argument missing$/))) {
    const flags = m[1]!;
    return (t) => t.optionMissingValue({ flags });
  }
  if (code === 'commander.invalidArgument' && (m = match(/^option '(.+?)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/s))) {
    const [flags, given, choices] = [m[1]!, m[2]!, m[3]!];
    return (t) => t.invalidChoice({ flags, given, choices });
  }
  if (code === 'commander.excessArguments' && (m = match(/^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/))) {
    const [command, expected, got] = [m[1], Number(m[2]), Number(m[3])];
    return (t) => t.tooManyArguments({ ...(command !== undefined ? { command } : {}), expected, got });
  }
  if (code === 'commander.missingMandatoryOptionValue' && (m = match(/^required option '(.+)' not specified$/))) {
    const flags = m[1]!;
    return (t) => t.requiredOption({ flags });
  }
  return () => text;
}

export const usageMessages: Catalog<UsageText> = {
  zh: {
    error: '错误：',
    internalError: '内部错误：',
    then: (first, second) => `${first}${second}`,
    unknownCommand: (v) => `没有「${v.word}」这个命令${offer('zh', v.word, v.known)}；kefu --help 列出所有命令`,
    answersFormat: (v) => `--answers 要用逗号隔开的回复编号（从 1 数起），例如 2,1,3（收到的是「${v.given}」）`,
    answersTooMany: (v) => `答案多了：给了 ${v.given} 个，对话在第 ${v.used} 个之后就在「${v.node}」结束了`,
    answersCap: (v) => `--answers 最多 ${v.max} 个回复编号，收到了 ${v.given} 个`,
    answerOutOfRange: (v) => `第 ${v.n} 个答案是 ${v.answer}，但节点「${v.node}」只有 ${v.replies} 个回复（1–${v.replies}）`,
    answersRanOut: (v) => `${v.given} 个答案用完时停在节点「${v.node}」，它有 ${v.replies} 个回复：请补上答案，直到对话结束`,
    jsonNeedsAnswers: '--json 要和 --answers 一起用（脚本练习）',
    answersNeedScenario: '--answers 要指定情景：kefu play <id> --answers 1,2,…',
    wholeNumber: (v) => `${v.flag} 要一个${v.min > 0 ? `不小于 ${v.min} 的` : ''}整数，不能是「${v.given}」`,
    notATerminalPlay: '标准输入不是终端：请用 --answers 1,2,… 不经提问来练习',
    notATerminalQuiz: '标准输入不是终端：请用 --answer …（每题一个）不经提问来答题',
    noSuchFile: (v) => `没有这个文件：${v.file}`,
    noSuchPath: (v) => `没有这个文件或文件夹：${v.path}`,
    unknownScenario: (v) => `没有「${v.given}」这个情景${offer('zh', v.given, v.known)}；kefu list 列出所有情景`,
    unknownQuiz: (v) => `没有「${v.given}」这套题${offer('zh', v.given, v.known)}；也可以用 --generated 或 --all`,
    invalidScenario: (v) => `${v.file} 不是有效的情景`,
    invalidQuiz: (v) => `${v.file} 不是有效的题库`,
    oneSchema: (v) => `一次只能选一种格式（给了 ${listOf('zh', v.given, 'unit')}）`,
    quizJsonNeedsAnswers: '--json 要和 --answer 一起用（脚本答题）：每题一个 --answer',
    generatedOrAll: '--generated 和 --all 只能选一个',
    idWithPool: (v) => `题库 id 不能和 ${v.flag} 一起用`,
    dueWithoutSaving: '--due 要读取你以前的作答记录：不能和 --no-save 一起用',
    answersNeedQuestions: '--answer 要指定题目：kefu quiz <id> --answer …，或者 --generated / --all / --due',
    answerCount: (v) => `给了 ${v.given} 个答案，但有 ${v.questions} 道题：请按顺序每题给一个 --answer（${v.ids}）`,
    answerMisfit: (v) => `第 ${v.n} 个答案（「${v.given}」）不符合题目「${v.question}」（${v.type}）：它要的是 ${v.form}`,
    unknownTag: (v) => `「${v.quiz}」里没有带「${v.tag}」标签的题${offer('zh', v.tag, v.known)}`,
    noQuestions: (v) => `「${v.quiz}」里没有可以出的题`,
    unknownOption: (v) => `没有「${v.flag}」这个选项${v.near ? `（是不是 ${v.near}？）` : ''}`,
    missingArgument: (v) => `缺少参数「${v.name}」`,
    optionMissingValue: (v) => `选项「${v.flags}」后面要跟一个值`,
    invalidChoice: (v) => `选项「${v.flags}」的值「${v.given}」无效，可选：${v.choices}`,
    tooManyArguments: (v) => `${v.command ? `「${v.command}」的` : ''}参数太多：应有 ${v.expected} 个，收到 ${v.got} 个`,
    requiredOption: (v) => `缺少必需的选项「${v.flags}」`,
  },
  en: {
    error: 'error: ',
    internalError: 'internal error: ',
    then: (first, second) => `${first} ${second}`,
    unknownCommand: (v) => `unknown command '${v.word}'${offer('en', v.word, v.known)}; \`kefu --help\` lists them`,
    answersFormat: (v) => `--answers takes 1-based reply numbers separated by commas, e.g. 2,1,3 (got '${v.given}')`,
    answersTooMany: (v) => `too many answers: the conversation ended at '${v.node}' after ${v.used} of the ${v.given} given`,
    answersCap: (v) => `--answers takes at most ${v.max.toLocaleString('en')} replies; ${v.given.toLocaleString('en')} were given`,
    answerOutOfRange: (v) => `answer ${v.n} is ${v.answer}, but node '${v.node}' has ${v.replies} ${plural('en', v.replies, { one: 'reply', other: 'replies' })} (1–${v.replies})`,
    answersRanOut: (v) => `the answers ran out after ${v.given} ${plural('en', v.given, { one: 'reply', other: 'replies' })} at node '${v.node}', which has ${v.replies} ${plural('en', v.replies, { one: 'reply', other: 'replies' })}; add answers until an ending is reached`,
    jsonNeedsAnswers: '--json needs --answers (scripted play)',
    answersNeedScenario: '--answers needs a scenario: kefu play <id> --answers 1,2,…',
    wholeNumber: (v) => `${v.flag} takes a whole number${v.min > 0 ? ` of at least ${v.min}` : ''}, not '${v.given}'`,
    notATerminalPlay: 'standard input is not a terminal: use --answers 1,2,… to play without prompts',
    notATerminalQuiz: 'standard input is not a terminal: use --answer … (one per question) to answer without prompts',
    noSuchFile: (v) => `no such file: ${v.file}`,
    noSuchPath: (v) => `no such file or folder: ${v.path}`,
    unknownScenario: (v) => `unknown scenario '${v.given}'${offer('en', v.given, v.known)}; \`kefu list\` shows them all`,
    unknownQuiz: (v) => `unknown quiz '${v.given}'${offer('en', v.given, v.known)}; or use --generated or --all`,
    invalidScenario: (v) => `${v.file} is not a valid scenario`,
    invalidQuiz: (v) => `${v.file} is not a valid quiz`,
    oneSchema: (v) => `choose one schema at a time (${listOf('en', v.given, 'unit')} given)`,
    quizJsonNeedsAnswers: '--json needs --answer (scripted quiz): one --answer per question',
    generatedOrAll: 'choose --generated or --all, not both',
    idWithPool: (v) => `a quiz id and ${v.flag} cannot be combined`,
    dueWithoutSaving: '--due reads what you answered before: it cannot be combined with --no-save',
    answersNeedQuestions: '--answer needs the questions to answer: kefu quiz <id> --answer …, or --generated / --all / --due',
    answerCount: (v) =>
      `${v.given} ${plural('en', v.given, { one: 'answer', other: 'answers' })} given for ${v.questions} ${plural('en', v.questions, { one: 'question', other: 'questions' })}: give one --answer per question, in order (${v.ids})`,
    answerMisfit: (v) => `answer ${v.n} ('${v.given}') does not fit question '${v.question}' (${v.type}): it takes ${v.form}`,
    unknownTag: (v) => `no question in '${v.quiz}' has the tag '${v.tag}'${offer('en', v.tag, v.known)}`,
    noQuestions: (v) => `no questions to ask in '${v.quiz}'`,
    unknownOption: (v) => `unknown option '${v.flag}'${v.near ? ` (did you mean ${v.near}?)` : ''}`,
    missingArgument: (v) => `missing required argument '${v.name}'`,
    optionMissingValue: (v) => `option '${v.flags}' argument missing`,
    invalidChoice: (v) => `option '${v.flags}' argument '${v.given}' is invalid. Allowed choices are ${v.choices}.`,
    tooManyArguments: (v) =>
      `too many arguments${v.command ? ` for '${v.command}'` : ''}. Expected ${v.expected} ${plural('en', v.expected, { one: 'argument', other: 'arguments' })} but got ${v.got}.`,
    requiredOption: (v) => `required option '${v.flags}' not specified`,
  },
};
