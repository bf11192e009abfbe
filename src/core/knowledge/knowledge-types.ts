// The PMO's knowledge base: standards, guidelines, best practices and document templates written in
// Markdown, each with an owner who keeps it true and a date by which it is reviewed again. Articles
// are linked to the phases and gates of methodologies, so people find the guidance where they work.
// Plain data; the rules over it (review state, search, links) live beside this file.

export const ARTICLE_KINDS = ['standard', 'guideline', 'best_practice', 'template'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** draft: the PMO is writing it; published: everyone reads it; retired: kept for the record, not offered. */
export const ARTICLE_STATUSES = ['draft', 'published', 'retired'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Where an article is offered: a phase of a methodology (gateKey null) or the gate ending one (phaseKey null). */
export interface GuidanceLink {
  readonly methodologyKey: string;
  readonly phaseKey: string | null;
  readonly gateKey: string | null;
}

/** What search and review read of an article. */
export interface ArticleFacts {
  readonly title: string;
  readonly tags: ReadonlyArray<string>;
  readonly status: ArticleStatus;
  /** YYYY-MM-DD, or null when the PMO set no review date. */
  readonly reviewDueOn: string | null;
}
