/**
 * Custom APIs from tb_api (001:L612-L630, 002:L563-L625). A row whose fname is no spec command is a new API; a row
 * with customsql on an existing command replaces its behaviour ("the predefined behavior will be lost"). customsql:
 * a SELECT answers its rows (at most 100), anything else runs after the answer unless prefixed with * (then it runs
 * first and answers the rows affected). custom_action runs after successful (1-8) or failed (51-58) requests: SQL (8,
 * 58) here, email and SMS (1, 2, 51, 52) through the messaging service (custom-action-messages.ts); restart, reboot
 * and command lines are refused.
 * Every keyword is a bound parameter (domain/admin/sql-keywords.ts).
 */
import { byName, type MizuV2Entry } from '../../../generated/mizu-v2/dispatch.ts';
import { keywordValues, userFields, type KeywordValue } from '../../domain/admin/keyword-values.ts';
import { fromMsSql } from '../../domain/admin/mssql-idioms.ts';
import { bindKeywords, type BoundSql } from '../../domain/admin/sql-keywords.ts';
import { resultRows, returnsRows, runSql, type SqlResult } from '../../domain/admin/sql-runner.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { ApiPolicyRow } from '../../persistence/entities/api-policy.ts';
import type { Engine } from '../../persistence/database.ts';
import { currentRequest } from '../../platform/observability/request-context.ts';
import type { Services } from '../../domain/services.ts';
import type { Awaitable } from '../../platform/awaitable.ts';
import type { Outcome, Success } from '../../runtime/pipeline.ts';
import { MIZU_FORMATS } from '../mizu/answer/answer.ts';
import type { MizuContext } from '../mizu/context.ts';
import { CHANNEL_NAMES, MESSAGE_ACTIONS, messageActionOff, queueActionMessage } from './custom-action-messages.ts';

/**
 * A new API's access when its row leaves a field at the default: admin, with the API key (002:L193: set it to the API's
 * sensitivity).
 */
const CUSTOM_ACCESS = { req_key: 1, req_ip: 0, req_user: 6, req_user_mode: 0 };

const SQL_ACTIONS = new Set([8, 58]);
const REFUSED_ACTIONS: Record<number, string> = {
  3: 'call ring needs the SIP edge, which is not running',
  4: 'restart: Switchboard does not restart itself from an API call; its process supervisor (systemd, the container runtime) does',
  54: 'restart: Switchboard does not restart itself from an API call; its process supervisor (systemd, the container runtime) does',
  5: 'mssqlrestart: Switchboard does not run on MS SQL Server and does not manage its database engine',
  6: 'reboot: rebooting the host from the VoIP API is not something a self-hosted service may do',
  56: 'reboot: rebooting the host from the VoIP API is not something a self-hosted service may do',
  7: 'running command lines from the API would hand a shell to anyone who can call it',
  57: 'running command lines from the API would hand a shell to anyone who can call it',
};

/**
 * The dispatch entry of a custom API: a tb_api row for a name the spec does not have, with customsql or custom_action.
 */
export function customEntry(s: Services, name: string): MizuV2Entry | undefined {
  const row = s.policies.get(name);
  if (!row || (!row.customsql?.trim() && !row.customAction)) return undefined;
  return {
    id: name,
    handler: name,
    status: 'implemented',
    access: CUSTOM_ACCESS,
    // Its SQL is the operator's, yet it runs as admin: a trusted address alone is not one (unless trust.ipAdmin).
    needsCredentials: true,
    formats: MIZU_FORMATS,
    errors: ['command-failed'],
    resultKind: 'ok',
    validate: (raw) => ({ ok: true, params: raw }),
  };
}

/**
 * After authorisation: refuses a row whose custom_action cannot run (so nothing runs), and answers the customsql
 * runner when the row replaces the command; undefined leaves the command to its handler.
 */
export function customBehaviour(s: Services, command: string): ((ctx: MizuContext) => Promise<Success>) | undefined {
  const row = s.policies.get(command);
  if (!row) return undefined;
  refuseUnrunnable(s, row);
  const sql = row.customsql?.trim();
  if (sql) return (ctx) => runCustomSql(ctx, command, sql);
  // A custom API with an action only: nothing to run but the action.
  if (row.customAction && !byName.has(command)) return async () => ({ ok: true, kind: 'ok', data: {} });
  return undefined;
}

/** Runs the request, then the row's custom_action for its outcome, after the answer; action failures go to the log. */
export function withCustomAction(
  s: Services,
  command: string,
  params: Readonly<Record<string, string>>,
  run: () => Awaitable<Outcome>,
): Awaitable<Outcome> {
  const row = s.policies.get(command);
  const code = row?.customAction ?? 0;
  if (!row || !(SQL_ACTIONS.has(code) || MESSAGE_ACTIONS[code]) || !row.customActionBody?.trim()) return run();
  return runThenAct(s, command, row, params, run);
}

async function runThenAct(
  s: Services,
  command: string,
  row: ApiPolicyRow,
  params: Readonly<Record<string, string>>,
  run: () => Awaitable<Outcome>,
): Promise<Outcome> {
  const after = (failed: boolean) => {
    if (failed === row.customAction! >= 50) scheduleAction(s, command, row, params);
  };
  try {
    const answer = await run();
    after(!answer.ok);
    return answer;
  } catch (e) {
    after(true);
    throw e;
  }
}

function refuseUnrunnable(s: Services, row: ApiPolicyRow): void {
  const code = row.customAction;
  if (!code || SQL_ACTIONS.has(code)) return;
  const what = `the ${row.fname} API has custom_action ${code}`;
  const channel = MESSAGE_ACTIONS[code];
  if (channel) {
    const off = messageActionOff(s, channel);
    if (off) throw new SwitchboardError('unsupported', `${what}, which cannot run: ${off.message}`);
    return;
  }
  if (REFUSED_ACTIONS[code])
    throw new SwitchboardError('unsupported', `${what}, which is not supported: ${REFUSED_ACTIONS[code]}`);
  throw new SwitchboardError(
    'unsupported',
    `${what}, which is not a documented action (1, 2, 8, 51, 52, 58 and the refused 3-7, 54-57)`,
  );
}

async function runCustomSql(ctx: MizuContext, command: string, stored: string): Promise<Success> {
  const s = ctx.services;
  const synchronous = stored.startsWith('*');
  const values = keywordValues(await userFields(ctx.em, ctx.principal.user?.id), ctx.raw);
  const { sql, bound } = prepared(command, synchronous ? stored.slice(1) : stored, values, s.db.engine, false);
  const activity = s.activity;
  if (!synchronous && !returnsRows(sql)) {
    activity.background(
      `custom API ${command}`,
      command,
      () => runSql(s.db, bound.text, bound.values),
      (err) => {
        s.logger.error(
          { err, api: command },
          `custom API ${command}: its SQL failed (it ran after the answer; prefix it with * to run it first and answer the error)`,
        );
      },
    );
    return { ok: true, kind: 'ok', data: {}, message: 'queued' };
  }
  return sqlAnswer(
    await activity.track(`custom API ${command}`, command, () => runSql(s.db, bound.text, bound.values)),
  );
}

/** Rows as a list; for other statements one row with the count of rows affected (as the db command answers). */
function sqlAnswer(result: SqlResult): Success {
  return { ok: true, kind: 'list', data: { rows: resultRows(result) } };
}

/** The row's action after the answer, with the user's fields and the request's parameters as its keywords. */
function scheduleAction(
  s: Services,
  command: string,
  row: ApiPolicyRow,
  params: Readonly<Record<string, string>>,
): void {
  const username = currentRequest()?.user;
  const channel = MESSAGE_ACTIONS[row.customAction!];
  const body = row.customActionBody!;
  s.activity.background(
    `custom action of ${command}`,
    command,
    async () => {
      const em = s.db.em();
      const user = username ? await s.accounts.cache.find(username, () => em) : undefined;
      const fields = await userFields(em, user?.id);
      const values = keywordValues(fields, params);
      if (channel) return queueActionMessage(s.messaging, command, channel, body, { id: user?.id, fields }, values);
      const { bound } = prepared(command, body.trim().replace(/^\*/, ''), values, s.db.engine, true);
      await runSql(s.db, bound.text, bound.values);
    },
    (err) =>
      s.logger.error(
        { err, api: command },
        `custom action of ${command}: ${channel ? `its ${CHANNEL_NAMES[channel]} was not queued` : 'its SQL failed'}`,
      ),
  );
}

/** The stored SQL in the engine's terms, keywords bound; SQL that cannot be read is the row's fault, said as such. */
function prepared(
  command: string,
  stored: string,
  values: KeywordValue,
  engine: Engine,
  bareUserid: boolean,
): { sql: string; bound: BoundSql } {
  try {
    const sql = fromMsSql(stored);
    return { sql, bound: bindKeywords(sql, values, { engine, bareUserid }) };
  } catch (e) {
    throw new SwitchboardError(
      'command-failed',
      `the SQL of the ${command} API in tb_api cannot be read: ${(e as Error).message}`,
    );
  }
}
