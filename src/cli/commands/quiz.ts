import type { Command } from 'commander';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface QuizOptions extends StoreOptions {
  answer?: string[];
  json?: boolean;
  exam?: boolean;
  seed?: string;
  count?: string;
  tag?: string[];
  generated?: boolean;
  all?: boolean;
  due?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function defineQuiz(program: Command, run: Runner): void {
  const command = program
    .command('quiz')
    .description('answer questions on the methods, customer types and cases (a picker when none is given) / 知识测验')
    .argument('[quiz]', 'a bundled quiz id or a path to a quiz file')
    .option('--generated', 'questions generated from the methods, personalities and scenarios')
    .option('--all', 'every bundled quiz and the generated questions together')
    .option('--due', 'the questions due for review, the most recently due first (from every bundled quiz and the generated questions unless a quiz is given)')
    .option('--count <n>', 'ask at most n questions')
    .option('--tag <tag>', 'only questions with this tag (repeatable)', collect)
    .option('--seed <n>', 'shuffle repeatably (questions, and the options of generated ones)')
    .option('--exam', 'exam mode: right answers and explanations only at the end')
    .option('--answer <answer>', 'scripted: one per question, in order (no prompts); see `kefu quiz --help`', collect)
    .option('--json', 'with --answer: print the result as one JSON object')
    .addHelpText(
      'after',
      `
Scripted answers (--answer, one per question, numbers as authored):
  single      an option number: 2
  multiple    option numbers joined by commas: 1,3
  true-false  true or false (also 对 / 错)
  order       item numbers in your order (the right answer is 1,2,3,…): 2,1,3
  match       left-right number pairs: 1-2,2-1,3-3
  text        the text
  number      the number (full-width digits and units such as % or 倍 are fine)`,
    );
  withStoreOptions(command, { save: true }).action(async (quiz: string | undefined, options: QuizOptions) => {
      await run(async (ctx) => {
        const { quizCommand } = await import('../quiz.js');
        return quizCommand(ctx, quiz ? [quiz] : [], options);
      });
    });
}
