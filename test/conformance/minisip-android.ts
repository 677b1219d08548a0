/**
 * How the wpfsean Android apps (wpfsean/CCCC, wpfsean/PortProject) read miniSIPServer's local user list, written from
 * reading them: utils/SipHttpUtils.java fetches with HttpURLConnection (GET, the URL as the app spells it), hands the
 * body over only on HTTP 200 (its lines joined with nothing between them) and "Execption:…" otherwise; the list
 * screens skip an answer containing "Execption", parse it with new JSONArray(answer) and take six fields of each row
 * with org.json's getString.
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';

/** The fields the list screens read from each row (SipClient's constructor arguments, in order). */
export interface SipClient {
  usrname: string;
  description: string;
  dispname: string;
  addr: string;
  state: string;
  userAgent: string;
}

/** SipHttpUtils.run: what the callback receives. The path and query go on the request line exactly as given. */
export function sipHttpGet(port: number, pathAndQuery: string): Promise<string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: pathAndQuery,
        agent: false,
        // What Android's HttpURLConnection sends by itself; it inflates a gzip answer transparently.
        headers: {
          'user-agent': 'Dalvik/2.1.0 (Linux; U; Android 7.1.2; rk3288 Build/NHG47K)',
          connection: 'Keep-Alive',
          'accept-encoding': 'gzip',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) return resolve('Execption:code != 200');
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve(readTxt(body.toString('utf8')));
        });
      },
    );
    req.on('error', (e) => resolve(`Execption:${e.message}`));
    req.end();
  });
}

/** SipHttpUtils.readTxt: BufferedReader.readLine appended line after line, the line ends dropped. */
function readTxt(text: string): string {
  return text.split(/\r\n|\r|\n/).join('');
}

/** org.json's getString on Android: a missing (or JSON null) name throws; a number or boolean reads as its text. */
function getString(row: Record<string, unknown>, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`JSONObject["${name}"] not found.`);
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The list screens' parse (ChatListFragment.getData, ChatListActivity.initData): undefined where they show the error
 * view or log "Error Data" (an empty or "Execption" answer), else the rows; a row missing a field fails the parse,
 * which they swallow, keeping the rows read before it.
 */
export function readSipClients(result: string): SipClient[] | undefined {
  if (result === '' || result.includes('Execption')) return undefined;
  const clients: SipClient[] = [];
  try {
    const array: unknown = JSON.parse(result);
    if (!Array.isArray(array)) throw new Error('A JSONArray text must start with [');
    for (const row of array as Record<string, unknown>[]) {
      clients.push({
        usrname: getString(row, 'usrname'),
        description: getString(row, 'description'),
        dispname: getString(row, 'dispname'),
        addr: getString(row, 'addr'),
        state: getString(row, 'state'),
        userAgent: getString(row, 'userAgent'),
      });
    }
  } catch {
    // The screens catch the JSONException and show what they have.
  }
  return clients;
}
