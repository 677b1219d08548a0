// generated/docs/: every command has a curl line and its example answers in the dialect's formats, every dialect a
// wire format page, and no seed reference is left there or in the OpenAPI documents (the vendor documents are not in
// the repository); and the curl lines, with the placeholders filled in, get the documented answers from a real
// server on each database engine.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.ts';
import { DIALECTS } from '../../generator/load/model.ts';
import { securityOf } from '../../generator/emit/openapi-security.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import { ADMIN, startTestServer, type TestServer } from '../support/server.ts';

const root = join(import.meta.dirname, '..', '..');
const docs = join(root, 'generated', 'docs');
const spec = loadSpec(root);
const page = (dialect: string) => readFileSync(join(docs, `${dialect}.md`), 'utf8');

/** The section of one command: from its heading to the next. */
function sectionOf(dialect: string, id: string): string {
  const text = page(dialect);
  const start = text.indexOf(`\n## ${id || '(empty)'}\n`);
  expect(start, `${dialect} ${id} has a section`).toBeGreaterThan(-1);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** The formats each dialect's answers are shown in at least (a MOR download shows none: it is the file). */
const FORMATS: Record<string, string[]> = {
  'mizu-v1': ['text'],
  'mizu-v2': ['text', 'json', 'xml'],
  minisip: ['json'],
  mor: ['xml'],
};

describe('generated/docs', () => {
  it.each(DIALECTS)('%s: every command has a curl line and its answer in each format', (dialect) => {
    for (const op of spec.operations[dialect]) {
      const section = sectionOf(dialect, op.id);
      expect(section, `${dialect} ${op.id}`).toMatch(/\n```sh\ncurl .*'http:\/\/localhost:8080\//);
      const shown = [...section.matchAll(/\*\*Answer\*\* \((\w+)/g)].map((m) => m[1]);
      if (op.result.kind !== 'file' || dialect !== 'mor')
        expect(shown, `${dialect} ${op.id}`).toEqual(expect.arrayContaining(FORMATS[dialect]!));
    }
  });

  it.each(['mizu-v1', 'mizu-v2'] as const)('%s: every curl line sends the credentials its command asks', (dialect) => {
    const aliases = Object.fromEntries(spec.dialects[dialect].envelope.map((p) => [p.name, p.aliases]));
    for (const op of spec.operations[dialect]) {
      const alternatives = securityOf(dialect, op);
      if (!alternatives.length) continue;
      const url = new URL(/'(http:\/\/localhost:8080\/[^']*)'/.exec(curlOf(dialect, op.id))![1]!);
      const sent = new Set([...url.searchParams.keys()].map((name) => name.toLowerCase()));
      const sends = (scheme: string) => [scheme, ...(aliases[scheme] ?? [])].some((name) => sent.has(name));
      expect(
        alternatives.some((alternative) => Object.keys(alternative).every(sends)),
        `${dialect} ${op.id}: ${url.search}`,
      ).toBe(true);
    }
  });

  it.each(DIALECTS)('%s: links its wire format page, which says how to authenticate', (dialect) => {
    expect(page(dialect)).toContain(`](${dialect}-wire-format.md)`);
    expect(readFileSync(join(docs, `${dialect}-wire-format.md`), 'utf8')).toMatch(/\n## Authentication\n/);
  });

  it('cites no seed line nor seed document by number, and links only spec files that exist, a miniSIPServer operation at its own line', () => {
    const files = [
      ...readdirSync(docs).map((f) => join(docs, f)),
      ...DIALECTS.map((d) => join(root, 'generated', d, 'openapi.json')),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/\b\d{3}:L\d+/g), file).toBeNull();
      // "(001 and 002 user lists)", "002: …", "not in 001": the vendor documents by number (a decimal such as
      // 0.001 or a time such as 00:00:01 is no document).
      expect(text.match(/.{0,40}(?<![\w.:/-])00[0-4](?![\w./-]|:\d).{0,40}/g), file).toBeNull();
      for (const [, target, line] of text.matchAll(/\]\(\.\.\/\.\.\/(spec\/[^)#]+)(?:#L(\d+))?\)/g)) {
        expect(existsSync(join(root, target!)), target).toBe(true);
        if (line) expect(readFileSync(join(root, target!), 'utf8').split('\n')[Number(line) - 1]).toMatch(/^ {2}\w+:$/);
      }
    }
  });
});

const curlAvailable = (() => {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!curlAvailable) console.log('docs.test.ts: curl is not installed here; the curl lines are not run');

const run = promisify(execFile);
/** The command's curl line from the reference. */
const curlOf = (dialect: string, id: string) => /\ncurl .*/.exec(sectionOf(dialect, id))![0].trim();

const SYSKEY = '1234'; // the vendor document's own, which the miniSIPServer examples keep

describe.skipIf(!curlAvailable).each(await testEngines('the docs curl lines'))('the curl lines, run (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    sb.config.minisip.syskey = SYSKEY;
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  /** The line with the placeholders filled in and the test server's address, run by a shell as a reader would. */
  async function curl(line: string, fill: Record<string, string> = {}): Promise<string> {
    const values: Record<string, string> = {
      KEY: 'KEY',
      USERNAME: ADMIN.username,
      USRNAME: ADMIN.username,
      PASSWORD: ADMIN.password,
      PWD: ADMIN.password,
      ...fill,
    };
    let filled = line.replace('http://localhost:8080', sb.baseUrl);
    for (const [placeholder, value] of Object.entries(values))
      filled = filled.replace(new RegExp(`\\b${placeholder}\\b`, 'g'), value);
    return (await run('sh', ['-c', `${filled} -s -i`])).stdout;
  }

  it('Mizu v2 and v1 answer OK in text to a built line and to a seed line', async () => {
    expect(await curl(curlOf('mizu-v2', 'bannedlist'))).toMatch(/\r\n\r\nOK\n/);
    expect(await curl(curlOf('mizu-v2', 'balance'))).toMatch(/^HTTP\/1\.1 200[\s\S]*\r\n\r\nYour credit is/);
    expect(await curl(curlOf('mizu-v1', 'balance'))).toMatch(/\r\n\r\nOK: -?\d/);
  });

  it("miniSIPServer answers the seed's JSON query (curl -g, the space percent-encoded)", async () => {
    const answer = await curl(curlOf('minisip', 'localuser/list'));
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(() => JSON.parse(answer.split('\r\n\r\n')[1]!)).not.toThrow();
  });

  it('MOR logs in with the login line and opens a page with the session cookie line', async () => {
    const login = await curl(curlOf('mor', 'login').replace('u=username&p=password', 'u=USERNAME&p=PASSWORD'));
    expect(login).toContain('<status>ok</status>');
    const session = /set-cookie: _mor_session=([^;]+)/i.exec(login)![1]!;
    const details = await curl(curlOf('mor', 'personal_details'), { SESSION: session });
    expect(details).toMatch(/^HTTP\/1\.1 200/);
    expect(details).not.toContain('<error>');
  });
});
