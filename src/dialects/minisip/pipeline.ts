/**
 * One openapi request through the runtime's pipeline: the operation from the generated dispatch table, bans and
 * the syskey, rate limit, validation (and the 32-bit columns' range), the handler, and the JSON answer.
 */
import { byName, type MinisipEntry } from '../../../generated/minisip/dispatch.ts';
import type { MinisipHandlers } from '../../../generated/minisip/types.ts';
import type { Services } from '../../domain/services.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { ParamIssue } from '../../protocol/coerce.ts';
import { parameterError } from '../../runtime/edge-errors.ts';
import { Pipeline, type Outcome, type PipelineAdapter } from '../../runtime/pipeline.ts';
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

interface MinisipRequest {
  entry: MinisipEntry;
  raw: Record<string, unknown>;
}

/** Every integer of the openapi is stored in a 32-bit column. */
const INT32 = 2 ** 31 - 1;

export class MinisipPipeline {
  readonly #pipeline: Pipeline<MinisipInput, MinisipRequest, void, MinisipContext, MinisipAnswer>;

  constructor(services: Services, handlers: MinisipHandlers<MinisipContext>) {
    this.#pipeline = new Pipeline(services, new MinisipAdapter(services), handlers);
  }

  async handle(input: MinisipInput): Promise<MinisipAnswer> {
    return this.#pipeline.handle(input);
  }
}

class MinisipAdapter implements PipelineAdapter<MinisipInput, MinisipRequest, void, MinisipContext, MinisipAnswer> {
  readonly dialect = 'minisip';
  readonly availability = 'admitted';
  readonly #s: Services;

  constructor(services: Services) {
    this.#s = services;
  }

  scope(input: MinisipInput) {
    return input;
  }

  decode(input: MinisipInput): MinisipRequest {
    const raw = input.params();
    const { object, operation } = decodePath(input.path);
    const entry = byName.get(`${object}/${operation}`);
    if (!entry) throw new SwitchboardError('unknown-command', `unknown object or operation: ${object}/${operation}`);
    return { entry, raw };
  }

  /** A banned address is refused before its syskey is even compared; then the request must carry the syskey. */
  async authorise(req: MinisipRequest, input: MinisipInput): Promise<void> {
    if (await this.#s.bans.isBanned(input.ip))
      throw new SwitchboardError('banned', 'too many failed requests from this address; try again later');
    await checkSyskey(this.#s, input.ip, req.raw);
  }

  limitOf(req: MinisipRequest) {
    return { key: req.entry.id };
  }

  refine(params: unknown): ParamIssue[] {
    return beyondInt32(params as Record<string, unknown>);
  }

  invalid(issues: ParamIssue[]) {
    return parameterError(issues, { problems: true });
  }

  context(req: MinisipRequest, _auth: undefined, input: MinisipInput, requestId: string): MinisipContext {
    return new MinisipRequestContext(this.#s, {
      ip: input.ip,
      port: input.port,
      requestId,
      transport: input.transport,
      raw: req.raw,
    });
  }

  render(outcome: Outcome, req: MinisipRequest | undefined): MinisipAnswer {
    if (outcome.ok) return success(outcome.data, req?.entry.bareRows);
    const { code, message, issues } = outcome.error;
    return failure(code, message, issues);
  }
}

/** A plain loop: this runs on every request, and most have no number too large. */
function beyondInt32(params: Record<string, unknown>): ParamIssue[] {
  const issues: ParamIssue[] = [];
  for (const param in params) {
    const value = params[param];
    if (typeof value === 'number' && Math.abs(value) > INT32)
      issues.push({ param, problem: `must be at most ${INT32}` });
  }
  return issues;
}
