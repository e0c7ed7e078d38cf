import { z } from 'zod';

/**
 * The one source of truth for kefu's file formats: the TypeScript types are inferred from
 * these schemas, `kefu validate` checks files against them, and `kefu schema` prints them as
 * JSON Schema for editors. Cross-file rules (does a step exist, does a node exist) are checks,
 * not schema: they need the other files.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'must be kebab-case: lower-case letters, digits and single hyphens' })
  .meta({ description: 'kebab-case identifier' });

const text = (description: string): z.ZodString => z.string().min(1).meta({ description });

export const OUTCOMES = ['satisfied', 'neutral', 'lost', 'escalated'] as const;
export const outcomeSchema = z.enum(OUTCOMES).meta({ description: 'how the conversation ended' });
export type Outcome = z.infer<typeof outcomeSchema>;

export const moodSchema = z.number().int().min(0).max(100).meta({ description: 'mood: 0 (furious) .. 100 (delighted)' });

export const branchSchema = z.strictObject({
  if: z
    .string()
    .meta({ description: 'one comparison of mood with an integer, e.g. "mood >= 60"; omitted on the last branch' })
    .optional(),
  goto: z.string().min(1).meta({ description: 'the node to go to when the condition holds' }),
});
export type Branch = z.infer<typeof branchSchema>;

export const choiceSchema = z.strictObject({
  reply: text('what the trainee says'),
  moves: z
    .array(z.string().min(1))
    .meta({ description: "steps this reply performs: a step id of a graded method, or 'method/step'" })
    .optional(),
  faults: z.array(z.string().min(1)).meta({ description: 'fault ids this reply commits' }).optional(),
  feedback: text('why the reply works or fails, in the trainer\'s words').optional(),
  mood: z
    .number()
    .int()
    .min(-100)
    .max(100)
    .meta({ description: 'explicit mood change; otherwise derived from moves, faults and personality' })
    .optional(),
  next: z
    .union([z.string().min(1), z.array(branchSchema).min(1)])
    .meta({ description: 'a node id, or branches tried in order: the first whose `if` holds wins' }),
});
export type Choice = z.infer<typeof choiceSchema>;

export const nodeSchema = z.strictObject({
  narration: text('scene text shown before the customer speaks').optional(),
  customer: text("the customer's line"),
  hint: text('shown on request in practice mode').optional(),
  choices: z.array(choiceSchema).min(1).meta({ description: 'the replies the trainee can pick' }).optional(),
  ending: outcomeSchema.optional(),
  feedback: text("the trainer's debrief for this ending").optional(),
});
export type DialogueNode = z.infer<typeof nodeSchema>;

export const scenarioSchema = z
  .strictObject({
    id: idSchema,
    title: text('shown in the picker and on the end screen'),
    summary: text('one or two sentences shown in the picker'),
    locale: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a locale tag such as zh-CN' })
      .meta({ description: 'the language of the scenario text, e.g. zh-CN' }),
    difficulty: z.number().int().min(1).max(5).meta({ description: '1 (gentle) .. 5 (hardest)' }),
    tags: z.array(idSchema).meta({ description: 'kebab-case words for kefu list and filtering' }).optional(),
    customer: z.strictObject({
      name: text('how the customer is shown'),
      personality: z.string().min(1).meta({ description: 'an id from personalities.yaml' }),
      mood: moodSchema,
    }),
    methods: z.array(z.string().min(1)).min(1).meta({ description: 'ids of the methods this scenario grades' }),
    start: z.string().min(1).meta({ description: 'the id of the first node' }),
    nodes: z.record(idSchema, nodeSchema).meta({ description: 'node id → node' }),
  })
  .meta({ title: 'kefu scenario', description: 'A branching role-play conversation with a difficult customer.' });
export type Scenario = z.infer<typeof scenarioSchema>;

export const STEP_KINDS = ['feeling', 'matter'] as const;
export const stepKindSchema = z
  .enum(STEP_KINDS)
  .meta({ description: "feeling: the step acknowledges how the customer feels; matter: it deals with the matter itself (feelings come first, see facts-before-feelings)" });
export type StepKind = z.infer<typeof stepKindSchema>;

export const stepSchema = z.strictObject({
  id: idSchema,
  name: text('Chinese name'),
  name_en: text('English name'),
  description: text('one line on what the step is'),
  description_en: text('the description in English').optional(),
  kind: stepKindSchema.optional(),
  cues: z.array(z.string().min(1)).meta({ description: 'typical phrases' }),
});
export type Step = z.infer<typeof stepSchema>;

export const methodSchema = z
  .strictObject({
    id: idSchema,
    name: text('Chinese name'),
    name_en: text('English name'),
    description: text('what the method is for'),
    description_en: text('the description in English').optional(),
    steps: z.array(stepSchema).min(1).meta({ description: 'the steps, in the order the method prescribes' }),
  })
  .meta({ title: 'kefu method' });
export type Method = z.infer<typeof methodSchema>;

export const FAULT_SEVERITIES = ['minor', 'major'] as const;
export const severitySchema = z
  .enum(FAULT_SEVERITIES)
  .meta({ description: 'major: a conversation that commits it cannot reach B (its score is capped at 79); minor when omitted' });
export type FaultSeverity = z.infer<typeof severitySchema>;

export const faultSchema = z.strictObject({
  id: idSchema,
  name: text('Chinese name'),
  name_en: text('English name'),
  description: text('what the fault is').optional(),
  description_en: text('the description in English').optional(),
  penalty: z.number().int().min(1).max(100).meta({ description: 'points taken off each time' }),
  severity: severitySchema.optional(),
  cues: z.array(z.string().min(1)).meta({ description: 'typical phrases' }),
});
export type Fault = z.infer<typeof faultSchema>;

export const faultCatalogueSchema = z
  .strictObject({ faults: z.array(faultSchema).min(1) })
  .meta({ title: 'kefu faults' });

// Positive: a zero weight would let a fault or a skipped step cost nothing, and a perfect
// score must mean a perfect conversation.
const multiplier = z.number().positive().max(10);

export const personalitySchema = z.strictObject({
  id: idSchema,
  name: text('Chinese name'),
  name_en: text('English name'),
  traits: z.array(z.string().min(1)).min(1),
  traits_en: z.array(z.string().min(1)).optional(),
  strategy: text('the strategy that suits this type, shown as a tip'),
  strategy_en: text('the strategy in English').optional(),
  weights: z.strictObject({
    mood: z.number().min(0).max(10).meta({ description: 'how strongly the mood reacts (1 = normal)' }),
    // Two directions, because a type can be slow to warm yet quick to sour (seed 004's arrogant
    // customer) or the other way round; either falls back to `mood`.
    mood_gain: z.number().min(0).max(10).meta({ description: "how strongly the steps of a reply raise the mood; defaults to 'mood'" }).optional(),
    mood_loss: z.number().min(0).max(10).meta({ description: "how strongly the faults of a reply lower the mood; defaults to 'mood'" }).optional(),
    faults: z.record(z.string(), multiplier).meta({ description: 'fault id → penalty multiplier' }).optional(),
    steps: z.record(z.string(), multiplier).meta({ description: "step id → weight in its method's score" }).optional(),
  }),
});
export type Personality = z.infer<typeof personalitySchema>;

export const personalityCatalogueSchema = z
  .strictObject({ personalities: z.array(personalitySchema).min(1) })
  .meta({ title: 'kefu personalities' });
