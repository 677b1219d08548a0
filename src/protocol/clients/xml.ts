/**
 * Reads the MOR page documents into the shape the generated result types declare: a repeated element is always an
 * array ([] with none), integer and number leaves are numbers, boolean leaves booleans, attributes `@_name` beside
 * `#text`. The shape comes from the spec (the generated client's `xml` descriptor); an element it does not describe
 * becomes a string, or an object (an array when its name repeats). Small and dependency-free, for Node and browsers.
 */

/**
 * An element's declared shape: the object of its children (and its typed `@_attributes`), a leaf type, a one-item
 * array for a repeated element, or for a leaf with attributes an object with `#text`. Members left out are strings.
 */
export type XmlShape = 'number' | 'boolean' | 'string' | { [member: string]: XmlShape | [XmlShape] };

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref] ?? whole;
  });
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document's root element; throws on text that is not well-formed. */
export function readXml(text: string): XmlElement {
  const stack: XmlElement[] = [{ name: '', attributes: {}, children: [], text: '' }];
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const top = stack[stack.length - 1]!;
    if (lt < 0) {
      top.text += decode(text.slice(at));
      break;
    }
    top.text += decode(text.slice(at, lt));
    if (text.startsWith('<?', lt) || text.startsWith('<!--', lt) || text.startsWith('<!DOCTYPE', lt)) {
      const close = text.startsWith('<!--', lt) ? '-->' : '>';
      const end = text.indexOf(close, lt);
      if (end < 0) throw new Error('unterminated markup');
      at = end + close.length;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0) throw new Error('unterminated CDATA');
      top.text += text.slice(lt + 9, end);
      at = end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (!m) throw new Error(`not XML at offset ${lt}`);
    at = TAG.lastIndex;
    const [, closing, name, attributeText = '', selfClosing] = m;
    if (closing) {
      if (stack.length < 2 || top.name !== name) throw new Error(`unexpected </${name}>`);
      stack.pop();
      continue;
    }
    const element: XmlElement = { name: name!, attributes: {}, children: [], text: '' };
    for (const a of attributeText.matchAll(ATTRIBUTE)) element.attributes[a[1]!] = decode(a[2] ?? a[3] ?? '');
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  const [root, ...more] = stack[0]!.children;
  if (stack.length !== 1 || !root || more.length) throw new Error('not one well-formed XML document');
  return root;
}

/** `{ root: value }`, the root and everything under it read as `shape` describes. */
export function xmlDocument(root: XmlElement, shape?: XmlShape): Record<string, unknown> {
  return { [root.name]: value(root, shape) };
}

function value(element: XmlElement, shape: XmlShape | undefined): unknown {
  const declared = typeof shape === 'object' ? shape : {};
  const out: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(element.attributes))
    out[`@_${name}`] = scalar(text, declared[`@_${name}`] as XmlShape | undefined);
  const isLeaf = typeof shape === 'object' ? '#text' in shape : shape !== undefined || element.children.length === 0;
  if (isLeaf) {
    const leaf = scalar(element.text, typeof shape === 'object' ? (shape['#text'] as XmlShape) : shape);
    return Object.keys(out).length ? { '#text': leaf, ...out } : leaf;
  }
  const byName = new Map<string, XmlElement[]>();
  for (const child of element.children) byName.set(child.name, [...(byName.get(child.name) ?? []), child]);
  for (const [name, elements] of byName) {
    const child = declared[name];
    const repeated = Array.isArray(child) || elements.length > 1;
    const inner = Array.isArray(child) ? child[0] : child;
    const values = elements.map((e) => value(e, inner));
    out[name] = repeated ? values : values[0];
  }
  for (const [name, child] of Object.entries(declared)) if (Array.isArray(child) && !(name in out)) out[name] = [];
  return out;
}

function scalar(text: string, type: XmlShape | undefined): unknown {
  if (type === 'number' && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (type === 'boolean' && /^(true|1|false|0)$/.test(text)) return text === 'true' || text === '1';
  return text;
}
