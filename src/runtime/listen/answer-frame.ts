/**
 * The frame around each answer on a raw TCP connection that pipelines (several request lines sent before the answers
 * are read): the answer's lines, then a line `EOF` — the marker the seed ends its nonce answer with ("OK: new nonce
 * is:xxxEOF", 002:L290). An answer line that would read as the marker (`EOF`, `.EOF`, `..EOF`, …) is sent with one
 * more leading dot, so the first line `EOF` always ends the answer; a reader takes one dot off such lines.
 */
export const ANSWER_END = 'EOF';
const LOOKS_LIKE_END = /^\.*EOF\r?$/;

export function framedAnswer(body: string): string {
  const lines = (body.endsWith('\n') ? body.slice(0, -1) : body).split('\n');
  let text = '';
  for (const line of lines) text += `${LOOKS_LIKE_END.test(line) ? '.' : ''}${line}\n`;
  return `${text}${ANSWER_END}\n`;
}
