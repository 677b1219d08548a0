/** The normalised spec model: what every emitter reads. Built by load/normalize.ts from the YAML files. */

export const DIALECTS = ['mizu-v1', 'mizu-v2', 'minisip', 'mor'] as const;
export type Dialect = (typeof DIALECTS)[number];

export type ValueType =
  | 'string'
  | 'integer'
  | 'number'
  | 'decimal'
  | 'boolean'
  | 'enum'
  | 'phone'
  | 'list'
  | 'date'
  | 'datetime'
  | 'json';

export type Scalar = string | number | boolean;
export type Status = 'implemented' | 'planned' | 'unsupported';

export interface EnumValue {
  value: Scalar;
  meaning?: string;
}

export interface Constraints {
  values?: EnumValue[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface Param extends Constraints {
  name: string;
  aliases: string[];
  type: ValueType;
  required: boolean;
  position?: number;
  /** A numbered family: wire names name+N for N in from..to. */
  indexed?: { from: number; to: number };
  in?: 'path' | 'query' | 'body';
  /** mor: false when the stateless hash leaves this parameter out. */
  hashed?: boolean;
  default?: Scalar;
  description?: string;
}

export interface ResultField extends Constraints {
  name: string;
  type: ValueType;
  optional: boolean;
  description?: string;
}

export interface XmlNode {
  name: string;
  type?: ValueType;
  const?: string;
  repeat: boolean;
  optional: boolean;
  description?: string;
  attributes: { name: string; type: ValueType; description?: string }[];
  children?: XmlNode[];
}

export type ResultKind = 'ok' | 'value' | 'record' | 'list' | 'text' | 'file' | 'xml';

export interface Result {
  kind: ResultKind;
  description?: string;
  type?: ValueType;
  fields: ResultField[];
  mediaType?: string;
  xml?: XmlNode;
  /** list: answered as the rows alone (a JSON array), not {rows}. */
  bareRows?: boolean;
}

export interface AccessPolicy {
  req_key: number;
  req_ip: number;
  req_user: number;
  req_user_mode: number;
}

export interface Example {
  request: string;
  seed?: string;
  note?: string;
  method?: 'GET' | 'POST';
  body?: string;
}

/** A public repository file a real answer was read from (spec `wire.sources`). */
export interface WireSource {
  repo: string;
  path: string;
  kind?: 'vendor' | 'client';
  note?: string;
}

/** One real answer for one outcome (spec `wire.answers`). */
export interface WireAnswer {
  outcome: string;
  format?: string;
  status?: number;
  request?: string;
  body: string;
  /** Index into `Wire.sources`; absent for Switchboard's own answer. */
  source?: number;
  note?: string;
}

/** The answers the real product gives, with where they were read. */
export interface Wire {
  sources: WireSource[];
  answers: WireAnswer[];
  note?: string;
}

/** One callable thing: a Mizu command, a miniSIPServer object operation, a MOR page. */
export interface Operation {
  dialect: Dialect;
  /** The wire name: `balance`, `localuser/set`, `personal_details`. */
  id: string;
  /** PascalCase stem for generated type names. */
  typeName: string;
  /** camelCase key in the Handlers interface and the client. */
  handlerName: string;
  /** spec file, relative to the repository root. */
  file: string;
  aliases: string[];
  deprecated: boolean;
  summary: string;
  description?: string;
  seeds: string[];
  category?: string;
  access?: AccessPolicy;
  accessPreset?: string;
  /** mizu: a trusted address alone never stands in for the credentials it needs. */
  needsCredentials?: boolean;
  params: Param[];
  result: Result;
  errors: string[];
  examples: Example[];
  wire?: Wire;
  status: Status;
  reason?: string;
  waitsFor?: string;
  formats: string[];
  /** mizu-v1: the v2 command it maps to. */
  mapsTo?: string;
  /** minisip: object and operation; mor: method, path and auth. */
  object?: string;
  operation?: string;
  method?: 'GET' | 'POST';
  path?: string;
  auth?: 'none' | 'login' | 'user';
}

export interface DialectInfo {
  name: Dialect;
  title: string;
  seed: string;
  basePaths: string[];
  formats: string[];
  defaultFormat: string;
  transports: string[];
  positionalOffset: number;
  envelope: Param[];
}

export interface ErrorInfo {
  code: string;
  httpStatus: number;
  message: string;
}

export interface ConfigOption {
  name: string;
  dialect: string;
  type: ValueType;
  aliases: string[];
  default?: Scalar;
  values?: EnumValue[];
  description: string;
  secret: boolean;
  seeds: string[];
}

export interface Spec {
  dialects: Record<Dialect, DialectInfo>;
  operations: Record<Dialect, Operation[]>;
  errors: ErrorInfo[];
  accessPresets: Record<string, AccessPolicy>;
  config: ConfigOption[];
}

/** MOR's stateless hash: the parameters it covers, in the spec's order (those not marked `hashed: false`). */
export function morHashOrder(op: Operation): string[] {
  return op.params.filter((p) => p.hashed !== false).map((p) => p.name);
}
