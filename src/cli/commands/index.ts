import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';
import { defineExport } from './export.js';
import { defineHistory } from './history.js';
import { defineList } from './list.js';
import { definePlay } from './play.js';
import { defineProgress } from './progress.js';
import { defineQuiz } from './quiz.js';
import { defineReport } from './report.js';
import { defineReview } from './review.js';
import { defineSchema } from './schema.js';
import { defineValidate } from './validate.js';


/**
 * Each entry declares one command's name, arguments and options and imports its
 * implementation only when the command runs, so `kefu --version` stays light.
 */
export const commands: readonly ((program: Command, run: Runner, help: HelpText) => void)[] = [
  definePlay,
  defineList,
  defineValidate,
  defineSchema,
  defineQuiz,
  defineProgress,
  defineHistory,
  defineReview,
  defineExport,
  defineReport,
];
