/**
 * One Mizu v2 request, whatever transport brought it: unwrap encryption and the positional form, choose the answer
 * format, find the command in the generated dispatch table, authorise, rate-limit, validate, run the handler,
 * and render the answer. Errors are turned into the dialect's answer here, once.
 */
import { ERRORS } from '../../../generated/common.ts';
import { byName, type MizuV2Entry } from '../../../generated/mizu-v2/dispatch.ts';
import { SwitchboardError } from '../../domain/errors.ts';
import { currentRequest, newRequestId, runInRequest } from '../observability/request-context.ts';
import type { Services } from '../services.ts';
import { renderAnswer, guessFormat } from './answer/index.ts';
import type { MizuAnswer, MizuFormat, RenderedAnswer, ResultKind } from './answer/answer.ts';
import type { ParamIssue } from '../params/coerce.ts';
import { authorise } from './authorise.ts';
import type { MizuContext, Session, Transport } from './context.ts';
import { customBehaviour, customEntry, withCustomAction } from './custom-api.ts';
import { DecodeError } from './decode/errors.ts';
import { resolvePositional, unwrapEncrypted } from './decode/index.ts';
import { parseRequestLine } from '../listen/request-line.ts';

export interface MizuInput {
  transport: Transport;
  ip: string;
  params: Record<string, string>;
  /** /mvapireq/<command>: the equivalent form OpenAPI documents. */
  pathCommand?: string;
  bodyFormat?: string;
  accept?: string;
  session?: Session;
  /** The transport could not read the request (too large, malformed): answered as this error. */
  failure?: unknown;
}

export interface MizuOutput {
  rendered: RenderedAnswer;
  httpStatus: number;
  ok: boolean;
}

type Handler = (params: unknown, ctx: MizuContext) => unknown;

export class MizuV2Pipeline {
  readonly #s: Services;
  readonly #handlers: Record<string, Handler>;

  constructor(services: Services, handlers: object) {
    this.#s = services;
    this.#handlers = handlers as Record<string, Handler>;
  }

  handle(input: MizuInput): Promise<MizuOutput> {
    const requestId = newRequestId();
    return runInRequest({ requestId, ip: input.ip, transport: input.transport, dialect: 'mizu-v2' }, () => this.#handle(input, requestId));
  }

  async #handle(input: MizuInput, requestId: string): Promise<MizuOutput> {
    const started = performance.now();
    let format: MizuFormat = 'text';
    let command = input.pathCommand ?? '?';
    let answer: MizuAnswer;
    let callback: string | undefined;
    try {
      // The format is settled first, so that even a request that cannot be read is answered in the format it asked for.
      format = this.#format(input.params, input) ?? 'text';
      callback = input.params.callback;
      if (input.failure) throw input.failure;
      const params = withV1Names(resolvePositional(unwrapEncrypted(input.params, this.#s.options.get('httpapiencryptkey') || undefined)));
      callback = params.callback;
      const guessed = this.#format(params, input);
      if (!guessed) throw new SwitchboardError('invalid-parameter', `unknown answer format ${params.format}: use text, cleartext, html, xml, soap, json or jsonp`);
      format = guessed;
      const name = (params.apientry ?? input.pathCommand ?? '').toLowerCase();
      if (!name) throw new SwitchboardError('unknown-command', 'no command: send apientry=<command>');
      const entry = byName.get(name) ?? customEntry(this.#s, name);
      if (!entry) throw new SwitchboardError('unknown-command', `unknown command: ${name}`);
      command = entry.id;
      answer = await withCustomAction(this.#s, entry.id, params, () => this.#run(entry, params, input, requestId));
    } catch (e) {
      answer = { ok: false, error: this.#describe(e) };
    }
    const outcome = answer.ok ? 'ok' : answer.error.code;
    this.#s.metrics.requests.inc({ dialect: 'mizu-v2', command, transport: input.transport, outcome });
    this.#s.metrics.latency.observe({ dialect: 'mizu-v2', command }, (performance.now() - started) / 1000);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    this.#s.logger.info({ command, transport: input.transport, outcome, ms }, 'request');
    const strict = this.#s.options.bool('httpstrictresponse', false);
    return {
      rendered: renderAnswer(format, answer, { callback }),
      httpStatus: !answer.ok && strict ? ERRORS[answer.error.code].httpStatus : 200,
      ok: answer.ok,
    };
  }

  /** The answer format: asked for, or guessed from the request. A numeric format is a command's own parameter (voicerecdownload's audio format 1-4). */
  #format(params: Record<string, string>, input: MizuInput): MizuFormat | undefined {
    const asked = /^\d+$/.test(params.format ?? '') ? undefined : params.format;
    return guessFormat({ format: asked, callback: params.callback, bodyFormat: input.bodyFormat, accept: input.accept, transport: input.transport === 'https' ? 'http' : input.transport });
  }

  async #run(entry: MizuV2Entry, params: Record<string, string>, input: MizuInput, requestId: string): Promise<MizuAnswer> {
    const request = currentRequest();
    if (request) request.command = entry.id;
    // What is not served here is said before any authentication: it reveals nothing and spares the client a login.
    if (!customBehaviour(this.#s, entry.id)) unavailable(entry, this.#handlers[entry.handler] !== undefined);
    const em = this.#s.db.em();
    const principal = await authorise(this.#s, { command: entry.id, access: entry.access!, params, ip: input.ip, em });
    if (request && principal.user) request.user = principal.user.username;
    const forward = (line: string) => this.handle({ ...withJson(parseRequestLine(line)), transport: input.transport, ip: input.ip }).then((out) => out.rendered.body);
    return this.execute(entry, params, { services: this.#s, em, principal, ip: input.ip, requestId, transport: input.transport, raw: params, session: input.session, forward });
  }

  /** Runs a command for an already authorised principal: rate limit, status, validation, handler. Mizu v1 and oop reuse it. */
  async execute(entry: MizuV2Entry, params: Record<string, string>, ctx: MizuContext): Promise<MizuAnswer & { ok: true }> {
    await this.#s.limits.check(entry.id, ctx.ip, ctx.principal.user?.id);
    const custom = customBehaviour(this.#s, entry.id);
    if (custom) return custom(ctx);
    const handler = this.#handlers[entry.handler];
    unavailable(entry, handler !== undefined);
    const validated = entry.validate(params);
    if (!validated.ok) throw invalid(validated.issues);
    const data = await handler!(validated.params, ctx);
    const message = entry.resultKind === 'ok' ? (data as { message?: string } | undefined)?.message : undefined;
    return { ok: true, kind: entry.resultKind as ResultKind, data: data ?? {}, message };
  }

  #describe(e: unknown): { code: keyof typeof ERRORS; message: string; issues?: { param: string; problem: string }[] } {
    if (e instanceof SwitchboardError) return { code: e.code, message: e.message, issues: e.issues };
    if (e instanceof DecodeError) return { code: 'bad-request', message: e.message };
    this.#s.logger.error({ err: e }, 'unexpected error');
    return { code: 'internal', message: 'internal error' };
  }
}

function withJson(request: Pick<MizuInput, 'params' | 'pathCommand'>): Pick<MizuInput, 'params' | 'pathCommand'> {
  return { ...request, params: { ...request.params, format: 'json' } };
}

/** Refuses a command this server does not serve: planned ones (and any without a handler) and unsupported ones. */
export function unavailable(entry: { id: string; status: string; reason?: string; waitsFor?: string }, hasHandler: boolean): void {
  if (entry.status === 'unsupported') throw new SwitchboardError('unsupported', `not supported: ${entry.reason ?? entry.id}`);
  if (entry.status === 'planned' || !hasHandler) {
    throw new SwitchboardError('not-implemented', `not implemented yet: ${entry.id || 'the guessed action'}${entry.waitsFor ? ` (waits for the ${entry.waitsFor} port)` : ''}`);
  }
}

/** Parameter problems as one error: missing-parameter when every problem is a missing one. */
export function invalid(issues: ParamIssue[]): SwitchboardError {
  const missing = issues.every((i) => i.problem === 'is required');
  return new SwitchboardError(missing ? 'missing-parameter' : 'invalid-parameter', `${missing ? 'missing' : 'invalid'} parameter: ${issues.map((i) => i.param).join(', ')}`, issues);
}

/** "all functions in the old API works also via this new API with mapped parameters" (002:L145): key, usr/usrid, pwd. */
function withV1Names(params: Record<string, string>): Record<string, string> {
  if (params.usr === undefined && params.usrid === undefined && params.key === undefined && params.pwd === undefined && params.password === undefined) return params;
  return {
    ...params,
    authid: params.authid ?? params.usr ?? params.usrid,
    authkey: params.authkey ?? params.key,
    // 002:L817 sends password= for authpwd.
    authpwd: params.authpwd ?? params.pwd ?? params.password,
  } as Record<string, string>;
}
