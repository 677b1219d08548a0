/**
 * Mizu v1 over HTTP: `/xmapi/COMMAND?key=…&usr=…&pwd=…&…` (and /xjava/), through the runtime's pipeline. Answers
 * "OK…" or "ERROR:reason" in clear text; with httpstrictresponse the HTTP status is 406/403/404/420/421/412
 * (000:L68-L80).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { ERRORS } from '../../../generated/common.ts';
import { byName, type MizuV1Entry } from '../../../generated/mizu-v1/dispatch.ts';
import type { MizuV1Handlers } from '../../../generated/mizu-v1/types.ts';
import type { Services } from '../../domain/services.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { Awaitable } from '../../platform/awaitable.ts';
import { Pipeline, type Outcome, type PipelineAdapter } from '../../runtime/pipeline.ts';
import { renderAnswer } from '../mizu/answer/index.ts';
import { mizuParameterError } from '../mizu/answer/parameter-error.ts';
import type { ResultKind } from '../mizu/answer/answer.ts';
import type { MizuContext, Transport } from '../mizu/context.ts';
import type { Principal } from '../mizu/principal.ts';
import { authoriseV1 } from './authorise.ts';

export interface V1Input {
  command: string;
  params: Record<string, string>;
  ip: string;
  /** Came through a proxy not in trust.proxies: the address earns no trust (runtime/client-address.ts). */
  viaUnknownProxy?: boolean;
  transport: Transport;
  failure?: unknown;
}

export interface V1Output {
  body: string;
  contentType: string;
  httpStatus: number;
}

interface V1Request {
  entry: MizuV1Entry;
  raw: Record<string, string>;
  em: () => SqlEntityManager;
}

export class MizuV1Pipeline {
  readonly #pipeline: Pipeline<V1Input, V1Request, Principal, MizuContext, V1Output>;

  constructor(services: Services, handlers: MizuV1Handlers<MizuContext>) {
    this.#pipeline = new Pipeline(services, new MizuV1Adapter(services), handlers);
  }

  async handle(input: V1Input): Promise<V1Output> {
    return this.#pipeline.handle(input);
  }
}

class MizuV1Adapter implements PipelineAdapter<V1Input, V1Request, Principal, MizuContext, V1Output> {
  readonly dialect = 'mizu-v1';
  readonly availability = 'first';
  readonly #s: Services;

  constructor(services: Services) {
    this.#s = services;
  }

  scope(input: V1Input) {
    return input;
  }

  decode(input: V1Input): V1Request {
    if (input.failure) throw input.failure;
    const entry = byName.get(input.command.toLowerCase());
    if (!entry) throw new SwitchboardError('unknown-command', `invalid command: ${input.command}`);
    return { entry, raw: input.params, em: this.#s.db.lazyEm() };
  }

  authorise(req: V1Request, input: V1Input): Awaitable<Principal> {
    return authoriseV1(this.#s, {
      access: req.entry.access!,
      params: req.raw,
      ip: input.ip,
      viaUnknownProxy: input.viaUnknownProxy,
      needsCredentials: req.entry.needsCredentials,
      em: req.em,
    });
  }

  /** Counted apart from the Mizu v2 command of the same name. */
  limitOf(req: V1Request, principal: Principal) {
    return { key: `v1:${req.entry.id}`, user: principal.user?.id };
  }

  invalid(issues: Parameters<typeof mizuParameterError>[0]) {
    return mizuParameterError(issues);
  }

  context(req: V1Request, principal: Principal, input: V1Input, requestId: string): MizuContext {
    const em = req.em;
    return {
      services: this.#s,
      get em() {
        return em();
      },
      principal,
      ip: input.ip,
      viaUnknownProxy: input.viaUnknownProxy,
      requestId,
      transport: input.transport,
      raw: req.raw,
    };
  }

  render(outcome: Outcome, req: V1Request | undefined): V1Output {
    const strict = this.#s.options.bool('httpstrictresponse', false);
    if (!outcome.ok) {
      // The old interface answers "ERROR:reason" with no space (000:L68).
      const { code, message } = outcome.error;
      return { body: `ERROR:${message}\n`, contentType: TEXT, httpStatus: strict ? ERRORS[code].httpStatus : 200 };
    }
    const kind = req!.entry.resultKind as ResultKind;
    const data = outcome.data ?? {};
    const message = kind === 'ok' ? (outcome.data as { message?: string } | undefined)?.message : undefined;
    return { body: renderAnswer('text', { ok: true, kind, data, message }).body, contentType: TEXT, httpStatus: 200 };
  }
}

const TEXT = 'text/plain; charset=utf-8';
