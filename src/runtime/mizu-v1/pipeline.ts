/**
 * Mizu v1 over HTTP: `/xmapi/COMMAND?key=…&usr=…&pwd=…&…` (and /xjava/). Answers "OK…" or "ERROR:reason" in clear
 * text; with httpstrictresponse the HTTP status is 406/403/404/420/421/412 (000:L68-L80).
 */
import { ERRORS } from '../../../generated/common.ts';
import { byName } from '../../../generated/mizu-v1/dispatch.ts';
import { SwitchboardError } from '../../domain/errors.ts';
import { renderAnswer } from '../mizu/answer/index.ts';
import type { MizuAnswer, ResultKind } from '../mizu/answer/answer.ts';
import { DecodeError } from '../mizu/decode/errors.ts';
import type { MizuContext, Transport } from '../mizu/context.ts';
import { invalid, unavailable } from '../mizu/pipeline.ts';
import { newRequestId, runInRequest } from '../observability/request-context.ts';
import type { Services } from '../services.ts';
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
    const requestId = newRequestId();
    return runInRequest({ requestId, ip: input.ip, transport: input.transport, dialect: 'mizu-v1', command: input.command }, async () => {
      const started = performance.now();
      let answer: MizuAnswer;
      try {
        if (input.failure) throw input.failure;
        answer = await this.#run(input, requestId);
      } catch (e) {
        answer = { ok: false, error: this.#describe(e) };
      }
      const outcome = answer.ok ? 'ok' : answer.error.code;
      this.#s.metrics.requests.inc({ dialect: 'mizu-v1', command: input.command || '(empty)', transport: input.transport, outcome });
      this.#s.metrics.latency.observe({ dialect: 'mizu-v1', command: input.command || '(empty)' }, (performance.now() - started) / 1000);
      this.#s.logger.info({ outcome, ms: Math.round((performance.now() - started) * 10) / 10 }, 'request');
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
    const em = this.#s.db.em();
    const principal = await authoriseV1(this.#s, { access: entry.access!, params: input.params, ip: input.ip, em });
    await this.#s.limits.check(`v1:${entry.id}`, input.ip, principal.user?.id);
    const validated = entry.validate(input.params);
    if (!validated.ok) throw invalid(validated.issues);
    const ctx: MizuContext = { services: this.#s, em, principal, ip: input.ip, requestId, transport: input.transport, raw: input.params };
    const data = await handler!(validated.params, ctx);
    return { ok: true, kind: entry.resultKind as ResultKind, data: data ?? {}, message: entry.resultKind === 'ok' ? (data as { message?: string })?.message : undefined };
  }

  #describe(e: unknown): { code: keyof typeof ERRORS; message: string } {
    if (e instanceof SwitchboardError) return { code: e.code, message: e.message };
    if (e instanceof DecodeError) return { code: 'bad-request', message: e.message };
    this.#s.logger.error({ err: e }, 'unexpected error');
    return { code: 'internal', message: 'internal error' };
  }
}
