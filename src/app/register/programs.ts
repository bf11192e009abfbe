// Programs: groups of related projects inside one portfolio, managed together.
import type { Selectable } from 'kysely';
import type { Program, ProgramCreate } from '../../contracts/register.schema.ts';
import type { ProgramsTable } from '../../db/tables.ts';
import { AppError } from '../errors.ts';
import type { RegisterKind } from './register-kind.ts';
import { assertExists } from '../shared/references.ts';
import { countLive } from './live-children.ts';
import { recordAudit } from '../audit/record-audit.ts';

type Row = Selectable<ProgramsTable>;

export const programKind: RegisterKind<Row, Program, ProgramCreate> = {
  table: 'programs',
  prefix: 'PGM',
  label: 'Program',
  auditType: 'program',
  toApi: (r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    portfolioId: r.portfolioId,
    managerId: r.managerId,
    archivedAt: r.archivedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  }),
  columnsOf: (i) => ({ name: i.name, description: i.description, portfolioId: i.portfolioId, managerId: i.managerId }),
  async checkReferences(trx, c) {
    await assertExists(trx, 'portfolios', 'portfolioId', c.portfolioId);
    await assertExists(trx, 'users', 'managerId', c.managerId);
  },
  async assertArchivable(trx, row) {
    const live = await countLive(trx, 'projects', 'programId', row.id);
    if (live > 0) {
      throw new AppError('validation_failed', `Program ${row.code} still has ${live} project(s) that are not archived. Archive them or move them out of the program first.`);
    }
  },
  filter: (q) => (q.portfolioId ? [['portfolioId', q.portfolioId]] : []),
  /** A program moved to another portfolio takes its projects with it. */
  async afterUpdate(trx, ctx, before, after) {
    if (before.portfolioId === after.portfolioId) return;
    const projects = await trx.selectFrom('projects').select(['id', 'version', 'portfolioId']).where('programId', '=', after.id).execute();
    for (const p of projects) {
      await trx
        .updateTable('projects')
        .set({ portfolioId: after.portfolioId, version: p.version + 1, updatedAt: after.updatedAt })
        .where('id', '=', p.id)
        .execute();
      await recordAudit(trx, ctx, {
        entityType: 'project',
        entityId: p.id,
        action: 'move_with_program',
        before: { portfolioId: p.portfolioId, version: p.version },
        after: { portfolioId: after.portfolioId, version: p.version + 1, programId: after.id },
      });
    }
  },
};
