// Server transactions (RFC 3261 §17.2.2, §17.2.3): matched by branch, sent-by and method; absorbed while pending;
// the same response after; forgotten after 64*T1 = 32 s. A pre-RFC 3261 branch matches on the dialog's identifiers.
import { describe, expect, it } from 'vitest';
import { parseSipMessage, parseVia, type SipRequest } from '../../../src/protocol/sip/message.ts';
import { ServerTransactions, TRANSACTION_MS, transactionKey } from '../../../src/runtime/sip/transactions.ts';
import { options } from './sip-peers.ts';

/** The transaction key of an OPTIONS request built from o. */
const request = (o: Parameters<typeof options>[0]) => {
  const req = parseSipMessage(Buffer.from(options(o))) as SipRequest;
  return transactionKey(req, parseVia(req.headers.get('Via')!));
};

describe('ServerTransactions', () => {
  it('is new, then pending, then answered with the same bytes, then forgotten after 32 s', () => {
    const transactions = new ServerTransactions();
    const req = request({ branch: 'z9hG4bKt1', callId: 'a' });
    expect(transactions.begin(req, 0)).toBeUndefined();
    expect(transactions.begin(req, 10)).toEqual({ kind: 'pending' });
    transactions.complete(req, Buffer.from('SIP/2.0 200 OK'), 20);
    expect(transactions.begin(req, 20 + TRANSACTION_MS - 1)).toEqual({
      kind: 'answered',
      response: Buffer.from('SIP/2.0 200 OK'),
    });
    expect(transactions.begin(req, 20 + TRANSACTION_MS)).toBeUndefined();
  });

  it('tells apart another branch, another method and another sent-by', () => {
    const transactions = new ServerTransactions();
    transactions.begin(request({ branch: 'z9hG4bKt2', callId: 'b' }), 0);
    expect(transactions.begin(request({ branch: 'z9hG4bKt3', callId: 'b' }), 0)).toBeUndefined();
    expect(transactions.begin(request({ branch: 'z9hG4bKt2', callId: 'b', method: 'REGISTER' }), 0)).toBeUndefined();
    expect(transactions.begin(request({ branch: 'z9hG4bKt2', callId: 'b', via: 'other.invalid' }), 0)).toBeUndefined();
  });

  it('matches an RFC 2543 request (no magic cookie) on Call-ID, CSeq, From and the top Via', () => {
    const transactions = new ServerTransactions();
    transactions.begin(request({ branch: 'old1', callId: 'c' }), 0);
    expect(transactions.begin(request({ branch: 'old1', callId: 'c' }), 0)).toEqual({ kind: 'pending' });
    expect(transactions.begin(request({ branch: 'old1', callId: 'd' }), 0)).toBeUndefined();
  });
});
