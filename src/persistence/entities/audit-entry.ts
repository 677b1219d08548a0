/** The audit log: every admin write, with the actor and the request it came from. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_log',
  properties: {
    id: p.integer().primary().autoincrement(),
    actor: p.string().length(64),
    action: p.string().length(64),
    target: p.string().length(128).default(''),
    detail: p.text().default(''),
    requestId: p.string().length(64).default(''),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
  },
});

export type AuditEntryRow = InferEntity<typeof AuditEntry>;
