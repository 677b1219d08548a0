/**
 * Turns the raw YAML into the normalised model: references resolved, presets applied, names derived, cross-file rules
 * checked.
 */
import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import type { RawSpec, SpecFile } from './files.ts';
import {
  DIALECTS,
  type AccessPolicy,
  type ConfigOption,
  type Dialect,
  type DialectInfo,
  type EnumValue,
  type ErrorInfo,
  type Example,
  type Operation,
  type Param,
  type Result,
  type ResultField,
  type Spec,
  type XmlNode,
} from './model.ts';

// biome-ignore lint/suspicious/noExplicitAny: the YAML is read loosely; the schema has already checked its shape.
type Raw = Record<string, any>;

export function normalize(raw: RawSpec, diagnostics: Diagnostic[]): Spec {
  const commonParams = raw.common.params.data as Record<string, Raw>;
  const errors = Object.entries(raw.common.errors.data as Record<string, Raw>).map(
    ([code, e]): ErrorInfo => ({ code, httpStatus: e.httpStatus, message: e.message }),
  );
  const errorCodes = new Set(errors.map((e) => e.code));
  const accessPresets = (raw.common.access.data as Raw).presets as Record<string, AccessPolicy>;
  const ctx: Context = { commonParams, errorCodes, accessPresets, diagnostics };

  const dialectsRaw = raw.common.dialects.data as Record<Dialect, Raw>;
  const dialects = Object.fromEntries(
    DIALECTS.map((name): [Dialect, DialectInfo] => {
      const d = dialectsRaw[name];
      const envelope = (d.envelope as string[]).map((ref, i) =>
        resolveParam({ ref }, ctx, { file: raw.common.dialects.file, path: `/${name}/envelope/${i}` }, undefined),
      );
      return [
        name,
        {
          name,
          title: d.title,
          seed: d.seed,
          basePaths: d.basePaths,
          formats: d.formats,
          defaultFormat: d.defaultFormat,
          transports: d.transports,
          positionalOffset: d.positionalOffset ?? 0,
          envelope,
        },
      ];
    }),
  ) as Record<Dialect, DialectInfo>;

  const operations = Object.fromEntries(
    DIALECTS.map((dialect): [Dialect, Operation[]] => {
      const files = raw.dialects[dialect];
      const ops = files.flatMap((f) => toOperations(dialect, f, dialects[dialect], ctx));
      checkUniqueNames(dialect, ops, diagnostics);
      return [dialect, ops.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))];
    }),
  ) as Record<Dialect, Operation[]>;

  const config = Object.entries(raw.common.config.data as Record<string, Raw>).map(
    ([name, c]): ConfigOption => ({
      name,
      dialect: c.dialect,
      type: c.type,
      aliases: c.aliases ?? [],
      default: c.default,
      values: c.values?.map(enumValue),
      description: c.description,
      secret: c.secret ?? false,
      seeds: c.seeds,
    }),
  );

  return { dialects, operations, errors, accessPresets, config };
}

interface Context {
  commonParams: Record<string, Raw>;
  errorCodes: Set<string>;
  accessPresets: Record<string, AccessPolicy>;
  diagnostics: Diagnostic[];
}

interface Where {
  file: string;
  path: string;
}

function toOperations(dialect: Dialect, f: SpecFile, info: DialectInfo, ctx: Context): Operation[] {
  const d = f.data as Raw;
  const stem = basename(f.file, '.yaml');
  if (dialect === 'minisip') {
    if (stem !== d.object)
      ctx.diagnostics.push({
        code: 'spec/file-name',
        file: f.file,
        path: '/object',
        detail: `expected ${d.object}.yaml`,
      });
    const fields = new Map<string, Raw>((d.fields ?? []).map((fl: Raw) => [fl.name, fl]));
    return Object.entries((d.operations ?? {}) as Record<string, Raw>).map(([operation, op]) => {
      const where = { file: f.file, path: `/operations/${operation}` };
      const params = (op.params ?? []).map((p: Raw, i: number) =>
        resolveParam(p, ctx, { ...where, path: `${where.path}/params/${i}` }, fields),
      );
      if (op.acceptsAllFields) {
        const listed = new Set(params.map((p: Param) => p.name));
        for (const fl of fields.values()) {
          if (!listed.has(fl.name)) params.push(resolveParam({ field: fl.name }, ctx, where, fields));
        }
      }
      const id = `${d.object}/${operation}`;
      return operationOf(dialect, f.file, op, where, ctx, info, {
        id,
        typeName: pascal(`${d.object}_${operation}`),
        handlerName: camel(`${d.object}_${operation}`),
        aliases: [],
        params,
        object: d.object,
        operation,
        result: resolveResult(op.result, ctx, where, fields),
      });
    });
  }
  const where = { file: f.file, path: '' };
  const params = (d.params ?? []).map((p: Raw, i: number) =>
    resolveParam(p, ctx, { file: f.file, path: `/params/${i}` }, undefined),
  );
  if (dialect === 'mor') {
    if (stem !== d.page)
      ctx.diagnostics.push({ code: 'spec/file-name', file: f.file, path: '/page', detail: `expected ${d.page}.yaml` });
    checkPathParams(d.path, params, f.file, ctx);
    return [
      operationOf(dialect, f.file, d, where, ctx, info, {
        id: d.page,
        typeName: pascal(d.page),
        handlerName: camel(d.page),
        aliases: [],
        params,
        method: d.method,
        path: d.path,
        auth: d.auth,
        result: resolveResult(d.result, ctx, where, undefined),
      }),
    ];
  }
  const expected = d.name === '' ? 'empty' : d.name;
  if (stem !== expected)
    ctx.diagnostics.push({ code: 'spec/file-name', file: f.file, path: '/name', detail: `expected ${expected}.yaml` });
  const access = resolveAccess(d.access, ctx, { file: f.file, path: '/access' });
  checkPositions(params, f.file, ctx);
  return [
    operationOf(dialect, f.file, d, where, ctx, info, {
      id: d.name,
      typeName: d.name === '' ? 'Empty' : pascal(d.name),
      handlerName: d.name === '' ? 'empty' : camel(d.name),
      aliases: d.aliases ?? [],
      params,
      category: d.category,
      deprecated: d.deprecated ?? false,
      access: access.policy,
      accessPreset: access.preset,
      needsCredentials: d.needsCredentials ?? false,
      mapsTo: d.mapsTo,
      result: resolveResult(d.result, ctx, where, undefined),
    }),
  ];
}

function operationOf(
  dialect: Dialect,
  file: string,
  b: Raw,
  where: Where,
  ctx: Context,
  info: DialectInfo,
  specific: Partial<Operation> & Pick<Operation, 'id' | 'typeName' | 'handlerName' | 'aliases' | 'params' | 'result'>,
): Operation {
  const errors: string[] = b.errors ?? [];
  errors.forEach((code, i) => {
    if (!ctx.errorCodes.has(code))
      ctx.diagnostics.push({ code: 'spec/unknown-error-code', file, path: `${where.path}/errors/${i}`, detail: code });
  });
  checkDuplicateParams(specific.params, file, where.path, ctx);
  b.wire?.answers?.forEach((a: Raw, i: number) => {
    if (a.source !== undefined && a.source >= (b.wire.sources?.length ?? 0))
      ctx.diagnostics.push({
        code: 'spec/unknown-wire-source',
        file,
        path: `${where.path}/wire/answers/${i}/source`,
        detail: String(a.source),
      });
    if (a.outcome !== 'success' && !ctx.errorCodes.has(a.outcome))
      ctx.diagnostics.push({
        code: 'spec/unknown-error-code',
        file,
        path: `${where.path}/wire/answers/${i}/outcome`,
        detail: a.outcome,
      });
  });
  return {
    dialect,
    file,
    deprecated: false,
    summary: b.summary,
    description: b.description,
    seeds: b.seeds ?? [],
    errors: [...errors].sort(),
    examples: (b.examples ?? []).map(example),
    wire: b.wire,
    status: b.status,
    reason: b.reason,
    waitsFor: b.waitsFor,
    formats: b.formats ?? info.formats,
    ...specific,
  };
}

function resolveParam(p: Raw, ctx: Context, where: Where, fields: Map<string, Raw> | undefined): Param {
  let base: Raw = {};
  if (p.ref !== undefined) {
    base = ctx.commonParams[p.ref] ?? {};
    if (!ctx.commonParams[p.ref])
      ctx.diagnostics.push({ code: 'spec/unknown-ref', file: where.file, path: where.path, detail: p.ref });
  } else if (p.field !== undefined) {
    base = fields?.get(p.field) ?? {};
    if (!fields?.has(p.field))
      ctx.diagnostics.push({ code: 'spec/unknown-field', file: where.file, path: where.path, detail: p.field });
  }
  const merged = { ...base, ...p };
  const param: Param = {
    name: merged.name ?? p.ref ?? p.field ?? '?',
    aliases: merged.aliases ?? [],
    type: merged.type ?? 'string',
    required: p.required ?? false,
    position: merged.position,
    indexed: merged.indexed,
    in: merged.in,
    hashed: merged.hashed,
    default: merged.default,
    description: merged.description,
    values: merged.values?.map(enumValue),
    min: merged.min,
    max: merged.max,
    minLength: merged.minLength,
    maxLength: merged.maxLength,
    pattern: merged.pattern,
  };
  checkConstraints(param, ctx, where);
  return stripUndefined(param);
}

function resolveResult(r: Raw | undefined, ctx: Context, where: Where, fields: Map<string, Raw> | undefined): Result {
  if (!r) return { kind: 'ok', fields: [] };
  const resolved: ResultField[] = [];
  if (r.allFields && fields) {
    for (const fl of fields.values()) resolved.push(resultField(fl, false));
  }
  (r.fields ?? []).forEach((f: Raw, i: number) => {
    if (f.field !== undefined) {
      const fl = fields?.get(f.field);
      if (!fl)
        ctx.diagnostics.push({
          code: 'spec/unknown-field',
          file: where.file,
          path: `${where.path}/result/fields/${i}`,
          detail: f.field,
        });
      else resolved.push(resultField({ ...fl, ...f, name: fl.name }, f.optional ?? false));
    } else {
      resolved.push(resultField(f, f.optional ?? false));
    }
  });
  return stripUndefined({
    kind: r.kind,
    description: r.description,
    type: r.type,
    fields: resolved,
    mediaType: r.mediaType,
    xml: r.xml ? xmlNode(r.xml) : undefined,
    bareRows: r.bareRows,
  });
}

function resultField(f: Raw, optional: boolean): ResultField {
  return stripUndefined({
    name: f.name,
    type: f.type,
    optional,
    description: f.description,
    values: f.values?.map(enumValue),
    min: f.min,
    max: f.max,
    minLength: f.minLength,
    maxLength: f.maxLength,
    pattern: f.pattern,
  });
}

function xmlNode(n: Raw): XmlNode {
  return stripUndefined({
    name: n.name,
    type: n.children ? undefined : (n.type ?? 'string'),
    const: n.const,
    repeat: n.repeat ?? false,
    optional: n.optional ?? false,
    description: n.description,
    attributes: (n.attributes ?? []).map((a: Raw) =>
      stripUndefined({ name: a.name, type: a.type ?? 'string', description: a.description }),
    ),
    children: n.children?.map(xmlNode),
  });
}

function resolveAccess(a: Raw | string, ctx: Context, where: Where): { policy?: AccessPolicy; preset?: string } {
  if (typeof a === 'string') {
    const policy = ctx.accessPresets[a];
    if (!policy)
      ctx.diagnostics.push({ code: 'spec/unknown-access-preset', file: where.file, path: where.path, detail: a });
    return { policy, preset: a };
  }
  return { policy: a as AccessPolicy };
}

function checkConstraints(p: Param, ctx: Context, where: Where): void {
  if (p.type === 'enum' && !p.values?.length)
    ctx.diagnostics.push({ code: 'spec/enum-without-values', file: where.file, path: where.path, detail: p.name });
  if (p.pattern !== undefined) {
    try {
      new RegExp(p.pattern, 'u');
    } catch (e) {
      ctx.diagnostics.push({
        code: 'spec/bad-pattern',
        file: where.file,
        path: `${where.path}/pattern`,
        detail: String(e),
      });
    }
  }
}

function checkDuplicateParams(params: Param[], file: string, path: string, ctx: Context): void {
  const seen = new Set<string>();
  params.forEach((p, i) => {
    for (const n of [p.name, ...p.aliases]) {
      const key = n.toLowerCase();
      if (seen.has(key))
        ctx.diagnostics.push({ code: 'spec/duplicate-param', file, path: `${path}/params/${i}`, detail: n });
      seen.add(key);
    }
  });
}

function checkPositions(params: Param[], file: string, ctx: Context): void {
  const seen = new Set<number>();
  params.forEach((p, i) => {
    if (p.position === undefined) return;
    if (seen.has(p.position))
      ctx.diagnostics.push({
        code: 'spec/duplicate-position',
        file,
        path: `/params/${i}/position`,
        detail: String(p.position),
      });
    seen.add(p.position);
  });
}

function checkPathParams(path: string, params: Param[], file: string, ctx: Context): void {
  const inPath = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  const declared = new Set(params.filter((p) => p.in === 'path').map((p) => p.name));
  for (const n of inPath)
    if (!declared.has(n)) ctx.diagnostics.push({ code: 'spec/path-param', file, path: '/path', detail: n });
  for (const n of declared)
    if (!inPath.has(n)) ctx.diagnostics.push({ code: 'spec/path-param', file, path: '/params', detail: n });
}

function checkUniqueNames(dialect: Dialect, ops: Operation[], diagnostics: Diagnostic[]): void {
  const owner = new Map<string, string>();
  for (const op of ops) {
    for (const n of [op.dialect === 'mor' ? `${op.method} ${op.path}` : op.id, ...op.aliases]) {
      const prev = owner.get(n);
      if (prev !== undefined)
        diagnostics.push({
          code: 'spec/duplicate-name',
          file: op.file,
          path: '/name',
          detail: `${dialect} ${n} (also in ${prev})`,
        });
      owner.set(n, op.file);
    }
  }
}

function example(e: Raw | string): Example {
  return typeof e === 'string' ? { request: e } : stripUndefined({ ...e } as Example);
}

function enumValue(v: Raw | string | number | boolean): EnumValue {
  return typeof v === 'object' && v !== null ? stripUndefined({ value: v.value, meaning: v.meaning }) : { value: v };
}

export function pascal(s: string): string {
  return s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

export function camel(s: string): string {
  const p = pascal(s);
  return p[0]!.toLowerCase() + p.slice(1);
}

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
