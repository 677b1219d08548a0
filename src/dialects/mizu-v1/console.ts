/**
 * oop: "any operation defined on the console API (Command passed by the txt parameter)" (000:L33). The console line is
 * a Mizu v2 request, either as a query string (`apientry=balance&…`) or as words (`heartbeat full`: the command, then
 * its parameters in their documented order). It runs as the admin who sent it and answers in text.
 */
import { byName } from '../../../generated/mizu-v2/dispatch.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { renderAnswer } from '../mizu/answer/index.ts';
import type { ResultKind } from '../mizu/answer/answer.ts';
import type { MizuContext } from '../mizu/context.ts';
import { decodeQuery, resolvePositional } from '../mizu/decode/index.ts';
import { parameterError } from '../../runtime/edge-errors.ts';
import { dispatch, type Handler } from '../../runtime/pipeline.ts';
import { mizuV2Handlers } from '../mizu-v2/handlers.ts';

/** Console words → parameters: the command, then param5.. (the positional form's function parameters). */
function consoleParams(txt: string): Record<string, string> {
  if (txt.includes('=')) return resolvePositional(decodeQuery(txt));
  const [command = '', ...args] = txt.trim().split(/\s+/);
  return { apientry: command, ...Object.fromEntries(args.map((a, i) => [`param${5 + i}`, a])) };
}

export async function runConsoleLine(txt: string, ctx: MizuContext): Promise<string> {
  const params = consoleParams(txt);
  const entry = byName.get((params.apientry ?? '').toLowerCase());
  if (!entry) throw new SwitchboardError('unknown-command', `unknown console command: ${params.apientry ?? ''}`);
  const handler = (mizuV2Handlers as Record<string, Handler<MizuContext> | undefined>)[entry.handler];
  const data = await dispatch(
    entry,
    handler,
    params,
    { ...ctx, raw: params },
    { invalid: (issues) => parameterError(issues, { problems: false }) },
  );
  return renderAnswer('text', {
    ok: true,
    kind: entry.resultKind as ResultKind,
    data: data ?? {},
    message: (data as { message?: string })?.message,
  }).body;
}
