// Optimistic concurrency: every mutable row has a version; a change names the version it read.
import { AppError } from '../errors.ts';

/** Fails with version_conflict (and the current version) when the caller edited an old copy. */
export function assertVersion(entity: string, current: number, expected: number): void {
  if (current !== expected) {
    throw new AppError(
      'version_conflict',
      `${entity} was changed by someone else (you edited version ${expected}, it is now at version ${current}). Reload it, reapply your change and try again.`,
      { currentVersion: current },
    );
  }
}

/** After `UPDATE … WHERE version = expected`: zero rows means another writer got there first. */
export function assertUpdated(entity: string, updatedRows: bigint | number, expected: number): void {
  if (Number(updatedRows) !== 1) {
    throw new AppError('version_conflict', `${entity} was changed by someone else while you saved. Reload it and try again.`, {
      currentVersion: expected + 1,
    });
  }
}

/** The fields a patch sets: those not left undefined (null clears a field and is kept). */
export const patchedFields = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
