/**
 * The implemented Mizu v2 commands. `satisfies` pins them to the spec: a command marked implemented without a
 * handler here, or with the wrong types, fails the build.
 *
 * Where a handler lives (spec/README.md, test/spec/handler-locations.test.ts): the command `h` of
 * spec/mizu-v2/h.yaml, whose `category` is `c`, is handled by `h`, exported from `./c/h.ts`. Helpers several
 * handlers share live in `./shared/`.
 */
import type { MizuV2Handlers } from '../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../mizu/context.ts';
import { unreg } from './admin-commands/unreg.ts';
import { discall } from './admin-commands/discall.ts';
import { callback } from './user/callback.ts';
import { callrating } from './user/callrating.ts';
import { p2p } from './user/p2p.ts';
import { sendamsg } from './admin-commands/sendamsg.ts';
import { sendim } from './user/sendim.ts';
import { reloaddialplan } from './admin-reset/reloaddialplan.ts';
import { reloadnumdircache } from './admin-reset/reloadnumdircache.ts';
import { normalizechk } from './admin-various/normalizechk.ts';
import { setfastregpwd } from './admin-various/setfastregpwd.ts';
import { willstop } from './admin-various/willstop.ts';
import { endpoints } from './admin-diagnostics/endpoints.ts';
import { epreg } from './admin-diagnostics/epreg.ts';
import { fastregusers } from './admin-diagnostics/fastregusers.ts';
import { regstat } from './admin-diagnostics/regstat.ts';
import { reguser } from './admin-diagnostics/reguser.ts';
import { presenceGet } from './user/presence_get.ts';
import { presenceSet } from './user/presence_set.ts';
import { status } from './user/status.ts';
import { verifyuser } from './user/verifyuser.ts';
import { addserver } from './admin-commands/addserver.ts';
import { adduser } from './admin-commands/adduser.ts';
import { asendemail } from './admin-commands/asendemail.ts';
import { asendsms } from './admin-commands/asendsms.ts';
import { asendsmssync } from './admin-commands/asendsmssync.ts';
import { bannedlist } from './admin-commands/bannedlist.ts';
import { db } from './admin-commands/db.ts';
import { delbanned } from './admin-commands/delbanned.ts';
import { deluser } from './admin-commands/deluser.ts';
import { getfile } from './admin-commands/getfile.ts';
import { listusers } from './admin-commands/listusers.ts';
import { newuser } from './admin-commands/newuser.ts';
import { newuseri } from './admin-commands/newuseri.ts';
import { putfile } from './admin-commands/putfile.ts';
import { smsreceive } from './admin-commands/smsreceive.ts';
import { deviceid } from './admin-diagnostics/deviceid.ts';
import { fastusers } from './admin-diagnostics/fastusers.ts';
import { file } from './admin-diagnostics/file.ts';
import { gencdr } from './admin-diagnostics/gencdr.ts';
import { heartbeat } from './admin-diagnostics/heartbeat.ts';
import { info } from './admin-diagnostics/info.ts';
import { lists } from './admin-diagnostics/lists.ts';
import { locks } from './admin-diagnostics/locks.ts';
import { log } from './admin-diagnostics/log.ts';
import { logsearch } from './admin-diagnostics/logsearch.ts';
import { querylist } from './admin-diagnostics/querylist.ts';
import { quickstat } from './admin-diagnostics/quickstat.ts';
import { routingtest } from './admin-diagnostics/routingtest.ts';
import { shortinfo } from './admin-diagnostics/shortinfo.ts';
import { showcfg } from './admin-diagnostics/showcfg.ts';
import { showlog } from './admin-diagnostics/showlog.ts';
import { threadlist } from './admin-diagnostics/threadlist.ts';
import { threads } from './admin-diagnostics/threads.ts';
import { threads2 } from './admin-diagnostics/threads2.ts';
import { version } from './admin-diagnostics/version.ts';
import { apireload } from './admin-reset/apireload.ts';
import { dbbackup } from './admin-reset/dbbackup.ts';
import { dbreset } from './admin-reset/dbreset.ts';
import { dbrestore } from './admin-reset/dbrestore.ts';
import { rebill } from './admin-reset/rebill.ts';
import { reload } from './admin-reset/reload.ts';
import { reloadapikeys } from './admin-reset/reloadapikeys.ts';
import { restart } from './admin-reset/restart.ts';
import { rulesreload } from './admin-reset/rulesreload.ts';
import { backupdb } from './admin-various/backupdb.ts';
import { checkcredits } from './admin-various/checkcredits.ts';
import { checkmails } from './admin-various/checkmails.ts';
import { close } from './admin-various/close.ts';
import { dailymaint } from './admin-various/dailymaint.ts';
import { dailyreport } from './admin-various/dailyreport.ts';
import { getfield } from './admin-various/getfield.ts';
import { getini } from './admin-various/getini.ts';
import { help } from './admin-various/help.ts';
import { hourlymaint } from './admin-various/hourlymaint.ts';
import { keepalive } from './admin-various/keepalive.ts';
import { monthlymaint } from './admin-various/monthlymaint.ts';
import { pgetfile } from './admin-various/pgetfile.ts';
import { pputfile } from './admin-various/pputfile.ts';
import { savesettings } from './admin-various/savesettings.ts';
import { setfield } from './admin-various/setfield.ts';
import { setini } from './admin-various/setini.ts';
import { syncusers } from './admin-various/syncusers.ts';
import { unittest } from './admin-various/unittest.ts';
import { updcdrdir } from './admin-various/updcdrdir.ts';
import { weeklymaint } from './admin-various/weeklymaint.ts';
import { apitest } from './prose/apitest.ts';
import { jppget } from './prose/jppget.ts';
import { login } from './prose/login.ts';
import { preauth } from './prose/preauth.ts';
import { addcredit } from './sensitive/addcredit.ts';
import { addcallbacknumber } from './user/addcallbacknumber.ts';
import { balance } from './user/balance.ts';
import { callbackaccessnumber } from './user/callbackaccessnumber.ts';
import { callforward } from './user/callforward.ts';
import { cdr } from './user/cdr.ts';
import { changepwd } from './user/changepwd.ts';
import { charge } from './user/charge.ts';
import { cli } from './user/cli.ts';
import { forgotpasswordanswer } from './user/forgotpasswordanswer.ts';
import { forgotpasswordquestion } from './user/forgotpasswordquestion.ts';
import { getdetails } from './user/getdetails.ts';
import { getphonenumber } from './user/getphonenumber.ts';
import { lockphonenumber } from './user/lockphonenumber.ts';
import { newuseru } from './user/newuseru.ts';
import { rating } from './user/rating.ts';
import { search } from './user/search.ts';
import { sendmail } from './user/sendmail.ts';
import { sendsms } from './user/sendsms.ts';
import { sendsmssync } from './user/sendsmssync.ts';
import { sendsmsunicode } from './user/sendsmsunicode.ts';
import { sendsmsunicodesync } from './user/sendsmsunicodesync.ts';
import { sms } from './user/sms.ts';
import { transfercredit } from './user/transfercredit.ts';

export const mizuV2Handlers = {
  // admin-commands
  addserver,
  adduser,
  asendemail,
  asendsms,
  asendsmssync,
  bannedlist,
  db,
  delbanned,
  deluser,
  getfile,
  listusers,
  newuser,
  newuseri,
  putfile,
  smsreceive,
  // admin-diagnostics
  deviceid,
  fastusers,
  file,
  gencdr,
  heartbeat,
  info,
  lists,
  locks,
  log,
  logsearch,
  querylist,
  quickstat,
  routingtest,
  shortinfo,
  showcfg,
  showlog,
  threadlist,
  threads,
  threads2,
  version,
  // admin-reset
  apireload,
  dbbackup,
  dbreset,
  dbrestore,
  rebill,
  reload,
  reloadapikeys,
  restart,
  rulesreload,
  // admin-various
  backupdb,
  checkcredits,
  checkmails,
  close,
  dailymaint,
  dailyreport,
  getfield,
  getini,
  help,
  hourlymaint,
  keepalive,
  monthlymaint,
  pgetfile,
  pputfile,
  savesettings,
  setfield,
  setini,
  syncusers,
  unittest,
  updcdrdir,
  weeklymaint,
  // prose
  apitest,
  jppget,
  login,
  preauth,
  // sensitive
  addcredit,
  // user
  addcallbacknumber,
  balance,
  callbackaccessnumber,
  callforward,
  cdr,
  changepwd,
  charge,
  cli,
  forgotpasswordanswer,
  forgotpasswordquestion,
  getdetails,
  getphonenumber,
  lockphonenumber,
  newuseru,
  rating,
  search,
  sendmail,
  sendsms,
  sendsmssync,
  sendsmsunicode,
  sendsmsunicodesync,
  sms,
  transfercredit,
  // the SIP registrar's commands (issue 15)
  endpoints,
  epreg,
  fastregusers,
  presenceGet,
  presenceSet,
  regstat,
  reguser,
  status,
  unreg,
  verifyuser,
  // calls placed for the API: third-party call control (issue 15)
  callback,
  callrating,
  discall,
  p2p,
  // instant messages and the other commands that waited for the SIP edge (issue 15)
  normalizechk,
  reloaddialplan,
  reloadnumdircache,
  sendamsg,
  sendim,
  setfastregpwd,
  willstop,
} satisfies MizuV2Handlers<MizuContext>;
