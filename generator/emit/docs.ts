/** Emits generated/docs/<dialect>.md (reference) and generated/docs/coverage.md, and the coverage figures. */
import type { Dialect, DialectInfo, Operation, Spec } from '../load/model.ts';
import { DIALECTS } from '../load/model.ts';
import { mdHeader } from './header.ts';

export type Coverage = Record<Dialect, { implemented: number; planned: number; unsupported: number }>;

export function coverageOf(spec: Spec): Coverage {
  return Object.fromEntries(
    DIALECTS.map((d) => {
      const ops = spec.operations[d];
      const count = (s: string) => ops.filter((o) => o.status === s).length;
      return [d, { implemented: count('implemented'), planned: count('planned'), unsupported: count('unsupported') }];
    }),
  ) as Coverage;
}

export function emitCoverageDoc(spec: Spec): string {
  const c = coverageOf(spec);
  const rows = DIALECTS.map(
    (d) => `| ${d} | ${c[d].implemented} | ${c[d].planned} | ${c[d].unsupported} | ${spec.operations[d].length} |`,
  );
  const waiting = DIALECTS.flatMap((d) =>
    spec.operations[d]
      .filter((o) => o.status === 'planned' && o.waitsFor)
      .map((o) => `| ${d} | \`${o.id}\` | ${o.waitsFor} |`),
  );
  const unsupported = DIALECTS.flatMap((d) =>
    spec.operations[d]
      .filter((o) => o.status === 'unsupported')
      .map((o) => `| ${d} | \`${o.id}\` | ${oneLine(o.reason ?? '')} |`),
  );
  return [
    mdHeader,
    '# Spec coverage',
    '',
    '| dialect | implemented | planned | unsupported | total |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '## Waiting for a later port',
    '',
    '| dialect | command | waits for |',
    '|---|---|---|',
    ...waiting,
    '',
    '## Unsupported, and why',
    '',
    '| dialect | command | reason |',
    '|---|---|---|',
    ...unsupported,
    '',
  ].join('\n');
}

export function emitReference(info: DialectInfo, ops: Operation[]): string {
  const out = [
    mdHeader,
    `# ${info.title}`,
    '',
    `Vendor document: \`${info.seed}\`. Mounted at ${info.basePaths.map((p) => `\`${p}\``).join(', ')}. Answer formats: ${info.formats.join(', ')}. Transports: ${info.transports.join(', ')}.`,
    '',
    `Envelope parameters (read by the runtime for every request): ${info.envelope.map((p) => `\`${p.name}\``).join(', ')}.`,
    '',
    '| operation | status | summary |',
    '|---|---|---|',
    ...ops.map((o) => `| [\`${o.id || '(empty)'}\`](#${anchor(o)}) | ${o.status} | ${oneLine(o.summary)} |`),
    '',
  ];
  for (const op of ops) out.push(...section(op));
  return out.join('\n');
}

function section(op: Operation): string[] {
  const lines = [`## ${op.id || '(empty)'}`, '', `<a id="${anchor(op)}"></a>${oneLine(op.summary)}`, ''];
  if (op.description) lines.push(op.description.trim(), '');
  const facts = [
    `**Status:** ${op.status}${op.reason ? ` — ${oneLine(op.reason)}` : ''}${op.waitsFor ? ` (waits for ${op.waitsFor})` : ''}`,
    op.method ? `**Request:** \`${op.method} /billing${op.path}\` (auth: ${op.auth})` : undefined,
    op.aliases.length ? `**Aliases:** ${op.aliases.map((a) => `\`${a}\``).join(', ')}` : undefined,
    op.category ? `**Category:** ${op.category}` : undefined,
    op.access
      ? `**Default access:** ${op.accessPreset ? `${op.accessPreset} — ` : ''}req_key=${op.access.req_key}, req_ip=${op.access.req_ip}, req_user=${op.access.req_user}, req_user_mode=${op.access.req_user_mode}`
      : undefined,
    op.needsCredentials
      ? '**Needs credentials:** a trusted address alone does not run it (unless `trust.ipAdmin` is true)'
      : undefined,
    `**Seed:** ${op.seeds.join(', ')}`,
  ].filter(Boolean);
  lines.push(...facts.map((f) => `- ${f}`), '');
  if (op.params.length) {
    lines.push('| parameter | type | required | position | description |', '|---|---|---|---|---|');
    for (const p of op.params) {
      const type = p.values?.length
        ? `${p.type}: ${p.values.map((v) => `\`${v.value}\`${v.meaning ? ` ${v.meaning}` : ''}`).join(', ')}`
        : p.type;
      const names = (p.indexed ? [`${p.name}${p.indexed.from}..${p.name}${p.indexed.to}`] : [p.name, ...p.aliases])
        .map((n) => `\`${n}\``)
        .join(' / ');
      lines.push(
        `| ${names} | ${oneLine(type)} | ${p.required ? 'yes' : 'no'} | ${p.position ?? ''} | ${oneLine(p.description ?? '')}${p.default !== undefined ? ` (default ${p.default})` : ''} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    `**Result:** ${op.result.kind}${op.result.mediaType ? ` (${op.result.mediaType})` : ''}${op.result.description ? ` — ${oneLine(op.result.description)}` : ''}`,
    '',
  );
  if (op.result.fields.length) {
    lines.push('| field | type | description |', '|---|---|---|');
    for (const f of op.result.fields) lines.push(`| \`${f.name}\` | ${f.type} | ${oneLine(f.description ?? '')} |`);
    lines.push('');
  }
  if (op.errors.length) lines.push(`**Errors:** ${op.errors.map((e) => `\`${e}\``).join(', ')}`, '');
  if (op.examples.length)
    lines.push('**Examples (from the seed):**', '', '```', ...op.examples.map((e) => e.request), '```', '');
  return lines;
}

function anchor(op: Operation): string {
  return `op-${(op.id || 'empty').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}
