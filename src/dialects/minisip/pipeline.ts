/**
 * One openapi request: bans, the syskey, the operation from the generated dispatch table, rate limit, validation,
 * the handler, and the JSON answer. Errors become the dialect's answer here, once.
 */
import { byName, type MinisipEntry } from '../../../generated/minisip/dispatch.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { ParamIssue } from '../../protocol/coerce.ts';
import { currentRequest } from '../../platform/observability/request-context.ts';
import { observeRequest, type Observed } from '../../runtime/observe-request.ts';
import { describeError, unavailable } from '../../runtime/edge-errors.ts';
import type { Services } from '../../domain/services.ts';
import { failure, success, type MinisipAnswer } from './answer.ts';
import { MinisipRequestContext, type MinisipContext } from './context.ts';
import { decodePath } from './decode.ts';
import { checkSyskey } from './syskey.ts';

export interface MinisipInput {
  transport: 'http' | 'https';
  ip: string;
  /** The local port the request arrived on. */
  port: number;
  /** The request path, /openapi/object[/operation]. */
  path: string;
  /** The decoding of the query string or body; throws what the transport could not read. */
  params: () => Record<string, unknown>;
}

type Handler = (params: unknown, ctx: MinisipContext) => unknown;

/** Every integer of the openapi is stored in a 32-bit column. */
const INT32 = 2 ** 31 - 1;

export class MinisipPipeline {
  readonly #s: Services;
  readonly #handlers: Record<string, Handler>;

  constructor(services: Services, handlers: object) {
    this.#s = services;
    this.#handlers = handlers as Record<string, Handler>;
  }

  handle(input: MinisipInput): Promise<MinisipAnswer> {
    return observeRequest(this.#s, { dialect: 'minisip', transport: input.transport, ip: input.ip }, (requestId, observed) => this.#handle(input, requestId, observed));
  }

  async #handle(input: MinisipInput, requestId: string, observed: Observed): Promise<MinisipAnswer> {
    try {
      const raw = await this.#admit(input);
      const { object, operation } = decodePath(input.path);
      const entry = byName.get(`${object}/${operation}`);
      if (!entry) throw new SwitchboardError('unknown-command', `unknown object or operation: ${object}/${operation}`);
      observed.command = entry.id;
      const request = currentRequest();
      if (request) request.command = entry.id;
      const ctx = new MinisipRequestContext(this.#s, { ip: input.ip, port: input.port, requestId, transport: input.transport, raw });
      return success(await this.#run(entry, raw, ctx));
    } catch (e) {
      const error = describeError(e, this.#s.logger);
      observed.outcome = error.code;
      return failure(error.code, error.message, error.issues);
    }
  }

  /** A banned address is refused before its request is even read; then the request must carry the syskey. */
  async #admit(input: MinisipInput): Promise<Record<string, unknown>> {
    if (await this.#s.bans.isBanned(input.ip)) throw new SwitchboardError('banned', 'too many failed requests from this address; try again later');
    const raw = input.params();
    await checkSyskey(this.#s, input.ip, raw);
    return raw;
  }

  async #run(entry: MinisipEntry, raw: Record<string, unknown>, ctx: MinisipContext): Promise<unknown> {
    await this.#s.limits.check(entry.id, ctx.ip);
    const handler = this.#handlers[entry.handler];
    unavailable(entry, handler !== undefined);
    const validated = entry.validate(raw);
    if (!validated.ok) throw invalid(validated.issues);
    const tooLarge = beyondInt32(validated.params as Record<string, unknown>);
    if (tooLarge.length) throw invalid(tooLarge);
    return handler!(validated.params, ctx);
  }
}

/** A plain loop: this runs on every request, and most have no number too large. */
function beyondInt32(params: Record<string, unknown>): ParamIssue[] {
  const issues: ParamIssue[] = [];
  for (const param in params) {
    const value = params[param];
    if (typeof value === 'number' && Math.abs(value) > INT32) issues.push({ param, problem: `must be at most ${INT32}` });
  }
  return issues;
}

function invalid(issues: ParamIssue[]): SwitchboardError {
  const missing = issues.every((i) => i.problem === 'is required');
  const list = issues.map((i) => `${i.param} ${i.problem}`).join('; ');
  return new SwitchboardError(missing ? 'missing-parameter' : 'invalid-parameter', `${missing ? 'missing' : 'invalid'} parameter: ${list}`, issues);
}
