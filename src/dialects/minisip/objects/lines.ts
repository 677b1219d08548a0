/** extline (003:L266-L377) and peerserver (003:L379-L468): the lines and trunks calls leave and arrive by. */
import type * as T from '../../../../generated/minisip/types.ts';
import { User } from '../../../persistence/entities/user.ts';
import {
  MinisipAnalyzeCalled, MinisipExtLine, MinisipLocalUser, MinisipPeerServer, MinisipRoute,
} from '../../../persistence/entities/minisip/index.ts';
import { inUse, recordHandlers, type RecordKind } from '../records.ts';

const EXTLINE = {
  object: 'extline', what: 'external line', entity: MinisipExtLine, key: ['extLine'], orderBy: { extLine: 'asc' },
  fields: {
    extLine: '', state: 0, host: '', port: 5060, localUser: '', type: 0, password: '', authID: '', maxDur: 0, chain: '',
    transport: 0, ogGroupID: 0, maxMOCalls: 20, otcID: 0, noAnsTimer: 0, description: '', maxCalls: 0, aaInd: 0,
    outbandInd: 0, outbandServer: '', outbandPort: 0, shareInd: 0, origCallerNbr: 0, authidWithAddrInd: 0, reInviteInd: 0,
    donotRegInd: 0, incomingLI: 0,
  } satisfies Record<keyof T.ExtlineQueryResult, string | number>,
  listFields: ['extLine', 'description', 'host', 'port', 'localUser', 'transport', 'state'] satisfies (keyof T.ExtlineListRow)[],
  secrets: ['password'],
  references: [{ field: 'chain', what: 'external line', entity: MinisipExtLine, column: 'extLine' }],
  check: (row) => (row.chain !== '' && row.chain === row.extLine ? 'chain must name another external line, not the line itself' : undefined),
  usedBy: [
    { entity: MinisipAnalyzeCalled, column: 'extLine', field: 'extLine', what: 'analyze-called-number rule(s) (anacldnbr)' },
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

const PEERSERVER = {
  object: 'peerserver', what: 'SIP trunk', entity: MinisipPeerServer, key: ['servID'], orderBy: { servID: 'asc' },
  fields: {
    servID: 0, desc: '', servAddr: '', servPort: 5060, callerID: '', dialPlan: 'default', transport: 0, ogGroupID: 0,
    otcID: 0, oMaxCalls: 0, iMaxCalls: 0, orelayMediaInd: 0, chainTrunkID: 0,
  } satisfies Record<keyof T.PeerserverQueryResult, string | number>,
  listFields: ['servID', 'desc', 'servAddr', 'servPort', 'transport'] satisfies (keyof T.PeerserverListRow)[],
  references: [{ field: 'chainTrunkID', what: 'SIP trunk', entity: MinisipPeerServer, column: 'servID' }],
  check: (row) => (row.chainTrunkID !== 0 && row.chainTrunkID === row.servID ? 'chainTrunkID must name another SIP trunk, not the trunk itself' : undefined),
  usedBy: [
    { entity: MinisipAnalyzeCalled, column: 'servID', field: 'servID', what: 'analyze-called-number rule(s) (anacldnbr)' },
    { entity: MinisipRoute, column: 'sipTrunkID', field: 'servID', what: 'routing group member(s) (route)' },
    { entity: MinisipPeerServer, column: 'chainTrunkID', field: 'servID', what: 'trunk chain(s) (peerserver chainTrunkID)' },
  ],
} satisfies RecordKind;

export const extline = recordHandlers<T.ExtlineQueryResult, T.ExtlineListRow, T.ExtlineQueryParams, T.ExtlineSetParams>(EXTLINE);
export const peerserver = recordHandlers<T.PeerserverQueryResult, T.PeerserverListRow, T.PeerserverQueryParams, T.PeerserverSetParams>(PEERSERVER);
