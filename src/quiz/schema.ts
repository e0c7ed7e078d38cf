import { z } from 'zod';
import { idSchema } from '../model/schema.js';

/**
 * The quiz file format, the one source of truth for `scenarios/quizzes/*.yaml`: the types are
 * inferred from these schemas, the loader checks files against them and `kefu schema --quiz`
 * prints them as JSON Schema. Rules a schema cannot say (an answer index within the options,
 * enough items, unique ids) are the quiz checks in `checks/`.
 */

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'order', 'match', 'text', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const text = (description: string): z.ZodString => z.string().min(1).meta({ description });

const position = z.number().int().min(1).meta({ description: '1-based position in the list, as authored' });

/** Fields every question has. */
const common = {
  id: idSchema.meta({ description: 'kebab-case, unique across all quiz files: progress is stored under it' }),
  prompt: text('the question as the trainee sees it'),
  explain: text('why the answer is right, shown after answering').optional(),
  source: text('where the fact comes from, e.g. a seed file name').optional(),
  tags: z.array(idSchema).meta({ description: 'kebab-case topics, for --tag and the per-tag breakdown' }).optional(),
};

export const singleQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('single'),
    options: z.array(text('an option')).meta({ description: 'the options, shown in this order' }),
    answer: position.meta({ description: 'the 1-based number of the right option' }),
  })
  .meta({ title: 'single choice', description: 'exactly one option is right' });

export const multipleQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('multiple'),
    options: z.array(text('an option')).meta({ description: 'the options, shown in this order' }),
    answer: z.array(position).min(1).meta({ description: 'the 1-based numbers of every right option' }),
  })
  .meta({ title: 'multiple choice', description: 'one or more options are right; partial credit' });

export const trueFalseQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('true-false'),
    answer: z.boolean().meta({ description: 'true when the statement in the prompt holds' }),
  })
  .meta({ title: 'true or false' });

export const orderQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('order'),
    items: z.array(text('an item')).meta({ description: 'the items in the right order (shown shuffled)' }),
  })
  .meta({ title: 'put in order', description: 'partial credit for items in the right relative order' });

export const matchPairSchema = z.strictObject({
  left: text('the item on the left, shown in authored order'),
  right: text('the item it matches, shown shuffled'),
});
export type MatchPair = z.infer<typeof matchPairSchema>;

export const matchQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('match'),
    pairs: z.array(matchPairSchema).meta({ description: 'the right pairs' }),
  })
  .meta({ title: 'match pairs', description: 'partial credit per right pair' });

export const textQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('text'),
    answers: z
      .array(text('an accepted answer'))
      .min(1)
      .meta({ description: 'accepted answers, compared after trimming and folding width, case, spaces and trailing punctuation' }),
  })
  .meta({ title: 'short text answer' });

export const numberQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('number'),
    answer: z.number().meta({ description: 'the right number (a plain number: units such as % or 倍 are accepted in answers)' }),
    tolerance: z.number().min(0).meta({ description: 'how far an answer may be from `answer` and still count (default 0)' }).optional(),
  })
  .meta({ title: 'number answer' });

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  orderQuestionSchema,
  matchQuestionSchema,
  textQuestionSchema,
  numberQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const quizSchema = z
  .strictObject({
    id: idSchema.meta({ description: 'kebab-case, equal to the file name without .yaml' }),
    title: text('shown in the quiz picker and on the end screen'),
    description: text('one or two sentences on what the quiz covers').optional(),
    locale: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a locale tag such as zh-CN' }),
    questions: z.array(questionSchema).min(1).meta({ description: 'the questions, in authored order' }),
  })
  .meta({ title: 'kefu quiz', description: 'A bank of questions for `kefu quiz`.' });
export type Quiz = z.infer<typeof quizSchema>;

