// Changing one parameter in one YAML file changes the types, validator, OpenAPI, client and docs for that
// command, and nothing else: every output, with that command's parts taken out, is the same as before.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Node, Project, type SourceFile } from 'ts-morph';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'switchboard-spec-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const project = new Project({ useInMemoryFileSystem: true });

/** A TypeScript file with every declaration, member and property that belongs to the operation removed. */
function withoutOperationTs(text: string, owned: (name: string) => boolean): string {
  const file: SourceFile = project.createSourceFile('f.ts', text, { overwrite: true });
  const nameOf = (n: Node): string | undefined => {
    if (Node.isVariableStatement(n)) return n.getDeclarations()[0]?.getName();
    const named = n as unknown as { getName?: () => string | undefined };
    return named.getName?.()?.replace(/^["']|["']$/g, '');
  };
  file.forEachDescendant((node, traversal) => {
    const removable =
      Node.isStatement(node) ||
      Node.isTypeElement(node) ||
      Node.isMethodDeclaration(node) ||
      Node.isPropertyAssignment(node);
    const name = removable ? nameOf(node) : undefined;
    if (name !== undefined && owned(name)) {
      (node as unknown as { remove(): void }).remove();
      traversal.skip();
    }
  });
  // Import lists name the operation's types too.
  for (const imp of file.getImportDeclarations()) {
    for (const spec of imp.getNamedImports()) if (owned(spec.getName())) spec.remove();
  }
  return file.getFullText();
}

function withoutOperationMd(text: string, id: string): string {
  return text
    .split(/(?=^## )/m)
    .filter((section) => !section.startsWith(`## ${id}\n`))
    .join('')
    .split('\n')
    .filter((line) => !line.includes(`(#op-${id})`))
    .join('\n');
}

function withoutOperationJson(text: string, path: string, typeName: string): unknown {
  const doc = JSON.parse(text);
  delete doc.paths[path];
  delete doc.components.schemas[`${typeName}Result`];
  return doc;
}

describe('one parameter changed in one YAML file', () => {
  it('changes that command in each output kind and nothing else', async () => {
    cpSync(join(root, 'spec'), join(work, 'spec'), { recursive: true });
    const before = await generate(work);

    // rating's bnum: a new alias and a tighter length.
    const file = join(work, 'spec', 'mizu-v2', 'rating.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const params = doc.get('params') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] };
    const bnum = params.items.find((p) => p.get('ref') === 'bnum' || p.get('name') === 'bnum')!;
    expect(bnum).toBeDefined();
    bnum.set('aliases', ['phone2', 'to', 'prefix']);
    bnum.set('maxLength', 20);
    writeFileSync(file, doc.toString());

    const after = await generate(work);
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k)).sort();
    expect(changed).toEqual([
      'docs/mizu-v2.md',
      'mizu-v2/client.ts',
      'mizu-v2/openapi-types.ts',
      'mizu-v2/openapi.json',
      'mizu-v2/types.ts',
      'mizu-v2/validators.ts',
    ]);

    const owned = (name: string) =>
      /^(validate)?Rating(Params|Input|Result|Row)?$/.test(name) ||
      /^rating(_\w+_(names|stem|coerce))?$/.test(name) ||
      name === '/mvapireq/rating';
    for (const path of changed) {
      const [a, b] = [before.get(path)!, after.get(path)!];
      if (path.endsWith('.json'))
        expect(withoutOperationJson(b, '/mvapireq/rating', 'Rating'), path).toEqual(
          withoutOperationJson(a, '/mvapireq/rating', 'Rating'),
        );
      else if (path.endsWith('.md'))
        expect(withoutOperationMd(b, 'rating'), path).toBe(withoutOperationMd(a, 'rating'));
      else {
        const rest = withoutOperationTs(a, owned);
        expect(rest, `${path}: the other commands are still there`).toMatch(/balance/i);
        expect(withoutOperationTs(b, owned), path).toBe(rest);
      }
    }
    // And the change is really there.
    expect(after.get('mizu-v2/validators.ts')).toMatch(/rating_bnum_names = \["bnum", "phone2", "to", "prefix"/);
    expect(after.get('mizu-v2/client.ts')).toContain('bnum (phone2, to, prefix)');
  }, 180_000);
});
