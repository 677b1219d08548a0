/**
 * Which fields a set operation was sent. The validators fill defaults and answer "" as absent, so "not sent" (keep
 * the stored value) and "sent empty" (clear it) are told apart by the JSON as received.
 */
export type FieldValue = string | number;

/**
 * The fields present in raw (under their name or an alias), with their validated value; one sent empty gets its empty
 * value.
 */
export function sentFields(
  fields: Readonly<Record<string, FieldValue>>,
  params: Readonly<Record<string, unknown>>,
  raw: Readonly<Record<string, unknown>>,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [field, fallback] of Object.entries(fields)) {
    const names = [field, ...(aliases[field] ?? [])];
    if (!names.some((n) => raw[n] !== undefined && raw[n] !== null)) continue;
    const value = params[field];
    out[field] = typeof value === 'string' || typeof value === 'number' ? value : typeof fallback === 'number' ? 0 : '';
  }
  return out;
}

export function pick<T extends Record<string, unknown>>(row: T, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, row[f]]));
}
