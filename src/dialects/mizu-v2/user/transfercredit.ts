/**
 * transfercredit [username, credit] (001:L362, 002:L370): user A sends credit to user B, atomically, once per
 * idempotencykey; B's MOR payments page shows it as a Transfer payment.
 */
import type { TransfercreditParams, TransfercreditResult } from '../../../../generated/mizu-v2/types.ts';
import { transferPaidCredit } from '../../../domain/billing/payments.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { amountParam, fromMicros } from '../../../platform/money.ts';
import { User } from '../../../persistence/entities/user.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor, idempotencyKey, requireUser } from '../shared/request.ts';

export async function transfercredit(params: TransfercreditParams, ctx: MizuContext): Promise<TransfercreditResult> {
  const sender = requireUser(ctx);
  const amount = amountParam(params.credit, 'credit');
  if (amount <= 0n) throw new SwitchboardError('invalid-parameter', 'credit must be a positive amount');
  const receiver = await ctx.em.findOne(
    User,
    { username: params.username },
    { fields: ['id', 'username', 'currency', 'enabled'], disableIdentityMap: true },
  );
  if (!receiver?.enabled) throw new SwitchboardError('user-not-found', `no user ${params.username}`);
  if (receiver.id === sender.id) throw new SwitchboardError('invalid-parameter', 'cannot transfer credit to yourself');
  if (receiver.currency !== sender.currency) {
    throw new SwitchboardError(
      'invalid-parameter',
      `${receiver.username}'s account is in ${receiver.currency} and yours in ${sender.currency}`,
    );
  }
  const who = actor(ctx);
  const result = await transferPaidCredit(
    ctx.em,
    {
      fromUserId: sender.id,
      toUserId: receiver.id,
      amountMicros: amount,
      reason: `transfer ${sender.username} to ${receiver.username}`.slice(0, 64),
      actor: who.name,
      requestId: who.requestId,
      idempotencyKey: idempotencyKey(ctx),
    },
    receiver.currency,
  );
  await ctx.services.accounts.cache.invalidate(sender.id);
  await ctx.services.accounts.cache.invalidate(receiver.id);
  return {
    message: `${fromMicros(amount)} ${sender.currency} transferred to ${receiver.username}; your credit is ${fromMicros(result.from.afterMicros)} ${sender.currency}${result.replayed ? ' (already applied)' : ''}`,
  };
}
