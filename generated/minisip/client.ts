// generated from spec/ — do not edit; run `make generate`
import { MinisipTransport } from '../../src/protocol/clients/minisip.ts';
import type { MinisipClientOptions } from '../../src/protocol/clients/minisip.ts';
import type * as T from './types.ts';

/** Typed client for the miniSIPServer openapi: one method per operation, sent in the vendor wire form. */
export class MinisipClient {
  readonly transport: MinisipTransport;

  constructor(options: MinisipClientOptions) {
    this.transport = new MinisipTransport(options);
  }

  /**
   * anacldnbr/delete: Delete an analyze-called-number record.
   *
   * Parameters: dialPlan: string, required, at most 32 characters; calledNbr: string, required, at most 32 characters.
   */
  anacldnbrDelete(params: T.AnacldnbrDeleteInput): Promise<T.AnacldnbrDeleteResult> {
    return this.transport.call({ id: "anacldnbr/delete", kind: "ok" }, params);
  }

  /**
   * anacldnbr/list: List summary of analyze-called-number records, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  anacldnbrList(params: T.AnacldnbrListInput = {}): Promise<T.AnacldnbrListResult> {
    return this.transport.call({ id: "anacldnbr/list", kind: "list" }, params);
  }

  /**
   * anacldnbr/query: Query details of one analyze-called-number record.
   *
   * Parameters: dialPlan: string, required, at most 32 characters; calledNbr: string, required, at most 32 characters.
   */
  anacldnbrQuery(params: T.AnacldnbrQueryInput): Promise<T.AnacldnbrQueryResult> {
    return this.transport.call({ id: "anacldnbr/query", kind: "record" }, params);
  }

  /**
   * anacldnbr/set: Add or update an analyze-called-number record (upsert by dialPlan and calledNbr; fields not sent
   * keep their value).
   *
   * Parameters: dialPlan: string, required, at most 32 characters; calledNbr: string, required, at most 32 characters;
   * description: string, at most 128 characters; routeType: enum, one of 0/1/2/4/6; servID: integer, min 0; extLine:
   * string, at most 64 characters; rtGroupID: integer, min 0; changeInd: integer, min 0, max 1; tranID: integer, min 0;
   * reAnaInd: integer, min 0, max 1; clrRefineID: integer, min 0; maxDuration: integer, min 0; callLevel: integer,
   * min 0.
   */
  anacldnbrSet(params: T.AnacldnbrSetInput): Promise<T.AnacldnbrSetResult> {
    return this.transport.call({ id: "anacldnbr/set", kind: "ok" }, params);
  }

  /**
   * anaclrnbr/delete: Delete an analyze-caller-number record.
   *
   * Parameters: callerNbr: string, required, at most 32 characters.
   */
  anaclrnbrDelete(params: T.AnaclrnbrDeleteInput): Promise<T.AnaclrnbrDeleteResult> {
    return this.transport.call({ id: "anaclrnbr/delete", kind: "ok" }, params);
  }

  /**
   * anaclrnbr/list: List summary of analyze-caller-number records, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  anaclrnbrList(params: T.AnaclrnbrListInput = {}): Promise<T.AnaclrnbrListResult> {
    return this.transport.call({ id: "anaclrnbr/list", kind: "list" }, params);
  }

  /**
   * anaclrnbr/query: Query details of one analyze-caller-number record.
   *
   * Parameters: callerNbr: string, required, at most 32 characters.
   */
  anaclrnbrQuery(params: T.AnaclrnbrQueryInput): Promise<T.AnaclrnbrQueryResult> {
    return this.transport.call({ id: "anaclrnbr/query", kind: "record" }, params);
  }

  /**
   * anaclrnbr/set: Add or update an analyze-caller-number record (upsert by callerNbr; every field required).
   *
   * Parameters: callerNbr: string, required, at most 32 characters; description: string, required, at most 128
   * characters, default ; tranID: integer, required, min 0; dialPlan: string, required, at most 32 characters, default
   * ; groupID: integer, min 0.
   */
  anaclrnbrSet(params: T.AnaclrnbrSetInput): Promise<T.AnaclrnbrSetResult> {
    return this.transport.call({ id: "anaclrnbr/set", kind: "ok" }, params);
  }

  /**
   * extline/delete: Delete an external line.
   *
   * Parameters: extLine: string, required, at most 64 characters.
   */
  extlineDelete(params: T.ExtlineDeleteInput): Promise<T.ExtlineDeleteResult> {
    return this.transport.call({ id: "extline/delete", kind: "ok" }, params);
  }

  /**
   * extline/list: List summary of external lines, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  extlineList(params: T.ExtlineListInput = {}): Promise<T.ExtlineListResult> {
    return this.transport.call({ id: "extline/list", kind: "list" }, params);
  }

  /**
   * extline/query: Query details of one external line.
   *
   * Parameters: extLine: string, required, at most 64 characters.
   */
  extlineQuery(params: T.ExtlineQueryInput): Promise<T.ExtlineQueryResult> {
    return this.transport.call({ id: "extline/query", kind: "record" }, params);
  }

  /**
   * extline/set: Add or update an external line (upsert by extLine; fields not sent keep their value).
   *
   * Parameters: extLine: string, required, at most 64 characters; state: enum, one of 0/1/2/3; host: string, at most
   * 255 characters; port: integer, min 1, max 65535; localUser: string, at most 32 characters; type: enum, one of 0/1;
   * password: string, at most 64 characters; authID: string, at most 64 characters; maxDur: integer, min 0, default 0;
   * chain: string, at most 64 characters; transport: enum, one of 0/1; ogGroupID: integer, min 0; maxMOCalls: integer,
   * min 0, default 20; otcID: integer, min 0; noAnsTimer: integer, min 0; description: string, at most 128 characters;
   * maxCalls: integer, min 0; aaInd: integer, min 0, max 1; outbandInd: integer, min 0, max 1; outbandServer: string,
   * at most 255 characters; outbandPort: integer, min 0, max 65535; shareInd: integer, min 0, max 1; origCallerNbr:
   * integer, min 0, max 1; authidWithAddrInd: integer, min 0, max 1; reInviteInd: integer, min 0, max 1; donotRegInd:
   * integer, min 0, max 1; incomingLI: integer, min 0, max 1.
   */
  extlineSet(params: T.ExtlineSetInput): Promise<T.ExtlineSetResult> {
    return this.transport.call({ id: "extline/set", kind: "ok" }, params);
  }

  /**
   * hgdect/delete: Delete a hunting-group detection record.
   *
   * Parameters: dialPlan: string, required, at most 32 characters; calledNbr: string, required, at most 32 characters.
   */
  hgdectDelete(params: T.HgdectDeleteInput): Promise<T.HgdectDeleteResult> {
    return this.transport.call({ id: "hgdect/delete", kind: "ok" }, params);
  }

  /**
   * hgdect/list: List summary of hunting-group detection records, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  hgdectList(params: T.HgdectListInput = {}): Promise<T.HgdectListResult> {
    return this.transport.call({ id: "hgdect/list", kind: "list" }, params);
  }

  /**
   * hgdect/query: Query details of one hunting-group detection record.
   *
   * Parameters: dialPlan: string, required, at most 32 characters; calledNbr: string, required, at most 32 characters.
   */
  hgdectQuery(params: T.HgdectQueryInput): Promise<T.HgdectQueryResult> {
    return this.transport.call({ id: "hgdect/query", kind: "record" }, params);
  }

  /**
   * hgdect/set: Add or update a hunting-group detection record (upsert by dialPlan and calledNbr; every field
   * required).
   *
   * Parameters: dialPlan: string, required, at most 32 characters; calledNbr: string, required, at most 32 characters;
   * grpID: integer, required, min 1.
   */
  hgdectSet(params: T.HgdectSetInput): Promise<T.HgdectSetResult> {
    return this.transport.call({ id: "hgdect/set", kind: "ok" }, params);
  }

  /**
   * hginfo/delete: Delete a hunting group.
   *
   * Parameters: grpID: integer, required, min 1.
   */
  hginfoDelete(params: T.HginfoDeleteInput): Promise<T.HginfoDeleteResult> {
    return this.transport.call({ id: "hginfo/delete", kind: "ok" }, params);
  }

  /**
   * hginfo/list: List summary of hunting groups, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  hginfoList(params: T.HginfoListInput = {}): Promise<T.HginfoListResult> {
    return this.transport.call({ id: "hginfo/list", kind: "list" }, params);
  }

  /**
   * hginfo/query: Query details of one hunting group.
   *
   * Parameters: grpID: integer, required, min 1.
   */
  hginfoQuery(params: T.HginfoQueryInput): Promise<T.HginfoQueryResult> {
    return this.transport.call({ id: "hginfo/query", kind: "record" }, params);
  }

  /**
   * hginfo/set: Add or update a hunting group (upsert by grpID; strategy is required, other fields not sent keep their
   * value).
   *
   * Parameters: grpID: integer, required, min 1; strategy: enum, required, one of 1/2; desc: string, at most 128
   * characters; noAnsTmr: integer, min 0; queueInd: integer, min 0, max 1; maxCall: integer, min 0; maxDura: integer,
   * min 0.
   */
  hginfoSet(params: T.HginfoSetInput): Promise<T.HginfoSetResult> {
    return this.transport.call({ id: "hginfo/set", kind: "ok" }, params);
  }

  /**
   * hgoper/delete: Delete a hunting-group operator record.
   *
   * Parameters: oper: string, required, at most 32 characters.
   */
  hgoperDelete(params: T.HgoperDeleteInput): Promise<T.HgoperDeleteResult> {
    return this.transport.call({ id: "hgoper/delete", kind: "ok" }, params);
  }

  /**
   * hgoper/list: List summary of hunting-group operators, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  hgoperList(params: T.HgoperListInput = {}): Promise<T.HgoperListResult> {
    return this.transport.call({ id: "hgoper/list", kind: "list" }, params);
  }

  /**
   * hgoper/set: Add or update a hunting-group operator record (upsert by oper; every field required).
   *
   * Parameters: oper: string, required, at most 32 characters; grpID: integer, required, min 1; autoInd: integer,
   * required, min 0, max 1.
   */
  hgoperSet(params: T.HgoperSetInput): Promise<T.HgoperSetResult> {
    return this.transport.call({ id: "hgoper/set", kind: "ok" }, params);
  }

  /**
   * localuser/delete: Delete a local user.
   *
   * Parameters: usrname: string, required, at most 32 characters.
   */
  localuserDelete(params: T.LocaluserDeleteInput): Promise<T.LocaluserDeleteResult> {
    return this.transport.call({ id: "localuser/delete", kind: "ok" }, params);
  }

  /**
   * localuser/list: List summary of local users, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  localuserList(params: T.LocaluserListInput = {}): Promise<T.LocaluserListResult> {
    return this.transport.call({ id: "localuser/list", kind: "list" }, params);
  }

  /**
   * localuser/query: Query details of one local user.
   *
   * Parameters: usrname: string, required, at most 32 characters.
   */
  localuserQuery(params: T.LocaluserQueryInput): Promise<T.LocaluserQueryResult> {
    return this.transport.call({ id: "localuser/query", kind: "record" }, params);
  }

  /**
   * localuser/set: Add or update a local user (upsert by usrname; fields not sent keep their value).
   *
   * Parameters: usrname: string, required, at most 32 characters; usrpwd: string, at most 64 characters; description:
   * string, at most 128 characters; right_ipauth: integer, min 0, max 1; addr: string, at most 64 characters; port:
   * integer, min 0, max 65535; state: integer, min 0; right_aa: integer, min 0, max 1; right_rg: integer, min 0, max 1;
   * right_sup_rg: integer, min 0, max 1; ringgrpid: integer, min 0; right_pickup: integer, min 0, max 1; pickupgrpid:
   * integer, min 0; right_park: integer, min 0, max 1; right_retrieve: integer, min 0, max 1; right_cw: integer, min 0,
   * max 1; fmtype: integer, min 0; fminterval: integer, min 0; fmdesta: string, at most 32 characters; fmdestb: string,
   * at most 32 characters; fmdestc: string, at most 32 characters; enddate: integer, min 0; dialPlan: string, at most
   * 32 characters; dispname: string, at most 64 characters; specextline: string, at most 64 characters; maxdura:
   * integer, min 0; maxcall: integer, min 0; momaxcall: integer, min 0; calllevel: integer, min 0; right_cfu: integer,
   * min 0, max 1; cfunbr: string, at most 32 characters; right_cfnc: integer, min 0, max 1; cfncnbr: string, at most 32
   * characters; right_cfb: integer, min 0, max 1; cfbnbr: string, at most 32 characters; right_cfna: integer, min 0,
   * max 1; cfnanbr: string, at most 32 characters; cfnatmr: integer, min 0; right_vms: integer, min 0, max 1; vmannid:
   * integer, min 0; email: string, at most 254 characters; right_prepaid: integer, min 0, max 1; right_subpre: integer,
   * min 0, max 1; presgrpid: integer, min 0; right_clrid: integer, min 0, max 1; right_moh: integer, min 0, max 1;
   * right_relay: integer, min 0, max 1; right_oli: integer, min 0, max 1; right_tli: integer, min 0, max 1; tcID:
   * integer, min 0.
   */
  localuserSet(params: T.LocaluserSetInput): Promise<T.LocaluserSetResult> {
    return this.transport.call({ id: "localuser/set", kind: "ok" }, params);
  }

  /**
   * natran/delete: Delete a transition record.
   *
   * Parameters: tranID: integer, required, min 1.
   */
  natranDelete(params: T.NatranDeleteInput): Promise<T.NatranDeleteResult> {
    return this.transport.call({ id: "natran/delete", kind: "ok" }, params);
  }

  /**
   * natran/list: List summary of transition records, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  natranList(params: T.NatranListInput = {}): Promise<T.NatranListResult> {
    return this.transport.call({ id: "natran/list", kind: "list" }, params);
  }

  /**
   * natran/query: Query details of one transition record.
   *
   * Parameters: tranID: integer, required, min 1.
   */
  natranQuery(params: T.NatranQueryInput): Promise<T.NatranQueryResult> {
    return this.transport.call({ id: "natran/query", kind: "record" }, params);
  }

  /**
   * natran/set: Add or update a transition record (upsert by tranID; every field required).
   *
   * Parameters: tranID: integer, required, min 1; type: enum, required, one of 1/2/3; tranStart: integer, required, min
   * 0; tranLen: integer, required, min 0; prefix: string, required, at most 32 characters, default ; description:
   * string, required, at most 128 characters, default .
   */
  natranSet(params: T.NatranSetInput): Promise<T.NatranSetResult> {
    return this.transport.call({ id: "natran/set", kind: "ok" }, params);
  }

  /**
   * peerserver/delete: Delete a SIP trunk.
   *
   * Parameters: servID: integer, required, min 1.
   */
  peerserverDelete(params: T.PeerserverDeleteInput): Promise<T.PeerserverDeleteResult> {
    return this.transport.call({ id: "peerserver/delete", kind: "ok" }, params);
  }

  /**
   * peerserver/list: List summary of SIP trunks, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  peerserverList(params: T.PeerserverListInput = {}): Promise<T.PeerserverListResult> {
    return this.transport.call({ id: "peerserver/list", kind: "list" }, params);
  }

  /**
   * peerserver/query: Query details of one SIP trunk.
   *
   * Parameters: servID: integer, required, min 1.
   */
  peerserverQuery(params: T.PeerserverQueryInput): Promise<T.PeerserverQueryResult> {
    return this.transport.call({ id: "peerserver/query", kind: "record" }, params);
  }

  /**
   * peerserver/set: Add or update a SIP trunk (upsert by servID; fields not sent keep their value).
   *
   * Parameters: servID: integer, required, min 1; desc: string, at most 128 characters; servAddr: string, at most 255
   * characters; servPort: integer, min 1, max 65535; callerID: string, at most 32 characters; dialPlan: string, at most
   * 32 characters; transport: enum, one of 0/1; ogGroupID: integer, min 0; otcID: integer, min 0; oMaxCalls: integer,
   * min 0; iMaxCalls: integer, min 0; orelayMediaInd: integer, min 0, max 1; chainTrunkID: integer, min 0.
   */
  peerserverSet(params: T.PeerserverSetInput): Promise<T.PeerserverSetResult> {
    return this.transport.call({ id: "peerserver/set", kind: "ok" }, params);
  }

  /**
   * refinecldnbr/delete: Delete a refine-called-number record.
   *
   * Parameters: groupID: integer, required, min 1; calledPrefix: string, required, at most 32 characters.
   */
  refinecldnbrDelete(params: T.RefinecldnbrDeleteInput): Promise<T.RefinecldnbrDeleteResult> {
    return this.transport.call({ id: "refinecldnbr/delete", kind: "ok" }, params);
  }

  /**
   * refinecldnbr/list: List summary of refine-called-number records, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  refinecldnbrList(params: T.RefinecldnbrListInput = {}): Promise<T.RefinecldnbrListResult> {
    return this.transport.call({ id: "refinecldnbr/list", kind: "list" }, params);
  }

  /**
   * refinecldnbr/query: Query details of one refine-called-number record.
   *
   * Parameters: groupID: integer, required, min 1; calledPrefix: string, required, at most 32 characters.
   */
  refinecldnbrQuery(params: T.RefinecldnbrQueryInput): Promise<T.RefinecldnbrQueryResult> {
    return this.transport.call({ id: "refinecldnbr/query", kind: "record" }, params);
  }

  /**
   * refinecldnbr/set: Add or update a refine-called-number record (upsert by groupID and calledPrefix; every field
   * required).
   *
   * Parameters: groupID: integer, required, min 1; calledPrefix: string, required, at most 32 characters; transID
   * (tranID): integer, required, min 1; description: string, required, at most 128 characters, default .
   */
  refinecldnbrSet(params: T.RefinecldnbrSetInput): Promise<T.RefinecldnbrSetResult> {
    return this.transport.call({ id: "refinecldnbr/set", kind: "ok" }, params);
  }

  /**
   * refineclrnbr/delete: Delete a refine-caller-number record.
   *
   * Parameters: grpID: integer, required, min 1; callerNbr: string, required, at most 32 characters.
   */
  refineclrnbrDelete(params: T.RefineclrnbrDeleteInput): Promise<T.RefineclrnbrDeleteResult> {
    return this.transport.call({ id: "refineclrnbr/delete", kind: "ok" }, params);
  }

  /**
   * refineclrnbr/list: List summary of refine-caller-number records, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  refineclrnbrList(params: T.RefineclrnbrListInput = {}): Promise<T.RefineclrnbrListResult> {
    return this.transport.call({ id: "refineclrnbr/list", kind: "list" }, params);
  }

  /**
   * refineclrnbr/query: Query details of one refine-caller-number record.
   *
   * Parameters: grpID: integer, required, min 1; callerNbr: string, required, at most 32 characters.
   */
  refineclrnbrQuery(params: T.RefineclrnbrQueryInput): Promise<T.RefineclrnbrQueryResult> {
    return this.transport.call({ id: "refineclrnbr/query", kind: "record" }, params);
  }

  /**
   * refineclrnbr/set: Add or update a refine-caller-number record (upsert by grpID and callerNbr; every field
   * required).
   *
   * Parameters: grpID: integer, required, min 1; callerNbr: string, required, at most 32 characters; tranID: integer,
   * required, min 1; description: string, required, at most 128 characters, default .
   */
  refineclrnbrSet(params: T.RefineclrnbrSetInput): Promise<T.RefineclrnbrSetResult> {
    return this.transport.call({ id: "refineclrnbr/set", kind: "ok" }, params);
  }

  /**
   * route/add: Add an external line or SIP trunk to a routing group.
   *
   * Parameters: groupID: integer, required, min 1; routeType: enum, required, one of 1/2; sipTrunkID: integer,
   * required, min 0, default 0; extLine: string, required, at most 64 characters, default .
   */
  routeAdd(params: T.RouteAddInput): Promise<T.RouteAddResult> {
    return this.transport.call({ id: "route/add", kind: "ok" }, params);
  }

  /**
   * route/delete: Remove an external line or SIP trunk from a routing group.
   *
   * Parameters: groupID: integer, required, min 1; routeType: enum, required, one of 1/2; sipTrunkID: integer,
   * required, min 0, default 0; extLine: string, required, at most 64 characters, default .
   */
  routeDelete(params: T.RouteDeleteInput): Promise<T.RouteDeleteResult> {
    return this.transport.call({ id: "route/delete", kind: "ok" }, params);
  }

  /**
   * route/list: List summary of routing-group members, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  routeList(params: T.RouteListInput = {}): Promise<T.RouteListResult> {
    return this.transport.call({ id: "route/list", kind: "list" }, params);
  }

  /**
   * routegroup/delete: Delete a routing group.
   *
   * Parameters: groupID: integer, required, min 1.
   */
  routegroupDelete(params: T.RoutegroupDeleteInput): Promise<T.RoutegroupDeleteResult> {
    return this.transport.call({ id: "routegroup/delete", kind: "ok" }, params);
  }

  /**
   * routegroup/list: List summary of routing groups, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  routegroupList(params: T.RoutegroupListInput = {}): Promise<T.RoutegroupListResult> {
    return this.transport.call({ id: "routegroup/list", kind: "list" }, params);
  }

  /**
   * routegroup/query: Query details of one routing group.
   *
   * Parameters: groupID: integer, required, min 1.
   */
  routegroupQuery(params: T.RoutegroupQueryInput): Promise<T.RoutegroupQueryResult> {
    return this.transport.call({ id: "routegroup/query", kind: "record" }, params);
  }

  /**
   * routegroup/set: Add or update a routing group (upsert by groupID; fields not sent keep their value).
   *
   * Parameters: groupID: integer, required, min 1; description: string, at most 128 characters.
   */
  routegroupSet(params: T.RoutegroupSetInput): Promise<T.RoutegroupSetResult> {
    return this.transport.call({ id: "routegroup/set", kind: "ok" }, params);
  }

  /**
   * session/release: Drop the call in progress of a local user number or outside number.
   *
   * Parameters: number: string, required, at most 32 characters.
   */
  sessionRelease(params: T.SessionReleaseInput): Promise<T.SessionReleaseResult> {
    return this.transport.call({ id: "session/release", kind: "ok" }, params);
  }

  /**
   * speeddial/delete: Delete a speed-dial record.
   *
   * Parameters: callerNbr: string, required, at most 32 characters; dialedNbr: string, required, at most 32 characters.
   */
  speeddialDelete(params: T.SpeeddialDeleteInput): Promise<T.SpeeddialDeleteResult> {
    return this.transport.call({ id: "speeddial/delete", kind: "ok" }, params);
  }

  /**
   * speeddial/list: List summary of speed-dial records, 20 a page.
   *
   * Parameters: pageIndex: integer, min 0, default 0.
   */
  speeddialList(params: T.SpeeddialListInput = {}): Promise<T.SpeeddialListResult> {
    return this.transport.call({ id: "speeddial/list", kind: "list" }, params);
  }

  /**
   * speeddial/query: Query details of one speed-dial record.
   *
   * Parameters: callerNbr: string, required, at most 32 characters; dialedNbr: string, required, at most 32 characters.
   */
  speeddialQuery(params: T.SpeeddialQueryInput): Promise<T.SpeeddialQueryResult> {
    return this.transport.call({ id: "speeddial/query", kind: "record" }, params);
  }

  /**
   * speeddial/set: Add or update a speed-dial record (upsert by callerNbr and dialedNbr; fields not sent keep their
   * value).
   *
   * Parameters: callerNbr: string, required, at most 32 characters; dialedNbr: string, required, at most 32 characters;
   * desc: string, at most 128 characters; destNbr: string, at most 32 characters.
   */
  speeddialSet(params: T.SpeeddialSetInput): Promise<T.SpeeddialSetResult> {
    return this.transport.call({ id: "speeddial/set", kind: "ok" }, params);
  }

  /** sysinfo/query: Query the system information. */
  sysinfoQuery(params: T.SysinfoQueryInput = {}): Promise<T.SysinfoQueryResult> {
    return this.transport.call({ id: "sysinfo/query", kind: "record" }, params);
  }

  /**
   * sysinfo/update: Update the system information fields sent; fields not sent keep their value.
   *
   * Parameters: admpwd: string, at most 64 characters; ogpfx: string, at most 16 characters; rtpport: integer, min 1,
   * max 65535; httpport: integer, min 1, max 65535; evtChannelPort: integer, min 0, max 65535; srfannlang: integer, min
   * 0; sipaddr: string, at most 15 characters; sipaddr6: string, at most 45 characters; publicaddr: string, at most 255
   * characters; sipport: integer, min 0, max 65535; tcpport: integer, min 0, max 65535; tlsport: integer, min 0, max
   * 65535; realm: string, at most 255 characters; dbaddr: string, at most 255 characters; dbport: integer, min 0, max
   * 65535; dbname: string, at most 64 characters; dbusr: string, at most 64 characters; dbpwd: string, at most 64
   * characters; smtpserv: string, at most 255 characters; smtpusr: string, at most 254 characters; smtppwd: string, at
   * most 128 characters; smtptls: boolean; cdrcallerusr: boolean; cdrcalledusr: boolean; cdrcallerextline: boolean;
   * cdrcalledextline: boolean; cdrfailcall: boolean; cdrshow: boolean; cdroutput: boolean; stunaddr1: string, at most
   * 255 characters; stunport1: integer, min 0, max 65535; stunaddr2: string, at most 255 characters; stunport2:
   * integer, min 0, max 65535.
   */
  sysinfoUpdate(params: T.SysinfoUpdateInput = {}): Promise<T.SysinfoUpdateResult> {
    return this.transport.call({ id: "sysinfo/update", kind: "ok" }, params);
  }

  /** version/query: Answer the server's version information. */
  versionQuery(params: T.VersionQueryInput = {}): Promise<T.VersionQueryResult> {
    return this.transport.call({ id: "version/query", kind: "record" }, params);
  }
}
