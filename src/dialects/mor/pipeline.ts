/**
 * One MOR page request through the runtime's pipeline: find the page, refuse banned addresses, authenticate (session
 * cookie or user_id + hash), rate-limit, validate, run the handler, and answer its XML document or file. A refusal
 * is an `<error>` document before the request is admitted, the page's `<action>` failed on an action page after.
 */
import { Readable } from 'node:stream';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { FileAnswer } from '../../../generated/common.ts';
import type { MorEntry } from '../../../generated/mor/dispatch.ts';
import type { MorHandlers } from '../../../generated/mor/types.ts';
import type { CachedUser } from '../../domain/accounts/user-cache.ts';
import { DEFAULT_SESSION_MINUTES, saveState, startSession, type PageState } from '../../domain/mor/sessions.ts';
import type { Services } from '../../domain/services.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { currentRequest } from '../../platform/observability/request-context.ts';
import type { ParamIssue } from '../../protocol/coerce.ts';
import { parameterError } from '../../runtime/edge-errors.ts';
import { Pipeline, type Outcome, type PipelineAdapter } from '../../runtime/pipeline.ts';
import { actionAnswer, errorAnswer } from './answer.ts';
import { authenticate, SESSION_COOKIE, type Proven } from './authenticate.ts';
import { refuseControlCharacters } from './http-route.ts';
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

/** An action page: its `<action><name>` and the failure text its validation errors start with. */
export interface ActionPage {
  name: string;
  failure: string;
}

interface MorPage {
  entry: MorEntry;
  raw: Record<string, string>;
  action: ActionPage | undefined;
  /** Forked on first use: a page answered from memory (the main page of a cached user) needs no unit of work. */
  em: () => SqlEntityManager;
  /** Headers the page sets (its session cookie). */
  headers: Record<string, string>;
}

const XML = 'application/xml; charset=utf-8';

export class MorPipeline {
  readonly #pipeline: Pipeline<MorRequest, MorPage, Proven | undefined, MorContext, MorResponse>;

  constructor(services: Services, handlers: MorHandlers<MorContext>, actionPages: Record<string, ActionPage>) {
    this.#pipeline = new Pipeline(services, new MorAdapter(services, actionPages), handlers);
  }

  async handle(req: MorRequest): Promise<MorResponse> {
    return this.#pipeline.handle(req);
  }
}

class MorAdapter implements PipelineAdapter<MorRequest, MorPage, Proven | undefined, MorContext, MorResponse> {
  readonly dialect = 'mor';
  readonly availability = 'admitted';
  readonly #s: Services;
  readonly #actions: Record<string, ActionPage>;

  constructor(services: Services, actionPages: Record<string, ActionPage>) {
    this.#s = services;
    this.#actions = actionPages;
  }

  scope(req: MorRequest) {
    return req;
  }

  decode(req: MorRequest): MorPage {
    if (req.failure) throw req.failure;
    const { entry, pathParams } = matchPage(req.method, req.path);
    const raw = { ...req.query, ...req.body, ...pathParams };
    refuseControlCharacters(raw);
    return { entry, raw, action: this.#actions[entry.handler], em: this.#s.db.lazyEm(), headers: {} };
  }

  async authorise(page: MorPage, req: MorRequest): Promise<Proven | undefined> {
    if (await this.#s.bans.isBanned(req.ip))
      throw new SwitchboardError('banned', 'too many failed requests from this address; try again later');
    if (page.entry.auth !== 'user') return undefined;
    const proven = await authenticate(this.#s, page.em, {
      raw: page.raw,
      hashOrder: page.entry.hashOrder,
      cookie: req.cookie,
      ip: req.ip,
    });
    const request = currentRequest();
    if (request) request.user = proven.user.username;
    return proven;
  }

  limitOf(page: MorPage, proven: Proven | undefined) {
    return { key: page.entry.id, user: proven?.user.id };
  }

  invalid(issues: ParamIssue[], page: MorPage) {
    return parameterError(issues, { problems: true, failure: page.action?.failure });
  }

  context(page: MorPage, proven: Proven | undefined, req: MorRequest, requestId: string): MorContext {
    const { em, headers } = page;
    const session = proven?.session;
    const state: PageState = session?.state ?? {};
    const sessionMinutes = this.#s.config.mor.sessionMinutes ?? DEFAULT_SESSION_MINUTES;
    return {
      services: this.#s,
      get em() {
        return em();
      },
      ip: req.ip,
      requestId,
      transport: req.transport,
      user: proven?.user,
      via: proven?.via,
      state,
      remember: async (pageName, filters) => {
        if (!session) return;
        state[pageName] = filters;
        await saveState(em(), session.tokenHash, state);
      },
      startSession: async (user: CachedUser) => {
        const opened = await startSession(em(), user.id, req.ip, sessionMinutes);
        headers['set-cookie'] = [
          `${SESSION_COOKIE}=${opened.token}`,
          'Path=/billing',
          `Max-Age=${Math.round(sessionMinutes * 60)}`,
          'HttpOnly',
          'SameSite=Lax',
          ...(req.transport === 'https' ? ['Secure'] : []),
        ].join('; ');
      },
    };
  }

  render(outcome: Outcome, page: MorPage | undefined): MorResponse {
    const headers = page?.headers ?? {};
    if (!outcome.ok) {
      const { code, message } = outcome.error;
      const rendered =
        outcome.admitted && page?.action
          ? actionAnswer(page.action.name, code, message)
          : errorAnswer(code, message, page !== undefined);
      return { status: rendered.status, contentType: XML, body: rendered.body, headers };
    }
    if (page!.entry.resultKind === 'file') return this.#file(outcome.data as FileAnswer, headers);
    return { status: 200, contentType: XML, body: renderXml(outcome.data as object), headers };
  }

  #file(answer: FileAnswer, headers: Record<string, string>): MorResponse {
    if (answer.filename)
      headers['content-disposition'] = `attachment; filename="${answer.filename.replace(/["\\\r\n]/g, '_')}"`;
    const body =
      typeof answer.body === 'string' || answer.body instanceof Uint8Array
        ? Readable.from([answer.body])
        : Readable.from(answer.body);
    body.on('error', (err) => this.#s.logger.error({ err }, 'export stream failed'));
    return { status: 200, contentType: answer.mediaType, body, headers };
  }
}
