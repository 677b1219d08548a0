/**
 * fastregusers (002:L406): the registrar's registrations, one row per contact. A refused REGISTER leaves no entry,
 * so succ and all list the same rows.
 */
import type { FastregusersParams, FastregusersResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { isoTime } from '../shared/registrations.ts';

export async function fastregusers(_params: FastregusersParams, ctx: MizuContext): Promise<FastregusersResult> {
  const bindings = await ctx.services.registrations.all();
  return {
    rows: bindings.map((b) => ({
      username: b.username,
      ip: b.source.address,
      port: b.source.port,
      success: true,
      // The registrar keeps the first registration's time and the expiry; a refresh moves the expiry only.
      lastseen: isoTime(b.registeredAt),
      expires: isoTime(b.expiresAt),
    })),
  };
}
