/**
 * One MOR page request: find the page, refuse banned addresses, authenticate (session cookie or user_id + hash),
 * rate-limit, validate, run the handler, and answer its XML document or file. Errors become the dialect's answer
 * here, once: `<error>` before the page runs, the page's `<action>` failed on an action page after.
 */
import { Readable } from 'node:stream';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { FileAnswer } from '../../../generated/common.ts';
import type { MorEntry } from '../../../generated/mor/dispatch.ts';
import type { CachedUser } from '../../domain/accounts/user-cache.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { DEFAULT_SESSION_MINUTES, saveState, startSession, type PageState } from '../../domain/mor/sessions.ts';
import { currentRequest } from '../../platform/observability/request-context.ts';
import { observeRequest, type Observed } from '../../runtime/observe-request.ts';
import { describeError } from '../../runtime/edge-errors.ts';
import type { Services } from '../../domain/services.ts';
import { actionAnswer, errorAnswer, type Rendered } from './answer.ts';
import { authenticate, SESSION_COOKIE, type Proven } from './authenticate.ts';
import type { MorContext } from './context.ts';
import { matchPage } from './routes.ts';
import { renderXml } from './xml.ts';

export interface MorRequest {
  method: string;
  /** The path below /billing. */
  path: string;
  query: Record<string, string>;
  /** Decoded form or JSON body fields. */
  body: Record<string, string>;
  cookie?: string;
  ip: string;
  transport: 'http' | 'https';
  /** The transport could not read the request (too large, malformed): answered as this error. */
  failure?: unknown;
}

export interface MorResponse {
  status: number;
  contentType: string;
  body: string | Readable;
  headers: Record<string, string>;
}

type Handler = (params: unknown, ctx: MorContext) => unknown;

/** An action page: its `<action><name>` and the failure text its validation errors start with. */
export interface ActionPage {
  name: string;
  failure: string;
}

const XML = 'application/xml; charset=utf-8';

export class MorPipeline {
  readonly #s: Services;
  readonly #handlers: Record<string, Handler>;
  readonly #actions: Record<string, ActionPage>;

  constructor(services: Services, handlers: object, actionPages: Record<string, ActionPage>) {
    this.#s = services;
    this.#handlers = handlers as Record<string, Handler>;
    this.#actions = actionPages;
  }

  handle(req: MorRequest): Promise<MorResponse> {
    return observeRequest(this.#s, { dialect: 'mor', transport: req.transport, ip: req.ip }, (requestId, observed) => this.#handle(req, requestId, observed));
  }

  async #handle(req: MorRequest, requestId: string, observed: Observed): Promise<MorResponse> {
    const headers: Record<string, string> = {};
    let action: ActionPage | undefined;
    let reached = false;
    try {
      if (req.failure) throw req.failure;
      const { entry, pathParams } = matchPage(req.method, req.path);
      observed.command = entry.id;
      action = this.#actions[entry.handler];
      const request = currentRequest();
      if (request) request.command = entry.id;
      const raw = { ...req.query, ...req.body, ...pathParams };
      // Forked on first use: a page answered from memory (the main page of a cached user) needs no unit of work.
      const em = this.#s.db.lazyEm();
      if (await this.#s.bans.isBanned(req.ip)) throw new SwitchboardError('banned', 'too many failed requests from this address; try again later');
      const proven = entry.auth === 'user' ? await authenticate(this.#s, em, { raw, hashOrder: entry.hashOrder, cookie: req.cookie, ip: req.ip }) : undefined;
      if (request && proven) request.user = proven.user.username;
      await this.#s.limits.check(entry.id, req.ip, proven?.user.id);
      reached = true;
      const data = await this.#run(entry, raw, { req, em, requestId, proven, headers });
      return entry.resultKind === 'file'
        ? this.#file(data as FileAnswer, headers)
        : { status: 200, contentType: XML, body: renderXml(data as object), headers };
    } catch (e) {
      const { code, message } = describeError(e, this.#s.logger);
      observed.outcome = code;
      const rendered: Rendered = reached && action ? actionAnswer(action.name, code, message) : errorAnswer(code, message);
      return { status: rendered.status, contentType: XML, body: rendered.body, headers };
    }
  }

  async #run(entry: MorEntry, raw: Record<string, string>, r: { req: MorRequest; em: () => SqlEntityManager; requestId: string; proven?: Proven; headers: Record<string, string> }): Promise<unknown> {
    const { req, em, requestId, proven, headers } = r;
    if (entry.status === 'unsupported') throw new SwitchboardError('unsupported', `not supported: ${entry.reason ?? entry.id}`);
    const handler = this.#handlers[entry.handler];
    if (entry.status === 'planned' || !handler) {
      throw new SwitchboardError('not-implemented', `not implemented yet: ${entry.id}${entry.waitsFor ? ` (waits for the ${entry.waitsFor === 'sip' ? 'SIP edge' : `${entry.waitsFor} port`})` : ''}`);
    }
    const validated = entry.validate(raw);
    if (!validated.ok) {
      const missing = validated.issues.every((i) => i.problem === 'is required');
      const text = validated.issues.map((i) => `${i.param} ${i.problem}`).join('; ');
      const failure = this.#actions[entry.handler]?.failure;
      throw new SwitchboardError(missing ? 'missing-parameter' : 'invalid-parameter', failure ? (missing ? failure : `${failure}: ${text}`) : `${missing ? 'missing' : 'invalid'} parameter: ${text}`, validated.issues);
    }
    const session = proven?.session;
    const state: PageState = session?.state ?? {};
    const ctx: MorContext = {
      services: this.#s,
      get em() {
        return em();
      },
      ip: req.ip, requestId, transport: req.transport, user: proven?.user, via: proven?.via, state,
      remember: async (pageName, filters) => {
        if (!session) return;
        state[pageName] = filters;
        await saveState(em(), session.tokenHash, state);
      },
      startSession: async (user: CachedUser) => {
        const minutes = this.#s.config.mor.sessionMinutes ?? DEFAULT_SESSION_MINUTES;
        const opened = await startSession(em(), user.id, req.ip, minutes);
        headers['set-cookie'] = [
          `${SESSION_COOKIE}=${opened.token}`, 'Path=/billing', `Max-Age=${Math.round(minutes * 60)}`, 'HttpOnly', 'SameSite=Lax',
          ...(req.transport === 'https' ? ['Secure'] : []),
        ].join('; ');
      },
    };
    return handler(validated.params, ctx);
  }

  #file(answer: FileAnswer, headers: Record<string, string>): MorResponse {
    if (answer.filename) headers['content-disposition'] = `attachment; filename="${answer.filename.replace(/["\\\r\n]/g, '_')}"`;
    const body = typeof answer.body === 'string' || answer.body instanceof Uint8Array
      ? Readable.from([answer.body])
      : Readable.from(answer.body);
    body.on('error', (err) => this.#s.logger.error({ err }, 'export stream failed'));
    return { status: 200, contentType: answer.mediaType, body, headers };
  }
}
