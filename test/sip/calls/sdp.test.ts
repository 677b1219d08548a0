// The answer A's ACK carries when B never answered (RFC 3264 §6): every stream of A's offer refused with port 0.
import { describe, expect, it } from 'vitest';
import { refusingAnswer } from '../../../src/domain/telephony/calls/sdp.ts';

describe('refusingAnswer', () => {
  it('sets the port of every m= line to 0 and leaves the other lines as they were', () => {
    const offer = Buffer.from(
      'v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=a\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/8000\r\nm=video 5000/2 RTP/AVP 96\r\n',
    );
    expect(refusingAnswer(offer).toString()).toBe(
      'v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=a\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 0 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/8000\r\nm=video 0 RTP/AVP 96\r\n',
    );
  });
});
