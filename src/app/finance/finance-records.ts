// What expenses and purchase orders share: loading one for a change (the project's team may, under
// If-Match; anyone who may not read the project hears it does not exist) and checking the task and
// the order they name belong to the same project.
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { assertVersion } from '../shared/versioning.ts';

/** The project of a record the actor changes; a project they cannot read answers "not found" for the record. */
export async function projectForChange(ctx: AppContext, trx: Db, record: { id: string; projectId: string; version: number } | undefined, what: string, id: string, mode: 'contribute' | 'edit', doing: string, expectedVersion: number): Promise<ProjectRow> {
  if (!record) throw notFound(what, id);
  try {
    const project = await loadAccessibleProject(ctx, trx, record.projectId, mode, doing);
    assertVersion(`The ${what.toLowerCase()}`, record.version, expectedVersion);
    return project;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound(what, id);
    throw error;
  }
}

/** The project of a record the actor reads. */
export async function projectForRead(ctx: AppContext, trx: Db, record: { projectId: string } | undefined, what: string, id: string): Promise<ProjectRow> {
  if (!record) throw notFound(what, id);
  try {
    return await loadAccessibleProject(ctx, trx, record.projectId, 'read');
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound(what, id);
    throw error;
  }
}

export async function checkTaskOf(trx: Db, project: ProjectRow, taskId: string | null | undefined): Promise<void> {
  if (!taskId) return;
  const task = await trx.selectFrom('scheduleTasks').select('id').where('id', '=', taskId).where('projectId', '=', project.id).executeTakeFirst();
  if (!task) throw new AppError('invalid_reference', `taskId names no task of the schedule of ${project.code}.`, { errors: [{ path: 'taskId', message: 'no task of this project' }] });
}

export async function checkOrderOf(trx: Db, project: ProjectRow, orderId: string | null | undefined): Promise<void> {
  if (!orderId) return;
  const order = await trx.selectFrom('purchaseOrders').select('id').where('id', '=', orderId).where('projectId', '=', project.id).executeTakeFirst();
  if (!order) throw new AppError('invalid_reference', `purchaseOrderId names no purchase order of ${project.code}.`, { errors: [{ path: 'purchaseOrderId', message: 'no purchase order of this project' }] });
}

/** The person a row names, as the API shows people. */
export const personOf = (id: string | null, name: string | null, email: string | null) => (id && name !== null ? { id, name, email: email ?? '' } : null);
