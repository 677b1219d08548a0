/**
 * The one request pipeline of every dialect: decode → authorise → rate-limit → validate (generated) → dispatch
 * (generated) → render, observed from start to end (observe-request.ts). A dialect supplies a PipelineAdapter for
 * the steps that are its own — how a request is read, who may run it, what its answer looks like — and errors become
 * the dialect's answer once, in its render. Synchronous until a step has to wait: an answer from memory (balance
 * from the user cache) makes no promise.
 */
import type { RateLimits } from '../domain/access/rate-limits.ts';
import { isPending, whenReady, type Awaitable } from '../platform/awaitable.ts';
import type { SwitchboardError } from '../platform/errors.ts';
import { currentRequest } from '../platform/observability/request-context.ts';
import type { ParamIssue, Validated } from '../protocol/coerce.ts';
import { describeError, unavailable, type DescribedError } from './edge-errors.ts';
import { observeRequest, type ObserveDeps } from './observe-request.ts';

/** A command as the generated dispatch tables describe it. */
export interface CommandEntry {
  id: string;
  handler: string;
  status: string;
  reason?: string;
  waitsFor?: string;
  validate(raw: never): Validated<unknown>;
}

/** A request read far enough to know its command, with the parameters the generated validator reads. */
export interface Decoded<E extends CommandEntry = CommandEntry> {
  entry: E;
  raw: Record<string, unknown>;
}

/**
 * How a request ended. A success may name its own kind and message (a custom API's rows); a failure says whether
 * the request had been admitted (authorised and within its limits), which MOR's action pages answer differently.
 */
export type Outcome =
  | { ok: true; data: unknown; kind?: string; message?: string }
  | { ok: false; error: DescribedError; admitted: boolean };

export type Success = Extract<Outcome, { ok: true }>;

export type Handler<Ctx> = (params: never, ctx: Ctx) => unknown;

export interface PipelineAdapter<In, D extends Decoded, A, Ctx, Out> {
  readonly dialect: string;
  /** The transport and client address, for the log line and the metrics. */
  scope(input: In): { transport: string; ip: string };
  /** Reads the request and finds its command: throws what cannot be read or is no command. */
  decode(input: In): D;
  /**
   * When a command this server does not serve is refused: 'first', before authentication (it reveals nothing and
   * spares the client a login), or 'admitted', once the request is authorised and within its limits.
   */
  readonly availability: 'first' | 'admitted';
  /** Proves who asks and whether they may run the command; throws a refusal. */
  authorise(req: D, input: In): Awaitable<A>;
  /** What the rate limits count: the command's key and the user, if any. */
  limitOf(req: D, auth: A): { key: string; user?: number };
  /** A behaviour of the dialect's own that replaces the command (a tb_api custom API): no validation, no handler. */
  override?(req: D): ((ctx: Ctx) => Awaitable<Success>) | undefined;
  /** Checks beyond the generated validators (miniSIPServer's 32-bit integers). */
  refine?(params: unknown): ParamIssue[];
  /** Parameter problems as the dialect's error. */
  invalid(issues: ParamIssue[], req: D): SwitchboardError;
  context(req: D, auth: A, input: In, requestId: string): Ctx;
  /** Wraps everything after decoding (tb_api custom actions run on the outcome). */
  around?(req: D, run: () => Awaitable<Outcome>): Awaitable<Outcome>;
  /** The answer: the outcome in the dialect's form. `req` is absent when the request could not be decoded. */
  render(outcome: Outcome, req: D | undefined, input: In): Out;
}

export interface PipelineDeps extends ObserveDeps {
  limits: Pick<RateLimits, 'check'>;
}

export class Pipeline<In, D extends Decoded, A, Ctx, Out> {
  readonly #deps: PipelineDeps;
  readonly #adapter: PipelineAdapter<In, D, A, Ctx, Out>;
  readonly #handlers: Record<string, Handler<Ctx> | undefined>;

  /** handlers: the dialect's implementations, typed by its pipeline with the generated Handlers interface. */
  constructor(deps: PipelineDeps, adapter: PipelineAdapter<In, D, A, Ctx, Out>, handlers: object) {
    this.#deps = deps;
    this.#adapter = adapter;
    this.#handlers = handlers as Record<string, Handler<Ctx> | undefined>;
  }

  handle(input: In): Awaitable<Out> {
    const scope = { dialect: this.#adapter.dialect, ...this.#adapter.scope(input) };
    return observeRequest(this.#deps, scope, (requestId, observed) => {
      let req: D | undefined;
      let outcome: Awaitable<Outcome>;
      try {
        req = this.#adapter.decode(input);
        observed.command = req.entry.id;
        const request = currentRequest();
        if (request) request.command = req.entry.id;
        const decoded = req;
        const run = () => this.#admitAndRun(decoded, input, requestId);
        outcome = this.#adapter.around ? this.#adapter.around(decoded, run) : run();
      } catch (e) {
        outcome = this.#failed(e, false);
      }
      const answer = (settled: Outcome): Out => {
        if (!settled.ok) observed.outcome = settled.error.code;
        return this.#adapter.render(settled, req, input);
      };
      return isPending(outcome) ? Promise.resolve(outcome).then(answer) : answer(outcome);
    });
  }

  #admitAndRun(req: D, input: In, requestId: string): Awaitable<Outcome> {
    let admitted = false;
    const fail = (e: unknown) => this.#failed(e, admitted);
    try {
      const override = this.#adapter.override?.(req);
      const handler = this.#handlers[req.entry.handler];
      if (!override && this.#adapter.availability === 'first') unavailable(req.entry, handler !== undefined);
      const done = whenReady(this.#adapter.authorise(req, input), (auth) => {
        const limit = this.#adapter.limitOf(req, auth);
        return whenReady(this.#deps.limits.check(limit.key, this.#adapter.scope(input).ip, limit.user), () => {
          admitted = true;
          const ctx = this.#adapter.context(req, auth, input, requestId);
          if (override) return override(ctx);
          return whenReady(this.#dispatch(req, handler, ctx), (data): Outcome => ({ ok: true, data }));
        });
      });
      return isPending(done) ? Promise.resolve(done).then(undefined, fail) : done;
    } catch (e) {
      return fail(e);
    }
  }

  #dispatch(req: D, handler: Handler<Ctx> | undefined, ctx: Ctx): Awaitable<unknown> {
    const refine = this.#adapter.refine;
    return dispatch(req.entry, handler, req.raw, ctx, {
      invalid: (issues) => this.#adapter.invalid(issues, req),
      ...(refine ? { refine: (params: unknown) => refine(params) } : {}),
    });
  }

  #failed(e: unknown, admitted: boolean): Outcome {
    return { ok: false, error: describeError(e, this.#deps.logger), admitted };
  }
}

/**
 * Runs a command's handler on parameters the generated validator accepts: a command not served here is refused,
 * parameter problems become the dialect's error. (Mizu v1's console runs Mizu v2 commands this way, already
 * authorised.)
 */
export function dispatch<Ctx>(
  entry: CommandEntry,
  handler: Handler<Ctx> | undefined,
  raw: Record<string, unknown>,
  ctx: Ctx,
  checks: { invalid: (issues: ParamIssue[]) => SwitchboardError; refine?: (params: unknown) => ParamIssue[] },
): Awaitable<unknown> {
  unavailable(entry, handler !== undefined);
  const validated = entry.validate(raw as never);
  if (!validated.ok) throw checks.invalid(validated.issues);
  const refused = checks.refine?.(validated.params) ?? [];
  if (refused.length) throw checks.invalid(refused);
  return handler!(validated.params as never, ctx);
}
