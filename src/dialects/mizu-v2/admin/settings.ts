/**
 * showcfg, setini, getini, savesettings, reload, reloadapikeys and rulesreload (001/002 Diagnostics, Reset and
 * Various operations) on the global config table and the rules kept in memory (domain/admin/settings.ts).
 */
import type {
  GetiniParams, GetiniResult, ReloadapikeysParams, ReloadapikeysResult, ReloadParams, ReloadResult, RulesreloadParams, RulesreloadResult,
  SavesettingsParams, SavesettingsResult, SetiniParams, SetiniResult, ShowcfgParams, ShowcfgResult,
} from '../../../../generated/mizu-v2/types.ts';
import { checkValue, effectiveConfig, iniName, pendingChanges, shown, storedValue, storeValue } from '../../../domain/admin/settings.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function showcfg(_params: ShowcfgParams, ctx: MizuContext): ShowcfgResult {
  return { text: effectiveConfig(ctx.services.config, ctx.services.options) };
}

export async function setini(params: SetiniParams, ctx: MizuContext): Promise<SetiniResult> {
  const name = iniName(params.key, params.section, params.file);
  const value = params.value ?? '';
  checkValue(name, value);
  await storeValue(ctx.em, name, value);
  const applied = ctx.services.options.get(name) === value;
  return { message: `${name} written${applied ? '' : ': savesettings or reload applies it'}` };
}

export async function getini(params: GetiniParams, ctx: MizuContext): Promise<GetiniResult> {
  const name = iniName(params.key, params.section, params.file);
  const value = (await storedValue(ctx.em, name)) ?? ctx.services.options.get(name);
  if (value === undefined) throw new SwitchboardError('not-found', `${name} is not set`);
  return { value: shown(name, value) };
}

export async function savesettings(_params: SavesettingsParams, ctx: MizuContext): Promise<SavesettingsResult> {
  const changed = await pendingChanges(ctx.em, ctx.services.options);
  await ctx.services.options.load(ctx.em);
  return { saved: changed.length, names: changed.join(',') };
}

export async function reload(_params: ReloadParams, ctx: MizuContext): Promise<ReloadResult> {
  const changed = await pendingChanges(ctx.em, ctx.services.options);
  await ctx.services.options.load(ctx.em);
  return { message: `configuration reloaded (${changed.length} setting${changed.length === 1 ? '' : 's'} changed)` };
}

export async function reloadapikeys(_params: ReloadapikeysParams, ctx: MizuContext): Promise<ReloadapikeysResult> {
  await ctx.services.options.load(ctx.em);
  return { message: 'API keys reloaded' };
}

export async function rulesreload(_params: RulesreloadParams, ctx: MizuContext): Promise<RulesreloadResult> {
  const s = ctx.services;
  const apirules = await s.policies.load(ctx.em);
  // The table is the record: bans added there come in, bans deleted there (by hand, by another process) go.
  await s.bans.restore(ctx.em);
  const inTable = new Set((await s.bans.list(ctx.em)).map((b) => b.ip));
  for (const ban of await s.state.listBans()) if (!inTable.has(ban.ip)) await s.state.deleteBan(ban.ip);
  return { apirules, bans: inTable.size };
}
