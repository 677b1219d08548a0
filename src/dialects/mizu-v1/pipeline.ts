/**
 * Mizu v1 over HTTP: `/xmapi/COMMAND?key=…&usr=…&pwd=…&…` (and /xjava/). Answers "OK…" or "ERROR:reason" in clear
 * text; with httpstrictresponse the HTTP status is 406/403/404/420/421/412 (000:L68-L80).
 */
import { ERRORS } from '../../../generated/common.ts';
import { byName } from '../../../generated/mizu-v1/dispatch.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { renderAnswer } from '../mizu/answer/index.ts';
import type { MizuAnswer, ResultKind } from '../mizu/answer/answer.ts';
import type { MizuContext, Transport } from '../mizu/context.ts';
import { invalid } from '../mizu-v2/pipeline.ts';
import { describeError, unavailable } from '../../runtime/edge-errors.ts';
import { observeRequest } from '../../runtime/observe-request.ts';
import { currentRequest } from '../../platform/observability/request-context.ts';
import type { Services } from '../../domain/services.ts';
import { authoriseV1 } from './authorise.ts';

type Handler = (params: unknown, ctx: MizuContext) => unknown;

export interface V1Input {
  command: string;
  params: Record<string, string>;
  ip: string;
  transport: Transport;
  failure?: unknown;
}

export class MizuV1Pipeline {
  readonly #s: Services;
  readonly #handlers: Record<string, Handler>;

  constructor(services: Services, handlers: object) {
    this.#s = services;
    this.#handlers = handlers as Record<string, Handler>;
  }

  handle(input: V1Input): Promise<{ body: string; contentType: string; httpStatus: number }> {
    return observeRequest(this.#s, { dialect: 'mizu-v1', transport: input.transport, ip: input.ip }, async (requestId, observed) => {
      observed.command = input.command || '(empty)';
      const request = currentRequest();
      if (request) request.command = observed.command;
      let answer: MizuAnswer;
      try {
        if (input.failure) throw input.failure;
        answer = await this.#run(input, requestId);
      } catch (e) {
        answer = { ok: false, error: describeError(e, this.#s.logger) };
      }
      if (!answer.ok) observed.outcome = answer.error.code;
      const strict = this.#s.options.bool('httpstrictresponse', false);
      // The old interface answers "ERROR:reason" with no space (000:L68).
      const body = answer.ok ? renderAnswer('text', answer).body : `ERROR:${answer.error.message}\n`;
      return { body, contentType: 'text/plain; charset=utf-8', httpStatus: !answer.ok && strict ? ERRORS[answer.error.code].httpStatus : 200 };
    });
  }

  async #run(input: V1Input, requestId: string): Promise<MizuAnswer> {
    const entry = byName.get(input.command.toLowerCase());
    if (!entry) throw new SwitchboardError('unknown-command', `invalid command: ${input.command}`);
    const handler = this.#handlers[entry.handler];
    unavailable(entry, handler !== undefined);
    const em = this.#s.db.lazyEm();
    const principal = await authoriseV1(this.#s, { access: entry.access!, params: input.params, ip: input.ip, em });
    await this.#s.limits.check(`v1:${entry.id}`, input.ip, principal.user?.id);
    const validated = entry.validate(input.params);
    if (!validated.ok) throw invalid(validated.issues);
    const ctx: MizuContext = { services: this.#s, get em() { return em(); }, principal, ip: input.ip, requestId, transport: input.transport, raw: input.params };
    const data = await handler!(validated.params, ctx);
    return { ok: true, kind: entry.resultKind as ResultKind, data: data ?? {}, message: entry.resultKind === 'ok' ? (data as { message?: string })?.message : undefined };
  }
}
