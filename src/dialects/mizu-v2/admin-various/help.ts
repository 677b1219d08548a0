/**
 * help (001; 002 "show console command list; deprecated"): the commands implemented here that the caller may use,
 * with their one-line summaries from the spec (through the generated OpenAPI document), and the custom APIs of tb_api.
 */
import { readFileSync } from 'node:fs';
import { byName } from '../../../../generated/mizu-v2/dispatch.ts';
import type { HelpParams, HelpResult, HelpRow } from '../../../../generated/mizu-v2/types.ts';
import { ApiPolicy } from '../../../persistence/entities/api-policy.ts';
import type { MizuContext } from '../../mizu/context.ts';
import type { Principal } from '../../mizu/principal.ts';

interface OpenApi {
  paths: Record<string, { get?: { operationId: string; summary: string } }>;
}

let summaries: Map<string, string> | undefined;

function summaryOf(id: string): string {
  summaries ??= new Map(
    Object.values(
      (
        JSON.parse(
          readFileSync(new URL('../../../../generated/mizu-v2/openapi.json', import.meta.url), 'utf8'),
        ) as OpenApi
      ).paths,
    ).flatMap((p) => (p.get ? [[p.get.operationId, p.get.summary] as const] : [])),
  );
  return summaries.get(id) ?? '';
}

export async function help(_params: HelpParams, ctx: MizuContext): Promise<HelpResult> {
  const s = ctx.services;
  const rows: HelpRow[] = [];
  for (const [name, entry] of byName) {
    if (entry.status !== 'implemented' || name !== entry.id) continue;
    const row = s.policies.get(name);
    if (row?.enabled === 0) continue;
    if (mayUse(ctx.principal, row?.reqUser || entry.access?.req_user || 6))
      rows.push({ name, summary: summaryOf(entry.id) });
  }
  const custom = await ctx.em.find(ApiPolicy, {}, { disableIdentityMap: true });
  for (const r of custom) {
    const name = r.fname.toLowerCase();
    if (byName.has(name) || r.enabled === 0 || (!r.customsql && !r.customAction)) continue;
    if (mayUse(ctx.principal, r.reqUser || 6)) rows.push({ name, summary: 'custom API (tb_api)' });
  }
  return { rows: rows.sort((a, b) => a.name.localeCompare(b.name)) };
}

/**
 * The tb_api user levels (002:L239): 14 public, 12 any user, 11 SIP users, 10 support, 8 resellers, 6 admins, 4
 * srvadmin.
 */
function mayUse(p: Principal, level: number): boolean {
  if (level === 2) return false;
  if (p.admin) return level !== 4 || p.user?.type === 'srvadmin' || !p.user;
  if (level === 14) return true;
  if (level === 12) return p.user !== undefined;
  const type = p.user?.type;
  return (level === 8 && type === 'reseller') || (level === 10 && type === 'support');
}
