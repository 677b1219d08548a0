/** Bulk test data straight into a Switchboard database (users with sealed passwords), faster than the API. */
import { SecretBox } from '../../src/platform/secret-box.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { User } from '../../src/persistence/entities/user.ts';

export const BENCH_SECRET = 'bench-secret-key-0123456789';

export async function seedUsers(
  databaseUrl: string,
  count: number,
  password = (i: number) => `pw-${i}`,
): Promise<void> {
  const db = await openDatabase(databaseUrl);
  try {
    await db.migrate();
    const box = new SecretBox(BENCH_SECRET);
    const em = db.em();
    for (let start = 0; start < count; start += 2000) {
      const rows = [];
      for (let i = start; i < Math.min(count, start + 2000); i++) {
        rows.push({
          username: `user${i}`,
          passwordSealed: box.seal(password(i)),
          creditMicros: BigInt(1_000_000 + i),
          createdAt: new Date(),
          updatedAt: new Date(),
        });
      }
      await em.insertMany(User, rows);
    }
  } finally {
    await db.close();
  }
}
