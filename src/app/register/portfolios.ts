// Portfolios: the top of the register; programs and projects belong to one.
import type { Selectable } from 'kysely';
import type { Portfolio, PortfolioCreate } from '../../contracts/register.schema.ts';
import type { PortfoliosTable } from '../../db/tables.ts';
import { AppError } from '../errors.ts';
import type { RegisterKind } from './register-kind.ts';
import { assertExists } from '../shared/references.ts';
import { countLive } from './live-children.ts';

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
    const projects = await countLive(trx, 'projects', 'portfolioId', row.id);
    const programs = await countLive(trx, 'programs', 'portfolioId', row.id);
    if (projects > 0 || programs > 0) {
      throw new AppError(
        'validation_failed',
        `Portfolio ${row.code} still holds ${programs} program(s) and ${projects} project(s) that are not archived. Archive or move them first.`,
      );
    }
  },
};
