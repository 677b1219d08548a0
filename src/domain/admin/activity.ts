/**
 * What this process is doing besides answering requests, for threadlist/threads, querylist and locks: background
 * jobs (asynchronous custom SQL and custom actions, backups) and the in-process locks they take. One registry per
 * running server (Services.activity).
 */
import { randomUUID } from 'node:crypto';

export interface Job {
  id: number;
  guid: string;
  name: string;
  /** What started it: the API command or custom API. */
  source: string;
  state: 'queued' | 'running';
  started: Date;
  lastactive: Date;
}

export interface HeldLock {
  name: string;
  owner: string;
  since: Date;
  waiting: number;
}

export class Activity {
  #nextId = 1;
  readonly #jobs = new Map<number, Job>();
  readonly #locks = new Map<string, { owner: string; since: Date; queue: (() => void)[] }>();
  /** Background jobs finished since start, and how many of them failed. */
  finished = 0;
  failed = 0;

  jobs(): Job[] {
    return [...this.#jobs.values()].map((j) => ({ ...j }));
  }

  locks(): HeldLock[] {
    return [...this.#locks].map(([name, l]) => ({ name, owner: l.owner, since: l.since, waiting: l.queue.length }));
  }

  /** Runs fn while it is listed as a job (a backup, a synchronous query). */
  async track<T>(name: string, source: string, fn: () => Promise<T>): Promise<T> {
    const job = this.#add(name, source, 'running');
    try {
      return await fn();
    } finally {
      this.#jobs.delete(job.id);
    }
  }

  /** Runs fn after the current answer is sent; a failure is handed to onError (the log), never to the client. */
  background(name: string, source: string, fn: () => Promise<unknown>, onError: (e: unknown) => void): void {
    const job = this.#add(name, source, 'queued');
    setImmediate(() => {
      job.state = 'running';
      job.lastactive = new Date();
      fn()
        .then(
          () => undefined,
          (e: unknown) => {
            this.failed++;
            onError(e);
          },
        )
        .finally(() => {
          this.finished++;
          this.#jobs.delete(job.id);
        });
    });
  }

  /** Holds the named lock while fn runs; later callers wait their turn (and are counted as waiting). */
  async exclusive<T>(name: string, owner: string, fn: () => Promise<T>): Promise<T> {
    const held = this.#locks.get(name);
    if (held) await new Promise<void>((resolve) => held.queue.push(resolve));
    const lock = this.#locks.get(name);
    if (lock) {
      lock.owner = owner;
      lock.since = new Date();
    } else {
      this.#locks.set(name, { owner, since: new Date(), queue: [] });
    }
    try {
      return await fn();
    } finally {
      const mine = this.#locks.get(name)!;
      const next = mine.queue.shift();
      if (next) next();
      else this.#locks.delete(name);
    }
  }

  #add(name: string, source: string, state: Job['state']): Job {
    const now = new Date();
    const job: Job = { id: this.#nextId++, guid: randomUUID(), name, source, state, started: now, lastactive: now };
    this.#jobs.set(job.id, job);
    return job;
  }
}
