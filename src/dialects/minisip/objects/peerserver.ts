/**
 * peerserver (003:L379-L468): SIP trunks: peer SIP servers this server exchanges calls with, addressed by a numeric
 * trunk ID. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { MinisipAnalyzeCalled, MinisipPeerServer, MinisipRoute } from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';

const PEERSERVER = {
  object: 'peerserver',
  what: 'SIP trunk',
  entity: MinisipPeerServer,
  key: ['servID'],
  orderBy: { servID: 'asc' },
  fields: {
    servID: 0,
    desc: '',
    servAddr: '',
    servPort: 5060,
    callerID: '',
    dialPlan: 'default',
    transport: 0,
    ogGroupID: 0,
    otcID: 0,
    oMaxCalls: 0,
    iMaxCalls: 0,
    orelayMediaInd: 0,
    chainTrunkID: 0,
  } satisfies Record<keyof T.PeerserverQueryResult, string | number>,
  listFields: ['servID', 'desc', 'servAddr', 'servPort', 'transport'] satisfies (keyof T.PeerserverListRow)[],
  references: [{ field: 'chainTrunkID', what: 'SIP trunk', entity: MinisipPeerServer, column: 'servID' }],
  check: (row) =>
    row.chainTrunkID !== 0 && row.chainTrunkID === row.servID
      ? 'chainTrunkID must name another SIP trunk, not the trunk itself'
      : undefined,
  usedBy: [
    {
      entity: MinisipAnalyzeCalled,
      column: 'servID',
      field: 'servID',
      what: 'analyze-called-number rule(s) (anacldnbr)',
    },
    { entity: MinisipRoute, column: 'sipTrunkID', field: 'servID', what: 'routing group member(s) (route)' },
    {
      entity: MinisipPeerServer,
      column: 'chainTrunkID',
      field: 'servID',
      what: 'trunk chain(s) (peerserver chainTrunkID)',
    },
  ],
} satisfies RecordKind;

const peerserver = recordHandlers<
  T.PeerserverQueryResult,
  T.PeerserverListRow,
  T.PeerserverQueryParams,
  T.PeerserverSetParams
>(PEERSERVER);

export const {
  list: peerserverList,
  query: peerserverQuery,
  delete: peerserverDelete,
  set: peerserverSet,
} = peerserver;
