/** Small helpers for Mizu v2 requests in tests: a JSON-format call from a chosen loopback address. */
import { request } from 'node:http';

export interface MizuJson {
  code: number;
  status: string;
  data?: any;
  message?: string;
  error?: { code: string; message: string; issues?: { param: string; problem: string }[] };
}

/** GET /mvapireq/?params from localAddress (127.0.0.1 unless given): answers the HTTP status and the raw body. */
export function mizuGet(
  port: number,
  params: Record<string, string>,
  localAddress = '127.0.0.1',
): Promise<{ status: number; body: string; contentType: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/mvapireq/?${new URLSearchParams(params)}`, localAddress, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, contentType: String(res.headers['content-type'] ?? '') }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export async function mizuJson(port: number, params: Record<string, string>, localAddress?: string): Promise<MizuJson> {
  const res = await mizuGet(port, { format: 'json', ...params }, localAddress);
  return JSON.parse(res.body) as MizuJson;
}
