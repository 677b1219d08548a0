/**
 * cdr [caller, called, maxcount, days, dir, type, prefix, fields, summary, by, order]: call history or its summary
 * rows (002:L392, L752-L782). Endusers see their own calls; admins every call (unless acting as a user).
 */
import type { CdrParams, CdrResult } from '../../../../generated/mizu-v2/types.ts';
import { dayWindow, type CdrFilter, type CdrViewer } from '../../../domain/cdr/cdr-filter.ts';
import { listCdrs, summariseCdrs } from '../../../domain/cdr/cdr-query.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function cdr(params: CdrParams, ctx: MizuContext): Promise<CdrResult> {
  const user = ctx.principal.user;
  if (!user) throw new SwitchboardError('auth-failed', 'authentication required: send authid');
  const viewer: CdrViewer =
    ctx.principal.admin && !ctx.principal.actingAdmin
      ? { kind: 'admin', currency: user.currency }
      : { kind: 'user', userId: user.id, currency: user.currency };
  const filter: CdrFilter = {
    viewer,
    caller: params.caller || undefined,
    called: params.called || undefined,
    prefix: params.prefix || undefined,
    window: dayWindow(params.days),
    dir: params.dir,
    type: params.type,
  };
  const { fields, maxcount: limit } = params;
  const engine = ctx.services.db.engine;
  const total = () => summariseCdrs(ctx.em, engine, { filter, fields });
  // by=all is already the one total row; summary=yes adds it after any other list.
  if (params.by === 'all') return { rows: await total() };
  const rows = params.by
    ? await summariseCdrs(ctx.em, engine, { filter, fields, by: params.by, limit })
    : await listCdrs(ctx.em, { filter, fields, order: params.order, limit });
  if (params.summary) rows.push(...(await total()));
  return { rows };
}
