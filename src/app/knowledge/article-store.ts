// A knowledge-base article as the API shows it, and who sees which: the PMO and administrators see
// every article (drafts and retired ones too) and edit them; everyone else reads published ones.
// Links are stored by methodology, phase and gate key and named from the methodologies as they stand.
import type { Selectable } from 'kysely';
import type { Article, ArticleSummary } from '../../contracts/knowledge.schema.ts';
import { reviewState } from '../../core/knowledge/article-review.ts';
import type { GuidanceLink } from '../../core/knowledge/knowledge-types.ts';
import type { Methodology } from '../../core/governance/methodology-types.ts';
import type { Db } from '../../db/database.ts';
import type { KnowledgeArticlesTable } from '../../db/tables.ts';
import type { Actor, AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canEditRegister } from '../access/policy.ts';
import { listStored } from '../governance/methodology-library.ts';
import { todayOf } from '../raid/raid-log.ts';

export type ArticleRow = Selectable<KnowledgeArticlesTable>;

/** Drafts and retired articles are the PMO's; everyone reads what is published. */
export const readsUnpublished = (actor: Actor): boolean => canEditRegister(actor);

export const tagsOf = (row: Pick<ArticleRow, 'tagsJson'>): string[] => JSON.parse(row.tagsJson) as string[];

/** People's names by id, for owners and editors. */
export async function namesOf(db: Db, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

const personOf = (names: ReadonlyMap<string, string>, id: string | null) => (id !== null && names.has(id) ? { id, name: names.get(id)! } : null);

export function toArticleSummary(row: ArticleRow, names: ReadonlyMap<string, string>, today: string): ArticleSummary {
  const status = row.status as ArticleSummary['status'];
  return {
    id: row.id, code: row.code, title: row.title, kind: row.kind as ArticleSummary['kind'], status, summary: row.summary,
    tags: tagsOf(row), owner: personOf(names, row.ownerId), reviewDueOn: row.reviewDueOn,
    reviewState: reviewState({ status, reviewDueOn: row.reviewDueOn }, today), updatedAt: row.updatedAt, version: row.version,
  };
}

/** Stored link rows as the core's links (the empty key stands for "not this one"). */
export async function linksOf(db: Db, articleId: string): Promise<GuidanceLink[]> {
  const rows = await db.selectFrom('knowledgeLinks').selectAll().where('articleId', '=', articleId)
    .orderBy('methodologyKey').orderBy('phaseKey').orderBy('gateKey').execute();
  return rows.map((r) => ({ methodologyKey: r.methodologyKey, phaseKey: r.phaseKey || null, gateKey: r.gateKey || null }));
}

/** Names a link's place from its methodology ("Plan phase", or the gate's name). */
function nameLink(link: GuidanceLink, methodologies: ReadonlyMap<string, Methodology>): Article['links'][number] {
  const m = methodologies.get(link.methodologyKey);
  const phase = m?.phases.find((p) => p.key === link.phaseKey);
  const gate = m?.phases.find((p) => p.gate?.key === link.gateKey)?.gate;
  const placeName = link.phaseKey !== null ? `${phase?.name ?? link.phaseKey} phase` : gate?.name ?? `${link.gateKey} gate`;
  return { ...link, methodologyName: m?.name ?? link.methodologyKey, placeName };
}

export async function methodologiesByKey(db: Db): Promise<Map<string, Methodology>> {
  return new Map((await listStored(db)).map((s) => [s.methodology.key, s.methodology]));
}

export async function toArticle(ctx: AppContext, db: Db, row: ArticleRow): Promise<Article> {
  const names = await namesOf(db, [row.ownerId, row.updatedBy]);
  const methodologies = await methodologiesByKey(db);
  return {
    ...toArticleSummary(row, names, todayOf(ctx)),
    body: row.body,
    links: (await linksOf(db, row.id)).map((l) => nameLink(l, methodologies)),
    updatedBy: personOf(names, row.updatedBy),
    canEdit: canEditRegister(ctx.actor),
  };
}

/** The article if the actor may read it; 404 otherwise (a draft is not there for a member). */
export async function loadVisibleArticle(ctx: AppContext, db: Db, id: string): Promise<ArticleRow> {
  const row = await db.selectFrom('knowledgeArticles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.status !== 'published' && !readsUnpublished(ctx.actor))) throw notFound('Article', id);
  return row;
}

/** What the audit trail keeps of an article: everything but the text, which its versions keep. */
export const auditView = ({ body, ...rest }: Article) => ({ ...rest, bodyChars: body.length });
