// The deployment files hold together: compose.yaml is a valid Compose file (docker compose config, when a Compose is
// installed: it needs no Docker engine), the systemd units pass systemd-analyze verify (when systemd is here), the
// commands the Dockerfile and the units run are ones the CLI has, and the Switchboard configs they use load — with
// nginx's address as the one trusted proxy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/platform/config.ts';
import { REPO_ROOT } from '../support/cli.ts';

const DEPLOY = join(REPO_ROOT, 'deploy');
const UNITS = join(DEPLOY, 'systemd');
const PERIODS = ['hourly', 'daily', 'weekly', 'monthly'];
/** What compose.yaml insists on being given. */
const COMPOSE_ENV = { SWITCHBOARD_SECRET_KEY: 'compose-test-secret-key', POSTGRES_PASSWORD: 'compose-test-password' };

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options });
  return { ok: result.status === 0, out: `${result.stdout ?? ''}${result.stderr ?? ''}`, missing: !!result.error };
}

/** The switchboard command line as the image and the units run it: exit status and output. */
function switchboard(...args: string[]) {
  return run(process.execPath, [join(REPO_ROOT, 'bin', 'switchboard.js'), ...args]);
}

/** `docker compose` (the plugin) or `docker-compose` (the standalone one), whichever works here. */
function composeCommand(): string[] | undefined {
  if (run('docker', ['compose', 'version']).ok) return ['docker', 'compose'];
  if (run('docker-compose', ['version']).ok) return ['docker-compose'];
  return undefined;
}

const compose = composeCommand();
const systemdAnalyze = run('systemd-analyze', ['--version']).ok;
if (!compose) console.log('compose.yaml: skipped, no docker compose or docker-compose here');
if (!systemdAnalyze) console.log('systemd units: skipped, no systemd-analyze here');

/** The Dockerfile's CMD, as exec form. */
function dockerCmd(): string[] {
  const line = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('CMD '));
  return JSON.parse(line!.slice(4)) as string[];
}

/** A unit's ExecStart, split into words (no quoting is used in ours). */
function execStart(unit: string): string[] {
  const line = readFileSync(join(UNITS, unit), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('ExecStart='));
  return line!.slice('ExecStart='.length).split(/\s+/);
}

describe('the Dockerfile', () => {
  it('runs `switchboard serve` on the config it copies in, a subcommand the CLI has', () => {
    const cmd = dockerCmd();
    expect(cmd.slice(0, 3)).toEqual(['node', 'bin/switchboard.js', 'serve']);
    expect(cmd.slice(3)).toEqual(['--config', '/etc/switchboard/switchboard.yaml']);
    expect(readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8')).toContain(
      'COPY deploy/image.yaml /etc/switchboard/switchboard.yaml',
    );
    const help = switchboard(cmd[2]!, '--help');
    expect(help.out).toContain('switchboard serve');
    expect(help.ok).toBe(true);
  });

  it("copies in a config that loads, and whose paths are the image's data volume", () => {
    const config = loadConfig(join(DEPLOY, 'image.yaml'), {});
    expect(config.listen.host).toBe('0.0.0.0');
    expect(config.dataDir).toBe('/var/lib/switchboard');
    expect(config.database).toBe('sqlite:/var/lib/switchboard/switchboard.db');
  });
});

describe('compose.yaml', () => {
  const file = join(REPO_ROOT, 'compose.yaml');

  it.skipIf(!compose)('is a valid Compose file: PostgreSQL, Redis, two workers, nginx', () => {
    const [command, ...args] = compose!;
    const result = run(command!, [...args, '-f', file, 'config'], { env: { ...process.env, ...COMPOSE_ENV } });
    expect(result.out).not.toMatch(/error|invalid/i);
    expect(result.ok).toBe(true);
    const resolved = parse(result.out) as { services: Record<string, any> };
    expect(Object.keys(resolved.services).sort()).toEqual([
      'nginx',
      'postgres',
      'redis',
      'switchboard-1',
      'switchboard-2',
    ]);
    for (const worker of ['switchboard-1', 'switchboard-2']) {
      const service = resolved.services[worker];
      expect(service.environment.SWITCHBOARD_DATABASE).toContain('@postgres:5432/');
      expect(JSON.stringify(service.volumes)).toContain('/etc/switchboard/switchboard.yaml');
    }
  });

  it.skipIf(!compose)('refuses to start without the secret key and the database password', () => {
    const [command, ...args] = compose!;
    const env = { ...process.env };
    delete env.SWITCHBOARD_SECRET_KEY;
    delete env.POSTGRES_PASSWORD;
    const result = run(command!, [...args, '-f', file, 'config'], { env });
    expect(result.ok).toBe(false);
    expect(result.out).toMatch(/SWITCHBOARD_SECRET_KEY|POSTGRES_PASSWORD/);
  });

  it("gives the workers a config that loads and trusts nginx's address, and nginx that address", () => {
    const config = loadConfig(join(DEPLOY, 'switchboard.yaml'), COMPOSE_ENV);
    const nginx = (parse(readFileSync(file, 'utf8')) as { services: Record<string, any> }).services.nginx;
    expect(config.trust.proxies).toEqual([nginx.networks.backend.ipv4_address]);
    expect(config.redis?.url).toBe('redis://redis:6379');
    expect(config.listen.host).toBe('0.0.0.0');
  });

  it('has nginx pass the client on in X-Forwarded-For, and WebSocket upgrades on /mvstwebsock', () => {
    const nginx = readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8');
    expect(nginx).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
    expect(nginx).toContain('location /mvstwebsock');
    expect(nginx).toContain('proxy_set_header Upgrade $http_upgrade;');
    // A location that sets a header of its own would inherit none of the server's: they are set once, there.
    const locations = nginx.slice(nginx.indexOf('location /'));
    expect(locations).not.toContain('proxy_set_header');
  });
});

describe('the systemd units', () => {
  /** The units in a temp folder, run by this Node: verify checks that ExecStart's program exists. */
  function unitsHere(): string {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-units-'));
    folders.push(dir);
    cpSync(UNITS, dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('/usr/bin/node ', `${process.execPath} `));
    }
    return dir;
  }

  it.skipIf(!systemdAnalyze)('pass systemd-analyze verify: the server, and each period’s timer and job', () => {
    const dir = unitsHere();
    const units = ['switchboard.service'];
    for (const period of PERIODS)
      units.push(`switchboard-maintenance@${period}.timer`, `switchboard-maintenance@${period}.service`);
    const result = run('systemd-analyze', ['verify', '--man=no', ...units.map((u) => `./${u}`)], { cwd: dir });
    expect(result.out).toBe('');
    expect(result.ok).toBe(true);
  });

  it('run `switchboard serve` and `switchboard maintenance PERIOD`, subcommands the CLI has', () => {
    const serve = execStart('switchboard.service');
    expect(serve.slice(2)).toEqual(['serve', '--config', '/etc/switchboard/switchboard.yaml']);
    const maintenance = execStart('switchboard-maintenance@.service');
    expect(maintenance.slice(2)).toEqual(['maintenance', '%i', '--config', '/etc/switchboard/switchboard.yaml']);
    for (const subcommand of ['serve', 'maintenance']) {
      const help = switchboard(subcommand, '--help');
      expect(help.out).toContain(`switchboard ${subcommand}`);
      expect(help.ok).toBe(true);
    }
  });

  it('harden the server: no new privileges, a read-only system but for the data folder, a private /tmp', () => {
    const unit = readFileSync(join(UNITS, 'switchboard.service'), 'utf8');
    for (const setting of [
      'Type=simple',
      'User=switchboard',
      'Restart=on-failure',
      'KillSignal=SIGTERM',
      'NoNewPrivileges=yes',
      'ProtectSystem=strict',
      'ReadWritePaths=/var/lib/switchboard',
      'PrivateTmp=yes',
    ])
      expect(unit.split('\n')).toContain(setting);
  });
});
