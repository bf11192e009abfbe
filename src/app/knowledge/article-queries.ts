// Reading the knowledge base: the list searched by title, tags and text (with the tags in use and how many
// reviews are overdue), one article, its history and any saved version, and a project's guidance —
// the published articles linked to the phase it is in (or one asked for) and to the gate ending it.
import type { Article, ArticleHistory, ArticleList, ArticleListQuery, ArticleVersion, ProjectGuidance } from '../../contracts/knowledge.schema.ts';
import { searchArticles } from '../../core/knowledge/article-search.ts';
import { gateEndingPhase } from '../../core/governance/gate-decision.ts';
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { requireMethodology } from '../governance/methodology-library.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadVisibleArticle, namesOf, readsUnpublished, toArticle, toArticleSummary, type ArticleRow } from './article-store.ts';

async function visibleRows(ctx: AppContext): Promise<ArticleRow[]> {
  let query = ctx.db.selectFrom('knowledgeArticles').selectAll().orderBy('title').orderBy('id');
  if (!readsUnpublished(ctx.actor)) query = query.where('status', '=', 'published');
  return query.execute();
}

export async function listArticles(ctx: AppContext, query: ArticleListQuery): Promise<ArticleList> {
  const rows = await visibleRows(ctx);
  const today = todayOf(ctx);
  const names = await namesOf(ctx.db, rows.map((r) => r.ownerId));
  const all = rows.map((r) => toArticleSummary(r, names, today));
  const bodies = new Map(rows.map((r) => [r.id, r.body]));
  const counts = new Map<string, number>();
  for (const a of all) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const tag = query.tag?.toLowerCase();
  const filtered = all.filter((a) => (!tag || a.tags.includes(tag)) && (!query.kind || a.kind === query.kind)
    && (!query.status || a.status === query.status) && (!query.reviewState || a.reviewState === query.reviewState));
  return {
    items: query.q ? searchArticles(filtered.map((a) => ({ ...a, body: bodies.get(a.id)! })), query.q).map(({ body: _, ...a }) => a) : filtered,
    tags: [...counts].map(([t, count]) => ({ tag: t, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
    overdue: all.filter((a) => a.reviewState === 'overdue').length,
  };
}

export async function getArticle(ctx: AppContext, id: string): Promise<Article> {
  return toArticle(ctx, ctx.db, await loadVisibleArticle(ctx, ctx.db, id));
}

export async function getArticleHistory(ctx: AppContext, id: string): Promise<ArticleHistory> {
  await loadVisibleArticle(ctx, ctx.db, id);
  const rows = await ctx.db.selectFrom('knowledgeArticleVersions').select(['version', 'title', 'status', 'changeNote', 'savedBy', 'savedAt'])
    .where('articleId', '=', id).orderBy('version', 'desc').execute();
  const names = await namesOf(ctx.db, rows.map((r) => r.savedBy));
  return {
    items: rows.map((r) => ({
      version: r.version, title: r.title, status: r.status as ArticleVersion['status'], changeNote: r.changeNote,
      savedBy: r.savedBy !== null && names.has(r.savedBy) ? { id: r.savedBy, name: names.get(r.savedBy)! } : null, savedAt: r.savedAt,
    })),
  };
}

export async function getArticleVersion(ctx: AppContext, id: string, version: number): Promise<ArticleVersion> {
  const article = await loadVisibleArticle(ctx, ctx.db, id);
  const row = await ctx.db.selectFrom('knowledgeArticleVersions').selectAll().where('articleId', '=', id).where('version', '=', version).executeTakeFirst();
  if (!row) throw notFound(`Version ${version} of article`, article.code);
  const names = await namesOf(ctx.db, [row.savedBy]);
  return {
    articleId: id, code: article.code, version: row.version, title: row.title, status: row.status as ArticleVersion['status'], summary: row.summary,
    body: row.body, changeNote: row.changeNote, savedAt: row.savedAt, current: row.version === article.version,
    savedBy: row.savedBy !== null && names.has(row.savedBy) ? { id: row.savedBy, name: names.get(row.savedBy)! } : null,
  };
}

/** The guidance for a project's phase (default: the one it is in) and the gate ending it. */
export async function getProjectGuidance(ctx: AppContext, projectId: string, phaseKey?: string): Promise<ProjectGuidance> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const { methodology } = await requireMethodology(ctx.db, project.methodologyKey);
  const key = phaseKey ?? project.phase;
  const phase = methodology.phases.find((p) => p.key === key);
  if (!phase) {
    throw new AppError('invalid_reference', `${methodology.name} has no phase "${key}"; use one of ${methodology.phases.map((p) => p.key).join(', ')}.`, { errors: [{ path: 'phaseKey', message: 'no such phase' }] });
  }
  const gate = gateEndingPhase(methodology, phase.key);
  const links = await ctx.db.selectFrom('knowledgeLinks').innerJoin('knowledgeArticles', 'knowledgeArticles.id', 'knowledgeLinks.articleId')
    .selectAll('knowledgeArticles').select(['knowledgeLinks.phaseKey as linkPhase', 'knowledgeLinks.gateKey as linkGate'])
    .where('knowledgeLinks.methodologyKey', '=', methodology.key).where('knowledgeArticles.status', '=', 'published')
    .where((eb) => eb.or([eb('knowledgeLinks.phaseKey', '=', phase.key), ...(gate ? [eb('knowledgeLinks.gateKey', '=', gate.key)] : [])]))
    .orderBy('knowledgeArticles.title').orderBy('knowledgeArticles.id').execute();
  const names = await namesOf(ctx.db, links.map((l) => l.ownerId));
  const today = todayOf(ctx);
  const summaries = (side: 'linkPhase' | 'linkGate') => links.filter((l) => l[side] !== '').map(({ linkPhase: _p, linkGate: _g, ...row }) => toArticleSummary(row, names, today));
  return {
    methodologyKey: methodology.key, phaseKey: phase.key, phaseName: phase.name, gateKey: gate?.key ?? null, gateName: gate?.name ?? null,
    phase: summaries('linkPhase'), gate: summaries('linkGate'),
  };
}

