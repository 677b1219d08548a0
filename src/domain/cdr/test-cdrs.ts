/**
 * Synthetic call records for trying out reports and billing (Mizu `gencdr`): calls of chosen users to numbers under
 * the prefixes of their rate deck, rated by it, spread over the last days; missed calls for the rest. A seed makes
 * the same calls again.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { callCostMicros } from '../rating/call-cost.ts';
import type { RateDeck, RateDecks } from '../rating/rate-decks.ts';
import { deckOfUser } from '../rating/rating.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { CdrChanges } from './cdr-changes.ts';
import { recordCdrs, type NewCdr } from './cdr-writer.ts';

const DAY_MS = 86_400_000;
const ROWS_PER_TRANSACTION = 5_000;

export interface TestCdrOptions {
  count: number;
  days: number;
  /** The user the calls belong to; undefined: every enabled enduser in turn. */
  userId?: number;
  dir: 'in' | 'out' | 'all';
  /** Percentage of calls that connect. */
  connectedPercent: number;
  maxDuration: number;
  seed?: number;
  now?: Date;
}

export interface TestCdrResult {
  generated: number;
  connected: number;
  users: number;
}

interface Caller {
  id: number;
  username: string;
  currency: string;
  deck?: RateDeck;
}

export async function generateTestCdrs(
  em: SqlEntityManager,
  decks: RateDecks,
  changes: CdrChanges,
  options: TestCdrOptions,
): Promise<TestCdrResult> {
  const random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 31));
  const callers = await callersFor(em, decks, options.userId);
  const now = (options.now ?? new Date()).getTime();
  const prefixes = new Map<number, string[]>();
  let batch: NewCdr[] = [];
  let connected = 0;
  const flush = async () => {
    const rows = batch;
    batch = [];
    await recordCdrs(em, changes, rows);
  };
  for (let i = 0; i < options.count; i++) {
    const user = callers[i % callers.length]!;
    const outgoing = options.dir === 'out' || (options.dir === 'all' && random() < 0.5);
    const startedAt = new Date(now - Math.floor(random() * options.days * DAY_MS));
    const answered = random() * 100 < options.connectedPercent;
    const ring = 2 + Math.floor(random() * 20);
    const duration = answered ? 1 + Math.floor(random() * options.maxDuration) : 0;
    const connectedAt = answered ? new Date(startedAt.getTime() + ring * 1000) : null;
    const endedAt = new Date((connectedAt ?? startedAt).getTime() + (answered ? duration : ring) * 1000);
    const callId = `gencdr-${Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0')}${i.toString(16)}`;
    if (answered) connected++;
    const common = {
      startedAt,
      connectedAt,
      endedAt,
      duration,
      priceMicros: 0n,
      disconnectCause: answered ? 16 : random() < 0.5 ? 17 : 19,
      sipCallId: callId,
    };
    if (!outgoing) {
      batch.push({
        ...common,
        userId: null,
        calledUserId: user.id,
        caller: digits(random, 11),
        called: user.username,
        direction: 'in',
        costMicros: 0n,
        currency: user.currency,
        prefix: '',
        destination: '',
      });
    } else {
      const called = numberUnder(random, user.deck, prefixes);
      const hit = user.deck?.index.longestPrefix(called);
      batch.push({
        ...common,
        userId: user.id,
        calledUserId: null,
        caller: user.username,
        called,
        direction: 'out',
        costMicros: hit ? callCostMicros(hit.value, duration, answered) : 0n,
        currency: user.deck?.currency ?? user.currency,
        prefix: hit?.prefix ?? '',
        destination: hit?.value.destination ?? '',
      });
    }
    if (batch.length >= ROWS_PER_TRANSACTION) await flush();
  }
  if (batch.length) await flush();
  return { generated: options.count, connected, users: Math.min(callers.length, options.count) };
}

async function callersFor(em: SqlEntityManager, decks: RateDecks, userId: number | undefined): Promise<Caller[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: number; username: string; currency: string }[]>(
      userId === undefined
        ? "select id, username, currency from tb_users where type = 'enduser' and enabled = ? order by id"
        : 'select id, username, currency from tb_users where id = ?',
      [userId ?? true],
    );
  if (rows.length === 0) {
    throw userId === undefined
      ? new SwitchboardError(
          'command-failed',
          'there is no enabled enduser to generate calls for: create one, or name a user',
        )
      : new SwitchboardError('user-not-found', `no user ${userId}`);
  }
  return Promise.all(
    rows.map(async (r) => ({
      id: Number(r.id),
      username: r.username,
      currency: r.currency,
      deck: await deckOfUser(em, decks, Number(r.id)).catch((e: unknown) => {
        if (e instanceof SwitchboardError && e.code === 'not-found') return undefined;
        throw e;
      }),
    })),
  );
}

/** A number of 10 to 12 digits under a random prefix of the deck (random digits without one). */
function numberUnder(random: () => number, deck: RateDeck | undefined, cache: Map<number, string[]>): string {
  if (!deck || deck.index.size === 0) return digits(random, 11);
  let prefixes = cache.get(deck.tariffId);
  if (!prefixes) cache.set(deck.tariffId, (prefixes = deck.index.prefixes()));
  const prefix = prefixes[Math.floor(random() * prefixes.length)]!;
  const length = Math.max(prefix.length + 1, 10 + Math.floor(random() * 3));
  return prefix + digits(random, length - prefix.length);
}

function digits(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += Math.floor(random() * 10);
  return text;
}

/** A small seeded generator (mulberry32): repeatable test data, not security. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
