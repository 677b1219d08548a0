/**
 * Line layout for generated TypeScript: a construct stays on one line when it fits in WIDTH columns, and is
 * otherwise written one part per line. `prefix` is what the line already holds before the construct (its
 * indentation included), `suffix` what follows it on the same line.
 */

export const WIDTH = 120;

const fits = (prefix: number, text: string, suffix: number) =>
  !text.includes('\n') && prefix + text.length + suffix <= WIDTH;

/** The indentation at the start of a line that begins with `prefix`. */
const indentOf = (prefix: string) => /^ */.exec(prefix)![0];

/**
 * A JSON-like value as a TypeScript literal: `{ key: value }`, `[a, b]`, strings double-quoted; broken over
 * lines, with trailing commas, where it does not fit. `quoteKeys` false writes identifier keys bare.
 */
export function literal(value: unknown, prefix = '', suffix = 0, quoteKeys = true): string {
  const one = oneLine(value, quoteKeys);
  if (fits(prefix.length, one, suffix) || value === null || typeof value !== 'object') return one;
  const inner = `${indentOf(prefix)}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => `${inner}${literal(v, inner, 1, quoteKeys)},`)
    : definedEntries(value).map(([k, v]) => {
        const head = `${inner}${key(k, quoteKeys)}: `;
        return `${head}${literal(v, head, 1, quoteKeys)},`;
      });
  if (!entries.length) return one;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${entries.join('\n')}\n${indentOf(prefix)}${close}`;
}

function oneLine(value: unknown, quoteKeys: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => oneLine(v, quoteKeys)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = definedEntries(value);
    return entries.length
      ? `{ ${entries.map(([k, v]) => `${key(k, quoteKeys)}: ${oneLine(v, quoteKeys)}`).join(', ')} }`
      : '{}';
  }
  return JSON.stringify(value);
}

const definedEntries = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
const key = (k: string, quote: boolean) => (!quote && /^[A-Za-z_]+$/.test(k) ? k : JSON.stringify(k));

/** `callee(a, b)`, or one argument per line with a trailing comma. */
export function call(callee: string, args: string[], prefix = '', suffix = 0): string {
  const one = `${callee}(${args.join(', ')})`;
  if (fits(prefix.length, one, suffix)) return one;
  const inner = `${indentOf(prefix)}  `;
  return `${callee}(\n${args.map((a) => `${inner}${a},`).join('\n')}\n${indentOf(prefix)})`;
}

/** A union type, or one `| alternative` per line below the property it types. */
export function union(alternatives: string[], prefix = '', suffix = 0): string {
  const one = alternatives.join(' | ');
  if (alternatives.length < 2 || fits(prefix.length, one, suffix)) return one;
  return alternatives.map((a) => `\n${indentOf(prefix)}  | ${a}`).join('');
}

/** `import { a, b } from '...'`, or one name per line. */
export function importDecl(from: string, names: string[], typeOnly = false): string {
  const head = `import ${typeOnly ? 'type ' : ''}`;
  const one = `${head}{ ${names.join(', ')} } from '${from}';`;
  if (fits(0, one, 0)) return one;
  return `${head}{\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${from}';`;
}

/** Words that would change meaning at the start of a JSDoc line (a tag, a list item, a heading). */
const NO_BREAK_BEFORE = /^(@|[-*+>#]$|\d+[.)]$)/;

/**
 * A JSDoc block (or nothing) for each text, its lines prefixed with `indent` and wrapped at WIDTH; ends in a newline.
 */
export function jsDoc(docs: string[] | undefined, indent = ''): string {
  if (!docs?.length) return '';
  return docs
    .map((text) => {
      if (!text.includes('\n') && fits(indent.length + 4, text, 3))
        return `${indent}/** ${text}${text.endsWith(' ') ? '' : ' '}*/\n`;
      const lines = text.split(/\r?\n/);
      if (lines[0] === '') lines.shift();
      const wrapped = lines.flatMap((l) => wrap(l, WIDTH - indent.length - 3));
      return `${indent}/**\n${wrapped.map((l) => `${indent} *${l ? ` ${l}` : ''}\n`).join('')}${indent} */\n`;
    })
    .join('');
}

/** Greedy word wrap at spaces; a word that may not start a line takes the words before it along. */
function wrap(line: string, width: number): string[] {
  const words = line.split(' ');
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < words.length; i++) {
    if (!words[i] || words.slice(start, i + 1).join(' ').length <= width) continue;
    let cut = i;
    while (cut > start && (!words[cut] || NO_BREAK_BEFORE.test(words[cut]!))) cut--;
    if (cut === start) continue;
    out.push(words.slice(start, cut).join(' ').trimEnd());
    start = cut;
  }
  out.push(words.slice(start).join(' '));
  return out;
}
