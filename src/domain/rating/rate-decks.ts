/**
 * The rate decks in memory: one longest-prefix index per tariff, loaded on first use and rebuilt when the deck
 * changes. Each rating reads the deck's current version (DeckVersions: one query shared by the ratings of an
 * event-loop turn), so a deck changed by any process is never answered stale; a change is also published on the
 * shared state so every process rebuilds at once, before its next rating has to wait for it.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { SharedState } from '../../platform/state/shared-state.ts';
import type { Rate } from './call-cost.ts';
import { DeckVersions } from './deck-versions.ts';
import { PrefixIndex } from './prefix-index.ts';

export const RATES_CHANGED = 'rates:changed';

export interface RateEntry extends Rate {
  destination: string;
}

export interface RateDeck {
  tariffId: number;
  tariffName: string;
  currency: string;
  version: number;
  index: PrefixIndex<RateEntry>;
}

export interface RateDeckSource {
  /** A fresh unit of work for loading a deck. */
  em(): SqlEntityManager;
  state?: SharedState;
  /** A background rebuild failed (the next rating loads again). */
  onError?(error: unknown): void;
}

export class RateDecks {
  readonly #source: RateDeckSource;
  readonly #decks = new Map<number, RateDeck>();
  readonly #loading = new Map<number, Promise<RateDeck | undefined>>();
  readonly #versions: DeckVersions;
  #subscribed: Promise<void> | undefined;

  constructor(source: RateDeckSource) {
    this.#source = source;
    this.#versions = new DeckVersions(source.em);
  }

  /** Listens for changes published by other processes (idempotent). */
  start(): Promise<void> {
    this.#subscribed ??= this.#source.state
      ? this.#source.state.subscribe(RATES_CHANGED, (message) => this.#changed(Number(message)))
      : Promise.resolve();
    return this.#subscribed;
  }

  /** The deck of tariffId (null: the tariff named `default`) as of now; undefined when that tariff does not exist. */
  async current(tariffId: number | null): Promise<RateDeck | undefined> {
    const now = await this.#versions.current(tariffId);
    return now && this.deck(now.tariffId, now.version);
  }

  /** The deck of tariffId at version or newer; undefined when the tariff does not exist. */
  async deck(tariffId: number, version: number): Promise<RateDeck | undefined> {
    await this.start();
    const held = this.#decks.get(tariffId);
    if (held && held.version >= version) return held;
    const loading = this.#loading.get(tariffId);
    if (loading) {
      const loaded = await loading;
      if (!loaded || loaded.version >= version) return loaded;
    }
    return this.#load(tariffId);
  }

  /** Tells every process (this one included) that the deck of tariffId changed; call after the change commits. */
  async publishChange(tariffId: number): Promise<void> {
    if (this.#source.state) await this.#source.state.publish(RATES_CHANGED, String(tariffId));
    else this.#changed(tariffId);
  }

  /** Decks held in memory and their sizes (diagnostics). */
  held(): { tariffId: number; name: string; prefixes: number; version: number }[] {
    return [...this.#decks.values()].map((d) => ({
      tariffId: d.tariffId,
      name: d.tariffName,
      prefixes: d.index.size,
      version: d.version,
    }));
  }

  /** A deck held here changed: rebuild it in the background; one not held is loaded when first needed. */
  #changed(tariffId: number): void {
    if (!Number.isInteger(tariffId) || !this.#decks.has(tariffId)) return;
    this.#load(tariffId).catch((e: unknown) => this.#source.onError?.(e));
  }

  #load(tariffId: number): Promise<RateDeck | undefined> {
    const loading = readDeck(this.#source.em(), tariffId)
      .then((deck) => {
        const held = this.#decks.get(tariffId);
        if (!deck) this.#decks.delete(tariffId);
        else if (!held || held.version <= deck.version) this.#decks.set(tariffId, deck);
        return deck;
      })
      .finally(() => {
        if (this.#loading.get(tariffId) === loading) this.#loading.delete(tariffId);
      });
    this.#loading.set(tariffId, loading);
    return loading;
  }
}

/**
 * Reads the version before the rows: a change committed in between leaves newer rows under an older version, which
 * the next rating reloads — never older rows under a newer version, which would stay.
 */
async function readDeck(em: SqlEntityManager, tariffId: number): Promise<RateDeck | undefined> {
  const connection = em.getConnection();
  const [tariff] = await connection.execute<{ name: string; currency: string; version: number | string | null }[]>(
    'select t.name, t.currency, v.version from tariffs t left join rate_deck_versions v on v.tariff_id = t.id where t.id = ?',
    [tariffId],
  );
  if (!tariff) return undefined;
  const rows = await connection.execute<
    { prefix: string; destination: string; rate: string; fee: string; initial_increment: number; increment: number }[]
  >(
    'select prefix, destination, cast(rate_micros as text) as rate, cast(connect_fee_micros as text) as fee, initial_increment, increment from rates where tariff_id = ?',
    [tariffId],
  );
  const index = new PrefixIndex<RateEntry>();
  for (const r of rows) {
    index.set(r.prefix, {
      destination: r.destination,
      rateMicros: BigInt(r.rate),
      connectFeeMicros: BigInt(r.fee),
      initialIncrement: Number(r.initial_increment),
      increment: Number(r.increment),
    });
  }
  return { tariffId, tariffName: tariff.name, currency: tariff.currency, version: Number(tariff.version ?? 0), index };
}
