import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
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

export function defineQuiz(program: Command, run: Runner, h: HelpText): void {
  const command = program
    .command('quiz')
    .description(h.quiz)
    .argument('[quiz]', h.quizId)
    .option('--generated', h.quizGenerated)
    .option('--all', h.quizAll)
    .option('--due', h.quizDue)
    .option('--count <n>', h.quizCount)
    .option('--tag <tag>', h.quizTag, collect)
    .option('--seed <n>', h.quizSeed)
    .option('--exam', h.quizExam)
    .option('--answer <answer>', h.quizAnswer, collect)
    .option('--json', h.quizJson)
    .addHelpText('after', h.quizAnswerForms);
  withStoreOptions(command, h, { save: true }).action(async (quiz: string | undefined, options: QuizOptions) => {
      await run(async (ctx) => {
        const { quizCommand } = await import('../quiz.js');
        return quizCommand(ctx, quiz ? [quiz] : [], options);
      });
    });
}
