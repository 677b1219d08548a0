// The generated OpenAPI documents pass two independent linters with zero errors — Redocly CLI's `recommended`
// rules (redocly.yaml) and Spectral's `spectral:oas` ruleset (.spectral.yaml), both stock — and carry what an
// integrator needs: security on every operation, an example answer on every operation, a MOR page's XML described as
// OpenAPI describes XML (its root element's content, named by `xml.name`), the session cookie the server sets.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { xmlShape } from '../../generator/emit/client.ts';
import { loadSpec } from '../../generator/load/index.ts';
import { DIALECTS } from '../../generator/load/model.ts';
import { readXml, type XmlShape, xmlDocument } from '../../src/protocol/clients/xml.ts';
import { SESSION_COOKIE } from '../../src/dialects/mor/authenticate.ts';
import { renderXml } from '../../src/dialects/mor/xml.ts';

const root = join(import.meta.dirname, '..', '..');
const spec = loadSpec(root);
const documents = DIALECTS.map((d) => `generated/${d}/openapi.json`);
const run = promisify(execFile);

/** The CLI's JSON report, whatever its exit code (both exit non-zero when they find errors). */
async function report(args: string[]): Promise<string> {
  try {
    return (await run('npx', ['--no', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (e) {
    const failed = e as { stdout?: string; stderr?: string };
    if (!failed.stdout) throw new Error(`${args[0]} did not run: ${failed.stderr}`);
    return failed.stdout;
  }
}

type Operation = Record<string, unknown> & { operationId: string; responses: Record<string, Record<string, any>> };
type Media = Record<string, { schema?: { $ref?: string }; examples?: Record<string, { value: unknown }> }>;

function operations(dialect: string): Operation[] {
  const doc = JSON.parse(readFileSync(join(root, 'generated', dialect, 'openapi.json'), 'utf8'));
  return Object.values(doc.paths as Record<string, Record<string, Operation>>).flatMap((item) => Object.values(item));
}

describe('the generated OpenAPI documents', () => {
  it('are linted with the stock Redocly recommended rules, none turned off or down', () => {
    expect(parse(readFileSync(join(root, 'redocly.yaml'), 'utf8'))).toEqual({ extends: ['recommended'] });
  });

  // One run per document: Redocly writes one JSON report per file it lints.
  it.each(documents)(
    '%s has no Redocly error (recommended rules)',
    async (document) => {
      const out = JSON.parse(await report(['redocly', 'lint', '--format', 'json', document]));
      const errors = out.problems
        .filter((p: { severity: string }) => p.severity === 'error')
        .map((p: { ruleId: string; message: string; location: { pointer: string }[] }) => {
          return `${p.ruleId} ${p.message} at ${p.location[0]?.pointer}`;
        });
      expect(errors).toEqual([]);
    },
    120_000,
  );

  it('are linted with the stock Spectral oas ruleset, no rule changed', () => {
    expect(parse(readFileSync(join(root, '.spectral.yaml'), 'utf8'))).toEqual({ extends: ['spectral:oas'] });
  });

  it('have no Spectral error (spectral:oas)', async () => {
    const out = JSON.parse(
      await report(['spectral', 'lint', '--ruleset', '.spectral.yaml', '--format', 'json', ...documents]),
    );
    const errors = out
      .filter((r: { severity: number }) => r.severity === 0)
      .map((r: { source: string; code: string; message: string; path: string[] }) => {
        return `${r.source}: ${r.code} ${r.message} at ${r.path.join('.')}`;
      });
    expect(errors).toEqual([]);
  }, 120_000);

  it.each(DIALECTS)('%s: every operation says its security and has an example answer', (dialect) => {
    for (const op of operations(dialect)) {
      expect(op.security, op.operationId).toEqual(expect.any(Array));
      const examples = Object.values(op.responses).flatMap((r) =>
        Object.values((r.content ?? {}) as Record<string, { examples?: object }>).filter((m) => m.examples),
      );
      expect(examples.length, `${op.operationId} has no example answer`).toBeGreaterThan(0);
    }
  });

  // Spectral's stock media example rule checks each example against its schema; this, that the schema and the
  // example are the document the server sends: the server's XML writer, given the example under the schema's root,
  // writes a document that reads back into the example, the way the typed client reads it.
  it('MOR: a page is its root element content, named by xml.name, with object examples of the document', () => {
    const doc = JSON.parse(readFileSync(join(root, 'generated', 'mor', 'openapi.json'), 'utf8'));
    const pages = new Map(spec.operations.mor.map((op) => [op.handlerName, op.result.xml]));
    expect(doc.components.schemas.MorError.xml).toEqual({ name: 'status' });
    for (const op of operations('mor')) {
      const page = pages.get(op.operationId);
      const media = (op.responses['200']!.content as Media)['application/xml'];
      if (!page || !media) continue;
      const schema = doc.components.schemas[media.schema!.$ref!.split('/').at(-1)!];
      expect(schema.xml, op.operationId).toEqual({ name: page.name });
      for (const [name, { value }] of Object.entries(media.examples ?? {})) {
        expect(value, `${op.operationId} ${name}`).toEqual(expect.any(Object));
        const written = readXml(renderXml({ [page.name]: value }));
        expect(xmlDocument(written, xmlShape(page) as XmlShape), `${op.operationId} ${name}`).toEqual({
          [page.name]: value,
        });
      }
    }
  });

  it("Mizu v2: the xml answer is <response>'s content, named by xml.name, every example an object of it", () => {
    const doc = JSON.parse(readFileSync(join(root, 'generated', 'mizu-v2', 'openapi.json'), 'utf8'));
    expect(doc.components.schemas.MizuXmlAnswer.xml).toEqual({ name: 'response' });
    for (const op of operations('mizu-v2'))
      for (const status of ['200', '4XX']) {
        const media = (op.responses[status]!.content as Media)['application/xml']!;
        expect(media.schema, `${op.operationId} ${status}`).toEqual({ $ref: '#/components/schemas/MizuXmlAnswer' });
        for (const [name, { value }] of Object.entries(media.examples ?? {}))
          expect(value, `${op.operationId} ${name}`).toMatchObject({ code: expect.any(Number) });
      }
  });

  it('names the MOR session cookie the server sets, and leaves login and public pages open', () => {
    const doc = JSON.parse(readFileSync(join(root, 'generated', 'mor', 'openapi.json'), 'utf8'));
    expect(doc.components.securitySchemes.session).toMatchObject({ in: 'cookie', name: SESSION_COOKIE });
    const open = operations('mor').filter((op) => (op.security as unknown[]).length === 0);
    expect(open.map((op) => op.operationId).sort()).toEqual(expect.arrayContaining(['login']));
  });
});
