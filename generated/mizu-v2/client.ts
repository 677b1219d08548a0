// generated from spec/ — do not edit; run `make generate`
import { MizuV2Transport } from '../../src/protocol/clients/mizu-v2.ts';
import type { MizuV2ClientOptions } from '../../src/protocol/clients/mizu-v2.ts';
import type * as T from './types.ts';

/** Typed client for the Mizu VoIP server API v2 (mvapireq): one method per operation, sent in the vendor wire form. */
export class MizuV2Client {
  readonly transport: MizuV2Transport;

  constructor(options: MizuV2ClientOptions) {
    this.transport = new MizuV2Transport(options);
  }

  /**
   * addcallbacknumber: Add a custom callback number for the user.
   *
   * Parameters: anum (phone1, from): phone.
   */
  addcallbacknumber(params: T.AddcallbacknumberInput = {}): Promise<T.AddcallbacknumberResult> {
    return this.transport.call({ id: "addcallbacknumber", kind: "ok" }, params);
  }

  /**
   * addcredit: Add credit to a user (admin access, from trusted IP only by default).
   *
   * Parameters: pin: string, required, at most 64 characters; credit: decimal, required.
   */
  addcredit(params: T.AddcreditInput): Promise<T.AddcreditResult> {
    return this.transport.call({ id: "addcredit", kind: "ok" }, params);
  }

  /**
   * addserver: Add a SIP server or traffic sender (peer/trunk) with its routing.
   *
   * Parameters: u_type: enum, one of 0/5/9; u_name: string, at most 128 characters; u_username: string, at most 64
   * characters; u_password: string, at most 64 characters; u_domain: string, at most 253 characters; u_ip: string, at
   * most 53 characters; u_port: integer, min 1, max 65535, default 5060; u_proxy: string, at most 253 characters;
   * u_transport: enum, one of udp/tcp/tls, default udp; u_auth: integer, default 1; u_email: string, at most 254
   * characters; u_country: string, at most 64 characters; u_currency: string; u_credit: decimal; u_routing: string, at
   * most 128 characters; u_routingpriority: integer; fieldnameN (N 0..99): string, at most 64 characters; fieldvalN (N
   * 0..99): string, at most 4096 characters.
   */
  addserver(params: T.AddserverInput = {}): Promise<T.AddserverResult> {
    return this.transport.call({ id: "addserver", kind: "record" }, params);
  }

  /**
   * adduser: Add a new prepaid enduser (deprecated name of newuseri).
   *
   * Parameters: u_username: string, required, at most 64 characters; u_password: string, required, at most 64
   * characters; u_name: string, at most 128 characters; u_email: string, at most 254 characters; credit: decimal,
   * min 0.
   */
  adduser(params: T.AdduserInput): Promise<T.AdduserResult> {
    return this.transport.call({ id: "adduser", kind: "record" }, params);
  }

  /** apireload: Reload the tb_api rules (after adding or changing an entry in tb_api). */
  apireload(params: T.ApireloadInput = {}): Promise<T.ApireloadResult> {
    return this.transport.call({ id: "apireload", kind: "ok" }, params);
  }

  /** apitest: API test; the simplest request, without authentication requirements. */
  apitest(params: T.ApitestInput = {}): Promise<T.ApitestResult> {
    return this.transport.call({ id: "apitest", kind: "ok" }, params);
  }

  /**
   * asendemail: Send an email (admin, asynchronous).
   *
   * Parameters: from (anum, phone1): string, at most 254 characters; to (bnum, phone2): string, required, at most 254
   * characters; subject: string, at most 255 characters; txt (message): string, required, at most 4096 characters.
   */
  asendemail(params: T.AsendemailInput): Promise<T.AsendemailResult> {
    return this.transport.call({ id: "asendemail", kind: "record" }, params);
  }

  /**
   * asendsms: Send an SMS asynchronously (admin, high performance).
   *
   * Parameters: anum (phone1, from): string; bnum (phone2, to, telnumber): phone, required; txt (message): string,
   * required, at most 4096 characters.
   */
  asendsms(params: T.AsendsmsInput): Promise<T.AsendsmsResult> {
    return this.transport.call({ id: "asendsms", kind: "record" }, params);
  }

  /**
   * asendsmssync: Send an SMS and wait for the result (admin).
   *
   * Parameters: anum (phone1, from): string; bnum (phone2, to): phone, required; txt (message): string, required, at
   * most 4096 characters.
   */
  asendsmssync(params: T.AsendsmssyncInput): Promise<T.AsendsmssyncResult> {
    return this.transport.call({ id: "asendsmssync", kind: "record" }, params);
  }

  /**
   * at: Send an AT command directly to a gateway engine (GSM modem line).
   *
   * Parameters: gwname: string, required, at most 64 characters; line: integer, required, min 0; ATcommand: string,
   * required, at most 512 characters.
   *
   * Status on Switchboard: unsupported (It sends AT commands to GSM modems in the vendor's gateway hardware;
   * Switchboard has no GSM modems to talk to.
   * ).
   */
  at(params: T.AtInput): Promise<T.AtResult> {
    return this.transport.call({ id: "at", kind: "text" }, params);
  }

  /**
   * backup: Launch a database backup to the second server.
   *
   * Status on Switchboard: unsupported (Switchboard keeps one database and no "second server" to copy it to: a standby
   * copy is the database engine's replication (PostgreSQL streaming replication) or a copy of the files dbbackup and
   * backupdb write into the backups folder.
   * ).
   */
  backup(params: T.BackupInput = {}): Promise<T.BackupResult> {
    return this.transport.call({ id: "backup", kind: "ok" }, params);
  }

  /** backupdb: Back up the database (meaning inferred from the name). */
  backupdb(params: T.BackupdbInput = {}): Promise<T.BackupdbResult> {
    return this.transport.call({ id: "backupdb", kind: "record" }, params);
  }

  /** balance: The authenticated user's credit balance. */
  balance(params: T.BalanceInput = {}): Promise<T.BalanceResult> {
    return this.transport.call({ id: "balance", kind: "record" }, params);
  }

  /** bannedlist: List the banned IP addresses. */
  bannedlist(params: T.BannedlistInput = {}): Promise<T.BannedlistResult> {
    return this.transport.call({ id: "bannedlist", kind: "list" }, params);
  }

  /**
   * calcnccache: Recalculate the next-client cache size and mode.
   *
   * Status on Switchboard: unsupported (It tunes the next-client cache of the vendor's predictive dialer (campaign
   * clients of ccampclient); Switchboard has no campaign dialer, so there is no such cache (see predectivet).
   * ).
   */
  calcnccache(params: T.CalcnccacheInput = {}): Promise<T.CalcnccacheResult> {
    return this.transport.call({ id: "calcnccache", kind: "ok" }, params);
  }

  /**
   * call: Make SIM cards call each other (a SIM test call).
   *
   * Parameters: origsimid: integer, required, min 0; telnum: phone, required; duration: integer, min 1.
   *
   * Status on Switchboard: unsupported (It drives SIM cards in the vendor's GSM gateway hardware; Switchboard has no
   * SIM banks or GSM gateways of its own, so there is no SIM to call from.
   * ).
   */
  call(params: T.CallInput): Promise<T.CallResult> {
    return this.transport.call({ id: "call", kind: "ok" }, params);
  }

  /**
   * callback: Initiate a callback call to a number.
   *
   * Parameters: num (anum, phone1, from): phone, required, at most 32 characters; ivr: integer, min -1.
   */
  callback(params: T.CallbackInput): Promise<T.CallbackResult> {
    return this.transport.call({ id: "callback", kind: "ok" }, params);
  }

  /** callbackaccessnumber: Return the callback access number. */
  callbackaccessnumber(params: T.CallbackaccessnumberInput = {}): Promise<T.CallbackaccessnumberResult> {
    return this.transport.call({ id: "callbackaccessnumber", kind: "value" }, params);
  }

  /**
   * callforward: Set the user's call forwarding numbers.
   *
   * Parameters: anum (phone1, from): phone; bnum (phone2, to): phone; cnum (phone3): phone; callforwardonbusy: string,
   * at most 40 characters; callforwardonnoanswer: string, at most 40 characters; callforwardalways: string, at most 40
   * characters; callforwardonnoanswertimeout: integer, min 0, max 600.
   */
  callforward(params: T.CallforwardInput = {}): Promise<T.CallforwardResult> {
    return this.transport.call({ id: "callforward", kind: "ok" }, params);
  }

  /**
   * callrating: Call rating for an ongoing call; remaining credit, maximum duration and rate.
   *
   * Parameters: username: string, at most 64 characters; callid: string, required, at most 255 characters.
   */
  callrating(params: T.CallratingInput): Promise<T.CallratingResult> {
    return this.transport.call({ id: "callrating", kind: "record" }, params);
  }

  /**
   * capcheck: Check the free capacity for a direction.
   *
   * Parameters: direction: string, required, at most 64 characters.
   *
   * Status on Switchboard: unsupported (Switchboard's routes carry no channel capacity: peerserver trunks and extline
   * lines have no channel count and no direction records, so there is no free capacity to answer (routingtest answers
   * where a direction's calls go).
   * ).
   */
  capcheck(params: T.CapcheckInput): Promise<T.CapcheckResult> {
    return this.transport.call({ id: "capcheck", kind: "record" }, params);
  }

  /**
   * cccharge: Charge a credit card and add the amount to the user's credit.
   *
   * Parameters: cardnum: string, required; expireyear: integer, required, min 0, max 9999; expmonth: integer, required,
   * min 1, max 12; ccv2: string, required; ammount (amount): decimal, required, min 0.
   *
   * Status on Switchboard: unsupported (no payment provider is configured).
   */
  cccharge(params: T.CcchargeInput): Promise<T.CcchargeResult> {
    return this.transport.call({ id: "cccharge", kind: "ok" }, params);
  }

  /**
   * cdr: Call detail records (call history) with filters, optionally summarised.
   *
   * Parameters: caller: string, at most 64 characters; called: string, at most 64 characters; maxcount: integer, min 1,
   * max 100000, default 1000; days: string; dir: enum, one of all/in/out, default all; type: enum, one of
   * all/connected/notconnected, default all; prefix: phone, at most 32 characters; fields: enum, one of min/normal/all,
   * default normal; summary: boolean, default false; by: enum, one of all/day/caller/called; order: enum, one of
   * date/caller/called/user, default date.
   */
  cdr(params: T.CdrInput = {}): Promise<T.CdrResult> {
    return this.transport.call({ id: "cdr", kind: "list" }, params);
  }

  /**
   * changepwd: Change the user's password.
   *
   * Parameters: newpassword: string, required, at most 64 characters; oldpassword: string, required, at most 64
   * characters.
   */
  changepwd(params: T.ChangepwdInput): Promise<T.ChangepwdResult> {
    return this.transport.call({ id: "changepwd", kind: "ok" }, params);
  }

  /**
   * charge: Recharge the user's credit using a recharge PIN.
   *
   * Parameters: pin (anum): string, required, at most 64 characters.
   */
  charge(params: T.ChargeInput): Promise<T.ChargeResult> {
    return this.transport.call({ id: "charge", kind: "ok" }, params);
  }

  /** checkcredits: Check the charges and the credit requests that are due. */
  checkcredits(params: T.CheckcreditsInput = {}): Promise<T.CheckcreditsResult> {
    return this.transport.call({ id: "checkcredits", kind: "ok" }, params);
  }

  /** checkmails: Check (run) the pending email jobs. */
  checkmails(params: T.CheckmailsInput = {}): Promise<T.CheckmailsResult> {
    return this.transport.call({ id: "checkmails", kind: "ok" }, params);
  }

  /**
   * checkpins: Recheck the pincodes.
   *
   * Status on Switchboard: unsupported (Switchboard's recharge PINs have no expiry date and no in-memory cache: charge
   * reads the PIN table, one transaction per redemption, so there is nothing to recheck.
   * ).
   */
  checkpins(params: T.CheckpinsInput = {}): Promise<T.CheckpinsResult> {
    return this.transport.call({ id: "checkpins", kind: "ok" }, params);
  }

  /**
   * checkscanner: Check the number scanner threads.
   *
   * Status on Switchboard: unsupported (The number scanner is the vendor's job that tests lists of numbers by calling
   * them; Switchboard has no scanner (calls are placed by callback and p2p only), so there are no scanner jobs to
   * report.
   * ).
   */
  checkscanner(params: T.CheckscannerInput = {}): Promise<T.CheckscannerResult> {
    return this.transport.call({ id: "checkscanner", kind: "list" }, params);
  }

  /**
   * clearnccache: Clear the next-client cache, optionally for one operator only.
   *
   * Parameters: operatorid: integer, min 1.
   *
   * Status on Switchboard: unsupported (It empties the next-client cache of the vendor's predictive dialer (campaign
   * clients of ccampclient); Switchboard has no campaign dialer, so there is no such cache (see predectivet).
   * ).
   */
  clearnccache(params: T.ClearnccacheInput = {}): Promise<T.ClearnccacheResult> {
    return this.transport.call({ id: "clearnccache", kind: "ok" }, params);
  }

  /**
   * cli: Add a PIN-less number (ANI) to the user for caller-number authentication.
   *
   * Parameters: anum (phone1, from): phone, required.
   */
  cli(params: T.CliInput): Promise<T.CliResult> {
    return this.transport.call({ id: "cli", kind: "ok" }, params);
  }

  /**
   * client: Switch the console to the requested client service.
   *
   * Status on Switchboard: unsupported (It switches the vendor's console to one of its separate Windows client services
   * (the vclientgw and vclientsrv gateway programs); Switchboard has no such client services, so there is nothing to
   * switch to.
   * ).
   */
  client(params: T.ClientInput = {}): Promise<T.ClientResult> {
    return this.transport.call({ id: "client", kind: "ok" }, params);
  }

  /** close: Close the current connection. */
  close(params: T.CloseInput = {}): Promise<T.CloseResult> {
    return this.transport.call({ id: "close", kind: "ok" }, params);
  }

  /**
   * cmd: Execute a Windows shell command on the server host.
   *
   * Status on Switchboard: unsupported (It runs a Windows shell command on the vendor's host. Switchboard is a Linux
   * service whose host is administered by the operator, not through the VoIP API; an API that runs arbitrary host
   * commands would only hand out a remote shell.
   * ).
   */
  cmd(params: T.CmdInput = {}): Promise<T.CmdResult> {
    return this.transport.call({ id: "cmd", kind: "text" }, params);
  }

  /**
   * createcdrinfo: Create the CDR info (summary) records (meaning inferred from the name).
   *
   * Status on Switchboard: unsupported (Switchboard computes the cdr command's summaries (summary,
   * by=day/caller/called) from tb_cdrs when they are asked for, so there are no summary records to create or rebuild.
   * ).
   */
  createcdrinfo(params: T.CreatecdrinfoInput = {}): Promise<T.CreatecdrinfoResult> {
    return this.transport.call({ id: "createcdrinfo", kind: "ok" }, params);
  }

  /** dailymaint: Run the daily maintenance tasks now. */
  dailymaint(params: T.DailymaintInput = {}): Promise<T.DailymaintResult> {
    return this.transport.call({ id: "dailymaint", kind: "ok" }, params);
  }

  /** dailyreport: Launch the daily report builder now. */
  dailyreport(params: T.DailyreportInput = {}): Promise<T.DailyreportResult> {
    return this.transport.call({ id: "dailyreport", kind: "ok" }, params);
  }

  /**
   * db: Run any SQL statement on the database (admin only).
   *
   * Parameters: txt (message): string, required, at most 4096 characters.
   */
  db(params: T.DbInput): Promise<T.DbResult> {
    return this.transport.call({ id: "db", kind: "list" }, params);
  }

  /**
   * dbbackup: Create a database backup.
   *
   * Parameters: reserved (reseverd): string; path: string, at most 1024 characters; ival: integer, min 0; type: string,
   * at most 32 characters.
   */
  dbbackup(params: T.DbbackupInput = {}): Promise<T.DbbackupResult> {
    return this.transport.call({ id: "dbbackup", kind: "record" }, params);
  }

  /**
   * dbfailover: Force a failover to another database.
   *
   * Parameters: reserved: string; forcedbnum: integer, min 0; checkonly: boolean, default false; withrestore: boolean,
   * default false; needrestart: boolean, default false.
   *
   * Status on Switchboard: unsupported (Switchboard is configured with one database URL; failing over between databases
   * is the job of the database's own high-availability layer (PostgreSQL replication with a proxy or a virtual
   * address), which Switchboard then reaches under the same URL. dbreset reconnects after one.
   * ).
   */
  dbfailover(params: T.DbfailoverInput = {}): Promise<T.DbfailoverResult> {
    return this.transport.call({ id: "dbfailover", kind: "record" }, params);
  }

  /** dbreset: Reset the database connections. */
  dbreset(params: T.DbresetInput = {}): Promise<T.DbresetResult> {
    return this.transport.call({ id: "dbreset", kind: "ok" }, params);
  }

  /**
   * dbrestore: Restore the database from a backup.
   *
   * Parameters: reserved: string; path: string, required, at most 1024 characters.
   */
  dbrestore(params: T.DbrestoreInput): Promise<T.DbrestoreResult> {
    return this.transport.call({ id: "dbrestore", kind: "ok" }, params);
  }

  /**
   * dbrsttgs: A database reset command of the Reset list (undocumented; meaning unclear).
   *
   * Status on Switchboard: unsupported (Undocumented: the seeds give only the name, and nothing says what "tgs" is.
   * There is no behaviour to implement faithfully; dbreset resets the database connections.
   * ).
   */
  dbrsttgs(params: T.DbrsttgsInput = {}): Promise<T.DbrsttgsResult> {
    return this.transport.call({ id: "dbrsttgs", kind: "ok" }, params);
  }

  /**
   * delbanned: Remove an IP from the banned list, or all of them.
   *
   * Parameters: ip (all): string, required, at most 45 characters.
   */
  delbanned(params: T.DelbannedInput): Promise<T.DelbannedResult> {
    return this.transport.call({ id: "delbanned", kind: "ok" }, params);
  }

  /**
   * delobj: Free in-memory objects (one named group, or all).
   *
   * Parameters: obj: enum, required, one of ep/logic/sqlupd/router/pred/check/simall/maint/logger/dbobj/all.
   *
   * Status on Switchboard: unsupported (It frees the vendor's internal object pools (endpoint, logic, router, SIM,
   * logger objects…), which have no counterpart in Switchboard. Its only caches are re-read by syncusers (users),
   * apireload (tb_api) and reload (settings).
   * ).
   */
  delobj(params: T.DelobjInput): Promise<T.DelobjResult> {
    return this.transport.call({ id: "delobj", kind: "ok" }, params);
  }

  /**
   * deluser: Delete a user by id or username.
   *
   * Parameters: u_id: integer, min 1; u_username: string, at most 64 characters.
   */
  deluser(params: T.DeluserInput = {}): Promise<T.DeluserResult> {
    return this.transport.call({ id: "deluser", kind: "ok" }, params);
  }

  /** deviceid: Show the server's device id. */
  deviceid(params: T.DeviceidInput = {}): Promise<T.DeviceidResult> {
    return this.transport.call({ id: "deviceid", kind: "value" }, params);
  }

  /**
   * discall: Disconnect a call in progress, by its call id.
   *
   * Parameters: dbcallid: integer, required, min 1.
   */
  discall(params: T.DiscallInput): Promise<T.DiscallResult> {
    return this.transport.call({ id: "discall", kind: "ok" }, params);
  }

  /** endpoints: List SIP endpoint information. */
  endpoints(params: T.EndpointsInput = {}): Promise<T.EndpointsResult> {
    return this.transport.call({ id: "endpoints", kind: "list" }, params);
  }

  /**
   * epreg: List registrar endpoints, optionally filtered by registration type and state.
   *
   * Parameters: regtype: string, at most 32 characters; regstate: string, at most 32 characters.
   */
  epreg(params: T.EpregInput = {}): Promise<T.EpregResult> {
    return this.transport.call({ id: "epreg", kind: "list" }, params);
  }

  /**
   * fastregusers: List the users of the fast registration (fastreg) module, successful ones or all.
   *
   * Parameters: filter: enum, one of succ/all, default all.
   */
  fastregusers(params: T.FastregusersInput = {}): Promise<T.FastregusersResult> {
    return this.transport.call({ id: "fastregusers", kind: "list" }, params);
  }

  /** fastusers: List the cached (in-memory) users. */
  fastusers(params: T.FastusersInput = {}): Promise<T.FastusersResult> {
    return this.transport.call({ id: "fastusers", kind: "list" }, params);
  }

  /**
   * file: Send the requested file.
   *
   * Parameters: filename: string, at most 255 characters.
   */
  file(params: T.FileInput = {}): Promise<T.FileResult> {
    return this.transport.call({ id: "file", kind: "file" }, params);
  }

  /**
   * finetune: Fine-tune the service (FinetuneService).
   *
   * Status on Switchboard: unsupported (It runs the vendor's Windows service self-tuning routine (process priority,
   * thread pools, OS settings); Switchboard is sized by its configuration and the Linux host, so there is no such
   * routine to run.
   * ).
   */
  finetune(params: T.FinetuneInput = {}): Promise<T.FinetuneResult> {
    return this.transport.call({ id: "finetune", kind: "ok" }, params);
  }

  /**
   * forgotpasswordanswer: Check the answer to the security question and send the password to the account's email.
   *
   * Parameters: email: string, required, at most 254 characters; forgotpasswordanswer: string, required, at most 255
   * characters.
   */
  forgotpasswordanswer(params: T.ForgotpasswordanswerInput): Promise<T.ForgotpasswordanswerResult> {
    return this.transport.call({ id: "forgotpasswordanswer", kind: "ok" }, params);
  }

  /**
   * forgotpasswordquestion: Return the security question of the account with this email address.
   *
   * Parameters: email: string, required, at most 254 characters.
   */
  forgotpasswordquestion(params: T.ForgotpasswordquestionInput): Promise<T.ForgotpasswordquestionResult> {
    return this.transport.call({ id: "forgotpasswordquestion", kind: "value" }, params);
  }

  /**
   * fs: Show the state of the vendor's internal PBX module.
   *
   * Status on Switchboard: unsupported (It reports on the internal PBX module that ships inside the vendor's Windows
   * server product; Switchboard has no such bundled module, so there is nothing for it to show.
   * ).
   */
  fs(params: T.FsInput = {}): Promise<T.FsResult> {
    return this.transport.call({ id: "fs", kind: "text" }, params);
  }

  /**
   * ftpst: Restart the FTP (file transfer) service (meaning inferred from the name).
   *
   * Status on Switchboard: unsupported (Switchboard offers no FTP service to restart: recordings, CDR and backup files
   * are reached through the API (getfile, pgetfile, voicerecdownload) and the data folder.
   * ).
   */
  ftpst(params: T.FtpstInput = {}): Promise<T.FtpstResult> {
    return this.transport.call({ id: "ftpst", kind: "ok" }, params);
  }

  /**
   * gencdr: Generate CDR records.
   *
   * Parameters: count: integer, min 1, max 100000, default 10; days: integer, min 1, max 3650, default 1; user: string,
   * at most 64 characters; dir: enum, one of out/in/all, default out; connected: integer, min 0, max 100, default 80;
   * maxduration: integer, min 1, max 86400, default 600; seed: integer, min 0, max 2147483647.
   */
  gencdr(params: T.GencdrInput = {}): Promise<T.GencdrResult> {
    return this.transport.call({ id: "gencdr", kind: "record" }, params);
  }

  /**
   * getconfroom: Get, or create when it does not exist, the user's conference room.
   *
   * Status on Switchboard: unsupported (Conference rooms need a media server that mixes the members' audio;
   * Switchboard's SIP edge connects calls by SDP offer/answer between the phones and never handles media, so it has no
   * rooms to hand out. The webphone reads the ERROR answer as an error and dials nothing.
   * ).
   */
  getconfroom(params: T.GetconfroomInput = {}): Promise<T.GetconfroomResult> {
    return this.transport.call({ id: "getconfroom", kind: "value" }, params);
  }

  /**
   * getdetails: The user's own account details, phone status and balance.
   *
   * Parameters: mode: enum, one of min/normal/max, default normal.
   */
  getdetails(params: T.GetdetailsInput = {}): Promise<T.GetdetailsResult> {
    return this.transport.call({ id: "getdetails", kind: "record" }, params);
  }

  /**
   * getfield: Request (read) one field of a database row found by a filter.
   *
   * Parameters: table: string, at most 128 characters, default tb_users; retfieldname: string, at most 128 characters,
   * default id; filterfieldtype: enum, one of string/int/float; filterfieldname: string, at most 128 characters;
   * filterfieldvalue: string, required, at most 4096 characters.
   */
  getfield(params: T.GetfieldInput): Promise<T.GetfieldResult> {
    return this.transport.call({ id: "getfield", kind: "value" }, params);
  }

  /**
   * getfile: Load a file from under the server directory.
   *
   * Parameters: filename: string, required, at most 255 characters.
   */
  getfile(params: T.GetfileInput): Promise<T.GetfileResult> {
    return this.transport.call({ id: "getfile", kind: "file" }, params);
  }

  /**
   * getini: Read a configuration value (an ini key).
   *
   * Parameters: section: string, at most 128 characters; key: string, required, at most 128 characters; file: string,
   * at most 255 characters.
   */
  getini(params: T.GetiniInput): Promise<T.GetiniResult> {
    return this.transport.call({ id: "getini", kind: "value" }, params);
  }

  /**
   * getphonenumber: Return one or more phone numbers from the free number pool.
   *
   * Parameters: count: integer, min 1, max 100, default 1.
   */
  getphonenumber(params: T.GetphonenumberInput = {}): Promise<T.GetphonenumberResult> {
    return this.transport.call({ id: "getphonenumber", kind: "list" }, params);
  }

  /**
   * gk: Connect to the vendor's H.323 gatekeeper module.
   *
   * Status on Switchboard: unsupported (It attaches the vendor's console session to the H.323 gatekeeper module of its
   * Windows product; Switchboard has no H.323 stack and its API is request/response, so there is no module session to
   * connect to.
   * ).
   */
  gk(params: T.GkInput = {}): Promise<T.GkResult> {
    return this.transport.call({ id: "gk", kind: "ok" }, params);
  }

  /**
   * gwrst: Restart all gateways.
   *
   * Status on Switchboard: unsupported (It restarts the vendor's gateway services (the vclientgw/vclientsrv GSM gateway
   * software that upgradeall and towgw also address). Switchboard has no gateway services of its own to restart; the
   * SIP trunks of its SIP edge are re-read from the database when they change.
   * ).
   */
  gwrst(params: T.GwrstInput = {}): Promise<T.GwrstResult> {
    return this.transport.call({ id: "gwrst", kind: "ok" }, params);
  }

  /**
   * heartbeat: Request the server heartbeat (liveness check), quick or full.
   *
   * Parameters: mode: enum, one of quick/full, default quick.
   */
  heartbeat(params: T.HeartbeatInput = {}): Promise<T.HeartbeatResult> {
    return this.transport.call({ id: "heartbeat", kind: "record" }, params);
  }

  /** help: Show the console command list. */
  help(params: T.HelpInput = {}): Promise<T.HelpResult> {
    return this.transport.call({ id: "help", kind: "list" }, params);
  }

  /** hourlymaint: Run the hourly maintenance tasks now. */
  hourlymaint(params: T.HourlymaintInput = {}): Promise<T.HourlymaintResult> {
    return this.transport.call({ id: "hourlymaint", kind: "ok" }, params);
  }

  /** info: Show server status and important parameters. */
  info(params: T.InfoInput = {}): Promise<T.InfoResult> {
    return this.transport.call({ id: "info", kind: "record" }, params);
  }

  /**
   * jppget: JSONP forward; fetch a URL and answer its body wrapped in a JavaScript callback.
   *
   * Parameters: url: string, required, at most 2048 characters.
   */
  jppget(params: T.JppgetInput): Promise<T.JppgetResult> {
    return this.transport.call({ id: "jppget", kind: "text" }, params);
  }

  /** keepalive: Keep the connection alive. */
  keepalive(params: T.KeepaliveInput = {}): Promise<T.KeepaliveResult> {
    return this.transport.call({ id: "keepalive", kind: "ok" }, params);
  }

  /** lists: Show the server's internal lists (name only in the seed). */
  lists(params: T.ListsInput = {}): Promise<T.ListsResult> {
    return this.transport.call({ id: "lists", kind: "list" }, params);
  }

  /**
   * listusers: List users, filtered by type, limited and ordered.
   *
   * Parameters: u_type: enum, one of enduser/reseller/admin/srvadmin/support/sipserver/trunk/0/5/9; u_maxcount:
   * integer, min 1, max 100000, default 1000; u_extended: boolean, default false; u_order: string, at most 64
   * characters, default id.
   */
  listusers(params: T.ListusersInput = {}): Promise<T.ListusersResult> {
    return this.transport.call({ id: "listusers", kind: "list" }, params);
  }

  /**
   * loadinifiles: Load the ini files into the database.
   *
   * Parameters: module: string, at most 64 characters; file: string, at most 255 characters.
   *
   * Status on Switchboard: unsupported (It imports the vendor's per-module INI files into its database; Switchboard has
   * no module INI files — its configuration lives only in its global config table.
   * ).
   */
  loadinifiles(params: T.LoadinifilesInput = {}): Promise<T.LoadinifilesResult> {
    return this.transport.call({ id: "loadinifiles", kind: "ok" }, params);
  }

  /**
   * lockphonenumber: Reserve a phone number from the free number pool.
   *
   * Parameters: num: phone, required, at most 32 characters.
   */
  lockphonenumber(params: T.LockphonenumberInput): Promise<T.LockphonenumberResult> {
    return this.transport.call({ id: "lockphonenumber", kind: "ok" }, params);
  }

  /** locks: List the pending locks. */
  locks(params: T.LocksInput = {}): Promise<T.LocksResult> {
    return this.transport.call({ id: "locks", kind: "list" }, params);
  }

  /** log: Show the server log (name only in the seed). */
  log(params: T.LogInput = {}): Promise<T.LogResult> {
    return this.transport.call({ id: "log", kind: "text" }, params);
  }

  /** login: Log in; check the user's credentials (the webportal login page). */
  login(params: T.LoginInput = {}): Promise<T.LoginResult> {
    return this.transport.call({ id: "login", kind: "record" }, params);
  }

  /**
   * logrename: Rotate the log files (meaning inferred from the name).
   *
   * Status on Switchboard: unsupported (Switchboard writes its log to standard output as JSON lines and keeps no log
   * files of its own to rename: rotation belongs to whatever collects that output (journald, logrotate, the container
   * runtime).
   * ).
   */
  logrename(params: T.LogrenameInput = {}): Promise<T.LogrenameResult> {
    return this.transport.call({ id: "logrename", kind: "ok" }, params);
  }

  /**
   * logsearch: Search the server logs (name only in the seed).
   *
   * Parameters: txt (message): string, at most 4096 characters; lines: integer, min 1, max 10000, default 100.
   */
  logsearch(params: T.LogsearchInput = {}): Promise<T.LogsearchResult> {
    return this.transport.call({ id: "logsearch", kind: "text" }, params);
  }

  /**
   * mantreset: Restart the maintenance thread.
   *
   * Status on Switchboard: unsupported (Switchboard has no maintenance thread to restart: its maintenance jobs run when
   * hourlymaint, dailymaint, weeklymaint or monthlymaint is called (from cron or a systemd timer).
   * ).
   */
  mantreset(params: T.MantresetInput = {}): Promise<T.MantresetResult> {
    return this.transport.call({ id: "mantreset", kind: "ok" }, params);
  }

  /** monthlymaint: Run the monthly maintenance tasks now. */
  monthlymaint(params: T.MonthlymaintInput = {}): Promise<T.MonthlymaintResult> {
    return this.transport.call({ id: "monthlymaint", kind: "ok" }, params);
  }

  /**
   * newuser: Create a new user (deprecated name).
   *
   * Parameters: u_username: string, required, at most 64 characters; u_password: string, required, at most 64
   * characters; u_name: string, at most 128 characters; u_email: string, at most 254 characters; u_phone: phone, at
   * most 32 characters; u_currency: string; u_country: string, at most 64 characters; u_address: string, at most 255
   * characters; credit: decimal, min 0.
   */
  newuser(params: T.NewuserInput): Promise<T.NewuserResult> {
    return this.transport.call({ id: "newuser", kind: "record" }, params);
  }

  /**
   * newuserevent: Run the new-user event (meaning inferred from the name).
   *
   * Status on Switchboard: unsupported (Listed by name only in 002, with no parameters and no description: nothing says
   * which user or what the event does. By design Switchboard configures no action per new user (no welcome message, no
   * provisioning hook, nothing to set up one), so there is nothing to run, now or again.
   * ).
   */
  newuserevent(params: T.NewusereventInput = {}): Promise<T.NewusereventResult> {
    return this.transport.call({ id: "newuserevent", kind: "ok" }, params);
  }

  /**
   * newuseri: Create a new user from a trusted source (admin, unrestricted).
   *
   * Parameters: u_username: string, required, at most 64 characters; u_password: string, required, at most 64
   * characters; u_name: string, at most 128 characters; u_email: string, at most 254 characters; u_phone: phone, at
   * most 32 characters; u_currency: string; u_country: string, at most 64 characters; u_address: string, at most 255
   * characters; credit: decimal, min 0.
   */
  newuseri(params: T.NewuseriInput): Promise<T.NewuseriResult> {
    return this.transport.call({ id: "newuseri", kind: "record" }, params);
  }

  /**
   * newusersevent: Run the new-user events for all pending new users (meaning inferred from the name).
   *
   * Status on Switchboard: unsupported (Listed by name only in 002, right after newuserevent, with no parameters and no
   * description. By design Switchboard configures no action per new user (see newuserevent), so no user's event is ever
   * pending and there is nothing to run for them.
   * ).
   */
  newusersevent(params: T.NewuserseventInput = {}): Promise<T.NewuserseventResult> {
    return this.transport.call({ id: "newusersevent", kind: "ok" }, params);
  }

  /**
   * newuseru: Public sign-up; create a new enduser from an untrusted device (sent with authkey only).
   *
   * Parameters: u_username: string, required, at most 64 characters; u_password: string, required, at most 64
   * characters; u_name: string, at most 128 characters; u_email: string, at most 254 characters; u_phone: phone, at
   * most 32 characters; u_currency: string; u_country: string, at most 64 characters; u_address: string, at most 256
   * characters; deviceid: string, at most 128 characters.
   */
  newuseru(params: T.NewuseruInput): Promise<T.NewuseruResult> {
    return this.transport.call({ id: "newuseru", kind: "record" }, params);
  }

  /**
   * normalizechk: Check number normalization for a called number (with caller and country).
   *
   * Parameters: called: phone, required; caller: phone; country: string.
   */
  normalizechk(params: T.NormalizechkInput): Promise<T.NormalizechkResult> {
    return this.transport.call({ id: "normalizechk", kind: "record" }, params);
  }

  /**
   * p2p: Phone to phone call request; call one number and connect it to another.
   *
   * Parameters: anum (phone1, from): phone; bnum (phone2, to): phone; cnum (phone3): phone; waitfor: enum, one of
   * 0/1/2, default 0.
   */
  p2p(params: T.P2pInput = {}): Promise<T.P2pResult> {
    return this.transport.call({ id: "p2p", kind: "ok" }, params);
  }

  /**
   * parsegsmcdr: Reparse CDRs from the specified GSM gateway log file.
   *
   * Parameters: logfile: string, required, at most 255 characters.
   *
   * Status on Switchboard: unsupported (It parses the log format of the vendor's GSM gateway software; Switchboard has
   * no GSM gateways and writes its CDRs directly to the database, so there is no such log to reparse.
   * ).
   */
  parsegsmcdr(params: T.ParsegsmcdrInput): Promise<T.ParsegsmcdrResult> {
    return this.transport.call({ id: "parsegsmcdr", kind: "ok" }, params);
  }

  /**
   * pcrst: Restart the PC (reboot the host machine).
   *
   * Status on Switchboard: unsupported (It reboots the Windows PC the vendor server runs on; a self-hosted Switchboard
   * service must not reboot the Linux host it shares with other software — that belongs to the host's administrator and
   * init system.
   * ).
   */
  pcrst(params: T.PcrstInput = {}): Promise<T.PcrstResult> {
    return this.transport.call({ id: "pcrst", kind: "ok" }, params);
  }

  /**
   * pgetfile: Load a file from the public web file storage (mvweb/filestorage).
   *
   * Parameters: filename: string, required, at most 255 characters.
   */
  pgetfile(params: T.PgetfileInput): Promise<T.PgetfileResult> {
    return this.transport.call({ id: "pgetfile", kind: "file" }, params);
  }

  /**
   * pputfile: Save a file into the public web file storage (mvweb/filestorage).
   *
   * Parameters: filename: string, required, at most 255 characters; filedata: string, required.
   */
  pputfile(params: T.PputfileInput): Promise<T.PputfileResult> {
    return this.transport.call({ id: "pputfile", kind: "ok" }, params);
  }

  /** preauth: Request a new nonce for nonce-validated (authv3) authentication. */
  preauth(params: T.PreauthInput = {}): Promise<T.PreauthResult> {
    return this.transport.call({ id: "preauth", kind: "value" }, params);
  }

  /**
   * predectivet: Start, stop or restart the predictive dialer thread.
   *
   * Parameters: action: enum, required, one of start/stop/restart.
   *
   * Status on Switchboard: unsupported (It starts and stops the vendor's predictive dialer thread (call campaigns of
   * ccampclient). Switchboard has no campaign dialer: call campaigns are a product of their own, outside the management
   * APIs it speaks.
   * ).
   */
  predectivet(params: T.PredectivetInput): Promise<T.PredectivetResult> {
    return this.transport.call({ id: "predectivet", kind: "ok" }, params);
  }

  /**
   * presence_get: The presence status of one or several users.
   *
   * Parameters: userusername: string, at most 64 characters; userlist: list; ptype: enum, one of 0/1; domain: string,
   * at most 255 characters.
   */
  presenceGet(params: T.PresenceGetInput = {}): Promise<T.PresenceGetResult> {
    return this.transport.call({ id: "presence_get", kind: "list" }, params);
  }

  /**
   * presence_set: Set the user's own presence status; answers the queued offline messages.
   *
   * Parameters: pstatus: string, required, at most 255 characters; ptype: enum, one of 0/1.
   */
  presenceSet(params: T.PresenceSetInput): Promise<T.PresenceSetResult> {
    return this.transport.call({ id: "presence_set", kind: "list" }, params);
  }

  /**
   * putfile: Save a file under the server directory (base64 content).
   *
   * Parameters: filename: string, required, at most 255 characters; filedata: string, required.
   */
  putfile(params: T.PutfileInput): Promise<T.PutfileResult> {
    return this.transport.call({ id: "putfile", kind: "ok" }, params);
  }

  /** querylist: List the guids of the currently running database queries. */
  querylist(params: T.QuerylistInput = {}): Promise<T.QuerylistResult> {
    return this.transport.call({ id: "querylist", kind: "list" }, params);
  }

  /** quickstat: Show quick statistics. */
  quickstat(params: T.QuickstatInput = {}): Promise<T.QuickstatResult> {
    return this.transport.call({ id: "quickstat", kind: "record" }, params);
  }

  /**
   * rating: Rate request; the user's tariff rate to a called number or prefix.
   *
   * Parameters: bnum (phone2, to, anum): phone, required.
   */
  rating(params: T.RatingInput): Promise<T.RatingResult> {
    return this.transport.call({ id: "rating", kind: "record" }, params);
  }

  /**
   * rebill: Re-rate (re-bill) the call records of a period with the current tariffs and correct the balances.
   *
   * Parameters: days: string; user: string, at most 64 characters; dryrun: boolean, default false.
   */
  rebill(params: T.RebillInput = {}): Promise<T.RebillResult> {
    return this.transport.call({ id: "rebill", kind: "record" }, params);
  }

  /** regstat: Show registrar statistics. */
  regstat(params: T.RegstatInput = {}): Promise<T.RegstatResult> {
    return this.transport.call({ id: "regstat", kind: "record" }, params);
  }

  /**
   * reguser: Show registered users/devices, or the register state of one user.
   *
   * Parameters: usr: string, at most 64 characters.
   */
  reguser(params: T.ReguserInput = {}): Promise<T.ReguserResult> {
    return this.transport.call({ id: "reguser", kind: "list" }, params);
  }

  /**
   * reindexncache: Reindex the next-client cache of the campaign clients (ccampclient).
   *
   * Status on Switchboard: unsupported (It rebuilds the next-client cache of the vendor's predictive dialer from
   * ccampclient; Switchboard has no campaign dialer and no ccampclient table (see predectivet).
   * ).
   */
  reindexncache(params: T.ReindexncacheInput = {}): Promise<T.ReindexncacheResult> {
    return this.transport.call({ id: "reindexncache", kind: "ok" }, params);
  }

  /** reload: Reload the current configuration without restarting the server. */
  reload(params: T.ReloadInput = {}): Promise<T.ReloadResult> {
    return this.transport.call({ id: "reload", kind: "ok" }, params);
  }

  /** reloadapikeys: Reload the API keys (meaning inferred from the name). */
  reloadapikeys(params: T.ReloadapikeysInput = {}): Promise<T.ReloadapikeysResult> {
    return this.transport.call({ id: "reloadapikeys", kind: "ok" }, params);
  }

  /** reloaddialplan: Reload the dial plan (meaning inferred from the name). */
  reloaddialplan(params: T.ReloaddialplanInput = {}): Promise<T.ReloaddialplanResult> {
    return this.transport.call({ id: "reloaddialplan", kind: "ok" }, params);
  }

  /** reloadnumdircache: Reload the number directory cache (meaning inferred from the name). */
  reloadnumdircache(params: T.ReloadnumdircacheInput = {}): Promise<T.ReloadnumdircacheResult> {
    return this.transport.call({ id: "reloadnumdircache", kind: "ok" }, params);
  }

  /**
   * reports: List the server reports (name only in the seed).
   *
   * Status on Switchboard: unsupported (Listed bare in 002 with no parameters, answer or description. Switchboard keeps
   * no store of built reports to list: dailyreport builds each user's report (senddailyemail) and queues it as an
   * e-mail in the outbox, and keeps nothing else of it; no command lists the outbox's messages.
   * ).
   */
  reports(params: T.ReportsInput = {}): Promise<T.ReportsResult> {
    return this.transport.call({ id: "reports", kind: "list" }, params);
  }

  /**
   * resetp: A reset command whose target the seed does not name (undocumented).
   *
   * Status on Switchboard: unsupported (Undocumented: the seeds give only the name, and nothing says what the "p" it
   * resets is. There is no behaviour to implement faithfully.
   * ).
   */
  resetp(params: T.ResetpInput = {}): Promise<T.ResetpResult> {
    return this.transport.call({ id: "resetp", kind: "ok" }, params);
  }

  /**
   * restart: Restart the service, the database connection, or (vendor only) the server machine.
   *
   * Parameters: what: enum, one of service/server/database/force, default service.
   */
  restart(params: T.RestartInput = {}): Promise<T.RestartResult> {
    return this.transport.call({ id: "restart", kind: "ok" }, params);
  }

  /**
   * routingtest: Return the destination route a call would take, without placing the call.
   *
   * Parameters: ip: string, at most 45 characters; caller: phone, at most 64 characters; called: phone, required, at
   * most 64 characters.
   */
  routingtest(params: T.RoutingtestInput): Promise<T.RoutingtestResult> {
    return this.transport.call({ id: "routingtest", kind: "list" }, params);
  }

  /** rulesreload: Reload the rules (meaning inferred from the name). */
  rulesreload(params: T.RulesreloadInput = {}): Promise<T.RulesreloadResult> {
    return this.transport.call({ id: "rulesreload", kind: "record" }, params);
  }

  /**
   * saveinifiles: Write the uncommitted ini keys from the database to the ini files.
   *
   * Parameters: module: string, at most 64 characters; file: string, at most 255 characters; notsaved: boolean.
   *
   * Status on Switchboard: unsupported (It writes database copies of the vendor's per-module INI files back to disk;
   * Switchboard keeps its configuration only in its global config table (setini, getini and savesettings work on it),
   * so there are no module INI files to write.
   * ).
   */
  saveinifiles(params: T.SaveinifilesInput = {}): Promise<T.SaveinifilesResult> {
    return this.transport.call({ id: "saveinifiles", kind: "ok" }, params);
  }

  /** savesettings: Write the uncommitted settings (commit pending configuration changes). */
  savesettings(params: T.SavesettingsInput = {}): Promise<T.SavesettingsResult> {
    return this.transport.call({ id: "savesettings", kind: "record" }, params);
  }

  /**
   * search: User search.
   *
   * Parameters: txt (message): string, at most 128 characters; maxcount: integer, min 1, max 100000, default 100.
   */
  search(params: T.SearchInput = {}): Promise<T.SearchResult> {
    return this.transport.call({ id: "search", kind: "list" }, params);
  }

  /**
   * sendamsg: Send a message to call-centre agents (one agent or all).
   *
   * Parameters: agentid: string, required; txt (message): string, required, at most 4096 characters.
   */
  sendamsg(params: T.SendamsgInput): Promise<T.SendamsgResult> {
    return this.transport.call({ id: "sendamsg", kind: "ok" }, params);
  }

  /**
   * sendccinfo: Send credit card information (undocumented; name only in the seed).
   *
   * Status on Switchboard: planned (Card details are handled by the payments port.).
   */
  sendccinfo(params: T.SendccinfoInput = {}): Promise<T.SendccinfoResult> {
    return this.transport.call({ id: "sendccinfo", kind: "ok" }, params);
  }

  /**
   * sendfax: Send a stored file as a fax to a number.
   *
   * Parameters: anum (phone1, from): phone; bnum (phone2, to): phone, required; filename: string, required, at most 255
   * characters.
   *
   * Status on Switchboard: unsupported (Switchboard has no fax gateway (no T.38 or fax-to-e-mail service is configured,
   * and the config has no section for one), so a fax cannot be sent: the request is refused with this reason rather
   * than queued where nothing would ever send it.
   * ).
   */
  sendfax(params: T.SendfaxInput): Promise<T.SendfaxResult> {
    return this.transport.call({ id: "sendfax", kind: "ok" }, params);
  }

  /**
   * sendim: Send a chat message to a user or a list of users.
   *
   * Parameters: bnum (phone2, to): string, at most 64 characters; buserlist: list; txt (message): string, required, at
   * most 4096 characters.
   */
  sendim(params: T.SendimInput): Promise<T.SendimResult> {
    return this.transport.call({ id: "sendim", kind: "ok" }, params);
  }

  /**
   * sendmail: Send an email.
   *
   * Parameters: from: string, at most 254 characters; to: string, required, at most 254 characters; subject: string, at
   * most 998 characters; txt (message): string, required, at most 4096 characters.
   */
  sendmail(params: T.SendmailInput): Promise<T.SendmailResult> {
    return this.transport.call({ id: "sendmail", kind: "record" }, params);
  }

  /**
   * sendsms: Send an SMS message asynchronously (fast; answers before delivery).
   *
   * Parameters: anum (phone1, from): string; bnum (phone2, to, telnumber): phone, required; txt (message): string,
   * required, at most 4096 characters.
   */
  sendsms(params: T.SendsmsInput): Promise<T.SendsmsResult> {
    return this.transport.call({ id: "sendsms", kind: "record" }, params);
  }

  /**
   * sendsmssync: Send an SMS message synchronously (waits for the delivery answer).
   *
   * Parameters: anum (phone1, from): string; bnum (phone2, to): phone, required; txt (message): string, required, at
   * most 4096 characters.
   */
  sendsmssync(params: T.SendsmssyncInput): Promise<T.SendsmssyncResult> {
    return this.transport.call({ id: "sendsmssync", kind: "record" }, params);
  }

  /**
   * sendsmsunicode: Send a Unicode SMS message asynchronously (fast; answers before delivery).
   *
   * Parameters: anum (phone1, from): string; bnum (phone2, to, telnumber): phone, required; txt (message): string,
   * required, at most 4096 characters.
   */
  sendsmsunicode(params: T.SendsmsunicodeInput): Promise<T.SendsmsunicodeResult> {
    return this.transport.call({ id: "sendsmsunicode", kind: "record" }, params);
  }

  /**
   * sendsmsunicodesync: Send a Unicode SMS message synchronously (waits for the delivery answer).
   *
   * Parameters: anum (phone1, from): string; bnum (phone2, to): phone, required; txt (message): string, required, at
   * most 4096 characters.
   */
  sendsmsunicodesync(params: T.SendsmsunicodesyncInput): Promise<T.SendsmsunicodesyncResult> {
    return this.transport.call({ id: "sendsmsunicodesync", kind: "record" }, params);
  }

  /**
   * servicerst: Restart the main service.
   *
   * Status on Switchboard: unsupported (Switchboard does not restart itself from an API call: a restart is its process
   * supervisor's job (systemctl restart, the container runtime), which also brings it back if it fails to stop. The
   * restart custom actions of tb_api are refused for the same reason.
   * ).
   */
  servicerst(params: T.ServicerstInput = {}): Promise<T.ServicerstResult> {
    return this.transport.call({ id: "servicerst", kind: "ok" }, params);
  }

  /** setfastregpwd: Set the fast registration (fastreg) passwords (meaning inferred from the name). */
  setfastregpwd(params: T.SetfastregpwdInput = {}): Promise<T.SetfastregpwdResult> {
    return this.transport.call({ id: "setfastregpwd", kind: "ok" }, params);
  }

  /**
   * setfield: Update one field of a database row (users only their own whitelisted tb_users fields).
   *
   * Parameters: table: string, at most 128 characters, default tb_users; fieldtype: enum, one of string/int/float,
   * default string; fieldname: string, required, at most 128 characters; fieldvalue: string, at most 4096 characters;
   * rowid: integer, min 1; sync: boolean, default false.
   */
  setfield(params: T.SetfieldInput): Promise<T.SetfieldResult> {
    return this.transport.call({ id: "setfield", kind: "ok" }, params);
  }

  /**
   * setini: Write a configuration value (an ini key).
   *
   * Parameters: section: string, at most 128 characters; key: string, required, at most 128 characters; value: string,
   * at most 4096 characters; file: string, at most 255 characters.
   */
  setini(params: T.SetiniInput): Promise<T.SetiniResult> {
    return this.transport.call({ id: "setini", kind: "ok" }, params);
  }

  /**
   * setip: Set a new IP address on a network card of the server host.
   *
   * Parameters: cardname: string, at most 256 characters; ip: string, at most 45 characters; mask: string, at most 45
   * characters; gateway: string, at most 45 characters; gwmetric: integer, min 0.
   *
   * Status on Switchboard: unsupported (It reconfigures a Windows network adapter of the vendor's host. Switchboard
   * runs as an unprivileged Linux service whose host networking belongs to the operator's OS tooling; changing the
   * host's address through the VoIP API cannot be meaningful there.
   * ).
   */
  setip(params: T.SetipInput = {}): Promise<T.SetipResult> {
    return this.transport.call({ id: "setip", kind: "ok" }, params);
  }

  /** shortinfo: Show a short form of the server status (name only in the seed). */
  shortinfo(params: T.ShortinfoInput = {}): Promise<T.ShortinfoResult> {
    return this.transport.call({ id: "shortinfo", kind: "record" }, params);
  }

  /** showcfg: Show the server configuration. */
  showcfg(params: T.ShowcfgInput = {}): Promise<T.ShowcfgResult> {
    return this.transport.call({ id: "showcfg", kind: "text" }, params);
  }

  /**
   * showlog: Show the last lines of the requested log file.
   *
   * Parameters: log: enum, one of main/sip/gk/sh/tcp, default main; lines: integer, min 1, max 10000, default 100.
   */
  showlog(params: T.ShowlogInput = {}): Promise<T.ShowlogResult> {
    return this.transport.call({ id: "showlog", kind: "text" }, params);
  }

  /**
   * sipreset: Reset the SIP stack.
   *
   * Status on Switchboard: unsupported (Switchboard's SIP edge keeps no stack state a reset could clear without losing
   * what must be kept: registrations live in the registration store (sip.registrations), server transactions expire on
   * their own after 32 s, and the listeners belong to the server process: restart (or a service restart) reopens them.
   * ).
   */
  sipreset(params: T.SipresetInput = {}): Promise<T.SipresetResult> {
    return this.transport.call({ id: "sipreset", kind: "ok" }, params);
  }

  /**
   * sms: Send an SMS message.
   *
   * Parameters: anum (phone1, from): string; bnum (phone2, to): phone, required; txt (message): string, required, at
   * most 4096 characters.
   */
  sms(params: T.SmsInput): Promise<T.SmsResult> {
    return this.transport.call({ id: "sms", kind: "record" }, params);
  }

  /**
   * smsreceive: Accept an inbound SMS (from an SMS gateway) for delivery to the user.
   *
   * Parameters: anum (phone1, from): phone, required; bnum (phone2, to): phone, required; txt (message): string, at
   * most 4096 characters.
   */
  smsreceive(params: T.SmsreceiveInput): Promise<T.SmsreceiveResult> {
    return this.transport.call({ id: "smsreceive", kind: "ok" }, params);
  }

  /**
   * status: The authenticated user's own online status (0 doesn't exist, 1 offline, 2 online, 3 calling, 4 speaking).
   */
  status(params: T.StatusInput = {}): Promise<T.StatusResult> {
    return this.transport.call({ id: "status", kind: "record" }, params);
  }

  /**
   * stopscanner: Stop the number scanner threads.
   *
   * Status on Switchboard: unsupported (Switchboard has no number scanner (see checkscanner), so there are no scanner
   * threads to stop.
   * ).
   */
  stopscanner(params: T.StopscannerInput = {}): Promise<T.StopscannerResult> {
    return this.transport.call({ id: "stopscanner", kind: "ok" }, params);
  }

  /**
   * syncmedia: Synchronise the media files.
   *
   * Status on Switchboard: unsupported (Switchboard keeps no media files (voice prompts, IVR, music on hold): its SIP
   * edge never plays or handles media, so there is no media store to synchronise.
   * ).
   */
  syncmedia(params: T.SyncmediaInput = {}): Promise<T.SyncmediaResult> {
    return this.transport.call({ id: "syncmedia", kind: "ok" }, params);
  }

  /**
   * syncusers: Synchronise the fast (cached) users list with the database.
   *
   * Parameters: oop: string, at most 64 characters.
   */
  syncusers(params: T.SyncusersInput = {}): Promise<T.SyncusersResult> {
    return this.transport.call({ id: "syncusers", kind: "record" }, params);
  }

  /**
   * tbackup: Launch a database backup to the second server.
   *
   * Status on Switchboard: unsupported (Switchboard keeps one database and no "second server" to copy it to: a standby
   * copy is the database engine's replication (PostgreSQL streaming replication) or a copy of the files dbbackup and
   * backupdb write into the backups folder.
   * ).
   */
  tbackup(params: T.TbackupInput = {}): Promise<T.TbackupResult> {
    return this.transport.call({ id: "tbackup", kind: "ok" }, params);
  }

  /** threadlist: Show the thread list. */
  threadlist(params: T.ThreadlistInput = {}): Promise<T.ThreadlistResult> {
    return this.transport.call({ id: "threadlist", kind: "list" }, params);
  }

  /** threads: Show the thread list. */
  threads(params: T.ThreadsInput = {}): Promise<T.ThreadsResult> {
    return this.transport.call({ id: "threads", kind: "list" }, params);
  }

  /** threads2: Show the thread list (alternate form). */
  threads2(params: T.Threads2Input = {}): Promise<T.Threads2Result> {
    return this.transport.call({ id: "threads2", kind: "list" }, params);
  }

  /**
   * timezoneset: Set the server host's time zone.
   *
   * Status on Switchboard: unsupported (It sets the time zone of the vendor's Windows host. On Linux the host clock and
   * zone belong to the operator's OS configuration, and Switchboard keeps times in UTC with per-user offsets, so
   * setting the host zone through the API cannot be meaningful.
   * ).
   */
  timezoneset(params: T.TimezonesetInput = {}): Promise<T.TimezonesetResult> {
    return this.transport.call({ id: "timezoneset", kind: "ok" }, params);
  }

  /**
   * toclient: Send a message to a client service.
   *
   * Parameters: clientip (username): string, required, at most 64 characters; txt (message): string, required, at most
   * 4096 characters.
   *
   * Status on Switchboard: unsupported (It talks to the vendor's client service (vclientsrv) running on remote Windows
   * machines; Switchboard has no such companion service to send messages to.
   * ).
   */
  toclient(params: T.ToclientInput): Promise<T.ToclientResult> {
    return this.transport.call({ id: "toclient", kind: "ok" }, params);
  }

  /**
   * toip: Send a SIM control message to the specified IP.
   *
   * Parameters: sims: string, at most 64 characters; simid: integer, min 0; credit: decimal; callnum: string, at most
   * 32 characters; dialnum: phone.
   *
   * Status on Switchboard: unsupported (It sends SIM management data to the vendor's GSM gateway hardware; Switchboard
   * has no SIM banks or GSM gateways to address.
   * ).
   */
  toip(params: T.ToipInput = {}): Promise<T.ToipResult> {
    return this.transport.call({ id: "toip", kind: "ok" }, params);
  }

  /**
   * towgw: Send a message to a gateway (gw) service.
   *
   * Parameters: clientip (username): string, required, at most 64 characters; txt (message): string, required, at most
   * 4096 characters.
   *
   * Status on Switchboard: unsupported (It talks to the vendor's GSM gateway service (vclientgw) on remote Windows
   * machines; Switchboard has no such gateway service to send messages to.
   * ).
   */
  towgw(params: T.TowgwInput): Promise<T.TowgwResult> {
    return this.transport.call({ id: "towgw", kind: "ok" }, params);
  }

  /**
   * transfercredit: Transfer credit from the authenticated user to another user.
   *
   * Parameters: username: string, required, at most 64 characters; credit: decimal, required, min 0.
   */
  transfercredit(params: T.TransfercreditInput): Promise<T.TransfercreditResult> {
    return this.transport.call({ id: "transfercredit", kind: "ok" }, params);
  }

  /**
   * tunnelinfo: Show information about the vendor's encrypted VoIP tunnel (name only in the seed).
   *
   * Status on Switchboard: unsupported (It reports on the vendor's proprietary encrypted tunnel protocol, which is
   * undocumented and spoken only by the vendor's own client apps; Switchboard does not implement that transport, so
   * there are no tunnels to report.
   * ).
   */
  tunnelinfo(params: T.TunnelinfoInput = {}): Promise<T.TunnelinfoResult> {
    return this.transport.call({ id: "tunnelinfo", kind: "text" }, params);
  }

  /**
   * tunnelinfoex: Show extended information about the vendor's encrypted VoIP tunnel (name only in the seed).
   *
   * Status on Switchboard: unsupported (It reports on the vendor's proprietary encrypted tunnel protocol, which is
   * undocumented and spoken only by the vendor's own client apps; Switchboard does not implement that transport, so
   * there are no tunnels to report.
   * ).
   */
  tunnelinfoex(params: T.TunnelinfoexInput = {}): Promise<T.TunnelinfoexResult> {
    return this.transport.call({ id: "tunnelinfoex", kind: "text" }, params);
  }

  /**
   * tunnellist: List the vendor's encrypted VoIP tunnel connections (name only in the seed).
   *
   * Status on Switchboard: unsupported (It reports on the vendor's proprietary encrypted tunnel protocol, which is
   * undocumented and spoken only by the vendor's own client apps; Switchboard does not implement that transport, so
   * there are no tunnels to report.
   * ).
   */
  tunnellist(params: T.TunnellistInput = {}): Promise<T.TunnellistResult> {
    return this.transport.call({ id: "tunnellist", kind: "text" }, params);
  }

  /**
   * unittest: Start the built-in unit (self) tests.
   *
   * Parameters: testtype: string, at most 64 characters, default all; threads: integer, min 1, max 64, default 1;
   * testtime: integer, min 1, max 60; parameter: string, at most 1024 characters.
   */
  unittest(params: T.UnittestInput = {}): Promise<T.UnittestResult> {
    return this.transport.call({ id: "unittest", kind: "text" }, params);
  }

  /**
   * unreg: Unregister a user, or all users; mode 1 removes instead of unregistering.
   *
   * Parameters: username: string, required, at most 64 characters; ip: string, at most 45 characters; mode: enum, one
   * of 0/1, default 0.
   */
  unreg(params: T.UnregInput): Promise<T.UnregResult> {
    return this.transport.call({ id: "unreg", kind: "record" }, params);
  }

  /** updcdrdir: Update the direction of CDR records (meaning inferred from the name). */
  updcdrdir(params: T.UpdcdrdirInput = {}): Promise<T.UpdcdrdirResult> {
    return this.transport.call({ id: "updcdrdir", kind: "record" }, params);
  }

  /**
   * upgradeall: Self-upgrade all clients (the vendor's gateway and client services).
   *
   * Parameters: clients: enum, one of 0/1/2.
   *
   * Status on Switchboard: unsupported (It pushes self-upgrades to the vendor's vclientgw and vclientsrv Windows
   * services; Switchboard has no such remote client services, and upgrading software is done by the host's package
   * manager.
   * ).
   */
  upgradeall(params: T.UpgradeallInput = {}): Promise<T.UpgradeallResult> {
    return this.transport.call({ id: "upgradeall", kind: "ok" }, params);
  }

  /**
   * verifyuser: The online status of another user (0 doesn't exist, 1 offline, 2 online, 3 calling, 4 speaking).
   *
   * Parameters: userusername: string, required, at most 64 characters.
   */
  verifyuser(params: T.VerifyuserInput): Promise<T.VerifyuserResult> {
    return this.transport.call({ id: "verifyuser", kind: "record" }, params);
  }

  /** version: Show the server software version number. */
  version(params: T.VersionInput = {}): Promise<T.VersionResult> {
    return this.transport.call({ id: "version", kind: "value" }, params);
  }

  /**
   * voicehere: Start real-time listening to a call, by its call id.
   *
   * Parameters: dbcallid: integer, required, min 1.
   *
   * Status on Switchboard: unsupported (Listening to a live call means copying its media; Switchboard connects the two
   * phones' media directly by SDP offer/answer (RFC 3725) and no audio ever passes through it, so there is nothing to
   * tap.
   * ).
   */
  voicehere(params: T.VoicehereInput): Promise<T.VoicehereResult> {
    return this.transport.call({ id: "voicehere", kind: "ok" }, params);
  }

  /**
   * voicehere2: Start real-time listening to a user's current call.
   *
   * Parameters: username: string, required, at most 64 characters.
   *
   * Status on Switchboard: unsupported (As voicehere: the calls' media flows directly between the phones, never through
   * Switchboard, so there is nothing to tap.
   * ).
   */
  voicehere2(params: T.Voicehere2Input): Promise<T.Voicehere2Result> {
    return this.transport.call({ id: "voicehere2", kind: "ok" }, params);
  }

  /**
   * voicerecdownload: Download recorded voice of calls matched by CDR filters.
   *
   * Parameters: cdrid: integer, min 1; callid: string, at most 255 characters; userid: integer, min 1; parentuserid:
   * integer, min 1; maxrecords: integer, min 1, max 1000; days: string; format: enum, one of 1/2/3/4; fromdt: datetime;
   * todt: datetime; caller: string, at most 64 characters; called: string, at most 64 characters.
   *
   * Status on Switchboard: unsupported (Recording a call needs its media; Switchboard connects the phones' media
   * directly by SDP offer/answer and no audio passes through it, so no call is ever recorded and there are no
   * recordings to download.
   * ).
   */
  voicerecdownload(params: T.VoicerecdownloadInput = {}): Promise<T.VoicerecdownloadResult> {
    return this.transport.call({ id: "voicerecdownload", kind: "file" }, params);
  }

  /**
   * vsiprst: Restart the SIP–H.323 router component.
   *
   * Status on Switchboard: unsupported (It restarts the vendor's SIP–H.323 router module; Switchboard speaks no H.323
   * and has no separate router process to restart (its SIP stack is reset with sipreset).
   * ).
   */
  vsiprst(params: T.VsiprstInput = {}): Promise<T.VsiprstResult> {
    return this.transport.call({ id: "vsiprst", kind: "ok" }, params);
  }

  /**
   * webrst: Restart the web (portal) service (meaning inferred from the name).
   *
   * Status on Switchboard: unsupported (Switchboard has no separate web service: its HTTP listeners are the API port
   * itself, so restarting them means restarting Switchboard, which its process supervisor (systemd, the container
   * runtime) does.
   * ).
   */
  webrst(params: T.WebrstInput = {}): Promise<T.WebrstResult> {
    return this.transport.call({ id: "webrst", kind: "ok" }, params);
  }

  /** weeklymaint: Run the weekly maintenance tasks now. */
  weeklymaint(params: T.WeeklymaintInput = {}): Promise<T.WeeklymaintResult> {
    return this.transport.call({ id: "weeklymaint", kind: "ok" }, params);
  }

  /** willstop: Stop the credit checks (before a shutdown). */
  willstop(params: T.WillstopInput = {}): Promise<T.WillstopResult> {
    return this.transport.call({ id: "willstop", kind: "ok" }, params);
  }

  /**
   * wsuser: Set up a branded web (WebRTC) softphone account for the user and its upper server (example only;
   * undocumented).
   *
   * Parameters: brandname: string, at most 128 characters; companyname (companyame): string, at most 128 characters;
   * upperserver: string, at most 255 characters; upperserverdomain: string, at most 255 characters.
   *
   * Status on Switchboard: unsupported (It provisions the vendor's branded web softphone towards an upper server;
   * Switchboard hosts no web softphone to brand and relays to no upper server. Any WebRTC/SIP-over-WebSocket phone
   * registers to /mfstwebsock with the user's own account, with nothing to set up first.
   * ).
   */
  wsuser(params: T.WsuserInput = {}): Promise<T.WsuserResult> {
    return this.transport.call({ id: "wsuser", kind: "ok" }, params);
  }
}
