/**
 * The security of generated/<dialect>/openapi.json: each dialect's credentials as OpenAPI security schemes, and
 * per operation the combinations it accepts, read from the spec's access level (Mizu `access`, MOR `auth`).
 * The credentials that are schemes are not also listed as parameters, so an interactive reference asks for them once.
 */
import type { AccessPolicy, Dialect, Operation } from '../load/model.ts';
import type { Doc } from './openapi-paths.ts';

const apiKey = (where: 'query' | 'cookie', name: string, description: string) => ({
  type: 'apiKey',
  in: where,
  name,
  description,
});

export const SECURITY_SCHEMES: Record<Dialect, Doc> = {
  'mizu-v1': {
    key: apiKey('query', 'key', 'The server key (httpapikey).'),
    usr: apiKey('query', 'usr', 'The username (usrid names the user by id, pin by PIN: see the parameters).'),
    pwd: apiKey('query', 'pwd', "The user's password in clear text."),
    md5auth: apiKey('query', 'md5auth', 'Instead of pwd: MD5("rD58s:" + usr + ":" + pwd + ":" + httpapimd5salt).'),
  },
  'mizu-v2': {
    authkey: apiKey('query', 'authkey', 'The API key (apiv2key; old name httpapikey).'),
    authid: apiKey('query', 'authid', 'The account: username, user id, PIN or DID.'),
    authpwd: apiKey('query', 'authpwd', 'The password in clear text (alias password); use only on trusted links.'),
    authmd5: apiKey(
      'query',
      'authmd5',
      'Instead of authpwd: MD5("ck5Gp"+authid+authpwd+apiv2md5salt+authsalt1), with authsalt/authsalt1 as ' +
        'parameters; or the authv3_ nonce form with authsalt2.',
    ),
  },
  minisip: {
    syskey: apiKey(
      'query',
      'syskey',
      'The administrator password (minisip.syskey). It travels inside the JSON object (the request body here, or ' +
        'the vendor form /openapi/object/operation?{"syskey":"…",…}), not as its own query parameter.',
    ),
  },
  mor: {
    session: apiKey('cookie', '_mor_session', 'The session cookie POST /billing/api/login sets.'),
    user_id: apiKey('query', 'user_id', 'The user id, for the stateless form with hash.'),
    hash: apiKey(
      'query',
      'hash',
      'SHA1 of the parameter values in documented order followed by the API secret key (stateless form, with user_id).',
    ),
  },
};

/** The names of the envelope parameters a dialect's security schemes stand for. */
export function credentialNames(dialect: Dialect): Set<string> {
  return new Set(Object.values(SECURITY_SCHEMES[dialect]).map((s: Doc) => s.name as string));
}

/** The operation's `security`: alternatives, each the schemes sent together; `[]` for none at all. */
export function securityOf(dialect: Dialect, op: Operation): Doc[] {
  switch (dialect) {
    case 'mizu-v1':
      return mizuSecurity(op.access, 'key', 'usr', ['pwd', 'md5auth']);
    case 'mizu-v2':
      return mizuSecurity(op.access, 'authkey', 'authid', ['authpwd', 'authmd5']);
    case 'minisip':
      return [{ syskey: [] }];
    case 'mor':
      // login pages open the session; public pages need nothing.
      return op.auth === 'user' ? [{ session: [] }, { user_id: [], hash: [] }] : [];
  }
}

/** req_user 14 is public: no user credentials; req_key 0 needs no key. */
function mizuSecurity(access: AccessPolicy | undefined, key: string, user: string, secrets: string[]): Doc[] {
  const needsKey = access?.req_key !== 0;
  const needsUser = access?.req_user !== 14;
  const keyPart = needsKey ? { [key]: [] } : {};
  if (!needsUser) return needsKey ? [keyPart] : [];
  return secrets.map((secret) => ({ ...keyPart, [user]: [], [secret]: [] }));
}
