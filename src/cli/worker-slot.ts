/** A worker's place in the fleet of serve --workers, and what it decides. */
import cluster from 'node:cluster';

/** Set in each worker's environment: its place in the fleet, from 0 (the one that sends messages). */
export const WORKER_SLOT_ENV = 'SWITCHBOARD_WORKER_SLOT';

/** Whether this process sends the outbox's messages: a lone server, or the worker in the first place. */
export function sendsMessages(): boolean {
  return !cluster.isWorker || process.env[WORKER_SLOT_ENV] === '0';
}
