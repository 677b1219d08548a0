/**
 * Bulk loading of call records (`switchboard import cdrs`). The CSV header names any of these columns, in any order:
 *
 *   caller, called, start            required: caller number (may be empty), called number, call start
 *   connect, end                     answer and hang-up times (empty: not connected / start + duration)
 *   duration                         billed seconds (empty: end - connect, or 0)
 *   user, called_user                username or id of the user billed, and of the local user called
 *   direction                        in or out (empty: in when only called_user is given, else out)
 *   cost, price                      what the user pays and what the call cost the operator (exact, default 0)
 *   currency                         ISO 4217 (empty: the user's currency, else USD)
 *   disconnect_cause                 SIP/Q.850 cause (default 16)
 *   callid, prefix, destination      SIP Call-ID, rated prefix, destination name
 *
 * Times are ISO 8601 (`2026-11-21T10:15:00Z`, `2026-11-21 10:15:00` taken as UTC, or with an offset) or Unix
 * seconds. The whole file is checked first and every bad row reported by line; only a clean file is written, in
 * transactions of batchSize rows. A call is identified by its callid and direction (the leg; the unique index
 * tb_cdrs_call_leg): one already recorded is skipped, so a file imported twice adds nothing the second time. Rows
 * without a callid cannot be told apart and are always added.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import {
  amountCell,
  CsvLineError,
  type CsvOptions,
  type CsvRead,
  type CsvRow,
  csvRows,
  type CsvSource,
  type LineProblem,
  LineProblems,
} from '../rating/csv.ts';
import { CdrChanges } from './cdr-changes.ts';
import { recordCdrs, type NewCdr } from './cdr-writer.ts';

export const CDR_COLUMNS = [
  'caller',
  'called',
  'start',
  'connect',
  'end',
  'duration',
  'user',
  'called_user',
  'direction',
  'cost',
  'price',
  'currency',
  'disconnect_cause',
  'callid',
  'prefix',
  'destination',
] as const;
const REQUIRED = ['caller', 'called', 'start'] as const;
const DEFAULT_BATCH = 5_000;
const LOOKUPS_PER_QUERY = 500;
const MAX_DURATION = 864_000;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

interface KnownUser {
  id: number;
  currency: string;
}

/** Usernames and ids of every user, read once: a 1,000,000-row file must not cost a query per row. */
export class UserDirectory {
  readonly #byName = new Map<string, KnownUser>();
  readonly #byId = new Map<number, KnownUser>();

  static async load(em: SqlEntityManager): Promise<UserDirectory> {
    const directory = new UserDirectory();
    const rows = await em
      .getConnection()
      .execute<{ id: number; username: string; currency: string }[]>('select id, username, currency from tb_users');
    for (const r of rows) {
      const user = { id: Number(r.id), currency: r.currency };
      directory.#byName.set(r.username, user);
      directory.#byId.set(user.id, user);
    }
    return directory;
  }

  /** A username first (usernames are often numbers), else an id. */
  find(text: string): KnownUser | undefined {
    return this.#byName.get(text) ?? (/^\d{1,9}$/.test(text) ? this.#byId.get(Number(text)) : undefined);
  }
}

export interface CdrImportOptions extends CsvOptions {
  batchSize?: number;
  /** Told of each committed batch's users (running servers forget what they derived from their calls). */
  changes?: CdrChanges;
  /** Told when the whole file is checked and found clean, with its rows, before the first batch. */
  onChecked?(rows: number): void;
  /** Told after each committed batch (or each batch looked up, in a dry run), with the rows taken so far. */
  onBatch?(rows: number): void;
  /** Check the file and count the calls already present, writing nothing. */
  dryRun?: boolean;
}

export interface CdrImportResult {
  /** Rows checked (all of them, when there is no problem). */
  checked: number;
  /** Rows written (in a dry run: that would be written). */
  imported: number;
  /** Rows skipped as already recorded: the same callid and direction. */
  present: number;
  /** The first MAX_REPORTED problems; with any, nothing was written. */
  problems: LineProblem[];
  /** Problems beyond those listed. */
  moreProblems: number;
}

/**
 * Checks the file (open gives it, from the start, each time it is called), then writes it; a call already recorded
 * (callid and direction) is skipped. With any problem nothing is written.
 */
export async function importCdrs(
  em: SqlEntityManager,
  open: () => CsvSource,
  options: CdrImportOptions = {},
): Promise<CdrImportResult> {
  const users = await UserDirectory.load(em);
  const problems = new LineProblems();
  let checked = 0;
  for await (const batch of parseCdrs(open(), users, options))
    for (const parsed of batch) {
      if ('row' in parsed) checked++;
      else problems.add(parsed.problem);
    }
  if (problems.list.length || checked === 0) {
    if (!problems.list.length) problems.add({ line: 1, message: 'no call records in the file' });
    return { checked, imported: 0, present: 0, problems: problems.list, moreProblems: problems.more };
  }
  options.onChecked?.(checked);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const changes = options.changes ?? new CdrChanges();
  let batch: NewCdr[] = [];
  let taken = 0;
  let imported = 0;
  const flush = async () => {
    const rows = batch;
    batch = [];
    imported += options.dryRun ? rows.length - (await countRecorded(em, rows)) : await recordCdrs(em, changes, rows);
    taken += rows.length;
    options.onBatch?.(taken);
  };
  for await (const parsedBatch of parseCdrs(open(), users, { delimiter: options.delimiter }))
    for (const parsed of parsedBatch) {
      // The file changed between the passes: stop rather than write half of something unchecked.
      if ('problem' in parsed)
        throw new CsvLineError(
          parsed.problem.line,
          `${parsed.problem.message} (the file changed while importing; ${imported} rows were written)`,
        );
      batch.push(parsed.row);
      if (batch.length >= batchSize) await flush();
    }
  if (batch.length) await flush();
  return { checked, imported, present: taken - imported, problems: [], moreProblems: 0 };
}

/** Calls in rows that are already recorded (or come twice in rows): what a dry run reports as present. */
async function countRecorded(em: SqlEntityManager, rows: readonly NewCdr[]): Promise<number> {
  const legs = new Set<string>();
  let present = 0;
  const identified = rows.filter((r) => r.sipCallId !== '');
  for (let start = 0; start < identified.length; start += LOOKUPS_PER_QUERY) {
    const chunk = identified.slice(start, start + LOOKUPS_PER_QUERY);
    const known = await em.getConnection().execute<{ sip_call_id: string; direction: string }[]>(
      `select sip_call_id, direction from tb_cdrs where sip_call_id in (${chunk.map(() => '?').join(', ')})`,
      chunk.map((r) => r.sipCallId),
    );
    for (const k of known) legs.add(`${k.direction} ${k.sip_call_id}`);
  }
  for (const r of identified) {
    const leg = `${r.direction} ${r.sipCallId}`;
    if (legs.has(leg)) present++;
    else legs.add(leg);
  }
  return present;
}

/** The file's rows checked, a batch at a time (as csvRecords reads them). */
function parseCdrs(source: CsvSource, users: UserDirectory, options: CsvOptions): AsyncGenerator<CsvRead<NewCdr>[]> {
  return csvRows(source, { known: CDR_COLUMNS, required: REQUIRED }, (row) => readCdrRow(row, users), options);
}

function readCdrRow(row: CsvRow, users: UserDirectory): NewCdr {
  const { line } = row;
  const cell = (name: (typeof CDR_COLUMNS)[number]) => row.cell(name);
  const text = (name: (typeof CDR_COLUMNS)[number], max: number, required = false) => {
    const value = cell(name);
    if (required && !value) throw new CsvLineError(line, `${name} is empty`);
    if (value.length > max) throw new CsvLineError(line, `${name}: at most ${max} characters`);
    return value;
  };
  const caller = text('caller', 64);
  const called = text('called', 64, true);
  const startedAt = time(line, 'start', cell('start'));
  if (!startedAt) throw new CsvLineError(line, 'start is empty');
  let connectedAt = time(line, 'connect', cell('connect'));
  const end = time(line, 'end', cell('end'));
  if (connectedAt && connectedAt < startedAt) throw new CsvLineError(line, 'connect is before start');
  let duration: number;
  if (cell('duration') !== '') {
    duration = whole(line, 'duration', cell('duration'), MAX_DURATION);
  } else {
    duration = connectedAt && end ? Math.round((end.getTime() - connectedAt.getTime()) / 1000) : 0;
  }
  if (duration > 0 && !connectedAt) connectedAt = startedAt;
  const endedAt = end ?? new Date((connectedAt ?? startedAt).getTime() + duration * 1000);
  if (endedAt < (connectedAt ?? startedAt))
    throw new CsvLineError(line, `end is before ${connectedAt ? 'connect' : 'start'}`);
  const user = someone(line, 'user', cell('user'), users);
  const calledUser = someone(line, 'called_user', cell('called_user'), users);
  const direction = cell('direction').toLowerCase() || (calledUser && !user ? 'in' : 'out');
  if (direction !== 'in' && direction !== 'out')
    throw new CsvLineError(line, `direction ${JSON.stringify(cell('direction'))}: in or out`);
  const currency = (cell('currency') || user?.currency || 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    throw new CsvLineError(line, `currency ${JSON.stringify(cell('currency'))} is not an ISO 4217 code`);
  return {
    userId: user?.id ?? null,
    calledUserId: calledUser?.id ?? null,
    caller,
    called,
    direction,
    startedAt,
    connectedAt: connectedAt ?? null,
    endedAt,
    duration,
    costMicros: amountCell(line, 'cost', cell('cost'), 0n),
    priceMicros: amountCell(line, 'price', cell('price'), 0n),
    currency,
    disconnectCause:
      cell('disconnect_cause') === '' ? 16 : whole(line, 'disconnect_cause', cell('disconnect_cause'), 999),
    sipCallId: text('callid', 128),
    prefix: text('prefix', 32),
    destination: text('destination', 128),
  };
}

/** ISO 8601 (UTC unless an offset says otherwise) or Unix seconds; undefined when empty. */
export function time(line: number, name: string, text: string): Date | undefined {
  if (text === '') return undefined;
  let ms = NaN;
  if (/^\d{1,12}(\.\d{1,6})?$/.test(text)) ms = Math.round(Number(text) * 1000);
  else {
    const m = ISO_TIME.exec(text);
    if (m) ms = Date.parse(`${m[1]}T${m[2]}${m[3] ?? 'Z'}`);
  }
  if (Number.isNaN(ms))
    throw new CsvLineError(
      line,
      `${name} ${JSON.stringify(text)} is not a time (ISO 8601 such as 2026-11-21T10:15:00Z, or Unix seconds)`,
    );
  return new Date(ms);
}

function whole(line: number, name: string, text: string, max: number): number {
  if (!/^\d{1,7}$/.test(text) || Number(text) > max)
    throw new CsvLineError(line, `${name} ${JSON.stringify(text)}: a whole number from 0 to ${max}`);
  return Number(text);
}

function someone(line: number, name: string, text: string, users: UserDirectory): KnownUser | undefined {
  if (text === '') return undefined;
  const user = users.find(text);
  if (!user) throw new CsvLineError(line, `${name} ${JSON.stringify(text)}: no such user`);
  return user;
}
