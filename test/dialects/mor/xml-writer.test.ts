// The XML writer (src/dialects/mor/xml.ts) writes well-formed documents whatever the data holds.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderXml } from '../../../src/dialects/mor/xml.ts';

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);

describe('MOR XML writer', () => {
  it.each([
    [
      'elements in key order, arrays repeated',
      { page: { a: '1', list: { item: ['x', 'y'] }, b: 2 } },
      '<?xml version="1.0" encoding="UTF-8"?>\n<page>\n  <a>1</a>\n  <list>\n    <item>x</item>\n    <item>y</item>\n  </list>\n  <b>2</b>\n</page>\n',
    ],
    [
      'empty values and empty lists as <x></x>, undefined left out',
      { page: { error_msg: '', calls: { call: [] }, gone: undefined } },
      '<?xml version="1.0" encoding="UTF-8"?>\n<page>\n  <error_msg></error_msg>\n  <calls></calls>\n</page>\n',
    ],
    [
      'attributes beside text',
      { devices: { device: [{ '#text': 'IAX2/101', '@_id': 1 }] } },
      '<?xml version="1.0" encoding="UTF-8"?>\n<devices>\n  <device id="1">IAX2/101</device>\n</devices>\n',
    ],
  ])('%s', (_name, doc, want) => {
    expect(renderXml(doc)).toBe(want);
  });

  it('escapes markup and drops what XML cannot carry, staying well-formed', () => {
    const nasty = '"101" <101> & \'x\' \u0001\u0008 \uD800 ok \u{1F600}';
    const xml = renderXml({ page: { cid: nasty, '@_note': '<"&>' } });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<cid>&quot;101&quot; &lt;101&gt; &amp; &apos;x&apos;   ok \u{1F600}</cid>');
    expect(parse(xml).page.cid).toBe('"101" <101> & \'x\'   ok \u{1F600}');
  });

  it('refuses a document without exactly one root or with an impossible element name', () => {
    expect(() => renderXml({ a: 1, b: 2 })).toThrow(/one root/);
    expect(() => renderXml({ 'bad name': 1 })).toThrow(/element name/);
  });
});
