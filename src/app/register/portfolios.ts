// Portfolios: the top of the register; programs and projects belong to one.
import type { Selectable } from 'kysely';
import type { Portfolio, PortfolioCreate } from '../../contracts/register.schema.ts';
import type { PortfoliosTable } from '../../db/tables.ts';
import { AppError } from '../errors.ts';
import type { RegisterKind } from './register-kind.ts';
import { assertExists } from '../shared/references.ts';

type Row = Selectable<PortfoliosTable>;

export const portfolioKind: RegisterKind<Row, Portfolio, PortfolioCreate> = {
  table: 'portfolios',
  prefix: 'PFL',
  label: 'Portfolio',
  auditType: 'portfolio',
  toApi: (r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    ownerId: r.ownerId,
    archivedAt: r.archivedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  }),
  columnsOf: (i) => ({ name: i.name, description: i.description, ownerId: i.ownerId }),
  checkReferences: (trx, c) => assertExists(trx, 'users', 'ownerId', c.ownerId),
  async assertArchivable(trx, row) {
    const live = await trx
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('portfolioId', '=', row.id)
      .where('archivedAt', 'is', null)
      .executeTakeFirstOrThrow();
    const programs = await trx
      .selectFrom('programs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('portfolioId', '=', row.id)
      .where('archivedAt', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(live.n) > 0 || Number(programs.n) > 0) {
      throw new AppError(
        'validation_failed',
        `Portfolio ${row.code} still holds ${Number(programs.n)} program(s) and ${Number(live.n)} project(s) that are not archived. Archive or move them first.`,
      );
    }
  },
};
