/** The little of SDP (RFC 4566) third-party call control writes itself; the parties' own descriptions pass untouched. */

/**
 * An answer refusing every stream of an offer (RFC 3264 §6: the answer's m= line with port 0): what A's ACK carries
 * when B never answered, so A's offer is answered before its dialog is ended with BYE.
 */
export function refusingAnswer(offer: Buffer): Buffer {
  const lines = offer.toString('utf8').split(/\r?\n/);
  const answer = lines.map((line) => line.replace(/^m=(\S+) \d+(\/\d+)? /, 'm=$1 0 '));
  return Buffer.from(answer.join('\r\n'), 'utf8');
}
