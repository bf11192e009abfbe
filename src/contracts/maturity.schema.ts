// PMO maturity: the model the PMO assesses itself against (dimensions of questions, each question
// describing the practice at levels 1–5), assessments taken over time by several respondents, and
// their computed scores per dimension, the change since the last closed assessment and the
// improvement steps toward the PMO's target levels.
import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common.schema.ts';

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as gate_reviews.');
const Level = z.number().int().min(1).max(5);

const Question = z.object({
  key: Key,
  text: z.string().trim().min(1).max(500),
  levels: z.array(z.string().trim().min(1).max(500)).length(5).describe('What the practice looks like at levels 1 (Initial) … 5 (Optimising), in order.'),
}).strict();
const Dimension = z.object({ key: Key, name: z.string().trim().min(1).max(120), questions: z.array(Question).min(1).max(20) }).strict();

export const MaturityModelBody = z.object({ dimensions: z.array(Dimension).min(1).max(20) }).strict();
export type MaturityModelBody = z.infer<typeof MaturityModelBody>;
export const MaturityModel = MaturityModelBody.extend({
  version: z.number().int().min(0).describe('0 while the built-in model is in use; send it back in If-Match.'),
});
export type MaturityModel = z.infer<typeof MaturityModel>;

const Targets = z.record(Key, Level).describe('The level the PMO aims at per dimension key; a dimension without one aims one level above where it stands.');
const Answers = z.record(Key, Level.nullable()).describe('A level 1–5 per question key; null for "don\'t know".');

export const MATURITY_STATUSES = ['open', 'closed'] as const;
export const MaturityStatus = z.enum(MATURITY_STATUSES).describe('open: respondents answer; closed: the result stands and later assessments compare with it.');

export const MaturityAssessmentCreate = z.object({
  title: z.string().trim().min(1).max(200),
  openedOn: IsoDate.optional().describe('The day the assessment is taken; default today.'),
  respondentIds: z.array(Id).min(1).max(200).describe('The people asked to answer.'),
  targets: Targets.default({}),
}).strict();
export type MaturityAssessmentCreate = z.infer<typeof MaturityAssessmentCreate>;

export const MaturityAssessmentUpdate = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  respondentIds: z.array(Id).min(1).max(200).optional().describe('Replaces the respondents; answers of people kept stay.'),
  targets: Targets.optional(),
  status: MaturityStatus.optional(),
}).strict();
export type MaturityAssessmentUpdate = z.infer<typeof MaturityAssessmentUpdate>;

export const MaturityAnswersBody = z.object({ answers: Answers }).strict();
export type MaturityAnswersBody = z.infer<typeof MaturityAnswersBody>;

const QuestionResult = z.object({
  key: z.string(), text: z.string(), score: z.number().nullable(), answered: z.number().int(),
  lowest: z.number().int().nullable(), highest: z.number().int().nullable(),
  disputed: z.boolean().describe('Respondents two or more levels apart: talk it through before acting on the score.'),
});
const DimensionResult = z.object({
  key: z.string(), name: z.string(),
  score: z.number().nullable().describe('Mean of the answered questions (1–5, two decimals).'),
  level: z.number().int().nullable().describe('The level every answered question reaches.'),
  questions: z.array(QuestionResult),
});
export const MaturityResult = z.object({
  respondents: z.number().int(),
  score: z.number().nullable(),
  level: z.number().int().nullable().describe('The lowest of the dimensions\' levels.'),
  dimensions: z.array(DimensionResult),
});
const DimensionChange = z.object({ key: z.string(), name: z.string(), before: z.number().nullable(), after: z.number().nullable(), change: z.number().nullable() });
const ImprovementStep = z.object({
  dimensionKey: z.string(), questionKey: z.string(), question: z.string(), score: z.number(), targetLevel: z.number().int(),
  nextLevel: z.number().int(), nextPractice: z.string().describe('What the next level up looks like: the practice to adopt.'), gap: z.number(),
  action: z.object({ id: Id, code: z.string(), status: z.string(), projectId: Id }).nullable().describe('The action raised for this step in the PMO\'s roadmap project, if any.'),
});
const AssessmentRef = z.object({ id: Id, code: z.string(), title: z.string(), openedOn: IsoDate });

export const MaturityAssessment = z.object({
  id: Id,
  code: z.string(),
  title: z.string(),
  status: MaturityStatus,
  openedOn: IsoDate,
  closedAt: Timestamp.nullable(),
  model: MaturityModelBody.describe('The model as it stood when the assessment was opened.'),
  targets: z.record(z.string(), z.number().int()),
  respondents: z.array(z.object({ id: Id, name: z.string(), answered: z.boolean() })),
  myAnswers: z.record(z.string(), z.number().int().nullable()).nullable().describe('Your answers when you are a respondent.'),
  canAnswer: z.boolean(),
  canEdit: z.boolean(),
  result: MaturityResult,
  previous: AssessmentRef.nullable().describe('The last assessment closed before this one was opened.'),
  changes: z.array(DimensionChange),
  improvementSteps: z.array(ImprovementStep),
  version: z.number().int(),
});
export type MaturityAssessment = z.infer<typeof MaturityAssessment>;

export const MaturityAssessmentSummary = AssessmentRef.extend({
  status: MaturityStatus,
  respondents: z.number().int(),
  answered: z.number().int(),
  score: z.number().nullable(),
  level: z.number().int().nullable(),
  dimensions: z.array(z.object({ key: z.string(), name: z.string(), score: z.number().nullable() })),
});
export const MaturityAssessmentList = z.object({ items: z.array(MaturityAssessmentSummary).describe('Latest opened first.') });
export type MaturityAssessmentList = z.infer<typeof MaturityAssessmentList>;
