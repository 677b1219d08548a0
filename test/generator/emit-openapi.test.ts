// The emitted OpenAPI 3.1 documents are valid, and every vendor command is in them with its vendor form.
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { xmlRootSchema } from '../../generator/emit/json-schema.ts';
import { loadSpec } from '../../generator/load/index.ts';
import { DIALECTS, type XmlNode } from '../../generator/load/model.ts';

const root = join(import.meta.dirname, '..', '..');
const spec = loadSpec(root);

describe.each(DIALECTS)('%s openapi.json', (dialect) => {
  const file = join(root, 'generated', dialect, 'openapi.json');

  it('is a valid OpenAPI 3.1 document', async () => {
    const api = (await SwaggerParser.validate(file)) as { openapi: string };
    expect(api.openapi).toBe('3.1.0');
  });

  it('has one operation per spec operation, each with its vendor wire form', async () => {
    const api = (await SwaggerParser.parse(file)) as unknown as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const operations = Object.values(api.paths).flatMap((item) => Object.values(item));
    expect(operations.map((o) => o.operationId).sort()).toEqual(
      spec.operations[dialect].map((o) => o.handlerName).sort(),
    );
    for (const o of operations) expect(o['x-vendor-form'], String(o.operationId)).toEqual(expect.any(String));
  });

  it("shows the example request's values where Swagger UI shows them: each parameter it sends has an example", async () => {
    const api = (await SwaggerParser.parse(file)) as unknown as {
      paths: Record<string, Record<string, Record<string, any>>>;
    };
    for (const o of Object.values(api.paths).flatMap((item) => Object.values(item))) {
      const request = o['x-example-request'] as { target: string };
      // A seed's %placeholder% is no percent escape: read as it is written.
      const query = (request.target.split('?')[1] ?? '').replace(/%(?![0-9A-F]{2})/gi, '%25');
      const sent = new URLSearchParams(query);
      for (const p of (o.parameters ?? []) as { name?: string; in?: string; example?: unknown }[]) {
        if (p.in === 'query' && sent.get(p.name!)) expect(p.example, `${o.operationId} ${p.name}`).toBeDefined();
      }
    }
  });
});

// OpenAPI 3.1 §4.8.26: the media type's schema is the root element's content, named by xml.name; a repeated element
// is an unwrapped array whose items carry the element's name; an attribute says xml.attribute.
describe('an XML answer schema (xmlRootSchema)', () => {
  const leaf = (name: string, more: Partial<XmlNode> = {}): XmlNode => ({
    name,
    repeat: false,
    optional: false,
    attributes: [],
    ...more,
  });
  it.each([
    [
      'a root and its leaves',
      {
        given: leaf('page', { children: [leaf('pagename', { const: 'Main' })] }),
        want: {
          type: 'object',
          xml: { name: 'page' },
          properties: { pagename: { type: 'string', const: 'Main' } },
          required: ['pagename'],
        },
      },
    ],
    [
      'a repeated element',
      {
        given: leaf('action', { children: [leaf('entry', { repeat: true, type: 'integer' })] }),
        want: {
          type: 'object',
          xml: { name: 'action' },
          properties: { entry: { type: 'array', items: { type: 'integer', xml: { name: 'entry' } } } },
          required: ['entry'],
        },
      },
    ],
    [
      'an attribute',
      {
        given: leaf('status', { attributes: [{ name: 'id', type: 'integer' }], children: [] }),
        want: {
          type: 'object',
          xml: { name: 'status' },
          properties: { '@_id': { type: 'integer', xml: { name: 'id', attribute: true } } },
          required: ['@_id'],
        },
      },
    ],
  ] as const)('%s', (_, { given, want }) => {
    expect(xmlRootSchema(given as XmlNode)).toEqual(want);
  });
});
