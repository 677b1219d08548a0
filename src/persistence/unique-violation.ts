/**
 * Whether a database error is a unique-key violation, on either engine: the signal that a concurrent writer got there
 * first.
 */
export function isUniqueViolation(e: unknown): boolean {
  const text = `${(e as { code?: string })?.code ?? ''} ${(e as Error)?.message ?? ''}`;
  return /UniqueConstraintViolation|SQLITE_CONSTRAINT_UNIQUE|23505|unique/i.test(`${(e as Error)?.name ?? ''} ${text}`);
}
