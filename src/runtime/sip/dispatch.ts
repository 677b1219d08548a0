/**
 * One incoming message, as bytes from any transport, to its answer: parse (garbage → the transport drops it or closes
 * the connection), answer what breaks RFC 3261 with 400/416/505 and the reason, absorb or re-answer retransmissions,
 * then hand the request to the handler of its method (OPTIONS answered here when no one takes it; others 405).
 */
import type { Logger } from 'pino';
import {
  parseSipMessage,
  responseTo,
  serializeSipMessage,
  SipParseError,
  type SipPeer,
  type SipRequest,
  type SipResponse,
} from '../../protocol/sip/message.ts';
import { newTag } from '../../protocol/sip/identifiers.ts';
import type { SipRequestHandler, SipResponseHandler } from './edge.ts';
import { ServerTransactions, transactionKey } from './transactions.ts';
import { responseDestination, stampTopVia } from './via.ts';

/** Messages a connection (TCP, WebSocket) has sent and not had answered before it stops being read. */
export const MAX_WAITING_MESSAGES = 32;

/** What the transport does with the bytes' outcome. */
export type Verdict = 'handled' | 'garbage';

/** Sends serialized bytes to a peer on the transport the request came in on. */
export type Reply = (bytes: Buffer, to: SipPeer) => void;

export class SipDispatch {
  readonly #handlers = new Map<string, SipRequestHandler>();
  readonly #transactions = new ServerTransactions();
  readonly #logger: Logger;
  readonly #responseListeners: SipResponseHandler[] = [];

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  onRequest(method: string, handler: SipRequestHandler): void {
    this.#handlers.set(method, handler);
  }

  onResponse(handler: SipResponseHandler): void {
    this.#responseListeners.push(handler);
  }

  /** The methods answered: each handled one, and OPTIONS. */
  allowed(): string[] {
    return [...new Set(['OPTIONS', ...this.#handlers.keys()])];
  }

  /** Never rejects: a fault of ours on one message is logged and the message treated as garbage, never a crash. */
  async receive(bytes: Buffer, from: SipPeer, reply: Reply, stream: boolean): Promise<Verdict> {
    try {
      return await this.#receive(bytes, from, reply, stream);
    } catch (err) {
      this.#logger.error({ err, peer: from }, 'SIP message failed');
      return 'garbage';
    }
  }

  async #receive(bytes: Buffer, from: SipPeer, reply: Reply, stream: boolean): Promise<Verdict> {
    let req: SipRequest;
    try {
      const message = parseSipMessage(bytes, { stream });
      if (message.kind === 'response') {
        // Client transactions live with whoever sent the request; nothing listening means nothing of ours asked.
        this.#hear(message, from);
        return 'handled';
      }
      req = message;
    } catch (e) {
      if (!(e instanceof SipParseError)) throw e;
      return this.#refuse(e, from, reply);
    }
    const via = stampTopVia(req, from);
    if (req.method === 'ACK') return 'handled'; // ACK is never answered (RFC 3261 §17.2.1)
    const key = transactionKey(req, via);
    const known = this.#transactions.begin(key);
    if (known) {
      if (known.kind === 'answered' && known.response) reply(known.response, responseDestination(via, from));
      return 'handled';
    }
    const response = await this.#answer(req, from);
    const bytesOut = response && serializeSipMessage(response);
    this.#transactions.complete(key, bytesOut);
    // The response's top Via is the request's, as stamped.
    if (bytesOut) reply(bytesOut, responseDestination(via, from));
    return 'handled';
  }

  /** A listener's fault is its own: logged, and the peer's connection stays open. */
  #hear(response: SipResponse, from: SipPeer): void {
    for (const listener of this.#responseListeners) {
      try {
        listener(response, from);
      } catch (err) {
        this.#logger.error({ err, peer: from }, 'SIP response listener failed');
      }
    }
  }

  /** A message that breaks a rule but was read is answered with the reason; anything less is garbage. */
  #refuse(e: SipParseError, from: SipPeer, reply: Reply): Verdict {
    const partial = e.partial;
    if (partial?.kind !== 'request') return partial ? 'handled' : 'garbage';
    if (partial.method === 'ACK') return 'handled';
    this.#logger.debug({ peer: from, reason: e.message }, 'SIP request refused');
    const response = responseTo(partial, e.status, reasonPhrase(e.message), newTag());
    reply(serializeSipMessage(response), from);
    return 'handled';
  }

  async #answer(req: SipRequest, from: SipPeer): Promise<SipResponse | undefined> {
    if (req.method === 'CANCEL') return responseTo(req, 481, 'Call/Transaction Does Not Exist', newTag());
    const required = req.headers.getAll('Require');
    if (required.length > 0) {
      const response = responseTo(req, 420, 'Bad Extension', newTag());
      response.headers.set('Unsupported', required.join(', '));
      return response;
    }
    const handler = this.#handlers.get(req.method);
    if (handler) {
      try {
        return await handler(req, from);
      } catch (err) {
        this.#logger.error({ err, method: req.method, peer: from }, 'SIP handler failed');
        return responseTo(req, 500, 'Server Internal Error', newTag());
      }
    }
    const response =
      req.method === 'OPTIONS'
        ? responseTo(req, 200, 'OK', newTag())
        : responseTo(req, 405, 'Method Not Allowed', newTag());
    response.headers.set('Allow', this.allowed().join(', '));
    return response;
  }
}

/** The parser's message as a reason phrase: printable, one line, bounded. */
function reasonPhrase(message: string): string {
  return message.replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
}
