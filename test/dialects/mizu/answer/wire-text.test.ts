// The real product's answer line (issue 18): text and cleartext send it alone, xml and soap carry it in <text> beside
// the structured data, html shows it first, json and jsonp keep the structured data only.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderAnswer, type MizuAnswer } from '../../../../src/dialects/mizu/answer/index.ts';
import {
  creditLine,
  rateLine,
  vendorAmount,
  withWireText,
  wireTextOf,
  wrongKeyMessage,
} from '../../../../src/dialects/mizu/answer/wire-text.ts';

const balance = (): MizuAnswer => ({
  ok: true,
  kind: 'record',
  data: withWireText({ credit: '9.80', currency: 'USD' }, 'Your credit is $9.8'),
});

describe('an answer carrying the real product line', () => {
  it('is that line alone in text and cleartext', () => {
    expect(renderAnswer('text', balance()).body).toBe('Your credit is $9.8\n');
    expect(renderAnswer('cleartext', balance()).body).toBe('Your credit is $9.8\n');
  });

  it('is <text> beside <code> and the structured <data> in xml and soap', () => {
    const parser = new XMLParser({ parseTagValue: false });
    expect(parser.parse(renderAnswer('xml', balance()).body).response).toEqual({
      code: '200',
      status: 'OK',
      text: 'Your credit is $9.8',
      data: { credit: '9.80', currency: 'USD' },
    });
    expect(parser.parse(renderAnswer('soap', balance()).body)['soap:Envelope']['soap:Body'].response.text).toBe(
      'Your credit is $9.8',
    );
  });

  it('keeps json and jsonp structured, without the line', () => {
    expect(JSON.parse(renderAnswer('json', balance()).body)).toEqual({
      code: 200,
      status: 'OK',
      data: { credit: '9.80', currency: 'USD' },
    });
    expect(renderAnswer('jsonp', balance(), { callback: 'cb' }).body).not.toContain('Your credit');
  });

  it('opens the html page, the table after it', () => {
    const { body } = renderAnswer('html', balance());
    expect(body).toContain('<p>Your credit is $9.8</p><table><tr><th>credit</th><td>9.80</td></tr>');
  });

  it('leaves errors to the ERROR: line', () => {
    const failure: MizuAnswer = { ok: false, error: { code: 'auth-failed', message: wrongKeyMessage('123') } };
    expect(renderAnswer('text', failure).body).toBe('ERROR: auth failed: wrong key 123 NORETRY\n');
  });

  it('is no key of the data', () => {
    const data = withWireText({ a: 1 }, 'line');
    expect(Object.keys(data)).toEqual(['a']);
    expect(wireTextOf(data)).toBe('line');
    expect(wireTextOf({ a: 1 })).toBeUndefined();
    expect(wireTextOf(null)).toBeUndefined();
  });
});

describe('the lines', () => {
  it.each([
    [9_800_000n, '9.8'],
    [200_000n, '0.2'],
    [10_000_000n, '10'],
    [100_000_000n, '100'],
    [0n, '0'],
    [123_456n, '0.123456'],
    [-5_500_000n, '-5.5'],
  ])('writes %s micro-units as %s, without trailing zeros', (micros, text) => {
    expect(vendorAmount(micros)).toBe(text);
  });

  it('says the credit with a dollar sign for USD, with the code otherwise', () => {
    expect(creditLine(9_800_000n, 'USD')).toBe('Your credit is $9.8');
    expect(creditLine(12_500_000n, 'EUR')).toBe('Your credit is 12.5 EUR');
  });

  it('says the rate, its currency and the destination', () => {
    expect(rateLine(200_000n, 'EUR', 'Macedonia-cellular')).toBe('0.2 EUR, Destination: Macedonia-cellular');
  });

  it('echoes the wrong key, and says so when none was sent', () => {
    expect(wrongKeyMessage('xxx')).toBe('auth failed: wrong key xxx NORETRY');
    expect(wrongKeyMessage(undefined)).toBe('auth failed: wrong key NORETRY');
  });
});
