/**
 * One Mizu v2 request, whatever transport brought it, through the runtime's pipeline: unwrap encryption and the
 * positional form, choose the answer format, find the command (or a tb_api custom API), authorise, and render the
 * answer in the format asked for — a request that cannot be read included.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { ERRORS, type ErrorCode } from '../../../generated/common.ts';
import { byName, type MizuV2Entry } from '../../../generated/mizu-v2/dispatch.ts';
import type { MizuV2Handlers } from '../../../generated/mizu-v2/types.ts';
import type { Services } from '../../domain/services.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { currentRequest } from '../../platform/observability/request-context.ts';
import { whenReady, type Awaitable } from '../../platform/awaitable.ts';
import { Pipeline, type Outcome, type PipelineAdapter } from '../../runtime/pipeline.ts';
import { renderAnswer, guessFormat } from '../mizu/answer/index.ts';
import { mizuParameterError } from '../mizu/answer/parameter-error.ts';
import type { MizuAnswer, MizuFormat, RenderedAnswer, ResultKind } from '../mizu/answer/answer.ts';
import type { MizuContext, Session, Transport } from '../mizu/context.ts';
import type { Principal } from '../mizu/principal.ts';
import { resolvePositional, unwrapEncrypted } from '../mizu/decode/index.ts';
import { authorise } from './authorise.ts';
import { customBehaviour, customEntry, withCustomAction } from './custom-api.ts';
import { parseRequestLine } from './request-line.ts';

/** The ways of authenticating that prove a secret. */
const PROVEN = new Set<Principal['via']>(['password', 'pin', 'md5', 'nonce']);

export interface MizuInput {
  transport: Transport;
  ip: string;
  /** Came through a proxy not in trust.proxies: the address earns no trust (runtime/client-address.ts). */
  viaUnknownProxy?: boolean;
  params: Record<string, string>;
  /** /mvapireq/<command>: the equivalent form OpenAPI documents. */
  pathCommand?: string;
  bodyFormat?: string;
  accept?: string;
  session?: Session;
  /** The transport could not read the request (too large, malformed): answered as this error. */
  failure?: unknown;
  /**
   * How to answer, once the request's own parameters (decrypted, positional form resolved) say so: kept even when
   * reading the request fails after that point.
   */
  answerAs?: { format: MizuFormat; callback: string | undefined };
  /** Set once authorise has proven a user's secret (not a trusted address, nor a username alone). */
  authenticated?: boolean;
}

export interface MizuOutput {
  rendered: RenderedAnswer;
  httpStatus: number;
  ok: boolean;
  /** The error's code, when not ok. */
  error?: ErrorCode;
}

interface MizuRequest {
  entry: MizuV2Entry;
  raw: Record<string, string>;
  /** Forked on first use: the hot commands (balance, rating) answer from memory. */
  em: () => SqlEntityManager;
}

export class MizuV2Pipeline {
  readonly #pipeline: Pipeline<MizuInput, MizuRequest, Principal, MizuContext, MizuOutput>;

  constructor(services: Services, handlers: MizuV2Handlers<MizuContext>) {
    this.#pipeline = new Pipeline(services, new MizuV2Adapter(services, this), handlers);
  }

  handle(input: MizuInput): Promise<MizuOutput> {
    try {
      return Promise.resolve(this.#pipeline.handle(input));
    } catch (e) {
      return Promise.reject(e);
    }
  }
}

class MizuV2Adapter implements PipelineAdapter<MizuInput, MizuRequest, Principal, MizuContext, MizuOutput> {
  readonly dialect = 'mizu-v2';
  readonly availability = 'first';
  readonly #s: Services;
  readonly #pipeline: MizuV2Pipeline;

  constructor(services: Services, pipeline: MizuV2Pipeline) {
    this.#s = services;
    this.#pipeline = pipeline;
  }

  scope(input: MizuInput) {
    return input;
  }

  decode(input: MizuInput): MizuRequest {
    if (input.failure) throw input.failure;
    const params = withV1Names(
      resolvePositional(unwrapEncrypted(input.params, this.#s.options.get('httpapiencryptkey') || undefined)),
    );
    const format = askedFormat(params, input);
    input.answerAs = { format: format ?? askedFormat(input.params, input) ?? 'text', callback: params.callback };
    if (!format)
      throw new SwitchboardError(
        'invalid-parameter',
        `unknown answer format ${params.format}: use text, cleartext, html, xml, soap, json or jsonp`,
      );
    const name = (params.apientry ?? input.pathCommand ?? '').toLowerCase();
    if (!name) throw new SwitchboardError('unknown-command', 'no command: send apientry=<command>');
    const entry = byName.get(name) ?? customEntry(this.#s, name);
    if (!entry) throw new SwitchboardError('unknown-command', `unknown command: ${name}`);
    return { entry, raw: params, em: this.#s.db.lazyEm() };
  }

  authorise(req: MizuRequest, input: MizuInput): Awaitable<Principal> {
    const principal = authorise(this.#s, {
      command: req.entry.id,
      access: req.entry.access!,
      params: req.raw,
      ip: input.ip,
      viaUnknownProxy: input.viaUnknownProxy,
      needsCredentials: req.entry.needsCredentials,
      em: req.em,
    });
    return whenReady(principal, (p) => {
      const request = currentRequest();
      if (request && p.user) request.user = p.user.username;
      if (PROVEN.has(p.via)) input.authenticated = true;
      return p;
    });
  }

  limitOf(req: MizuRequest, principal: Principal) {
    return { key: req.entry.id, user: principal.user?.id };
  }

  override(req: MizuRequest) {
    return customBehaviour(this.#s, req.entry.id);
  }

  invalid(issues: Parameters<typeof mizuParameterError>[0]) {
    return mizuParameterError(issues);
  }

  context(req: MizuRequest, principal: Principal, input: MizuInput, requestId: string): MizuContext {
    return new HandlerContext(this.#pipeline, this.#s, req, principal, input, requestId);
  }

  around(req: MizuRequest, run: () => Awaitable<Outcome>): Awaitable<Outcome> {
    return withCustomAction(this.#s, req.entry.id, req.raw, run);
  }

  render(outcome: Outcome, req: MizuRequest | undefined, input: MizuInput): MizuOutput {
    // A request that could not be read is answered in the format its raw parameters asked for, else text.
    const { format, callback } = input.answerAs ?? {
      format: askedFormat(input.params, input) ?? 'text',
      callback: input.params.callback,
    };
    const answer: MizuAnswer = outcome.ok ? success(req!.entry, outcome) : { ok: false, error: outcome.error };
    const strict = this.#s.options.bool('httpstrictresponse', false);
    return {
      rendered: renderAnswer(format, answer, { callback }),
      httpStatus: !answer.ok && strict ? ERRORS[answer.error.code].httpStatus : 200,
      ok: answer.ok,
      error: answer.ok ? undefined : answer.error.code,
    };
  }
}

/**
 * The answer format: asked for, or guessed from the request. A numeric format is a command's own parameter
 * (voicerecdownload's audio format 1-4).
 */
function askedFormat(params: Record<string, string>, input: MizuInput): MizuFormat | undefined {
  const asked = /^\d+$/.test(params.format ?? '') ? undefined : params.format;
  return guessFormat({
    format: asked,
    callback: params.callback,
    bodyFormat: input.bodyFormat,
    accept: input.accept,
    transport: input.transport === 'https' ? 'http' : input.transport,
  });
}

/**
 * What a handler is given. A class: an object literal with a getter took ~0.4 µs to make, a request. Read `em`
 * through the object (a spread copy has none): the unit of work is forked on first use.
 */
class HandlerContext implements MizuContext {
  readonly services: Services;
  readonly principal: Principal;
  readonly ip: string;
  readonly viaUnknownProxy: boolean | undefined;
  readonly requestId: string;
  readonly transport: Transport;
  readonly raw: Readonly<Record<string, string>>;
  readonly session: Session | undefined;
  readonly #pipeline: MizuV2Pipeline;
  readonly #em: () => SqlEntityManager;

  constructor(
    pipeline: MizuV2Pipeline,
    services: Services,
    req: MizuRequest,
    principal: Principal,
    input: MizuInput,
    requestId: string,
  ) {
    this.#pipeline = pipeline;
    this.services = services;
    this.#em = req.em;
    this.principal = principal;
    this.ip = input.ip;
    this.viaUnknownProxy = input.viaUnknownProxy;
    this.requestId = requestId;
    this.transport = input.transport;
    this.raw = req.raw;
    this.session = input.session;
  }

  get em(): SqlEntityManager {
    return this.#em();
  }

  forward(line: string): Promise<string> {
    const request = parseRequestLine(line);
    const params = { ...request.params, format: 'json' };
    return this.#pipeline
      .handle({ ...request, params, transport: this.transport, ip: this.ip, viaUnknownProxy: this.viaUnknownProxy })
      .then((out) => out.rendered.body);
  }
}

function success(entry: MizuV2Entry, outcome: Extract<Outcome, { ok: true }>): MizuAnswer {
  const kind = (outcome.kind ?? entry.resultKind) as ResultKind;
  const data = outcome.data;
  const message = outcome.message ?? (kind === 'ok' ? (data as { message?: string } | undefined)?.message : undefined);
  return { ok: true, kind, data: data ?? {}, message };
}

/**
 * "all functions in the old API works also via this new API with mapped parameters" (002:L145): key, usr/usrid, pwd.
 */
function withV1Names(params: Record<string, string>): Record<string, string> {
  if (
    params.usr === undefined &&
    params.usrid === undefined &&
    params.key === undefined &&
    params.pwd === undefined &&
    params.password === undefined
  )
    return params;
  return {
    ...params,
    authid: params.authid ?? params.usr ?? params.usrid,
    authkey: params.authkey ?? params.key,
    // 002:L817 sends password= for authpwd.
    authpwd: params.authpwd ?? params.pwd ?? params.password,
  } as Record<string, string>;
}
