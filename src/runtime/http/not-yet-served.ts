/** The dialects whose commands are all still planned answer that clearly, in their own form, rather than 404. */
import type { Context } from 'koa';

const ANSWERS = {
  'mizu-v1': (cmd: string) => ({ type: 'text/plain; charset=utf-8', body: `ERROR: not implemented yet: ${cmd}\n` }),
  minisip: (cmd: string) => ({ type: 'application/json', body: JSON.stringify({ result: 'error', error: { code: 'not-implemented', message: `not implemented yet: ${cmd}` } }) }),
  mor: (cmd: string) => ({ type: 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?>\n<error>not implemented yet: ${cmd.replace(/[<>&"']/g, '')}</error>\n` }),
};

export function notYetServed(dialect: keyof typeof ANSWERS) {
  return (ctx: Context): void => {
    const answer = ANSWERS[dialect](ctx.path);
    ctx.status = 501;
    ctx.type = answer.type;
    ctx.body = answer.body;
  };
}
