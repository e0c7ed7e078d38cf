import { answerRange } from './answer-range.js';
import type { QuizCheck } from './quiz-check.js';
import { duplicateItem } from './duplicate-item.js';
import { duplicateQuestionId } from './duplicate-question-id.js';
import { emptyAnswer } from './empty-answer.js';
import { quizIdMismatch } from './id-mismatch.js';
import { tooFewItems } from './too-few-items.js';

/** Every quiz check, run in this order on each quiz file that has the right shape. */
export const quizChecks: readonly QuizCheck[] = [answerRange, tooFewItems, duplicateItem, emptyAnswer, duplicateQuestionId, quizIdMismatch];
