// The PMO's knowledge base: articles in Markdown (standards, guidelines, best practices, document
// templates) with an owner, a review date (overdue reviews flagged), a status and tags; every save
// keeps the previous version; links from methodology phases and gates give projects their guidance.
import { z } from 'zod';
import { Id, IsoDate, Tag, Timestamp } from './common.schema.ts';

export const ARTICLE_KINDS = ['standard', 'guideline', 'best_practice', 'template'] as const;
export const ArticleKind = z.enum(ARTICLE_KINDS);
export const ARTICLE_STATUSES = ['draft', 'published', 'retired'] as const;
export const ArticleStatus = z.enum(ARTICLE_STATUSES).describe('draft: only the PMO sees it; published: everyone; retired: kept for the record, seen by the PMO.');
export const REVIEW_STATES = ['overdue', 'due_soon', 'current', 'not_scheduled', 'retired'] as const;
export const ReviewState = z.enum(REVIEW_STATES).describe('overdue: past its review date; due_soon: within 30 days of it.');

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, as in the methodology.');
export const GuidanceLinkBody = z.object({
  methodologyKey: Key,
  phaseKey: Key.nullable().default(null).describe('Link to this phase of the methodology …'),
  gateKey: Key.nullable().default(null).describe('… or to this gate; name exactly one of the two.'),
}).strict();
const Title = z.string().trim().min(1, 'Give the article a title.').max(200);
const Body = z.string().max(200_000).describe('Markdown; raw HTML is shown as text, never run.');
const Summary = z.string().trim().max(500);

export const ArticleCreate = z.object({
  title: Title,
  kind: ArticleKind,
  status: ArticleStatus.default('draft'),
  summary: Summary.default(''),
  body: Body,
  tags: z.array(Tag).max(20).default([]),
  ownerId: Id.nullable().optional().describe('Who keeps it true; default you.'),
  reviewDueOn: IsoDate.nullable().default(null),
  links: z.array(GuidanceLinkBody).max(50).default([]),
}).strict();
export type ArticleCreate = z.infer<typeof ArticleCreate>;

export const ArticleUpdate = z.object({
  title: Title.optional(),
  kind: ArticleKind.optional(),
  status: ArticleStatus.optional(),
  summary: Summary.optional(),
  body: Body.optional(),
  tags: z.array(Tag).max(20).optional(),
  ownerId: Id.nullable().optional(),
  reviewDueOn: IsoDate.nullable().optional(),
  links: z.array(GuidanceLinkBody).max(50).optional().describe('Replaces the links.'),
  changeNote: z.string().trim().max(500).optional().describe('What this save changed, kept with the version.'),
}).strict();
export type ArticleUpdate = z.infer<typeof ArticleUpdate>;

export const GuidanceLink = z.object({
  methodologyKey: z.string(),
  methodologyName: z.string(),
  phaseKey: z.string().nullable(),
  gateKey: z.string().nullable(),
  placeName: z.string().describe('The phase\'s or gate\'s name, e.g. "Plan phase" or "Gate 2 – Approval to execute".'),
});
const PersonRef = z.object({ id: Id, name: z.string() });

export const ArticleSummary = z.object({
  id: Id,
  code: z.string(),
  title: z.string(),
  kind: ArticleKind,
  status: ArticleStatus,
  summary: z.string(),
  tags: z.array(z.string()),
  owner: PersonRef.nullable(),
  reviewDueOn: IsoDate.nullable(),
  reviewState: ReviewState,
  updatedAt: Timestamp,
  version: z.number().int(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
  body: z.string(),
  links: z.array(GuidanceLink),
  updatedBy: PersonRef.nullable(),
  canEdit: z.boolean(),
});
export type Article = z.infer<typeof Article>;

export const ArticleListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words that must each occur in the title or a tag.'),
  tag: z.string().trim().max(40).optional(),
  kind: ArticleKind.optional(),
  status: ArticleStatus.optional(),
  reviewState: ReviewState.optional().describe('e.g. overdue: the articles whose review is late.'),
}).strict();
export type ArticleListQuery = z.infer<typeof ArticleListQuery>;
export const ArticleList = z.object({
  items: z.array(ArticleSummary).describe('Best match first when searching, else by title.'),
  tags: z.array(z.object({ tag: z.string(), count: z.number().int() })).describe('Tags of the articles you may see, most used first.'),
  overdue: z.number().int().describe('Articles you may see whose review is overdue.'),
});
export type ArticleList = z.infer<typeof ArticleList>;

export const ArticleVersionMeta = z.object({
  version: z.number().int(),
  title: z.string(),
  status: ArticleStatus,
  changeNote: z.string(),
  savedBy: PersonRef.nullable(),
  savedAt: Timestamp,
});
export const ArticleVersion = ArticleVersionMeta.extend({ articleId: Id, code: z.string(), summary: z.string(), body: z.string(), current: z.boolean() });
export type ArticleVersion = z.infer<typeof ArticleVersion>;
export const ArticleHistory = z.object({ items: z.array(ArticleVersionMeta).describe('Latest first; the first is the article as it stands.') });
export type ArticleHistory = z.infer<typeof ArticleHistory>;
export const ArticleVersionParams = z.object({ id: Id, version: z.coerce.number().int().min(1) }).strict();

export const ProjectGuidanceQuery = z.object({
  phaseKey: Key.optional().describe('A phase of the project\'s methodology; default the phase it is in.'),
}).strict();
export const ProjectGuidance = z.object({
  methodologyKey: z.string(),
  phaseKey: z.string(),
  phaseName: z.string(),
  gateKey: z.string().nullable().describe('The gate ending the phase, if any.'),
  gateName: z.string().nullable(),
  phase: z.array(ArticleSummary).describe('Published articles linked to the phase.'),
  gate: z.array(ArticleSummary).describe('Published articles linked to the gate ending it.'),
});
export type ProjectGuidance = z.infer<typeof ProjectGuidance>;
