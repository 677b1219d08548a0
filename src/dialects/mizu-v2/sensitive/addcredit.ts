/**
 * addcredit: add (or with a negative amount, deduct) credit for the user named by pin — through the ledger, once per
 * idempotencykey.
 */
import type { AddcreditParams, AddcreditResult } from '../../../../generated/mizu-v2/types.ts';
import { addPaidCredit } from '../../../domain/billing/payments.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { amountParam, fromMicros } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actorName } from '../../mizu/principal.ts';

export async function addcredit(params: AddcreditParams, ctx: MizuContext): Promise<AddcreditResult> {
  const { accounts } = ctx.services;
  const user = await accounts.cache.find(params.pin, () => ctx.em, accounts.pins.forLookup(params.pin));
  if (!user) throw new SwitchboardError('user-not-found', `no user ${params.pin}`);
  const result = await addPaidCredit(
    ctx.em,
    {
      userId: user.id,
      amountMicros: amountParam(params.credit, 'credit'),
      reason: 'addcredit',
      actor: actorName(ctx.principal),
      requestId: ctx.requestId,
      idempotencyKey: ctx.raw.idempotencykey || undefined,
    },
    { currency: user.currency, type: 'Manual' },
  );
  await ctx.services.accounts.cache.invalidate(user.id);
  return {
    message: `credit of ${user.username} is ${fromMicros(result.afterMicros)} ${user.currency}${result.replayed ? ' (already applied)' : ''}`,
  };
}
