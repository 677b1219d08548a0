/**
 * MOR portal sessions (POST /billing/api/login): a random token in an HttpOnly cookie, its SHA-256 in the database
 * with an expiry, so a session survives a restart, works on every process, and a copy of the table opens none.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorSession } from '../../persistence/entities/mor/session.ts';
import { epochMsOf } from './time.ts';

export const DEFAULT_SESSION_MINUTES = 480;

export interface OpenSession {
  token: string;
  expiresAt: Date;
}

/** What the pages remember between requests of one session: the filters last posted. */
export type PageState = Record<string, Record<string, string>>;

export interface FoundSession {
  tokenHash: string;
  userId: number;
  expiresAt: Date;
  state: PageState;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function startSession(
  em: SqlEntityManager,
  userId: number,
  ip: string,
  minutes: number,
): Promise<OpenSession> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + minutes * 60_000);
  // Expired sessions go as new ones come: the table holds live sessions and a few stale ones, never a history.
  await em.nativeDelete(MorSession, { expiresAt: { $lt: new Date() } });
  await em.insert(MorSession, {
    tokenHash: hashToken(token),
    userId,
    ip: ip.slice(0, 64),
    createdAt: new Date(),
    expiresAt,
    state: '{}',
  });
  return { token, expiresAt };
}

/** The live session of a cookie value; an expired one is deleted and not answered. */
export async function findSession(em: SqlEntityManager, token: string): Promise<FoundSession | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const tokenHash = hashToken(token);
  // A plain row: every page of a logged-in user asks, and an entity would cost more than the primary-key lookup.
  const [row] = await em
    .getConnection()
    .execute<{ user_id: number | string; expires_at: unknown; state: string }[]>(
      'select user_id, expires_at, state from mor_sessions where token_hash = ?',
      [tokenHash],
    );
  if (!row) return undefined;
  const expiresAt = new Date(epochMsOf(row.expires_at));
  if (expiresAt.getTime() <= Date.now()) {
    await em.nativeDelete(MorSession, { tokenHash });
    return undefined;
  }
  return { tokenHash, userId: Number(row.user_id), expiresAt, state: parseState(row.state) };
}

export async function endSession(em: SqlEntityManager, token: string): Promise<void> {
  await em.nativeDelete(MorSession, { tokenHash: hashToken(token) });
}

export async function saveState(em: SqlEntityManager, tokenHash: string, state: PageState): Promise<void> {
  await em.nativeUpdate(MorSession, { tokenHash }, { state: JSON.stringify(state) });
}

function parseState(text: string): PageState {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as PageState) : {};
  } catch {
    return {};
  }
}
