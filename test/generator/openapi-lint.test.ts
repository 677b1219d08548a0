// The generated OpenAPI documents pass two independent linters with zero errors — Redocly CLI's `recommended`
// rules (redocly.yaml) and Spectral's `spectral:oas` ruleset (.spectral.mjs, its media example rule skipping the XML
// answers, which are checked here instead) — and carry what an integrator needs: security on every operation, an
// example answer on every operation, an XML answer's example as the document itself, the session cookie the server
// sets.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { xmlShape } from '../../generator/emit/client.ts';
import { schemaChecker } from '../../generator/emit/openapi-examples.ts';
import { loadSpec } from '../../generator/load/index.ts';
import { DIALECTS } from '../../generator/load/model.ts';
import { readXml, type XmlShape, xmlDocument } from '../../src/protocol/clients/xml.ts';
import { SESSION_COOKIE } from '../../src/dialects/mor/authenticate.ts';

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
type Media = Record<string, { schema?: { type?: string }; examples?: Record<string, { value: unknown }> }>;

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

  it('have no Spectral error (spectral:oas)', async () => {
    const out = JSON.parse(await report(['spectral', 'lint', '--format', 'json', ...documents]));
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

  it.each(DIALECTS)(
    '%s: an XML answer described as its element tree has the document as its example, and it reads into that tree',
    (dialect) => {
      const doc = JSON.parse(readFileSync(join(root, 'generated', dialect, 'openapi.json'), 'utf8'));
      const fits = schemaChecker(doc.components);
      const xml = new Map(spec.operations[dialect].map((op) => [op.handlerName, op.result.xml]));
      for (const op of operations(dialect)) {
        const contents = Object.values(op.responses).flatMap((r) => Object.entries((r.content ?? {}) as Media));
        for (const [mediaType, media] of contents) {
          if (!/[/+]xml$/.test(mediaType) || media.schema?.type === 'string') continue;
          for (const [name, { value }] of Object.entries(media.examples ?? {})) {
            const what = `${op.operationId} ${mediaType} ${name}`;
            expect(value, what).toEqual(expect.stringMatching(/^<\?xml /));
            const tree = xmlDocument(readXml(value as string), xmlShape(xml.get(op.operationId)!) as XmlShape);
            expect(fits(media.schema!, tree), what).toBe(true);
          }
        }
      }
    },
  );

  it('names the MOR session cookie the server sets, and leaves login and public pages open', () => {
    const doc = JSON.parse(readFileSync(join(root, 'generated', 'mor', 'openapi.json'), 'utf8'));
    expect(doc.components.securitySchemes.session).toMatchObject({ in: 'cookie', name: SESSION_COOKIE });
    const open = operations('mor').filter((op) => (op.security as unknown[]).length === 0);
    expect(open.map((op) => op.operationId).sort()).toEqual(expect.arrayContaining(['login']));
  });
});
