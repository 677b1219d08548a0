/** Safe XML reading for the XML and SOAP request forms: no DTD, so no entity expansion (XXE, billion laughs). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DecodeError, shown } from '../../../platform/decode-error.ts';

/** fast-xml-parser's ordered form: one object per node, keyed by tag name, `#text` or `#cdata`. */
type OrderedNode = Record<string, unknown>;

/** An element by local name (namespace prefixes dropped); its content is read on demand, so depth costs nothing. */
export interface XmlElement {
  name: string;
  nodes: OrderedNode[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  // Entities are decoded below, the five predefined ones and character references only.
  processEntities: false,
});

export function parseXml(body: string): XmlElement {
  if (/<!DOCTYPE/i.test(body)) throw new DecodeError('XML document type declarations are not accepted');
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new DecodeError(`invalid XML: ${valid.err.msg} (line ${valid.err.line})`);
  // The validator lets a second root or trailing text pass after a self-closing root element.
  if (!body.trimEnd().endsWith('>')) throw new DecodeError('invalid XML: text after the root element');
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(body) as OrderedNode[];
  } catch (e) {
    throw new DecodeError(`invalid XML: ${(e as Error).message}`);
  }
  const [root, ...others] = elementsOf(nodes);
  if (!root || others.length > 0) throw new DecodeError('invalid XML: there must be exactly one root element');
  return root;
}

export function childElements(element: XmlElement): XmlElement[] {
  return elementsOf(element.nodes);
}

/** The element's character data: text with entities decoded, CDATA as written. */
function textOf(element: XmlElement): string {
  let text = '';
  for (const node of element.nodes) {
    if ('#text' in node) text += decodeEntities(String(node['#text']));
    else if ('#cdata' in node) text += (node['#cdata'] as OrderedNode[]).map((n) => String(n['#text'])).join('');
  }
  return text;
}

/** The children of element as parameters; a child that holds elements is not a single value. */
export function* childParams(element: XmlElement): Generator<[string, string]> {
  for (const child of childElements(element)) {
    if (childElements(child).length > 0)
      throw new DecodeError(`parameter ${shown(child.name)} must be a single value, not nested elements`);
    yield [child.name, textOf(child)];
  }
}

function elementsOf(nodes: OrderedNode[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== '#text' && key !== '#cdata' && key !== ':@');
    if (name !== undefined) out.push({ name, nodes: node[name] as OrderedNode[] });
  }
  return out;
}

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[^;&\s]+);/g, (_, ref: string) => {
    if (ref[0] !== '#') {
      const named = PREDEFINED.get(ref);
      if (named === undefined) throw new DecodeError(`undefined XML entity &${shown(ref)};`);
      return named;
    }
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (code > 0x10ffff) throw new DecodeError(`invalid XML character reference &${shown(ref)};`);
    return String.fromCodePoint(code);
  });
}
