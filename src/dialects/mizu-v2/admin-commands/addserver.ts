/**
 * addserver: add a SIP server or traffic sender with the documented u_* fields and defaults
 * (domain/accounts/servers.ts).
 */
import type { AddserverParams, AddserverResult } from '../../../../generated/mizu-v2/types.ts';
import { addServer } from '../../../domain/accounts/servers.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { amountParam } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actor } from '../shared/request.ts';

export async function addserver(params: AddserverParams, ctx: MizuContext): Promise<AddserverResult> {
  const names = params.fieldname ?? {};
  const values = params.fieldval ?? {};
  const orphan = Object.keys(values).find((i) => names[Number(i)] === undefined);
  if (orphan !== undefined)
    throw new SwitchboardError('invalid-parameter', `fieldval${orphan} has no fieldname${orphan}`);
  const created = await addServer(
    ctx.services.accounts,
    ctx.em,
    {
      serverType: params.u_type ?? 0,
      name: params.u_name,
      username: params.u_username,
      password: params.u_password,
      domain: params.u_domain,
      ip: params.u_ip,
      port: params.u_port,
      proxy: params.u_proxy,
      transport: params.u_transport,
      needauth: params.u_auth,
      email: params.u_email,
      country: params.u_country,
      currency: params.u_currency,
      creditMicros: params.u_credit === undefined ? undefined : amountParam(params.u_credit, 'u_credit'),
      routing: params.u_routing,
      routingPriority: params.u_routingpriority,
      extra: Object.entries(names).map(([i, name]) => [name!, values[Number(i)] ?? '']),
    },
    actor(ctx),
  );
  return {
    userid: created.id,
    username: created.username,
    ...(created.password ? { password: created.password } : {}),
  };
}
