/**
 * Emits generated/docs/: per dialect the command reference (<dialect>.md: for every command its parameters, a curl
 * line and its example answers) and the wire format page (<dialect>-wire-format.md, written by hand in
 * generator/pages/), coverage.md with the coverage figures, and README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialect, DialectInfo, Operation, Spec } from '../load/model.ts';
import { DIALECTS } from '../load/model.ts';
import { type ExampleAnswer, exampleAnswers } from './answers.ts';
import { curlLine, EXAMPLE_ORIGIN, exampleRequest } from './examples.ts';
import { mdHeader } from './header.ts';
import { SECURITY_SCHEMES, securityOf } from './openapi-security.ts';
import { DOCUMENTS_NOTE, prose } from './prose.ts';

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
      .map((o) => `| ${d} | \`${o.id}\` | ${prose(oneLine(o.reason ?? ''))} |`),
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

/** generated/docs/<dialect>-wire-format.md: the hand-written page generator/pages/<dialect>.md, headed. */
export function emitWireFormatPage(dialect: Dialect): string {
  return `${mdHeader}${readFileSync(join(import.meta.dirname, '..', 'pages', `${dialect}.md`), 'utf8')}`;
}

/** generated/docs/README.md: what is where. */
export function emitDocsIndex(spec: Spec): string {
  return [
    mdHeader,
    '# Switchboard API reference',
    '',
    '| dialect | wire format and authentication | commands |',
    '|---|---|---|',
    ...DIALECTS.map(
      (d) =>
        `| ${spec.dialects[d].title} | [${d}-wire-format.md](${d}-wire-format.md) | [${d}.md](${d}.md) (${spec.operations[d].length}) |`,
    ),
    '',
    'What is implemented, planned and unsupported: [coverage.md](coverage.md). The same commands as OpenAPI 3.1:',
    '`generated/<dialect>/openapi.json`, served by the server under `/docs/`.',
    '',
  ].join('\n');
}

export function emitReference(root: string, info: DialectInfo, ops: Operation[]): string {
  const out = [
    mdHeader,
    `# ${info.title}`,
    '',
    `How requests and answers are written and how they authenticate: [${info.name}-wire-format.md](${info.name}-wire-format.md).`,
    '',
    `Mounted at ${info.basePaths.map((p) => `\`${p}\``).join(', ')}. Answer formats: ${info.formats.join(', ')}. Transports: ${info.transports.join(', ')}.`,
    '',
    `Envelope parameters (read by the runtime for every request): ${info.envelope.map((p) => `\`${p.name}\``).join(', ')}.`,
    '',
    `The curl lines send to ${EXAMPLE_ORIGIN}, the server's default address; the vendor documents' placeholders (KEY, USERNAME, …) are kept.`,
    '',
    ...(DOCUMENTS_NOTE[info.name] ? [DOCUMENTS_NOTE[info.name]!, ''] : []),
    '| operation | status | summary |',
    '|---|---|---|',
    ...ops.map((o) => `| [\`${o.id || '(empty)'}\`](#${anchor(o)}) | ${o.status} | ${oneLine(o.summary)} |`),
    '',
  ];
  for (const op of ops) out.push(...section(root, info, op));
  return out.join('\n');
}

function section(root: string, info: DialectInfo, op: Operation): string[] {
  const lines = [`## ${op.id || '(empty)'}`, '', `<a id="${anchor(op)}"></a>${prose(oneLine(op.summary))}`, ''];
  if (op.description) lines.push(prose(op.description.trim()), '');
  const facts = [
    `**Status:** ${op.status}${op.reason ? ` — ${prose(oneLine(op.reason))}` : ''}${op.waitsFor ? ` (waits for ${op.waitsFor})` : ''}`,
    op.method ? `**Request:** \`${op.method} /billing${op.path}\` (auth: ${op.auth})` : undefined,
    op.aliases.length ? `**Aliases:** ${op.aliases.map((a) => `\`${a}\``).join(', ')}` : undefined,
    op.category ? `**Category:** ${op.category}` : undefined,
    op.mapsTo ? `**Maps to:** Mizu v2 \`${op.mapsTo}\`` : undefined,
    op.access
      ? `**Default access:** ${op.accessPreset ? `${op.accessPreset} — ` : ''}req_key=${op.access.req_key}, req_ip=${op.access.req_ip}, req_user=${op.access.req_user}, req_user_mode=${op.access.req_user_mode}`
      : undefined,
    `**Credentials:** ${credentials(info, op)}`,
    op.needsCredentials
      ? '**Needs credentials:** a trusted address alone does not run it (unless `trust.ipAdmin` is true)'
      : undefined,
    `**Spec:** ${specLink(root, op)}`,
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
        `| ${names} | ${prose(oneLine(type))} | ${p.required ? 'yes' : 'no'} | ${p.position ?? ''} | ${prose(oneLine(p.description ?? ''))}${p.default !== undefined ? ` (default ${p.default})` : ''} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    `**Result:** ${op.result.kind}${op.result.mediaType ? ` (${op.result.mediaType})` : ''}${op.result.description ? ` — ${prose(oneLine(op.result.description))}` : ''}`,
    '',
  );
  if (op.result.fields.length) {
    lines.push('| field | type | description |', '|---|---|---|');
    for (const f of op.result.fields)
      lines.push(`| \`${f.name}\` | ${f.type} | ${prose(oneLine(f.description ?? ''))} |`);
    lines.push('');
  }
  if (op.errors.length) lines.push(`**Errors:** ${op.errors.map((e) => `\`${e}\``).join(', ')}`, '');
  lines.push(...requestLines(info, op), ...answerLines(info, op));
  return lines;
}

function requestLines(info: DialectInfo, op: Operation): string[] {
  const request = exampleRequest(info, op);
  const origin = !request.fromSeed
    ? 'built from the required parameters'
    : request.addedCredentials
      ? `the vendor document's example, with ${request.addedCredentials.join(', ')} added to authenticate`
      : "the vendor document's example";
  const lines = [`**Request** (${origin}):`, '', '```sh', curlLine(request), '```', ''];
  const more = op.examples.filter((_, i) => i !== request.seedIndex);
  if (request.fromSeed && more.length)
    lines.push('More requests from the vendor document:', '', '```', ...more.map((e) => e.request), '```', '');
  return lines;
}

function answerLines(info: DialectInfo, op: Operation): string[] {
  return exampleAnswers(info, op).flatMap((a) => {
    const origin = a.source
      ? `, as the real product answers — read from ${sourceLink(a.source)}`
      : a.note
        ? ` — ${prose(oneLine(a.note))}`
        : '';
    const what = a.outcome === 'success' ? 'Answer' : `Answer when refused (\`${a.outcome}\`)`;
    const status = a.status === 200 ? '' : `, HTTP ${a.status}`;
    return [
      `**${what}** (${a.format}${status}${origin}):`,
      '',
      `\`\`\`${FENCE[a.format] ?? ''}`,
      readable(a),
      '```',
      '',
    ];
  });
}

/** Code fence languages of the answer formats. */
const FENCE: Record<string, string> = {
  text: 'text',
  cleartext: 'text',
  json: 'json',
  xml: 'xml',
  soap: 'xml',
  html: 'html',
};

/** A built JSON answer indented for reading; the real product's answers exactly as recorded. */
function readable(a: ExampleAnswer): string {
  const body = a.body.replace(/\n$/, '');
  if (a.source || a.format !== 'json') return body;
  return JSON.stringify(JSON.parse(body), null, 2);
}

/** `owner/name/path` (the path may start with `branch:`) as a GitHub link. */
function sourceLink(source: string): string {
  const [owner, name, ...rest] = source.split('/');
  const path = rest.join('/');
  const [ref, file] = path.includes(':') ? path.split(/:(.*)/s) : ['HEAD', path];
  return `[${owner}/${name} ${file}](https://github.com/${owner}/${name}/blob/${ref}/${file})`;
}

/** The credentials the operation takes, from its OpenAPI security. */
function credentials(info: DialectInfo, op: Operation): string {
  const alternatives = securityOf(info.name, op);
  if (!alternatives.length) return 'none';
  const scheme = (name: string) => `\`${SECURITY_SCHEMES[info.name][name].name}\``;
  return alternatives.map((a) => Object.keys(a).map(scheme).join(' + ')).join(', or ');
}

/** The spec file, at the operation's own line for a miniSIPServer object's operations. */
function specLink(root: string, op: Operation): string {
  const text = readFileSync(join(root, op.file), 'utf8');
  const at = op.operation ? text.split('\n').indexOf(`  ${op.operation}:`) + 1 : 0;
  const target = at > 0 ? `${op.file}#L${at}` : op.file;
  return `[${op.file}${at > 0 ? `:${at}` : ''}](../../${target})`;
}

function anchor(op: Operation): string {
  return `op-${(op.id || 'empty').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}
