/**
 * The Mizu text answer: `OK` or `ERROR: reason` on the first line (000:L68, 002:L117), then for data one
 * `key=value` per line (a record), or a header line of field names and one comma-separated line per row (a list).
 */
export function parseTextAnswer(kind: string, text: string): { ok: boolean; message: string; data: unknown } {
  const [first = '', ...rest] = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const ok = /^OK\b/.test(first);
  const message = first.replace(/^(OK|ERROR)\s*:?\s*/, '');
  if (!ok) return { ok, message, data: undefined };
  switch (kind) {
    case 'record':
      return { ok, message, data: Object.fromEntries(rest.map((l) => splitOnce(l, '='))) };
    case 'list': {
      const [header = '', ...rows] = rest;
      const names = header.split(',');
      return {
        ok,
        message,
        data: { rows: rows.map((r) => Object.fromEntries(splitCsv(r).map((v, i) => [names[i], v]))) },
      };
    }
    case 'value':
      return { ok, message, data: { value: message } };
    case 'text':
      return { ok, message, data: { text: rest.join('\n') || message } };
    default:
      return { ok, message, data: message ? { message } : {} };
  }
}

function splitOnce(line: string, sep: string): [string, string] {
  const i = line.indexOf(sep);
  return i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1)];
}

/** One CSV line (RFC 4180 quoting). */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
