/**
 * The rule for tests that need a local service (Redis, PostgreSQL): required when CI=true, so a missing one
 * fails the run; elsewhere skipped with one line saying so, never silently.
 */
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { Redis } from 'ioredis';

export interface Service {
  name: string;
  host: string;
  port: number;
}

export const REDIS: Service = { name: 'Redis', host: '127.0.0.1', port: 6379 };
export const REDIS_URL = `redis://${REDIS.host}:${REDIS.port}`;
/** Trust auth, database `test`, user `postgres` or the current user. */
export const POSTGRES: Service = { name: 'PostgreSQL', host: '127.0.0.1', port: 5432 };

const PROBE_TIMEOUT_MS = 1_000;

export function redisAvailable(): Promise<boolean> {
  return reachable(REDIS);
}

export function postgresAvailable(): Promise<boolean> {
  return reachable(POSTGRES);
}

/** Answers whether the tests needing service should run; throws when CI=true and it is missing. */
export function requireService(service: Service, available: boolean, tests: string): boolean {
  return required(available, `${service.name} not reachable at ${service.host}:${service.port}`, tests);
}

/** The same rule for a program the tests run themselves (e.g. redis-server), found when `command --version` runs. */
export function requireCommand(command: string, tests: string): boolean {
  return required(spawnSync(command, ['--version']).status === 0, `${command} not found`, tests);
}

/** The same rule for a program that has no --version answering 0 (sipp, baresip): found on the PATH. */
export function requireProgram(program: string, tests: string): boolean {
  const found = spawnSync('sh', ['-c', 'command -v "$0"', program]).status === 0;
  return required(found, `${program} not found (apt-get install ${DEBIAN_PACKAGES[program] ?? program})`, tests);
}

const DEBIAN_PACKAGES: Record<string, string> = { sipp: 'sip-tester' };

function required(available: boolean, missing: string, tests: string): boolean {
  if (available) return true;
  if (process.env.CI === 'true') throw new Error(`${missing}: ${tests} are required when CI=true`);
  console.warn(`${missing}: skipping ${tests} (required when CI=true)`);
  return false;
}

/** A plain TCP connect: enough to tell whether anything listens, with no client library needed. */
function reachable(service: Service): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: service.host, port: service.port, timeout: PROBE_TIMEOUT_MS });
    const answer = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.once('connect', () => answer(true));
    socket.once('timeout', () => answer(false));
    socket.once('error', () => answer(false));
  });
}

/** Removes what servers under test left in Redis under prefix (the ban index has no expiry). */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 500 })) keys.push(...(batch as string[]));
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
