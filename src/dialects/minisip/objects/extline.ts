/**
 * extline (003:L266-L377): External lines: accounts this server registers on another SIP server or FXO gateway, used
 * for outgoing calls and to receive incoming ones. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { User } from '../../../persistence/entities/user.ts';
import {
  MinisipAnalyzeCalled,
  MinisipExtLine,
  MinisipLocalUser,
  MinisipRoute,
} from '../../../persistence/entities/minisip/index.ts';
import { inUse, recordHandlers, type RecordKind } from '../shared/records.ts';

const EXTLINE = {
  object: 'extline',
  what: 'external line',
  entity: MinisipExtLine,
  key: ['extLine'],
  orderBy: { extLine: 'asc' },
  fields: {
    extLine: '',
    state: 0,
    host: '',
    port: 5060,
    localUser: '',
    type: 0,
    password: '',
    authID: '',
    maxDur: 0,
    chain: '',
    transport: 0,
    ogGroupID: 0,
    maxMOCalls: 20,
    otcID: 0,
    noAnsTimer: 0,
    description: '',
    maxCalls: 0,
    aaInd: 0,
    outbandInd: 0,
    outbandServer: '',
    outbandPort: 0,
    shareInd: 0,
    origCallerNbr: 0,
    authidWithAddrInd: 0,
    reInviteInd: 0,
    donotRegInd: 0,
    incomingLI: 0,
  } satisfies Record<keyof T.ExtlineQueryResult, string | number>,
  listFields: [
    'extLine',
    'description',
    'host',
    'port',
    'localUser',
    'transport',
    'state',
  ] satisfies (keyof T.ExtlineListRow)[],
  secrets: ['password'],
  references: [{ field: 'chain', what: 'external line', entity: MinisipExtLine, column: 'extLine' }],
  check: (row) =>
    row.chain !== '' && row.chain === row.extLine
      ? 'chain must name another external line, not the line itself'
      : undefined,
  usedBy: [
    {
      entity: MinisipAnalyzeCalled,
      column: 'extLine',
      field: 'extLine',
      what: 'analyze-called-number rule(s) (anacldnbr)',
    },
    { entity: MinisipRoute, column: 'extLine', field: 'extLine', what: 'routing group member(s) (route)' },
    { entity: MinisipExtLine, column: 'chain', field: 'extLine', what: 'external line chain(s) (extline chain)' },
  ],
  async beforeDelete(tx, row) {
    // Only settings of users that still exist count (a user deleted through Mizu leaves its settings row).
    const settings = await tx.find(MinisipLocalUser, { specextline: String(row.extLine) }, { fields: ['userId'] });
    const users = settings.length ? await tx.count(User, { id: { $in: settings.map((s) => s.userId) } }) : 0;
    if (users > 0) throw inUse(EXTLINE, String(row.extLine), `${users} local user(s) (localuser specextline)`);
  },
} satisfies RecordKind;

const extline = recordHandlers<T.ExtlineQueryResult, T.ExtlineListRow, T.ExtlineQueryParams, T.ExtlineSetParams>(
  EXTLINE,
);

export const { list: extlineList, query: extlineQuery, delete: extlineDelete, set: extlineSet } = extline;
