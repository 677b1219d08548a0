/**
 * What cli [anum] (add a pin-less number, 000:L118-L119) and addcallbacknumber [anum]: numbers a user registers as its
 * own
 * caller numbers. One number identifies one user.
 */
import { addOwnNumber, type OwnNumberKind } from '../../../domain/accounts/phone-numbers.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { requireUser } from './request.ts';

const NAMES: Record<OwnNumberKind, string> = { ani: 'pin-less number', callback: 'callback number' };

export async function register(number: string, kind: OwnNumberKind, ctx: MizuContext): Promise<{ message: string }> {
  const user = requireUser(ctx);
  const added = await addOwnNumber(ctx.em, number, user.id, kind);
  return {
    message: added
      ? `${NAMES[kind]} ${number} added for ${user.username}`
      : `${number} is already registered to ${user.username}`,
  };
}
