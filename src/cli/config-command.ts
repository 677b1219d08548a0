/** `switchboard config`: every key of the config file, from the JSON Schema that checks it at start. */
import { CONFIG_SCHEMA, configKeys } from '../platform/config-schema.ts';

export const CONFIG_USAGE =
  '  switchboard config                    list every config key: path, type, default, description';

/** The usage, then one line per key: path, type, default ("-" when none or computed), description. */
export function printConfigKeys(): number {
  const rows = configKeys().map((k) => [
    k.path,
    k.type,
    k.default === undefined ? '-' : String(k.default),
    k.description,
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  '));
  console.log(
    [
      `usage:\n${CONFIG_USAGE}`,
      '',
      `${CONFIG_SCHEMA.description} A key not listed here, a wrong type or a value out of range stops the start with`,
      'one line naming the key. SWITCHBOARD_PORT, SWITCHBOARD_DATABASE and SWITCHBOARD_SECRET_KEY override the file.',
      '',
      ...table,
    ].join('\n'),
  );
  return 0;
}
