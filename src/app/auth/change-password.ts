// Anyone signed in may change their own password, proving they know the current one. Their other
// sessions end; the current one stays.
import type { PasswordChange } from '../../contracts/user.schema.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { hashPassword, sha256, verifyPassword } from './secrets.ts';

export async function changeOwnPassword(ctx: AppContext, input: PasswordChange, keepSessionSecret: string | null): Promise<void> {
  const user = await ctx.db.selectFrom('users').selectAll().where('id', '=', ctx.actor.userId).executeTakeFirst();
  if (!user) throw notFound('User', ctx.actor.userId);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'The current password is not right. Type it again.', { errors: [{ path: 'currentPassword', message: 'wrong password' }] });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('validation_failed', 'Choose a new password that differs from the current one.', { errors: [{ path: 'newPassword', message: 'same as the current password' }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (trx) => {
    await trx.updateTable('users').set({ passwordHash, updatedAt: nowIso(ctx.clock), version: user.version + 1 }).where('id', '=', user.id).execute();
    let others = trx.deleteFrom('sessions').where('userId', '=', user.id);
    if (keepSessionSecret) others = others.where('id', '<>', sha256(keepSessionSecret));
    await others.execute();
    await recordAudit(trx, ctx, { entityType: 'user', entityId: user.id, action: 'password_change' });
  });
}
