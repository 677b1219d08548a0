// The client as an integrator gets it: `npm pack` in clients/ (its prepack builds it) gives a tarball of the built
// package only; installed offline into a plain JavaScript project (no TypeScript, nothing else installed), an .mjs
// and a .cjs script call Mizu v2 balance, a miniSIPServer query and MOR pages against a running server — on this
// Node and on the system's older one when there is one (the package promises Node ≥ 18) — and its declarations
// type a TypeScript consumer of either build.
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempFolder } from '../support/cli.ts';
import { checkScenario, SCENARIO } from './scenario.ts';
import { type ClientWorld, startClientWorld } from './world.ts';

const run = promisify(execFile);
const CLIENTS = join(REPO_ROOT, 'clients');
/** npm's scripts (prepack: node build.ts) need the Node that runs the tests, which strips types. */
const ENV = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` };
/** The PATH without this Node's folder in front: where the system's `node` is found. */
const SYSTEM_PATH = { PATH: '/usr/local/bin:/usr/bin:/bin' };
/** Building twice with tsc and installing on a shared 2-core machine. */
const PACK_TIMEOUT_MS = 240_000;

let world: ClientWorld;
let app: string;
let tarballFiles: string[];

beforeAll(async () => {
  world = await startClientWorld();
  const out = tempFolder();
  const packed = await run('npm', ['pack', '--json', '--pack-destination', out], { cwd: CLIENTS, env: ENV });
  const tarball = join(out, JSON.parse(packed.stdout)[0].filename);
  tarballFiles = (await run('tar', ['-tzf', tarball])).stdout.trim().split('\n');
  app = tempFolder();
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'plain-js-app', private: true }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, env: ENV });
}, PACK_TIMEOUT_MS);
afterAll(() => world?.stop());

/** The Nodes to run the scripts on: this one, and the system's when it is another, of version 18 or later. */
function nodes(): string[] {
  const system = spawnSync('node', ['-p', 'process.execPath + " " + process.versions.node'], { env: SYSTEM_PATH });
  const [path = '', version = '0'] = system.stdout?.toString().trim().split(' ') ?? [];
  return Number(version.split('.')[0]) >= 18 && path !== process.execPath
    ? [process.execPath, path]
    : [process.execPath];
}

describe('the packed client', () => {
  it('holds only the built package: JavaScript, declarations, README, LICENSE and package.json', () => {
    const outside = tarballFiles.filter(
      (f) => !/^package\/(package\.json|README\.md|LICENSE|dist\/(esm|cjs)\/.+\.(js|d\.ts|json))$/.test(f),
    );
    expect(outside).toEqual([]);
    for (const entry of ['esm/clients/index.js', 'esm/clients/index.d.ts', 'cjs/clients/index.js', 'cjs/package.json'])
      expect(tarballFiles).toContain(`package/dist/${entry}`);
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/@switchboard/client/package.json'), 'utf8'));
    const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect([installed.version, installed.dependencies]).toEqual([root.version, undefined]);
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['@switchboard']);
  });

  it.each(['mjs', 'cjs'])('works from a plain .%s script', async (kind) => {
    const load =
      kind === 'mjs' ? `import * as lib from '@switchboard/client';` : `const lib = require('@switchboard/client');`;
    const script = join(app, `scenario.${kind}`);
    writeFileSync(
      script,
      `${load}\nconst scenario = ${SCENARIO};\n` +
        'scenario(lib, JSON.parse(process.env.SCENARIO_ENV)).then((out) => console.log(JSON.stringify(out)));\n',
    );
    for (const node of nodes()) {
      const env = await world.user();
      const { stdout } = await run(node, [script], { cwd: app, env: { ...ENV, SCENARIO_ENV: JSON.stringify(env) } });
      checkScenario(JSON.parse(stdout), env);
    }
  });

  it('types a TypeScript consumer of either build from its declarations', async () => {
    const uses = (wait: string) => `
      const mor = new MorClient({ baseUrl: 'http://127.0.0.1', hash: { userId: 1, secret: 's' } });
      export const page = ${wait}mor.phonebookList({ userid: 1 });
      export const userid = (p: MorTypes.PhonebookListResult): number => p.page.userid;
      export const names = (p: MorTypes.PhonebookListResult): string[] => p.page.entries.entry.map((e) => e.entry_name);
      // @ts-expect-error userid is a number, not a string: the types are real, not any
      export const wrong = (p: MorTypes.PhonebookListResult): string => p.page.userid;
      export const credit = (m: MizuV2Client) => m.balance().then((b): string => b.credit);
      export const failure = (e: unknown) => (e instanceof ApiError ? e.code.toUpperCase() + e.httpStatus.toFixed() : '');
    `;
    const head = `import { ApiError, MizuV2Client, MorClient, type MorTypes } from '@switchboard/client';`;
    writeFileSync(join(app, 'consumer.mts'), `${head}\n${uses('await ')}`);
    writeFileSync(join(app, 'consumer.cts'), `${head}\n${uses('')}`);
    const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const options = ['--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom'];
    await run(process.execPath, [tsc, ...options, 'consumer.mts', 'consumer.cts'], { cwd: app });
  });
});
