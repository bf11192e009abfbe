// Lessons learned: what a project learned (from its closure report, a retrospective meeting or a
// gate review), with category, phase, impact and recommendation; proposed by the project's team,
// accepted by the PMO, then built into a standard. Searched by full text with ranking, and
// suggested to projects that share methodology, tags, objectives or words with them.
import { z } from 'zod';
import { Id, Tag, Timestamp } from './common.schema.ts';
import { LESSON_CATEGORIES, LESSON_IMPACTS, LESSON_SOURCES, LESSON_STATUSES } from '../core/lessons/lesson-lifecycle.ts';

export const LessonStatus = z.enum(LESSON_STATUSES).describe('proposed by the team → accepted by the PMO → built_in: part of a standard (say which in standardNote).');
export const LessonCategory = z.enum(LESSON_CATEGORIES);
export const LessonImpact = z.enum(LESSON_IMPACTS).describe('positive: repeat it; negative: avoid it.');
export const LessonSourceType = z.enum(LESSON_SOURCES).describe('closure_report, retrospective (a meeting of the project) or gate_review.');

const fields = {
  title: z.string().trim().min(1, 'Give the lesson a title.').max(200),
  description: z.string().max(20_000).default(''),
  category: LessonCategory,
  phase: z.string().trim().max(60).default('').describe('The phase of the methodology it concerns (a phase key or name).'),
  impact: LessonImpact,
  recommendation: z.string().max(5_000).default('').describe('What the next project should do.'),
  tags: z.array(Tag).max(20).default([]),
};

export const LessonCreate = z.object({
  source: z.object({ type: LessonSourceType, id: Id.describe('The closure report, meeting or gate review the lesson comes from; its project is the lesson\'s.') }).strict(),
  ...fields,
}).strict();
export type LessonCreate = z.infer<typeof LessonCreate>;

export const LessonUpdate = z.object({
  title: fields.title,
  description: z.string().max(20_000),
  category: LessonCategory,
  phase: z.string().trim().max(60),
  impact: LessonImpact,
  recommendation: z.string().max(5_000),
  tags: z.array(Tag).max(20),
  status: LessonStatus.describe('Accepting and building into a standard is the PMO\'s.'),
  standardNote: z.string().trim().max(500).describe('Which standard the lesson was built into.'),
}).partial().strict();
export type LessonUpdate = z.infer<typeof LessonUpdate>;

const SnippetPart = z.object({ text: z.string(), match: z.boolean() });

export const Lesson = z.object({
  id: Id,
  code: z.string(),
  project: z.object({ id: Id, code: z.string(), name: z.string(), methodologyKey: z.string() }),
  source: z.object({ type: LessonSourceType, id: Id, label: z.string().describe('The source\'s code and title, as people know it.') }),
  title: z.string(),
  description: z.string(),
  category: LessonCategory,
  phase: z.string(),
  impact: LessonImpact,
  recommendation: z.string(),
  tags: z.array(z.string()),
  status: LessonStatus,
  standardNote: z.string(),
  acceptedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  canEdit: z.boolean(),
  canReview: z.boolean().describe('You may accept it or mark it built into a standard (PMO, admin).'),
  version: z.number().int(),
});
export type Lesson = z.infer<typeof Lesson>;

export const LessonSearchQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Full-text search: words are all required, "a phrase", `or` between two words, -word to exclude. Results come best match first.'),
  category: LessonCategory.optional(),
  status: LessonStatus.optional(),
  projectId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).strict();
export type LessonSearchQuery = z.infer<typeof LessonSearchQuery>;

export const LessonHit = Lesson.extend({
  rank: z.number().nullable().describe('Relevance to the search, higher is better; null without a search.'),
  snippet: z.array(SnippetPart).describe('A passage of the lesson with the matched words marked; its description\'s start without a search.'),
});
export const LessonSearchResult = z.object({ items: z.array(LessonHit), total: z.number().int() });
export type LessonSearchResult = z.infer<typeof LessonSearchResult>;

export const LessonSuggestion = z.object({
  lesson: Lesson,
  score: z.number(),
  sameMethodology: z.boolean(),
  sharedTags: z.array(z.string()),
  sharedObjectives: z.array(z.string()),
  textSimilarity: z.number().describe('Cosine similarity of the project\'s name and description to the lesson\'s text, 0–1.'),
});
export const LessonSuggestions = z.object({ items: z.array(LessonSuggestion).describe('Most relevant first; accepted lessons of other projects only.') });
export type LessonSuggestions = z.infer<typeof LessonSuggestions>;
