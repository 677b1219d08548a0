/**
 * The current version of tariffs' rate decks, read fresh for every rating but shared: the ratings asked during one
 * event-loop turn share one query, started after all of them asked. None is answered with a version older than its
 * request — a deck changed by any process, the `import rates` command line included, is never rated on stale — and
 * a server rating thousands of numbers a second pays one small query a turn instead of one a rating.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { DEFAULT_TARIFF } from './tariffs.ts';

export interface TariffVersion {
  tariffId: number;
  /** 0 before the deck's first change. */
  version: number;
}

interface Row {
  id: number | string;
  name: string;
  version: number | string | null;
}

interface Batch {
  tariffs: Set<number>;
  wantsDefault: boolean;
  rows: Promise<Row[]>;
}

export class DeckVersions {
  readonly #em: () => SqlEntityManager;
  /** The batch not yet sent: whoever asks now joins it. */
  #open: Batch | undefined;

  constructor(em: () => SqlEntityManager) {
    this.#em = em;
  }

  /** tariffId null: the tariff named `default`. Undefined when that tariff does not exist. */
  async current(tariffId: number | null): Promise<TariffVersion | undefined> {
    const batch = this.#open ?? this.#openBatch();
    if (tariffId === null) batch.wantsDefault = true;
    else batch.tariffs.add(tariffId);
    const row = (await batch.rows).find((r) =>
      tariffId === null ? r.name === DEFAULT_TARIFF : Number(r.id) === tariffId,
    );
    return row && { tariffId: Number(row.id), version: Number(row.version ?? 0) };
  }

  #openBatch(): Batch {
    const batch: Batch = { tariffs: new Set(), wantsDefault: false, rows: Promise.resolve([]) };
    batch.rows = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.#open = undefined;
      return this.#read(batch);
    });
    this.#open = batch;
    return batch;
  }

  #read({ tariffs, wantsDefault }: Batch): Promise<Row[]> {
    const ids = [...tariffs];
    const where = [ids.length ? `t.id in (${ids.map(() => '?').join(', ')})` : '', wantsDefault ? 't.name = ?' : '']
      .filter(Boolean)
      .join(' or ');
    return this.#em()
      .getConnection()
      .execute<Row[]>(
        `select t.id, t.name, v.version from tariffs t left join rate_deck_versions v on v.tariff_id = t.id where ${where}`,
        wantsDefault ? [...ids, DEFAULT_TARIFF] : ids,
      );
  }
}
