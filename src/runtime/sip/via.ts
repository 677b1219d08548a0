/**
 * The top Via of a request as it arrives and where its responses go (RFC 3261 §18.2.1, §18.2.2; RFC 3581). The
 * edge always stamps `received` when the sent-by host is not the source address, so a response goes back to the
 * address the request came from — never to a host named in a packet (maddr included), which would let a spoofed
 * request reflect traffic elsewhere.
 */
import { isIP } from 'node:net';
import { formatVia, parseVia, type SipPeer, type SipRequest, type Via } from '../../protocol/sip/message.ts';

const DEFAULT_PORT = 5060;

/**
 * Adds `received` (source address) and fills an empty `rport` (source port) on the request's top Via (the parser
 * makes sure there is one), and answers it: read once, it serves the transaction's key and the response's way back.
 */
export function stampTopVia(req: SipRequest, from: SipPeer): Via {
  const top = req.headers.get('Via')!;
  const via = parseVia(top);
  const received = via.host !== from.address || isIP(via.host) === 0;
  const rport = via.params.get('rport') === '';
  if (!received && !rport) return via;
  const params = new Map(via.params);
  if (received) params.set('received', from.address);
  if (rport) params.set('rport', String(from.port));
  const stamped = { ...via, params };
  const vias = req.headers.getAll('Via');
  vias[0] = formatVia(stamped);
  req.headers.delete('Via');
  for (const value of vias) req.headers.append('Via', value);
  return stamped;
}

/** Where a UDP response goes: the source address, at the rport or the sent-by port (RFC 3261 §18.2.2). */
export function responseDestination(via: Via, from: SipPeer): SipPeer {
  if (from.transport !== 'udp') return from;
  const rport = via.params.get('rport');
  const port = rport ? Number(rport) : (via.port ?? DEFAULT_PORT);
  return { ...from, port };
}
