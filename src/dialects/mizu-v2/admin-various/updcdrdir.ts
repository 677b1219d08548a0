/**
 * updcdrdir (002 Various operations, name only): every CDR's direction recomputed by the rule CDRs are written and
 * imported with (domain/cdr/cdr-import.ts): in when only a called local user is known, else out.
 */
import type { UpdcdrdirParams, UpdcdrdirResult } from '../../../../generated/mizu-v2/types.ts';
import { Cdr } from '../../../persistence/entities/cdr.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function updcdrdir(_params: UpdcdrdirParams, ctx: MizuContext): Promise<UpdcdrdirResult> {
  const updated = await ctx.em.transactional(async (tx) => {
    const inbound = await tx.nativeUpdate(
      Cdr,
      { userId: null, calledUserId: { $ne: null }, direction: { $ne: 'in' } },
      { direction: 'in' },
    );
    const outbound = await tx.nativeUpdate(
      Cdr,
      { $or: [{ userId: { $ne: null } }, { calledUserId: null }], direction: { $ne: 'out' } },
      { direction: 'out' },
    );
    return inbound + outbound;
  });
  if (updated) await ctx.services.cdrChanges.changed('everyone');
  return { updated };
}
