// Scoring models the PMO defines (weighted criteria on described scales, weights given directly or
// derived from AHP pairwise judgements with their consistency ratio), a project's score on a model
// with each criterion's contribution, a portfolio's ranked list and what-if on the weights.
import { z } from 'zod';
import { Id, Timestamp } from './common.schema.ts';

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as strategic_alignment.');
export const ScoringModelParams = z.object({ key: Key }).strict();
export const ModelQuery = z.object({ model: Key.default('default').describe('The scoring model’s key (default: the built-in model).') }).strict();

export const ScaleLevel = z.object({
  level: z.number().int().min(1).max(10).describe('1 … n, in order.'),
  label: z.string().trim().min(1).max(60),
  description: z.string().trim().min(1).max(300).describe('What the level means, so assessors rate alike.'),
}).strict();

export const Criterion = z.object({
  key: Key,
  name: z.string().trim().min(1).max(100),
  weight: z.number().min(0).max(1_000_000).describe('Points, percent or an AHP weight: used relative to their sum. Replaced by the AHP weights when the model has judgements.'),
  direction: z.enum(['higher-is-better', 'lower-is-better']).describe('lower-is-better for risk or cost: the lowest level scores best.'),
  levels: z.array(ScaleLevel).min(2).max(10),
  objectiveId: Id.nullable().default(null).describe('The strategic objective this criterion measures alignment with, if any (one criterion per objective scores alignment objective by objective).'),
}).strict();

export const AhpJudgements = z.object({
  upper: z.array(z.array(z.number().positive())).describe('The judgements above the diagonal, row by row: upper[i][k] is how many times more important criterion i is than criterion i+1+k (1/9 … 9).'),
}).strict();

export const ScoringModelBody = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  criteria: z.array(Criterion).min(1).max(30),
  ahp: AhpJudgements.nullable().default(null).describe('Pairwise judgements in the criteria’s order; when given, the weights are derived from them.'),
}).strict();
export type ScoringModelBody = z.infer<typeof ScoringModelBody>;

export const Judgement = z.object({
  row: z.number().int(), col: z.number().int(), given: z.number(), implied: z.number(), suggested: z.number(),
  message: z.string().describe('Which judgement to revisit and what would agree with the rest.'),
});

export const AhpResult = z.object({
  weights: z.array(z.number()).describe('The derived weights, summing to 1, in the criteria’s order.'),
  lambdaMax: z.number(),
  consistencyIndex: z.number(),
  consistencyRatio: z.number().describe('CR = CI / RI; above 0.10 the judgements contradict each other too much to trust.'),
  consistent: z.boolean(),
  mostInconsistent: Judgement.nullable(),
});
export type AhpResult = z.infer<typeof AhpResult>;

export const ScoringModel = ScoringModelBody.extend({
  key: z.string(),
  builtIn: z.boolean().describe('Shipped with Orrery (the PMO may edit it).'),
  version: z.number().int().min(0).describe('0 for the built-in model never edited; send it back in If-Match.'),
  normalisedWeights: z.array(z.number()).describe('Each criterion’s weight ÷ the sum, in order.'),
  ahpResult: AhpResult.nullable(),
});
export type ScoringModel = z.infer<typeof ScoringModel>;
export const ScoringModelList = z.object({ items: z.array(ScoringModel) });

export const AhpPreviewBody = z.object({ labels: z.array(z.string().max(100)).min(1).max(15), upper: AhpJudgements.shape.upper }).strict();

// ---------------------------------------------------------------------------------------------
// Scores

export const ScoreBody = z.object({
  levels: z.record(Key, z.number().int()).describe('A level per criterion key; every criterion of the model must be rated.'),
  mandatoryReason: z.string().trim().min(1).max(300).nullable().default(null).describe('Why the project is not up for choice (a regulator’s deadline, a contract); null: discretionary.'),
  note: z.string().max(2000).default(''),
}).strict();
export type ScoreBody = z.infer<typeof ScoreBody>;
export const ScoreParams = z.object({ id: Id, modelKey: Key }).strict();

export const ContributionRow = z.object({
  key: z.string(), name: z.string(), level: z.number().nullable(), levelLabel: z.string().nullable(),
  normalisedLevel: z.number().nullable().describe('The level on 0 … 1, direction applied.'),
  weight: z.number().describe('Normalised weight, 0 … 1.'),
  contribution: z.number().nullable().describe('Points of the score out of 100 this criterion gives.'),
});

export const SubjectScore = z.object({
  subjectType: z.enum(['project', 'request']),
  subjectId: Id,
  code: z.string(),
  name: z.string(),
  modelKey: z.string(),
  modelName: z.string(),
  levels: z.record(z.string(), z.number()),
  mandatoryReason: z.string().nullable(),
  note: z.string(),
  score: z.number().nullable().describe('0 … 100; null until every criterion is rated.'),
  breakdown: z.array(ContributionRow),
  missing: z.array(z.string()).describe('Names of the criteria not rated yet.'),
  canEdit: z.boolean(),
  updatedBy: z.object({ id: Id, name: z.string() }).nullable(),
  updatedAt: Timestamp.nullable(),
  version: z.number().int().min(0).describe('0 before the first score; send it back in If-Match.'),
});
export type SubjectScore = z.infer<typeof SubjectScore>;

// ---------------------------------------------------------------------------------------------
// Ranking and what-if

export const RankedRow = z.object({
  rank: z.number().int(),
  projectId: Id,
  code: z.string(),
  name: z.string(),
  status: z.string(),
  mandatory: z.boolean(),
  mandatoryReason: z.string().nullable(),
  score: z.number().describe('0 … 100.'),
  contributions: z.record(z.string(), z.number()).describe('Criterion key → points out of 100.'),
  tiedWith: z.array(z.string()).describe('Codes of projects with the same score in the same group.'),
  tieBreak: z.enum(['none', 'criteria', 'id']),
});
export const Ranking = z.object({
  portfolioId: Id,
  modelKey: z.string(),
  modelName: z.string(),
  criteria: z.array(z.object({ key: z.string(), name: z.string(), weight: z.number() })),
  ranked: z.array(RankedRow).describe('Mandatory projects first (among themselves by score), then the rest by score.'),
  unscored: z.array(z.object({ projectId: Id, code: z.string(), name: z.string(), status: z.string(), missing: z.array(z.string()) })),
});
export type Ranking = z.infer<typeof Ranking>;

export const WhatIfBody = z.object({
  model: Key.default('default'),
  weights: z.record(Key, z.number().min(0)).describe('Tried weights by criterion key; keys left out keep the model’s weight.'),
}).strict();
export const WeightsWhatIf = z.object({
  modelKey: z.string(),
  weightsBefore: z.record(z.string(), z.number()),
  weightsAfter: z.record(z.string(), z.number()),
  changes: z.array(z.object({
    projectId: Id, code: z.string(), name: z.string(), mandatory: z.boolean(),
    rankBefore: z.number().int(), rankAfter: z.number().int(), movement: z.number().int().describe('+2: two places up.'),
    scoreBefore: z.number(), scoreAfter: z.number(),
  })).describe('Every scored project, in the new order.'),
  moved: z.number().int(),
});
export type WeightsWhatIf = z.infer<typeof WeightsWhatIf>;
