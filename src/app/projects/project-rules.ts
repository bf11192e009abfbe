// The rules a project's data must keep, checked on create and on every update.
import type { Db } from '../../db/database.ts';
import { AppError } from '../errors.ts';
import { assertAllExist, assertExists } from '../shared/references.ts';
import { requireMethodology } from '../governance/methodology-library.ts';

export interface ProjectShape {
  portfolioId: string;
  programId: string | null;
  sponsorId: string | null;
  managerId: string | null;
  plannedStart: string | null;
  plannedFinish: string | null;
}

export async function checkProjectShape(trx: Db, p: ProjectShape, changed: { objectiveIds?: readonly string[] | undefined; portfolioChanged: boolean }): Promise<void> {
  if (p.plannedStart && p.plannedFinish && p.plannedFinish < p.plannedStart) {
    throw new AppError('validation_failed', `The planned finish (${p.plannedFinish}) is before the planned start (${p.plannedStart}).`, {
      errors: [{ path: 'plannedFinish', message: 'must be on or after plannedStart' }],
    });
  }
  const portfolio = await trx.selectFrom('portfolios').select(['id', 'code', 'archivedAt']).where('id', '=', p.portfolioId).executeTakeFirst();
  if (!portfolio) await assertExists(trx, 'portfolios', 'portfolioId', p.portfolioId);
  if (portfolio?.archivedAt && changed.portfolioChanged) {
    throw new AppError('invalid_reference', `Portfolio ${portfolio.code} is archived; put the project in an active portfolio.`, {
      errors: [{ path: 'portfolioId', message: 'portfolio is archived' }],
    });
  }
  if (p.programId) {
    const program = await trx.selectFrom('programs').select(['code', 'portfolioId']).where('id', '=', p.programId).executeTakeFirst();
    if (!program) await assertExists(trx, 'programs', 'programId', p.programId);
    else if (program.portfolioId !== p.portfolioId) {
      throw new AppError('invalid_reference', `Program ${program.code} belongs to another portfolio. Choose a program of this project’s portfolio, or move the project to the program’s portfolio.`, {
        errors: [{ path: 'programId', message: 'program is in another portfolio' }],
      });
    }
  }
  await assertExists(trx, 'users', 'sponsorId', p.sponsorId);
  await assertExists(trx, 'users', 'managerId', p.managerId);
  if (changed.objectiveIds) await assertAllExist(trx, 'objectives', 'objectiveIds', changed.objectiveIds);
}

/**
 * The phase a project takes in a methodology: the one asked for, which must be one of its phases,
 * or its first phase. With `fallBack`, a phase the methodology lacks (kept from another one) falls
 * back to the first phase rather than failing.
 */
export async function phaseOfMethodology(trx: Db, methodologyKey: string, phase: string | undefined, fallBack = false): Promise<string> {
  const { methodology } = await requireMethodology(trx, methodologyKey);
  const keys = methodology.phases.map((p) => p.key);
  if (phase === undefined || (fallBack && !keys.includes(phase))) return keys[0]!;
  if (!keys.includes(phase)) {
    throw new AppError('validation_failed', `The ${methodology.name} methodology has no phase "${phase}": use ${keys.join(', ')}.`, { errors: [{ path: 'phase', message: 'not a phase of the methodology' }] });
  }
  return phase;
}
