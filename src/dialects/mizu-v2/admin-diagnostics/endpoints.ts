/**
 * endpoints (001:L420, 002:L407): every SIP endpoint the server knows: the registered contacts (devices) and the SIP
 * servers and traffic senders added with addserver (configured; their reachability is not probed).
 */
import type { EndpointsParams, EndpointsResult, EndpointsRow } from '../../../../generated/mizu-v2/types.ts';
import { User } from '../../../persistence/entities/user.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { isoTime, userIdsOf } from '../shared/registrations.ts';

const TRANSPORTS = new Set<EndpointsRow['transport']>(['udp', 'tcp', 'tls', 'ws', 'wss']);

export async function endpoints(_params: EndpointsParams, ctx: MizuContext): Promise<EndpointsResult> {
  const bindings = await ctx.services.registrations.all();
  const ids = await userIdsOf(bindings, ctx);
  const devices: EndpointsRow[] = bindings.map((b) => ({
    username: b.username,
    userid: ids.get(b.username) ?? 0,
    type: 'device',
    contact: b.contact,
    ip: b.source.address,
    port: b.source.port,
    transport: b.source.transport,
    useragent: b.userAgent,
    state: 'registered',
    lastseen: isoTime(b.registeredAt),
  }));
  const servers = await ctx.em.find(
    User,
    { servertype: { $ne: null } },
    { fields: ['id', 'username', 'ip', 'port', 'transport'], orderBy: { id: 'asc' } },
  );
  return {
    rows: [
      ...devices,
      ...servers.map(
        (s): EndpointsRow => ({
          username: s.username,
          userid: s.id,
          type: 'server',
          ip: s.ip,
          port: s.port,
          transport: TRANSPORTS.has(s.transport as EndpointsRow['transport'])
            ? (s.transport as EndpointsRow['transport'])
            : 'udp',
          state: 'configured',
        }),
      ),
    ],
  };
}
