// generator/emit/prose.ts: spec text as published, with the vendor documents' line references and places dropped
// and a document named by its number, where the text needs it, named by what it is.
import { describe, expect, it } from 'vitest';
import { prose } from '../../generator/emit/prose.ts';

const rows: [string, { given: string; want: string }][] = [
  ['a line reference', { given: 'Public by default (002:L35-L37).', want: 'Public by default.' }],
  [
    'a place alone',
    {
      given: '"balance {credit request}" (001 and 002 user lists); "User credit request"',
      want: '"balance {credit request}"; "User credit request"',
    },
  ],
  ['two places', { given: '"cmd {exec}" (001 admin list; 002 Admin / Commands).', want: '"cmd {exec}".' }],
  [
    'a place and "not in"',
    { given: '"deluser" (002 Admin / Commands; not in 001). Exactly', want: '"deluser". Exactly' },
  ],
  ['the rest of a parenthesis kept', { given: '"x" (sic; 001 and 002 Various operations).', want: '"x" (sic).' }],
  [
    'a comma clause kept',
    { given: '"cli" (001 and 002 user lists, no parameters listed).', want: '"cli" (no parameters listed).' },
  ],
  [
    'a clause that says something',
    {
      given: '"restart the PC" (001 admin list only; 002 has restart what=server instead).',
      want: '"restart the PC" (the newer edition has restart what=server instead).',
    },
  ],
  [
    'the editions quoted side by side',
    {
      given: '001: "sendsms [telnumber,message]"; 002: "sendsms [from,to,message]". The 002 parameter list is used.',
      want: 'The older edition: "sendsms [telnumber,message]"; the newer edition: "sendsms [from,to,message]". The newer edition\'s parameter list is used.',
    },
  ],
  [
    'a section after the number',
    {
      given: 'Listed by name only in 002 (Admin — Reset); undocumented in the seed.',
      want: 'Listed by name only in the newer edition; undocumented in the vendor document.',
    },
  ],
  [
    'listed under a section',
    {
      given: '"lists" is listed bare under 002 Admin / Diagnostics (not in 001): undocumented.',
      want: '"lists" is listed bare in the newer edition: undocumented.',
    },
  ],
  [
    'a name the document uses',
    { given: 'Destination (to; 001 telnumber).', want: 'Destination (to; telnumber in the older edition).' },
  ],
  ['possessive', { given: "It replaces 001's servicerst.", want: "It replaces the older edition's servicerst." }],
  ['a sentence that starts with a number', { given: 'Fine. 001 names it.', want: 'Fine. The older edition names it.' }],
  [
    '"the seeds"',
    {
      given: 'Called bare, as the seeds list it. The seed does not say.',
      want: 'Called bare, as the vendor documents list it. The vendor document does not say.',
    },
  ],
  [
    'numbers that are no document',
    { given: 'A rate of 0.001 at 00:00:01, prefix 0040.', want: 'A rate of 0.001 at 00:00:01, prefix 0040.' },
  ],
];

describe('prose', () => {
  it.each(rows)('%s', (_, { given, want }) => {
    expect(prose(given)).toBe(want);
  });
});
