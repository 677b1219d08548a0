/**
 * Finds the page of a request under /billing in the generated dispatch table: `{param}` segments of the spec's
 * paths capture path parameters. A GET page also answers POST (004: "All pages are requested by POST or GET
 * methods"); a POST page never answers GET, so a link cannot change anything. MOR's own names for a page are
 * accepted too (VENDOR_PATHS), so a client written against MOR's server reaches it unchanged.
 */
import { byName, type MorEntry } from '../../../generated/mor/dispatch.ts';
import { SwitchboardError } from '../../platform/errors.ts';

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  names: string[];
  entry: MorEntry;
}

const ROUTES: Route[] = [...byName.values()].map((entry) => {
  const names: string[] = [];
  const source = entry.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { method: entry.method, pattern: new RegExp(`^${source}/?$`), names, entry };
});

interface Candidate {
  route: Route;
  m: RegExpExecArray;
}

function candidatesOf(path: string): Candidate[] {
  return ROUTES.map((route) => ({ route, m: route.pattern.exec(path) })).filter((c): c is Candidate => c.m !== null);
}

/** The candidates of each path without parameters (and with its trailing slash), found once: most requests name one. */
const BY_PLAIN_PATH = new Map(
  ROUTES.filter((r) => r.names.length === 0)
    .flatMap((r) => [r.entry.path, `${r.entry.path}/`])
    .map((path) => [path, candidatesOf(path)]),
);

/**
 * MOR's own paths for these pages: it routes /api/login to api#user_login and every /api/<action> to that action
 * (puneet18190/mor1 config/routes.rb), and its XML actions for the seed's pages are those below (app/controllers/
 * api_controller.rb). Clients call them by those names (CODEIQBV/laravel-kolmisoft src/Api/User.php: /api/user_login).
 */
const VENDOR_PATHS: Readonly<Record<string, string>> = {
  '/api/user_login': '/api/login',
  '/api/login_form': '/callc/login',
  '/api/main_page': '/callc/main',
  '/api/user_devices': '/devices/user_devices',
  '/api/user_rates': '/tariffs/user_rates',
  '/api/personal_payments': '/payments/personal_payments',
  '/api/user_invoices': '/accounting/user_invoices',
  '/api/user_subscriptions': '/services/user_subscriptions',
  '/api/new_calls_list': '/stats/new_calls_list',
};

export interface Matched {
  entry: MorEntry;
  pathParams: Record<string, string>;
}

export function matchPage(method: string, requested: string): Matched {
  const path = VENDOR_PATHS[requested.replace(/\/$/, '')] ?? requested;
  const verb = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  const candidates = BY_PLAIN_PATH.get(path) ?? candidatesOf(path);
  if (candidates.length === 0) throw new SwitchboardError('not-found', `no such page: ${path}`);
  const chosen =
    candidates.find((c) => c.route.method === verb) ??
    (verb === 'POST' ? candidates.find((c) => c.route.method === 'GET') : undefined);
  // A GET of a POST page: MOR's own words for a GET it does not take (api_controller.rb check_send_method).
  if (!chosen && verb === 'GET') throw new SwitchboardError('bad-request', 'GET Requests are disabled');
  if (!chosen)
    throw new SwitchboardError(
      'bad-request',
      `${path} is requested with ${candidates.map((c) => c.route.method).join(' or ')}, not ${verb}`,
    );
  const pathParams: Record<string, string> = {};
  chosen.route.names.forEach((name, i) => {
    try {
      pathParams[name] = decodeURIComponent(chosen.m[i + 1]!);
    } catch {
      throw new SwitchboardError('bad-request', `the ${name} in the path is not valid URL encoding`);
    }
  });
  return { entry: chosen.route.entry, pathParams };
}
