/**
 * The XML documents of the MOR page API (004): the root object's one key is the root element; nested objects are
 * elements in key order, arrays repeat their element, `@_name` keys are attributes beside `#text` — the shape the
 * generated result types (and fast-xml-parser on the client) use. Absent (undefined) members are left out; an
 * empty value is an empty element written `<x></x>` as the seed writes them.
 */

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
// Characters XML 1.0 cannot carry at all: dropped, so the document stays well-formed whatever a CDR holds.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

// Most texts hold none of these: one test lets them through unchanged.
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Element names already checked: a page names the same few on every request. */
const checkedNames = new Set<string>();

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

export function renderXml(doc: object): string {
  const names = Object.keys(doc);
  if (names.length !== 1) throw new Error('an XML document has exactly one root element');
  return `${DECLARATION}\n${element(names[0]!, (doc as Record<string, unknown>)[names[0]!], '')}`;
}

/** The element and its children, each line ending in a line feed; '' for undefined. */
function element(name: string, value: unknown, indent: string): string {
  if (value === undefined) return '';
  if (!checkedNames.has(name)) {
    if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
    checkedNames.add(name);
  }
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value) out += element(name, item, indent);
    return out;
  }
  if (value === null || typeof value !== 'object') return `${indent}<${name}>${scalar(value)}</${name}>\n`;
  const members = value as Record<string, unknown>;
  let attributes = '';
  let children = '';
  const inner = `${indent}  `;
  const hasText = '#text' in members;
  for (const key in members) {
    const v = members[key];
    if (key.startsWith('@_')) {
      if (v !== undefined) attributes += ` ${key.slice(2)}="${scalar(v)}"`;
    } else if (!hasText) {
      children += element(key, v, inner);
    }
  }
  if (hasText) return `${indent}<${name}${attributes}>${scalar(members['#text'])}</${name}>\n`;
  if (children === '') return `${indent}<${name}${attributes}></${name}>\n`;
  return `${indent}<${name}${attributes}>\n${children}${indent}</${name}>\n`;
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  return escapeXml(String(value));
}
