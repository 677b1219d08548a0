// The MOR answer reader: XML as the server writes it, read into the shape the spec declares — repeated elements
// always arrays, numbers and booleans typed — and, where no shape is given, strings and repeated names as arrays.
import { describe, expect, it } from 'vitest';
import { readXml, type XmlShape, xmlDocument } from '../../../src/protocol/clients/xml.ts';

const PHONEBOOK: XmlShape = { userid: 'number', entries: { entry: [{ entry_id: 'number' }] } };

const page = (entries: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<page>\n  <userid>7</userid>\n  <entries>${entries}</entries>\n</page>\n`;
const entry = (id: number, name: string) => `<entry><entry_id>${id}</entry_id><entry_name>${name}</entry_name></entry>`;

describe('readXml and xmlDocument', () => {
  it('makes a repeated element an array with none, one and two of it', () => {
    const read = (entries: string) => xmlDocument(readXml(page(entries)), PHONEBOOK);
    expect(read('')).toEqual({ page: { userid: 7, entries: { entry: [] } } });
    expect(read(entry(1, 'Ann'))).toEqual({
      page: { userid: 7, entries: { entry: [{ entry_id: 1, entry_name: 'Ann' }] } },
    });
    expect(read(entry(1, 'Ann') + entry(2, 'Bob')).page).toMatchObject({
      entries: { entry: [{ entry_id: 1 }, { entry_id: 2 }] },
    });
  });

  it('decodes entities, character references and CDATA; keeps attributes beside #text', () => {
    const root = readXml(
      `<a><b kind="x &amp; y" n='2'>one &lt;two&gt; &#38; &#x263A;</b><c><![CDATA[<raw> & ]]></c><d/><!-- note --></a>`,
    );
    expect(xmlDocument(root)).toEqual({
      a: { b: { '#text': 'one <two> & ☺', '@_kind': 'x & y', '@_n': '2' }, c: '<raw> & ', d: '' },
    });
  });

  it('types the attributes the shape declares, beside the text of a leaf', () => {
    const shape: XmlShape = { device: [{ '#text': 'string', '@_id': 'number' }] };
    const root = readXml('<r><device id="7" kind="sip">SIP/101</device></r>');
    expect(xmlDocument(root, shape)).toEqual({ r: { device: [{ '#text': 'SIP/101', '@_id': 7, '@_kind': 'sip' }] } });
  });

  it('reads an empty element the shape declares as an object as one, not as text', () => {
    const shape: XmlShape = { period: {}, calls: { call: [{}] } };
    expect(xmlDocument(readXml('<r><period></period><calls/></r>'), shape)).toEqual({
      r: { period: {}, calls: { call: [] } },
    });
  });

  it('types booleans and leaves a value that is not a number as text', () => {
    const shape: XmlShape = { on: 'boolean', off: 'boolean', count: 'number', empty: 'number' };
    const root = readXml('<r><on>1</on><off>false</off><count>n/a</count><empty></empty></r>');
    expect(xmlDocument(root, shape)).toEqual({ r: { on: true, off: false, count: 'n/a', empty: '' } });
  });

  it('makes a name that repeats an array when no shape says so', () => {
    expect(xmlDocument(readXml('<r><x>1</x><x>2</x><y>3</y></r>'))).toEqual({ r: { x: ['1', '2'], y: '3' } });
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['two roots', '<a/><b/>'],
    ['no element', 'OK'],
    ['a stray closing tag', '</a>'],
  ])('refuses %s', (_, text) => {
    expect(() => readXml(text)).toThrow();
  });
});
