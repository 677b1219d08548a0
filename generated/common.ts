// generated from spec/ — do not edit; run `make generate`
/** An exact decimal as text (money, rates): never a binary float. */
export type Decimal = string;

/** A download: the body may be streamed. */
export interface FileAnswer {
  mediaType: string;
  filename?: string;
  body: string | Uint8Array | AsyncIterable<string | Uint8Array>;
}

export type HandlerResult<T> = T | Promise<T>;

export type Status = 'implemented' | 'planned' | 'unsupported';

/** tb_api access codes (req_key, req_ip, req_user, req_user_mode). */
export interface AccessPolicy { req_key: number; req_ip: number; req_user: number; req_user_mode: number }

/** One row of a dialect's dispatch table. */
export interface DispatchEntry<Params = unknown> {
  /** The wire name (command, object/operation, page). */
  id: string;
  /** Key of the operation in the Handlers interface and the client. */
  handler: string;
  status: Status;
  reason?: string;
  waitsFor?: string;
  deprecated?: boolean;
  access?: AccessPolicy;
  /** A trusted address alone never stands in for its credentials (SQL, files, backups), unless trust.ipAdmin. */
  needsCredentials?: boolean;
  formats: readonly string[];
  errors: readonly string[];
  resultKind: string;
  validate: (
    raw: Readonly<Record<string, unknown>>,
  ) => { ok: true; params: Params } | { ok: false; issues: { param: string; problem: string }[] };
}

/** Error codes: the HTTP status they carry (when strict) and the default message. */
export const ERRORS = {
  "unknown-command": { httpStatus: 406, message: "invalid command" },
  "auth-failed": { httpStatus: 403, message: "wrong authentication" },
  "access-denied": { httpStatus: 403, message: "access denied" },
  "banned": { httpStatus: 403, message: "too many failed requests from this address" },
  "nonce-required": { httpStatus: 401, message: "new nonce is:" },
  "user-not-found": { httpStatus: 404, message: "user not found" },
  "not-found": { httpStatus: 404, message: "not found" },
  "pin-invalid": { httpStatus: 420, message: "invalid or used PIN" },
  "missing-number": { httpStatus: 421, message: "number parameter is missing" },
  "missing-parameter": { httpStatus: 400, message: "missing parameter" },
  "invalid-parameter": { httpStatus: 400, message: "invalid parameter" },
  "bad-request": { httpStatus: 400, message: "malformed request" },
  "request-too-large": { httpStatus: 413, message: "request too large" },
  "duplicate": { httpStatus: 412, message: "already exists" },
  "insufficient-credit": { httpStatus: 412, message: "insufficient credit" },
  "command-failed": { httpStatus: 412, message: "command failed" },
  "rate-limited": { httpStatus: 429, message: "rate limit exceeded" },
  "not-implemented": { httpStatus: 501, message: "not implemented yet" },
  "unsupported": { httpStatus: 501, message: "not supported" },
  "internal": { httpStatus: 500, message: "internal error" },
  "unavailable": { httpStatus: 503, message: "service unavailable" },
  "incorrect-hash": { httpStatus: 403, message: "Incorrect hash" },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Access presets commands name as their default policy. */
export const ACCESS_PRESETS = {
  "none": {
    "req_key": 0,
    "req_ip": 0,
    "req_user": 14,
    "req_user_mode": 0
  },
  "public": {
    "req_key": 1,
    "req_ip": 0,
    "req_user": 14,
    "req_user_mode": 4
  },
  "user": {
    "req_key": 1,
    "req_ip": 0,
    "req_user": 12,
    "req_user_mode": 0
  },
  "reseller": {
    "req_key": 1,
    "req_ip": 0,
    "req_user": 8,
    "req_user_mode": 0
  },
  "support": {
    "req_key": 1,
    "req_ip": 0,
    "req_user": 10,
    "req_user_mode": 0
  },
  "admin": {
    "req_key": 1,
    "req_ip": 0,
    "req_user": 6,
    "req_user_mode": 0
  },
  "srvadmin": {
    "req_key": 1,
    "req_ip": 0,
    "req_user": 4,
    "req_user_mode": 0
  },
  "sensitive": {
    "req_key": 1,
    "req_ip": 1,
    "req_user": 6,
    "req_user_mode": 0
  },
  "trusted-ip": {
    "req_key": 1,
    "req_ip": 1,
    "req_user": 14,
    "req_user_mode": 0
  }
} as const satisfies Record<string, AccessPolicy>;

/** Global configuration options with their vendor names, aliases and defaults. */
export const CONFIG_OPTIONS = [
  { "name": "httpserver", "dialect": "mizu", "type": "integer", "aliases": [], "default": 8084, "secret": false },
  {
    "name": "httpstrictresponse",
    "dialect": "mizu",
    "type": "boolean",
    "aliases": ["httpstrictrtspose"],
    "default": false,
    "secret": false,
  },
  { "name": "httpsmscallbackip", "dialect": "mizu", "type": "list", "aliases": [], "default": "", "secret": false },
  { "name": "httpapiallowedip", "dialect": "mizu", "type": "list", "aliases": [], "default": "", "secret": false },
  { "name": "httpapiallowedip2", "dialect": "mizu", "type": "list", "aliases": [], "default": null, "secret": false },
  { "name": "httpapikey", "dialect": "mizu", "type": "string", "aliases": [], "default": "", "secret": true },
  {
    "name": "httpapimd5salt",
    "dialect": "mizu",
    "type": "string",
    "aliases": [],
    "default": "87159643",
    "secret": true,
  },
  { "name": "callingcardauth", "dialect": "mizu", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "defcallbackivr", "dialect": "mizu", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "mainaport", "dialect": "mizu", "type": "integer", "aliases": [], "default": 80, "secret": false },
  { "name": "usemainaport", "dialect": "mizu", "type": "boolean", "aliases": [], "default": true, "secret": false },
  { "name": "mainaportudp", "dialect": "mizu", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "sslportmain", "dialect": "mizu", "type": "integer", "aliases": [], "default": 443, "secret": false },
  { "name": "sslportweb", "dialect": "mizu", "type": "integer", "aliases": [], "default": 443, "secret": false },
  { "name": "localtsport", "dialect": "mizu", "type": "integer", "aliases": [], "default": 5061, "secret": false },
  { "name": "adminport", "dialect": "mizu", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "enablejsonp", "dialect": "mizu", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "apiv2key", "dialect": "mizu", "type": "string", "aliases": [], "default": null, "secret": true },
  { "name": "apiv2md5salt", "dialect": "mizu", "type": "string", "aliases": [], "default": null, "secret": true },
  {
    "name": "apiv2ipauth",
    "dialect": "mizu",
    "type": "list",
    "aliases": ["apiv2ipaauth"],
    "default": "",
    "secret": false,
  },
  { "name": "apiv2auth", "dialect": "mizu", "type": "enum", "aliases": [], "default": 2, "secret": false },
  { "name": "trustediplist", "dialect": "mizu", "type": "list", "aliases": [], "default": null, "secret": false },
  { "name": "trustlanip", "dialect": "mizu", "type": "boolean", "aliases": [], "default": true, "secret": false },
  { "name": "mincreditonroute", "dialect": "mizu", "type": "decimal", "aliases": [], "default": null, "secret": false },
  { "name": "apidefneedregister", "dialect": "mizu", "type": "enum", "aliases": [], "default": 0, "secret": false },
  { "name": "allowtrustedip", "dialect": "mizu", "type": "enum", "aliases": [], "default": 3, "secret": false },
  { "name": "apitrustediponly", "dialect": "mizu", "type": "enum", "aliases": [], "default": 0, "secret": false },
  { "name": "apideftrustadmin", "dialect": "mizu", "type": "enum", "aliases": [], "default": 1, "secret": false },
  { "name": "apiauth", "dialect": "mizu", "type": "enum", "aliases": [], "default": null, "secret": false },
  { "name": "apitrustfromconsole", "dialect": "mizu", "type": "enum", "aliases": [], "default": null, "secret": false },
  { "name": "apidefneedlogin", "dialect": "mizu", "type": "enum", "aliases": [], "default": null, "secret": false },
  { "name": "remoteadmin", "dialect": "mizu", "type": "enum", "aliases": [], "default": 5, "secret": false },
  { "name": "httpapiencryptkey", "dialect": "mizu", "type": "string", "aliases": [], "default": null, "secret": true },
  { "name": "admpwd", "dialect": "minisip", "type": "string", "aliases": ["syskey"], "default": null, "secret": true },
  { "name": "ogpfx", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "rtpport", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "httpport", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  {
    "name": "evtChannelPort",
    "dialect": "minisip",
    "type": "integer",
    "aliases": [],
    "default": null,
    "secret": false,
  },
  { "name": "srfannlang", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "sipaddr", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "sipaddr6", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "publicaddr", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "sipport", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "tcpport", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "tlsport", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "realm", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "dbaddr", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "dbport", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "dbname", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "dbusr", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "dbpwd", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": true },
  { "name": "smtpserv", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "smtpusr", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "smtppwd", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": true },
  { "name": "smtptls", "dialect": "minisip", "type": "boolean", "aliases": [], "default": null, "secret": false },
  { "name": "cdrcallerusr", "dialect": "minisip", "type": "boolean", "aliases": [], "default": null, "secret": false },
  { "name": "cdrcalledusr", "dialect": "minisip", "type": "boolean", "aliases": [], "default": null, "secret": false },
  {
    "name": "cdrcallerextline",
    "dialect": "minisip",
    "type": "boolean",
    "aliases": [],
    "default": null,
    "secret": false,
  },
  {
    "name": "cdrcalledextline",
    "dialect": "minisip",
    "type": "boolean",
    "aliases": [],
    "default": null,
    "secret": false,
  },
  { "name": "cdrfailcall", "dialect": "minisip", "type": "boolean", "aliases": [], "default": null, "secret": false },
  { "name": "cdrshow", "dialect": "minisip", "type": "boolean", "aliases": [], "default": null, "secret": false },
  { "name": "cdroutput", "dialect": "minisip", "type": "boolean", "aliases": [], "default": null, "secret": false },
  { "name": "stunaddr1", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "stunport1", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "stunaddr2", "dialect": "minisip", "type": "string", "aliases": [], "default": null, "secret": false },
  { "name": "stunport2", "dialect": "minisip", "type": "integer", "aliases": [], "default": null, "secret": false },
  { "name": "API_Secret_Key", "dialect": "mor", "type": "string", "aliases": [], "default": null, "secret": true },
] as const;
