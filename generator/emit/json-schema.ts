/** JSON Schema (OpenAPI 3.1 dialect) for spec value types, params, results and XML trees. */
import type { Constraints, Operation, Param, ResultField, ValueType, XmlNode } from '../load/model.ts';
import { prose } from './prose.ts';

type Schema = Record<string, unknown>;

export function valueSchema(type: ValueType, c: Constraints = {}): Schema {
  const values = c.values?.map((v) => v.value);
  const meanings = c.values?.some((v) => v.meaning)
    ? { 'x-enum-meanings': Object.fromEntries(c.values!.map((v) => [String(v.value), prose(v.meaning ?? '')])) }
    : {};
  const s: Schema = (() => {
    switch (type) {
      case 'integer':
        return { type: 'integer' };
      case 'number':
        return { type: 'number' };
      case 'decimal':
        return { type: 'string', format: 'decimal', pattern: '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$' };
      case 'boolean':
        return { type: 'boolean' };
      case 'enum':
        return {};
      case 'phone':
        return { type: 'string', pattern: '^\\+?[0-9*#]{1,32}$' };
      case 'list':
        return { type: 'array', items: { type: 'string' } };
      case 'date':
        return { type: 'string', format: 'date' };
      case 'datetime':
        return { type: 'string', description: 'YYYY-MM-DD HH:MM:SS or ISO 8601' };
      case 'json':
        return { type: 'object', additionalProperties: true };
      default:
        return { type: 'string' };
    }
  })();
  if (values?.length) {
    const kinds = new Set(values.map((v) => typeof v));
    s.enum = values;
    if (kinds.size === 1)
      s.type = kinds.has('number')
        ? values.every(Number.isInteger)
          ? 'integer'
          : 'number'
        : kinds.has('boolean')
          ? 'boolean'
          : 'string';
  }
  if (c.min !== undefined && (type === 'integer' || type === 'number') && !values) s.minimum = c.min;
  if (c.max !== undefined && (type === 'integer' || type === 'number') && !values) s.maximum = c.max;
  if (c.minLength !== undefined && s.type === 'string') s.minLength = c.minLength;
  if (c.maxLength !== undefined && s.type === 'string') s.maxLength = c.maxLength;
  if (c.pattern !== undefined && s.type === 'string') s.pattern = c.pattern;
  return { ...s, ...meanings };
}

export function paramSchema(p: Param): Schema {
  const s = valueSchema(p.type, p);
  // The default in the schema's own type: a decimal's `default: 0` is the string "0" on the wire.
  if (p.default !== undefined) s.default = s.type === 'string' ? String(p.default) : p.default;
  return s;
}

export function paramDescription(p: Param): string | undefined {
  const parts = [
    p.description && prose(p.description),
    p.aliases.length ? `Aliases: ${p.aliases.join(', ')}.` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

function fieldsObject(fields: ResultField[]): Schema {
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.name, withDescription(valueSchema(f.type, f), f.description)])),
    required: fields.filter((f) => !f.optional).map((f) => f.name),
  };
}

/** The schema of an operation's result, the same shape as generated/<dialect>/types.ts gives it. */
export function resultSchema(op: Operation): Schema {
  const r = op.result;
  switch (r.kind) {
    case 'record':
      return fieldsObject(r.fields);
    case 'list':
      if (r.bareRows) return { type: 'array', items: fieldsObject(r.fields) };
      return {
        type: 'object',
        properties: { rows: { type: 'array', items: fieldsObject(r.fields) } },
        required: ['rows'],
      };
    case 'value':
      return { type: 'object', properties: { value: valueSchema(r.type!) }, required: ['value'] };
    case 'text':
      return { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] };
    case 'ok':
      return { type: 'object', properties: { message: { type: 'string' } } };
    case 'file':
      // MOR sends the file itself; Mizu a record of it in its answer formats (src/dialects/mizu/answer/data.ts).
      if (op.dialect === 'mor') return { type: 'string', contentMediaType: r.mediaType };
      return {
        type: 'object',
        properties: {
          filename: { type: 'string' },
          mediaType: { type: 'string', description: `The file's media type (${r.mediaType}).` },
          content: { type: 'string', contentEncoding: 'base64', contentMediaType: r.mediaType },
        },
        required: ['mediaType', 'content'],
      };
    case 'xml':
      return xmlRootSchema(r.xml!);
  }
}

/**
 * An XML document as OpenAPI describes one (3.1 §4.8.26, XML Object): the schema of the root element's content,
 * named by `xml.name`; its properties are the child elements, `xml.attribute` ones its attributes. The typed client
 * hands the document over as `{ <root>: content }` (src/protocol/clients/xml.ts), the content this schema describes.
 */
export function xmlRootSchema(root: XmlNode): Schema {
  return { ...xmlSchema(root), xml: { name: root.name } };
}

function xmlSchema(node: XmlNode): Schema {
  const attributes = Object.fromEntries(
    node.attributes.map((a) => [`@_${a.name}`, { ...valueSchema(a.type), xml: { name: a.name, attribute: true } }]),
  );
  let s: Schema;
  if (node.children) {
    s = {
      type: 'object',
      properties: { ...Object.fromEntries(node.children.map((c) => [c.name, xmlSchema(c)])), ...attributes },
      required: [...node.children.filter((c) => !c.optional).map((c) => c.name), ...Object.keys(attributes)],
    };
  } else {
    const leaf = node.const !== undefined ? { type: 'string', const: node.const } : valueSchema(node.type ?? 'string');
    // The text beside attributes (`<device id="1">IAX2/101</device>`) is `#text`, as the typed client reads it:
    // OpenAPI 3.1's XML Object cannot say "the element's text" (3.2 adds `nodeType: text`), so Swagger UI writes it
    // as an element of that name; the one place a document differs from what the server sends (user_device_clis).
    s = node.attributes.length
      ? {
          type: 'object',
          properties: { '#text': leaf, ...attributes },
          required: ['#text', ...Object.keys(attributes)],
        }
      : leaf;
  }
  s = withDescription(s, node.description);
  // A repeated element is an unwrapped array (the elements side by side in their parent), each item named.
  return node.repeat ? { type: 'array', items: { ...s, xml: { name: node.name } } } : s;
}

function withDescription(s: Schema, description?: string): Schema {
  return description ? { ...s, description: prose(description) } : s;
}
