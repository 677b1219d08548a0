// The same client in headless Chromium (Debian's, never a downloaded one): the page loads the package's ESM build
// as plain files and runs the integrator's scenario (scenario.ts) — Mizu v2 balance in three password forms, Mizu v1,
// a miniSIPServer query, MOR pages by hash and by session cookie — with the browser's own fetch and cookies, as a
// portal on another origin does: the test's page server serves the page and the build, and the page calls the
// Switchboard server directly, which lists the page's origin in cors.origins. A screenshot is left in
// test-output/clients/.
import { execFile, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempFolder } from '../support/cli.ts';
import { requireCommand } from '../support/services.ts';
import { checkScenario, SCENARIO } from './scenario.ts';
import { type ClientWorld, type ScenarioEnv, startClientWorld } from './world.ts';

const withChromium = requireCommand('chromium', 'the client package browser test (apt-get install chromium)');
const OUTPUT = join(REPO_ROOT, 'test-output', 'clients');
const BUILD_TIMEOUT_MS = 180_000;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8' };

let world: ClientWorld;
let pages: Server;
let browser: Browser;
let build: string;
/** What the page runs the scenario with: the user made for it, the Switchboard server's address. */
let env: ScenarioEnv;

const pageOrigin = () => `http://127.0.0.1:${(pages.address() as { port: number }).port}`;

/** The page: imports the ESM build, runs the scenario as the user given, and shows the answers as JSON. */
function html(env: ScenarioEnv): string {
  return `<!doctype html><meta charset="utf-8"><title>@switchboard/client</title>
<pre id="result">running…</pre>
<script type="module">
  import * as lib from '/client/esm/clients/index.js';
  const show = (text) => { document.getElementById('result').textContent = text; };
  const scenario = ${SCENARIO};
  scenario(lib, ${JSON.stringify(env)}).then(
    (out) => { window.scenarioResult = out; show(JSON.stringify(out, null, 2)); },
    (e) => { window.scenarioError = String(e && e.stack || e); show(window.scenarioError); },
  );
</script>`;
}

/** Serves /client/… from the build and / as the page: an origin of its own, not the Switchboard server's. */
function startPageServer(env: () => ScenarioEnv): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://page');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(html(env()));
    } else if (url.pathname.startsWith('/client/')) {
      const file = join(build, normalize(url.pathname.slice('/client/'.length)).replace(/^(\.\.[/\\])+/, ''));
      const body = await readFile(file).catch(() => undefined);
      if (body) res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      else res.writeHead(404).end();
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  if (!withChromium) return;
  mkdirSync(OUTPUT, { recursive: true });
  build = tempFolder();
  await promisify(execFile)(process.execPath, [join(REPO_ROOT, 'clients/build.ts'), build]);
  pages = await startPageServer(() => env);
  world = await startClientWorld([pageOrigin()]);
  const executablePath = spawnSync('sh', ['-c', 'command -v chromium']).stdout.toString().trim();
  browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
  await world?.stop();
});

describe.runIf(withChromium)('the packaged client in Chromium', () => {
  it('runs the scenario with the browser’s fetch, digests and session cookie', async () => {
    env = await world.user();
    const page = await browser.newPage();
    await page.goto(`${pageOrigin()}/`);
    await page.waitForFunction('window.scenarioResult || window.scenarioError', { timeout: 20_000 });
    await page.screenshot({ path: join(OUTPUT, 'browser-scenario.png'), fullPage: true });
    expect(await page.evaluate('window.scenarioError')).toBeUndefined();
    checkScenario((await page.evaluate('window.scenarioResult')) as Record<string, unknown>, env);
  });
});
