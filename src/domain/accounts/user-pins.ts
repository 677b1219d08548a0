/**
 * User PINs, the vendor's pincode authentication (the v1 pin parameter, 000:L44, "by default the pin field is used"
 * 000:L151-L152; a PIN as authid or authpwd in Mizu v2). Kept as keyed digests (SecretBox.digest), never in clear,
 * so no listing or backup shows one; at least limits.pinMinLength characters to be set or to log in with; and a
 * credential only where the global option apiauth is 1, "enable all mode (also clear text and pin)" (002:L270) —
 * with the default (-1, auto guess) a PIN alone proves nothing, since a short number is guessed long before a password.
 */
import { SwitchboardError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secret-box.ts';

const PIN_CHARACTERS = /^[A-Za-z0-9-]{1,64}$/;
export const DEFAULT_PIN_MIN_LENGTH = 6;

export class UserPins {
  readonly #digests: Pick<SecretBox, 'digest'>;
  readonly minLength: number;

  constructor(digests: Pick<SecretBox, 'digest'>, minLength = DEFAULT_PIN_MIN_LENGTH) {
    this.#digests = digests;
    this.minLength = minLength;
  }

  /** What to store for pin; a PIN too short, too long or of other characters is refused. */
  toStore(pin: string): string {
    if (pin.length < this.minLength || !PIN_CHARACTERS.test(pin))
      throw new SwitchboardError(
        'invalid-parameter',
        `a PIN must be ${this.minLength} to 64 letters, digits or - (limits.pinMinLength)`,
      );
    return this.#digests.digest(pin);
  }

  /** The stored form of a PIN sent to log in with; undefined when it is too short to be one. */
  forLogin(pin: string): string | undefined {
    return pin.length >= this.minLength && PIN_CHARACTERS.test(pin) ? this.#digests.digest(pin) : undefined;
  }

  /** The stored form of a PIN naming a user (addcredit's pin), whatever its length: no credential, a name. */
  forLookup(pin: string): string {
    return this.#digests.digest(pin);
  }
}

/** apiauth 1: "enable all mode (also clear text and pin)"; anything else leaves PINs out of logging in. */
export function pinLoginEnabled(options: { int(name: string, fallback: number): number }): boolean {
  return options.int('apiauth', -1) === 1;
}
