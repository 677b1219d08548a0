/**
 * What migration 0008 does beyond SQL: user PINs and recharge PINs, stored in clear until then, become SecretBox
 * digests (platform/secret-box.ts). That needs the server's secretKey, which whoever migrates with a config at hand
 * gives first (createServices, `switchboard migrate`, the database commands); a database holding no PIN needs none.
 */
import { DIGEST_PREFIX, SecretBox } from '../../platform/secret-box.ts';

let secretKey: string | undefined;

/** The key the next migrations digest stored PINs with (undefined: none, as where no config is at hand). */
export function giveMigrationsSecretKey(key: string | undefined): void {
  secretKey = key;
}

type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Digests every stored PIN not yet a digest, in the migration's transaction. */
export async function digestStoredPins(execute: Execute): Promise<void> {
  const notDigest = `pin not like '${DIGEST_PREFIX}%'`;
  const users = await execute(`select id, pin from tb_users where pin is not null and pin <> '' and ${notDigest}`);
  const vouchers = await execute(`select pin from recharge_pins where ${notDigest}`);
  if (users.length + vouchers.length === 0) return;
  if (secretKey === undefined)
    throw new Error(
      `migration 0008 digests the ${users.length + vouchers.length} PIN(s) stored in clear and needs the server's ` +
        'secretKey: run `switchboard migrate --config FILE` with the config the server uses',
    );
  const box = new SecretBox(secretKey);
  for (const { id, pin } of users)
    await execute('update tb_users set pin = ? where id = ?', [box.digest(String(pin)), id]);
  for (const { pin } of vouchers)
    await execute('update recharge_pins set pin = ? where pin = ?', [box.digest(String(pin)), pin]);
}
