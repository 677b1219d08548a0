/**
 * SharedState in Redis, so several Switchboard processes pointed at one Redis behave as one.
 * Needs Redis 6.2 or later (GETDEL, SET … PXAT). Every key and channel lives under a prefix.
 */
import { Redis, type ChainableCommander } from 'ioredis';
import type { Logger } from 'pino';
import { DECAY_MEMORY_HALF_LIVES, type BanRecord, type NonceRecord, type SharedState } from './shared-state.ts';
import { Channels, type Listener } from './channels.ts';
import { issuedNonceKey, nonceKey, windowEnd } from './contract.ts';

export interface RedisStateOptions {
  /** Put before every key and channel; tests use a unique one to isolate themselves. */
  prefix?: string;
  /** Told once when Redis becomes unreachable and once when it is back. */
  logger?: Pick<Logger, 'warn' | 'info'>;
}

const DEFAULT_PREFIX = 'switchboard:';
/** How long start may wait for Redis before giving up with the reason. */
const CONNECT_TIMEOUT_MS = 3_000;
const RECONNECT_MAX_DELAY_MS = 2_000;
/**
 * How long a command may wait for its answer. Every request asks Redis (its ban, its rate-limit counters): while Redis
 * is away a request fails fast with `unavailable` (state/unavailable.ts) instead of waiting out the reconnection.
 */
const COMMAND_TIMEOUT_MS = 1_000;

/**
 * INCR and its expiry in one step (a process dying in between must not leave a counter that never expires), for
 * every key given: one script run a request however many counters it has.
 */
const HIT_SCRIPT = `
local counts = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('PEXPIREAT', key, ARGV[1]) end
  counts[i] = count
end
return counts`;

/**
 * contract.ts's decayed() plus one, read and written in one step so two processes counting at once both count.
 * ARGV: now, half-life, how long an unused count is kept (ms). Answered as text: Lua numbers reach Redis as integers.
 */
const DECAY_SCRIPT = `
local last = redis.call('HMGET', KEYS[1], 'count', 'at')
local now = tonumber(ARGV[1])
local count = tonumber(last[1]) or 0
local at = tonumber(last[2]) or now
if now > at then
  count = count * math.pow(2, -(now - at) / tonumber(ARGV[2]))
  at = now
end
count = count + 1
redis.call('HSET', KEYS[1], 'count', tostring(count), 'at', tostring(at))
redis.call('PEXPIREAT', KEYS[1], at + tonumber(ARGV[3]))
return tostring(count)`;

/**
 * The scripts as commands of their own: ioredis sends each by its SHA1 (EVALSHA), the text only when Redis lacks it.
 */
interface ScriptCommands {
  switchboardHits(keyCount: number, ...keysThenWindowEnd: (string | number)[]): Promise<number[]>;
  switchboardDecay(keyCount: 1, key: string, now: number, halfLifeMs: number, keepMs: number): Promise<string>;
}

/** Records each at a key of its own that expires with it, found through an index of their ids scored by expiry. */
interface ExpiringRecords {
  key(id: string): string;
  index: string;
}

export class RedisState implements SharedState {
  readonly #redis: Redis;
  /** A connection in subscriber mode can run nothing else, hence its own. */
  readonly #subscriber: Redis;
  readonly #prefix: string;
  readonly #channels = new Channels();

  private constructor(redis: Redis, subscriber: Redis, prefix: string) {
    this.#redis = redis;
    this.#subscriber = subscriber;
    this.#prefix = prefix;
    subscriber.on('message', (channel: string, message: string) => this.#channels.deliver(channel, message));
  }

  /** Opens both connections, or fails within a few seconds with the reason instead of retrying forever. */
  static async connect(url: string, options: RedisStateOptions = {}): Promise<RedisState> {
    let started = false;
    const redis = new Redis(url, {
      lazyConnect: true,
      // Commands issued in the same event-loop turn (every request's ban check and rate-limit counters) go out in one
      // write: under load, one round trip serves many requests.
      enableAutoPipelining: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      commandTimeout: COMMAND_TIMEOUT_MS,
      // While disconnected a command fails at once rather than queueing until Redis is back.
      enableOfflineQueue: false,
      // No retry while starting, so a wrong URL is reported at once; once running, ride out Redis restarts.
      retryStrategy: (times) => (started ? Math.min(times * 100, RECONNECT_MAX_DELAY_MS) : null),
    });
    redis.defineCommand('switchboardHits', { lua: HIT_SCRIPT });
    redis.defineCommand('switchboardDecay', { lua: DECAY_SCRIPT });
    const subscriber = redis.duplicate();
    try {
      await Promise.all([open(redis), open(subscriber)]);
    } catch (err) {
      redis.disconnect();
      subscriber.disconnect();
      throw new Error(`cannot reach Redis at ${withoutPassword(url)}: ${(err as Error).message}`, { cause: err });
    }
    started = true;
    if (options.logger) for (const connection of [redis, subscriber]) reportOutages(connection, options.logger);
    return new RedisState(redis, subscriber, options.prefix ?? DEFAULT_PREFIX);
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const [count] = await this.hitEach([key], windowMs);
    return count!;
  }

  async hitEach(keys: readonly string[], windowMs: number): Promise<number[]> {
    // A key expires at the end of the window its first hit fell in, so a window is fixed, not sliding.
    const counts = await this.#scripts.switchboardHits(
      keys.length,
      ...keys.map((key) => this.#key('hit', key)),
      windowEnd(windowMs),
    );
    return counts.map(Number);
  }

  async reset(key: string): Promise<void> {
    await this.#redis.del(this.#key('hit', key), this.#key('decay', key));
  }

  async decay(key: string, halfLifeMs: number, now: number): Promise<number> {
    const count = await this.#scripts.switchboardDecay(
      1,
      this.#key('decay', key),
      now,
      halfLifeMs,
      DECAY_MEMORY_HALF_LIVES * halfLifeMs,
    );
    return Number(count);
  }

  async setBan(ban: BanRecord): Promise<void> {
    const record: BanRecord = { ip: ban.ip, until: ban.until, reason: ban.reason };
    await this.#putExpiring(this.#bans(), ban.ip, JSON.stringify(record), ban.until);
  }

  async getBan(ip: string): Promise<BanRecord | undefined> {
    const text = await this.#redis.get(this.#key('ban', ip));
    return text === null ? undefined : (JSON.parse(text) as BanRecord);
  }

  /** Soonest to expire first. */
  async listBans(): Promise<BanRecord[]> {
    return (await this.#liveExpiring(this.#bans())).map((text) => JSON.parse(text) as BanRecord);
  }

  deleteBan(ip: string): Promise<boolean> {
    return this.#deleteExpiring(this.#bans(), ip);
  }

  async deleteAllBans(): Promise<number> {
    const bans = this.#bans();
    const ips = await this.#redis.zrangebyscore(bans.index, '-inf', '+inf');
    if (ips.length === 0) return 0;
    const [deleted] = await run(
      this.#redis
        .multi()
        .del(...ips.map(bans.key))
        .zrem(bans.index, ...ips),
    );
    return Number(deleted);
  }

  async putNonce(record: NonceRecord, ttlMs: number): Promise<void> {
    const stored: NonceRecord = { nonce: record.nonce, ip: record.ip };
    await this.#redis.set(this.#key('nonce', issuedNonceKey(record.nonce)), JSON.stringify(stored), 'PX', ttlMs);
  }

  /** GETDEL is one command, so of two processes racing for a nonce only one gets it. */
  async takeNonce(prefix: string): Promise<NonceRecord | undefined> {
    const key = nonceKey(prefix);
    if (key === undefined) return undefined;
    const text = await this.#redis.getdel(this.#key('nonce', key));
    return text === null ? undefined : (JSON.parse(text) as NonceRecord);
  }

  /** INCR: one command, so two processes asking at once get two numbers; the key never expires. */
  async nextInSequence(name: string): Promise<number> {
    return this.#redis.incr(this.#key('sequence', name));
  }

  async putRecord(table: string, id: string, value: string, ttlMs: number): Promise<void> {
    await this.#putExpiring(this.#records(table), id, value, Date.now() + ttlMs);
  }

  deleteRecord(table: string, id: string): Promise<boolean> {
    return this.#deleteExpiring(this.#records(table), id);
  }

  listRecords(table: string): Promise<string[]> {
    return this.#liveExpiring(this.#records(table));
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.#redis.publish(this.#key('channel', channel), message);
  }

  /** Subscribes upstream on every call (Redis ignores a repeat) so the subscription is live once this resolves. */
  async subscribe(channel: string, listener: Listener): Promise<void> {
    const name = this.#key('channel', channel);
    this.#channels.add(name, listener);
    await this.#subscriber.subscribe(name);
  }

  /** Answers once Redis has answered a PING (within the command timeout). */
  async ping(): Promise<void> {
    await this.#redis.ping();
  }

  async close(): Promise<void> {
    this.#channels.clear();
    await Promise.all([leave(this.#redis), leave(this.#subscriber)]);
  }

  /**
   * The command connection and the key for kind:id under this state's prefix, for a store keeping keys of its own
   * beside the shared state's (the SIP registrations, domain/telephony/registrations-redis.ts).
   */
  keyspace(kind: string): { redis: Redis; key: (id: string) => string } {
    return { redis: this.#redis, key: (id) => this.#key(kind, id) };
  }

  get #scripts(): ScriptCommands {
    return this.#redis as unknown as ScriptCommands;
  }

  #key(kind: string, id: string): string {
    return `${this.#prefix}${kind}:${id}`;
  }

  #bans(): ExpiringRecords {
    return { key: (ip) => this.#key('ban', ip), index: `${this.#prefix}bans` };
  }

  #records(table: string): ExpiringRecords {
    return { key: (id) => this.#key(`record:${table}`, id), index: this.#key('records', table) };
  }

  /** The record at its key, expiring with it (PXAT), and its id in the index scored by expiry. */
  async #putExpiring(records: ExpiringRecords, id: string, value: string, expiresAt: number): Promise<void> {
    await run(
      this.#redis
        .multi()
        .set(records.key(id), value, 'PXAT', expiresAt)
        .zadd(records.index, expiresAt, id)
        // The index keeps only live records, so it grows no larger than they are many.
        .zremrangebyscore(records.index, '-inf', Date.now()),
    );
  }

  /** The live records, soonest to expire first: the index skips expired ones without scanning keys. */
  async #liveExpiring(records: ExpiringRecords): Promise<string[]> {
    const ids = await this.#redis.zrangebyscore(records.index, `(${Date.now()}`, '+inf');
    if (ids.length === 0) return [];
    const texts = await this.#redis.mget(ids.map(records.key));
    return texts.filter((text) => text !== null);
  }

  async #deleteExpiring(records: ExpiringRecords, id: string): Promise<boolean> {
    const [deleted] = await run(this.#redis.multi().del(records.key(id)).zrem(records.index, id));
    return deleted === 1;
  }
}

/**
 * Connects, turning ioredis's generic "Connection is closed." into the underlying reason, within CONNECT_TIMEOUT_MS.
 */
async function open(redis: Redis): Promise<void> {
  let reason: string | undefined;
  const noteReason = (err: Error) => {
    reason ??= err.message;
  };
  redis.on('error', noteReason);
  // connectTimeout covers the TCP connect only: a peer that accepts but never answers would otherwise hang start.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([redis.connect(), timeout]);
  } catch (err) {
    throw new Error(reason ?? (err as Error).message, { cause: err });
  } finally {
    clearTimeout(timer);
    // Once running, ioredis's own report of connection errors (it reconnects) is the one wanted.
    redis.off('error', noteReason);
  }
}

/** QUIT when connected; a connection that is not (Redis away) is just dropped, since QUIT could not be sent. */
async function leave(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit();
  else redis.disconnect();
}

/**
 * One warning when a connection loses Redis (ioredis reports every failed reconnection), one line when it is back.
 * Listening for 'error' also keeps ioredis from printing each one to stderr.
 */
function reportOutages(redis: Redis, logger: Pick<Logger, 'warn' | 'info'>): void {
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: err.message }, 'Redis unreachable: requests answer unavailable until it is back');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('Redis reachable again');
  });
}

/** Runs a transaction and answers its replies, throwing the first command error. */
export async function run(transaction: ChainableCommander): Promise<unknown[]> {
  const replies = await transaction.exec();
  if (!replies) throw new Error('Redis transaction was aborted');
  return replies.map(([err, reply]) => {
    if (err) throw err;
    return reply;
  });
}

/** The URL as it may appear in a message: a password in it is masked. */
function withoutPassword(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
