// The template library: the project templates Orrery ships and the PMO's own. The PMO edits a
// built-in template by saving it under its key (its version then counts from 1) and adds its own
// under a new key. A template is checked when it is saved (its outline, links and placeholders,
// that its methodology exists and its risks fit the PMO's risk matrix), so that creating a
// project from it fails only if the organisation changed around it since.
import type { ProjectTemplate as TemplateApi, TemplateBody, TemplateSummary } from '../../contracts/template.schema.ts';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-templates.ts';
import type { ProjectTemplate } from '../../core/templates/template-types.ts';
import { validateTemplate } from '../../core/templates/validate-template.ts';
import { ratingProblems } from '../../core/risk/risk-matrix.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound, type FieldProblem } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadMethodology } from '../governance/methodology-library.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';

export interface StoredTemplate {
  readonly template: ProjectTemplate;
  readonly builtIn: boolean;
  readonly version: number;
}

const BUILT_IN = new Map(DEFAULT_TEMPLATES.map((t) => [t.key, t]));

const toApi = ({ template, builtIn, version }: StoredTemplate): TemplateApi => JSON.parse(JSON.stringify({ ...template, builtIn, version })) as TemplateApi;

const toSummary = ({ template: t, builtIn, version }: StoredTemplate): TemplateSummary => ({
  key: t.key,
  name: t.name,
  description: t.description,
  methodologyKey: t.methodologyKey,
  builtIn,
  version,
  counts: {
    tasks: t.wbs.length,
    milestones: t.wbs.filter((r) => r.milestone).length,
    risks: t.registers.risks.length,
    assumptions: t.registers.assumptions.length,
    actions: t.registers.actions.length,
    documents: t.documents.length,
  },
});

const fromRow = (r: { key: string; definitionJson: string; version: number }): StoredTemplate => ({ template: JSON.parse(r.definitionJson) as ProjectTemplate, builtIn: BUILT_IN.has(r.key), version: r.version });

/** A template by key: the PMO's saved one, else the built-in one; null when there is none. */
export async function loadTemplate(db: Db, key: string): Promise<StoredTemplate | null> {
  const row = await db.selectFrom('projectTemplates').select(['key', 'definitionJson', 'version']).where('key', '=', key).executeTakeFirst();
  if (row) return fromRow(row);
  const builtIn = BUILT_IN.get(key);
  return builtIn ? { template: builtIn, builtIn: true, version: 0 } : null;
}

async function listStored(db: Db): Promise<StoredTemplate[]> {
  const rows = await db.selectFrom('projectTemplates').select(['key', 'definitionJson', 'version']).orderBy('key').execute();
  const saved = new Map(rows.map((r) => [r.key, fromRow(r)]));
  const builtIns = DEFAULT_TEMPLATES.map((t) => saved.get(t.key) ?? { template: t, builtIn: true, version: 0 });
  return [...builtIns, ...[...saved.values()].filter((s) => !s.builtIn)];
}

/** The template a request names, or a 422 listing the templates there are. */
export async function requireTemplate(db: Db, key: string, field = 'templateKey'): Promise<StoredTemplate> {
  const found = await loadTemplate(db, key);
  if (found) return found;
  const known = (await listStored(db)).map((s) => s.template.key).join(', ');
  throw new AppError('invalid_reference', `There is no project template "${key}". Use one of ${known}, or ask the PMO to add it.`, { errors: [{ path: field, message: 'no such template' }] });
}

export async function listTemplates(ctx: AppContext): Promise<{ items: TemplateSummary[] }> {
  return { items: (await listStored(ctx.db)).map(toSummary) };
}

export async function getTemplate(ctx: AppContext, key: string): Promise<TemplateApi> {
  const found = await loadTemplate(ctx.db, key);
  if (!found) throw notFound('Project template', key);
  return toApi(found);
}

/** Creates (If-Match "0") or replaces a template (PMO, admin). */
export async function saveTemplate(ctx: AppContext, key: string, expectedVersion: number, body: TemplateBody): Promise<TemplateApi> {
  requireRegisterEditor(ctx.actor, 'change project templates');
  const template: ProjectTemplate = { ...body, key };
  const check = validateTemplate(template);
  if (!check.ok) throw needsFixing(check.errors);
  return inTransaction(ctx, async (trx) => {
    const before = await loadTemplate(trx, key);
    const label = `Project template ${key}`;
    assertVersion(label, before?.version ?? 0, expectedVersion);
    await checkAgainstOrganisation(trx, template);
    const now = nowIso(ctx.clock);
    const columns = { name: body.name, methodologyKey: body.methodologyKey, definitionJson: JSON.stringify(template), updatedAt: now, version: expectedVersion + 1 };
    if (expectedVersion === 0) {
      const inserted = await trx.insertInto('projectTemplates').values({ key, ...columns }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
      assertUpdated(label, inserted.numInsertedOrUpdatedRows ?? 0n, 0);
    } else {
      const result = await trx.updateTable('projectTemplates').set(columns).where('key', '=', key).where('version', '=', expectedVersion).executeTakeFirst();
      assertUpdated(label, result.numUpdatedRows, expectedVersion);
    }
    const after = toApi({ template, builtIn: BUILT_IN.has(key), version: expectedVersion + 1 });
    await recordAudit(trx, ctx, { entityType: 'project_template', entityId: key, action: before ? 'update' : 'create', before: before ? toApi(before) : null, after });
    return after;
  });
}

function needsFixing(errors: ReadonlyArray<FieldProblem>): AppError {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}, listed in errors)` : '';
  return new AppError('validation_failed', `The template needs fixing: ${errors[0]!.message}${more}.`, { errors: [...errors] });
}

/** What a template names outside itself: its methodology, and the PMO's risk matrix its risks are rated on. */
async function checkAgainstOrganisation(trx: Db, template: ProjectTemplate): Promise<void> {
  const errors: FieldProblem[] = [];
  if (!(await loadMethodology(trx, template.methodologyKey))) {
    errors.push({ path: 'methodologyKey', message: `there is no methodology "${template.methodologyKey}"; name one from the methodology library, or add it there first` });
  }
  const { matrix } = await loadRiskMatrix(trx);
  template.registers.risks.forEach((r, i) => {
    const at = `registers.risks[${i}]`;
    for (const p of ratingProblems(matrix, r, { probability: `${at}.probability`, impact: `${at}.impact` })) errors.push({ path: p.path, message: `risk ${i + 1} "${r.title}": ${p.message}` });
  });
  if (errors.length > 0) throw needsFixing(errors);
}
