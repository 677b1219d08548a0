/**
 * The preauth nonce flow (002:L284-L294): a nonce is issued to a client address, used once in the authv3
 * digest, and refused on replay — by any process, since they live in the shared state.
 */
import { randomBytes } from 'node:crypto';
import type { NonceRecord, SharedState } from '../../platform/state/shared-state.ts';

const TTL_MS = 10 * 60_000;

export class Nonces {
  readonly #state: SharedState;

  constructor(state: SharedState) {
    this.#state = state;
  }

  async issue(ip: string): Promise<string> {
    const nonce = randomBytes(16).toString('hex');
    await this.#state.putNonce({ nonce, ip }, TTL_MS);
    return nonce;
  }

  /** Takes the nonce a client names by its prefix; undefined when unknown, expired or already used. */
  take(prefix: string): Promise<NonceRecord | undefined> {
    return this.#state.takeNonce(prefix);
  }
}
