// Writing the knowledge base (PMO, administrators). Every save keeps the article as it was saved in
// knowledge_article_versions, numbered by the article's version, so the history reads back each
// text exactly; links are checked against the methodologies as they stand and replaced whole.
import type { Article, ArticleCreate, ArticleUpdate } from '../../contracts/knowledge.schema.ts';
import { normaliseTag } from '../../core/knowledge/article-search.ts';
import { linkProblems } from '../../core/knowledge/guidance-links.ts';
import type { GuidanceLink } from '../../core/knowledge/knowledge-types.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { assertExists } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { auditView, loadVisibleArticle, methodologiesByKey, toArticle, type ArticleRow } from './article-store.ts';

const uniqueTags = (tags: readonly string[]): string[] => [...new Set(tags.map(normaliseTag))];

async function checkLinks(trx: Db, links: readonly GuidanceLink[]): Promise<void> {
  const methodologies = await methodologiesByKey(trx);
  const problems = linkProblems(links, (key) => methodologies.get(key));
  if (problems.length > 0) {
    throw new AppError('invalid_reference', `The guidance links need fixing: ${problems[0]!.path}: ${problems[0]!.message}.`, { errors: problems });
  }
}

async function replaceLinks(trx: Db, articleId: string, links: readonly GuidanceLink[]): Promise<void> {
  await trx.deleteFrom('knowledgeLinks').where('articleId', '=', articleId).execute();
  if (links.length === 0) return;
  await trx.insertInto('knowledgeLinks').values(links.map((l) => ({ articleId, methodologyKey: l.methodologyKey, phaseKey: l.phaseKey ?? '', gateKey: l.gateKey ?? '' }))).execute();
}

async function keepVersion(trx: Db, row: ArticleRow, changeNote: string): Promise<void> {
  await trx.insertInto('knowledgeArticleVersions').values({
    articleId: row.id, version: row.version, title: row.title, status: row.status, summary: row.summary, body: row.body,
    changeNote, savedBy: row.updatedBy, savedAt: row.updatedAt,
  }).execute();
}

export function createArticle(ctx: AppContext, input: ArticleCreate): Promise<Article> {
  requireRegisterEditor(ctx.actor, 'write knowledge-base articles');
  return inTransaction(ctx, async (trx) => {
    const ownerId = input.ownerId === undefined ? (ctx.actor.userId || null) : input.ownerId;
    await assertExists(trx, 'users', 'ownerId', ownerId);
    await checkLinks(trx, input.links);
    const now = nowIso(ctx.clock);
    const row: ArticleRow = {
      id: newId(), code: await nextCode(trx, 'KB'), title: input.title, kind: input.kind, status: input.status, summary: input.summary,
      body: input.body, tagsJson: JSON.stringify(uniqueTags(input.tags)), ownerId, reviewDueOn: input.reviewDueOn,
      createdBy: ctx.actor.userId || null, updatedBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1,
    };
    await trx.insertInto('knowledgeArticles').values(row).execute();
    await keepVersion(trx, row, 'First version');
    await replaceLinks(trx, row.id, input.links);
    const api = await toArticle(ctx, trx, row);
    await recordAudit(trx, ctx, { entityType: 'knowledge_article', entityId: row.id, action: 'create', after: auditView(api) });
    return api;
  });
}

/** Saves a change; the text it replaces stays readable as the previous version. */
export function updateArticle(ctx: AppContext, id: string, expectedVersion: number, patch: ArticleUpdate): Promise<Article> {
  return inTransaction(ctx, async (trx) => {
    const row = await loadVisibleArticle(ctx, trx, id);
    requireRegisterEditor(ctx.actor, 'change knowledge-base articles');
    const label = `Article ${row.code}`;
    assertVersion(label, row.version, expectedVersion);
    if (patch.ownerId !== undefined) await assertExists(trx, 'users', 'ownerId', patch.ownerId);
    if (patch.links) await checkLinks(trx, patch.links);
    const before = await toArticle(ctx, trx, row);
    const next: ArticleRow = {
      ...row,
      title: patch.title ?? row.title,
      kind: patch.kind ?? row.kind,
      status: patch.status ?? row.status,
      summary: patch.summary ?? row.summary,
      body: patch.body ?? row.body,
      tagsJson: patch.tags ? JSON.stringify(uniqueTags(patch.tags)) : row.tagsJson,
      ownerId: patch.ownerId === undefined ? row.ownerId : patch.ownerId,
      reviewDueOn: patch.reviewDueOn === undefined ? row.reviewDueOn : patch.reviewDueOn,
      updatedBy: ctx.actor.userId || null,
      updatedAt: nowIso(ctx.clock),
      version: expectedVersion + 1,
    };
    const { id: _id, code: _code, createdAt: _c, createdBy: _b, ...changes } = next;
    const result = await trx.updateTable('knowledgeArticles').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(label, result.numUpdatedRows, expectedVersion);
    await keepVersion(trx, next, patch.changeNote ?? '');
    if (patch.links) await replaceLinks(trx, id, patch.links);
    const after = await toArticle(ctx, trx, next);
    const action = next.status !== row.status ? (next.status === 'published' ? 'publish' : next.status === 'retired' ? 'retire' : 'unpublish') : 'update';
    await recordAudit(trx, ctx, { entityType: 'knowledge_article', entityId: id, action, before: auditView(before), after: auditView(after) });
    return after;
  });
}
