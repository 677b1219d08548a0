/**
 * Public sign-up (newuseru, 002:L714-L720): an enduser created from an untrusted device, so every input is checked
 * and each refusal names the rule; a username that is a DID pool number takes that number (the getphonenumber /
 * lockphonenumber flow).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { User } from '../../persistence/entities/user.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { Accounts, Actor } from './accounts.ts';
import { checkPassword } from './password-policy.ts';
import { claimForSignup, POOL_NUMBER } from './phone-numbers.ts';
import { isCurrency } from './user-fields.ts';

export interface SignUp {
  username: string;
  password: string;
  name?: string;
  email?: string;
  phone?: string;
  currency?: string;
  country?: string;
  address?: string;
  deviceid?: string;
}

export interface SignUpRules {
  /** Most accounts one deviceid may sign up; 0 for no limit. */
  maxPerDevice: number;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export async function signUp(
  accounts: Accounts,
  em: SqlEntityManager,
  input: SignUp,
  rules: SignUpRules,
  actor: Actor,
): Promise<{ id: number; username: string }> {
  for (const [field, value] of Object.entries(input)) {
    if (value !== undefined && CONTROL.test(value))
      throw new SwitchboardError('invalid-parameter', `u_${field} must not contain control characters`);
  }
  // Before the email and device checks, as the password is the likelier mistake (create applies the same policy).
  checkPassword(accounts.passwordPolicy, input.password, input.username);
  if (input.currency && !isCurrency(input.currency))
    throw new SwitchboardError('invalid-parameter', `u_currency ${input.currency} is not an ISO 4217 currency code`);
  if (input.email) {
    const taken = await em
      .getConnection()
      .execute('select 1 from tb_users where lower(email) = lower(?) limit 1', [input.email]);
    if (taken.length) throw new SwitchboardError('duplicate', 'an account with this email address already exists');
  }
  if (
    input.deviceid &&
    rules.maxPerDevice > 0 &&
    (await em.count(User, { deviceid: input.deviceid })) >= rules.maxPerDevice
  ) {
    throw new SwitchboardError('access-denied', `this device has signed up ${rules.maxPerDevice} accounts already`);
  }
  return accounts.create(
    em,
    {
      username: input.username,
      password: input.password,
      type: 'enduser',
      name: input.name,
      email: input.email,
      phone: input.phone,
      currency: input.currency,
      country: input.country,
      address: input.address,
      settings: { deviceid: input.deviceid ?? '' },
      alongside: POOL_NUMBER.test(input.username)
        ? async (tx, id) => {
            await claimForSignup(tx, input.username, id);
          }
        : undefined,
    },
    actor,
  );
}
