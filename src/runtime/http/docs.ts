/**
 * The published API reference. GET /docs/<dialect>/openapi.json answers the dialect's generated OpenAPI document
 * (read once, at start) with `servers` naming the address the request came in on, or docs.publicUrl when configured,
 * so that "Try it out" calls this same server. GET /docs/ is the interactive reference of every dialect (Swagger UI,
 * served from the swagger-ui-dist package's own files: no CDN).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Context } from 'koa';
import type { HttpRoute } from '../dialect.ts';
import { DOCS_PAGE, DOCS_PAGE_POLICY, docsScript, type ReferenceEntry } from './docs-page.ts';
import { requestOrigin, type OriginDeps } from './docs-origin.ts';

/** The package files change only with the package: a day in caches, revalidated by ETag after that. */
const UI_FILE_CACHE = 'public, max-age=86400';
/** A document's servers follow the request's address, and the page follows the server: caches ask again each time. */
const OWN_FILE_CACHE = 'no-cache';

export interface DocsDeps extends OriginDeps {
  /** The dialects served, by the name of their folder under generated/ (`mizu-v2`). */
  dialects: string[];
}

export function docsRoutes(deps: DocsDeps): HttpRoute[] {
  const documents = new Map(deps.dialects.map((name) => [name, servedDocument(readDocument(name))]));
  const entries: ReferenceEntry[] = [...documents].map(([name, document]) => ({ name, title: document.title }));
  const ui = uiFiles();
  const ownFiles = new Map<string, { type: string; body: string }>([
    ['', { type: 'html', body: DOCS_PAGE }],
    ['index.html', { type: 'html', body: DOCS_PAGE }],
    ['switchboard-docs.js', { type: 'js', body: docsScript(entries) }],
  ]);
  return [
    {
      path: /^\/docs$/,
      handle: (ctx) => {
        ctx.status = 301;
        ctx.redirect(`/docs/${ctx.querystring ? `?${ctx.querystring}` : ''}`);
      },
    },
    {
      path: '/docs/:dialect/openapi.json',
      handle: (ctx, next) => {
        const document = documents.get(ctx.params.dialect ?? '');
        if (!document) return next();
        ctx.set('Cache-Control', OWN_FILE_CACHE);
        ctx.vary('Host');
        ctx.vary('X-Forwarded-Host');
        ctx.vary('X-Forwarded-Proto');
        answer(ctx, 'json', document.withServer(requestOrigin(ctx.req, deps)));
      },
    },
    {
      // The name is looked up among the files the package folder holds: nothing else, however it is spelled,
      // can be reached.
      path: /^\/docs\/([^/]*)$/,
      handle: async (ctx, next) => {
        const name = fileName(ctx);
        const own = name === undefined ? undefined : ownFiles.get(name);
        if (own) {
          ctx.set('Cache-Control', OWN_FILE_CACHE);
          if (own.type === 'html') ctx.set('Content-Security-Policy', DOCS_PAGE_POLICY);
          answer(ctx, own.type, own.body);
          return;
        }
        const file = name === undefined ? undefined : ui.get(name);
        if (!file) return next();
        ctx.set('Cache-Control', UI_FILE_CACHE);
        ctx.status = 200;
        ctx.etag = file.etag;
        if (ctx.fresh) ctx.status = 304;
        else answer(ctx, file.type, await readFile(file.path));
      },
    },
  ];
}

interface OpenApiDocument {
  info: { title: string };
  [key: string]: unknown;
}

function readDocument(dialect: string): OpenApiDocument {
  return JSON.parse(
    readFileSync(new URL(`../../../generated/${dialect}/openapi.json`, import.meta.url), 'utf8'),
  ) as OpenApiDocument;
}

interface ServedDocument {
  title: string;
  /** The document's text with servers naming this origin alone. */
  withServer(origin: string): string;
}

/** Written out once (compact: Mizu v2's is over a megabyte indented), around the one value each request fills in. */
function servedDocument(document: OpenApiDocument): ServedDocument {
  const marker = '\u0000origin';
  const text = JSON.stringify({ ...document, servers: [{ url: marker }] });
  const [before, after] = text.split(JSON.stringify(marker)) as [string, string];
  return { title: document.info.title, withServer: (origin) => before + JSON.stringify(origin) + after };
}

interface UiFile {
  path: string;
  type: string;
  etag: string;
}

/** The files of the swagger-ui-dist package folder, by name (its sub-folders and its demo page left out). */
function uiFiles(): Map<string, UiFile> {
  const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
  const files = new Map<string, UiFile>();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (!statSync(path).isFile() || name === 'swagger-initializer.js' || name === 'package.json') continue;
    files.set(name, { path, type: name.slice(name.lastIndexOf('.')), etag: `"${version}-${name}"` });
  }
  return files;
}

/** The file name after /docs/, percent-decoded; undefined when it does not decode. */
function fileName(ctx: Context): string | undefined {
  try {
    return decodeURIComponent(ctx.path.slice('/docs/'.length));
  } catch {
    return undefined;
  }
}

function answer(ctx: Context, type: string, body: string | Buffer): void {
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.type = type;
  ctx.body = body;
}
