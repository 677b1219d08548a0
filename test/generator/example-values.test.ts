// generator/emit/example-values.ts: an example value says something of what it stands for — from the values, the
// description's own example, the name — and a string nothing is known of is no invented word.
import { describe, expect, it } from 'vitest';
import { exampleValue, requiredExampleValue } from '../../generator/emit/example-values.ts';

const rows: [string, { name: string; description?: string; want: unknown }][] = [
  ['the description\'s "e.g."', { name: 'alias', description: "The user's alias, e.g. 101.", want: '101' }],
  ['a quoted e.g.', { name: 'cid', description: 'Caller ID, e.g. "101" <101>.', want: '"101" <101>' }],
  ['a seed sample', { name: 'x', description: 'Country of taxation (seed sample: Uzbekistan).', want: 'Uzbekistan' }],
  ['a list of one-word values', { name: 'account', description: 'Prepaid or Postpaid.', want: 'Prepaid' }],
  ['a list after a colon', { name: 'regtype', description: 'The transport: udp, tcp, ws or wss.', want: 'udp' }],
  [
    '"empty when there is none"',
    { name: 'error_msg', description: 'Error message; empty when there is none.', want: '' },
  ],
  ['no list in prose', { name: 'host', description: 'Server or gateway address', want: 'sip.example.com' }],
  ['a username', { name: 'u_username', want: 'alice' }],
  ['an email', { name: 'email', description: 'Email address.', want: 'alice@example.com' }],
  ['a SIP Call-ID', { name: 'callid', want: 'a84b4c76e66710@192.0.2.10' }],
  [
    'a name read with its description',
    { name: 'txt', description: 'The SQL statement to run.', want: 'select id, username from tb_users' },
  ],
  ['nothing known', { name: 'oop', description: 'Documented by name only.', want: undefined }],
];

describe('exampleValue', () => {
  it.each(rows)('%s', (_, { name, description, want }) => {
    expect(exampleValue('string', {}, { name, description })).toBe(want);
  });

  it('keeps to the enumeration and the type', () => {
    expect(exampleValue('enum', { values: [{ value: 'quick' }, { value: 'full' }] }, { name: 'mode' })).toBe('quick');
    expect(exampleValue('decimal', {}, { name: 'credit' })).toBe('10.00');
    expect(exampleValue('phone', { maxLength: 4 }, { name: 'anum' })).toBe('1555');
  });

  it('leaves a value out when it does not fit the pattern', () => {
    expect(exampleValue('string', { pattern: '^[0-9]+$' }, { name: 'username' })).toBeUndefined();
  });
});

describe('requiredExampleValue', () => {
  it('names what nothing is known of, as a request and as an answer write it', () => {
    expect(requiredExampleValue('string', {}, { name: 'clientip2' }, 'request')).toBe('CLIENTIP2');
    expect(requiredExampleValue('string', {}, { name: 'owner' }, 'answer')).toBe('{owner}');
  });

  it('falls back to a plain value that fits the pattern', () => {
    expect(requiredExampleValue('string', { pattern: '^[0-9]+$' }, { name: 'code' }, 'request')).toBe('1');
  });
});
