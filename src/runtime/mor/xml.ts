/**
 * The XML documents of the MOR page API (004): the root object's one key is the root element; nested objects are
 * elements in key order, arrays repeat their element, `@_name` keys are attributes beside `#text` — the shape the
 * generated result types (and fast-xml-parser on the client) use. Absent (undefined) members are left out; an
 * empty value is an empty element written `<x></x>` as the seed writes them.
 */

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
// Characters XML 1.0 cannot carry at all: dropped, so the document stays well-formed whatever a CDR holds.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function renderXml(doc: object): string {
  const entries = Object.entries(doc);
  if (entries.length !== 1) throw new Error('an XML document has exactly one root element');
  const lines = [DECLARATION];
  const [name, value] = entries[0]!;
  element(lines, name, value, '');
  return `${lines.join('\n')}\n`;
}

function element(out: string[], name: string, value: unknown, indent: string): void {
  if (value === undefined) return;
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  if (Array.isArray(value)) {
    for (const item of value) element(out, name, item, indent);
    return;
  }
  if (value === null || typeof value !== 'object') {
    out.push(`${indent}<${name}>${scalar(value)}</${name}>`);
    return;
  }
  const members = Object.entries(value as Record<string, unknown>);
  const attributes = members.filter(([k, v]) => k.startsWith('@_') && v !== undefined)
    .map(([k, v]) => ` ${k.slice(2)}="${scalar(v)}"`).join('');
  const children = members.filter(([k]) => !k.startsWith('@_') && k !== '#text');
  if ('#text' in (value as object)) {
    out.push(`${indent}<${name}${attributes}>${scalar((value as Record<string, unknown>)['#text'])}</${name}>`);
    return;
  }
  if (children.every(([, v]) => v === undefined || (Array.isArray(v) && v.length === 0))) {
    out.push(`${indent}<${name}${attributes}></${name}>`);
    return;
  }
  out.push(`${indent}<${name}${attributes}>`);
  for (const [k, v] of children) element(out, k, v, `${indent}  `);
  out.push(`${indent}</${name}>`);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  return escapeXml(String(value));
}
