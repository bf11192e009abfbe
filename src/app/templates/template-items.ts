// A new project's starting register items and documents from a template, made through the same
// use cases as by hand (so each is coded, checked and audited as usual) inside the caller's
// transaction. Owners are left empty for the project to name; dates count from the project's
// start. A failure names the template item, so the PMO knows what to fix.
import { dayFromIsoDate, isoDateFromDay } from '../../core/calendar/wall-time.ts';
import { oneLine, renderTemplate, type PlaceholderValues } from '../../core/templates/placeholders.ts';
import type { TemplateDocument, TemplateRegisters } from '../../core/templates/template-types.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { createDeliverable } from '../governance/deliverables.ts';
import { createLogItem } from '../raid/raid-log.ts';
import { riskKind } from '../raid/risks.ts';
import { assumptionKind } from '../raid/assumptions.ts';
import { actionKind } from '../raid/actions.ts';

const MAX_BODY = 20_000;
const MAX_TITLE = 200;

/** Runs `work`, turning its failure into one that names the template item and the field that chose the template. */
async function asTemplateItem<T>(item: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const details = error.errors?.map((p) => `${p.path}: ${p.message}`).join('; ') || error.message;
    throw new AppError(error.code, `The template's ${item} cannot be created: ${error.message.replace(/\.$/, '')}. Nothing was created; ask the PMO to fix the template.`, {
      errors: [{ path: 'templateKey', message: `${item}: ${details}` }],
    });
  }
}

const after = (start: string, days: number | null): string | null => (days === null ? null : isoDateFromDay(dayFromIsoDate(start) + days));

export async function registersFromTemplate(ctx: AppContext, projectId: string, registers: TemplateRegisters, startDay: string): Promise<{ risks: number; assumptions: number; actions: number }> {
  for (const [i, r] of registers.risks.entries()) {
    await asTemplateItem(`risk ${i + 1} "${r.title}" (registers.risks[${i}])`, () =>
      createLogItem(riskKind, ctx, projectId, {
        title: r.title, description: r.description, ownerId: null, status: 'open', category: r.category, cause: r.cause, effect: r.effect,
        probability: r.probability, impact: r.impact, residualProbability: null, residualImpact: null, strategy: r.strategy, response: r.response,
        triggers: '', reviewDate: null, taskIds: [],
      }),
    );
  }
  for (const [i, a] of registers.assumptions.entries()) {
    await asTemplateItem(`assumption ${i + 1} "${a.title}" (registers.assumptions[${i}])`, () =>
      createLogItem(assumptionKind, ctx, projectId, { title: a.title, description: a.description, ownerId: null, status: 'unvalidated', validateBy: after(startDay, a.validateAfterDays), validationNotes: '' }),
    );
  }
  for (const [i, a] of registers.actions.entries()) {
    await asTemplateItem(`action ${i + 1} "${a.title}" (registers.actions[${i}])`, () =>
      createLogItem(actionKind, ctx, projectId, { title: a.title, description: a.description, ownerId: null, status: 'open', dueDate: after(startDay, a.dueAfterDays), sourceType: null, sourceId: null }),
    );
  }
  return { risks: registers.risks.length, assumptions: registers.assumptions.length, actions: registers.actions.length };
}

/** The template's documents, filled in, as draft deliverables of the project. */
export async function documentsFromTemplate(ctx: AppContext, projectId: string, documents: ReadonlyArray<TemplateDocument>, values: PlaceholderValues): Promise<number> {
  for (const [i, d] of documents.entries()) {
    const item = `document ${i + 1} "${d.title}" (documents[${i}])`;
    const body = renderTemplate(d.body, values);
    if (body.length > MAX_BODY) {
      throw new AppError('validation_failed', `The template's ${item} is ${body.length} characters once filled in, over the ${MAX_BODY} a deliverable holds. Nothing was created; ask the PMO to shorten it.`, {
        errors: [{ path: 'templateKey', message: `${item}: too long once filled in` }],
      });
    }
    const title = renderTemplate(d.title, values, oneLine).slice(0, MAX_TITLE).trim();
    await asTemplateItem(item, () => createDeliverable(ctx, projectId, { requirementKey: d.requirementKey, title, status: 'draft', url: null, body }));
  }
  return documents.length;
}
