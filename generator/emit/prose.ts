/**
 * Spec text for readers outside the repository. The vendor documents the spec cites are not in the repository, so
 * their line references (`002:L253`) and the places in them (`(001 admin list; 002 Admin / Commands)`) are left
 * out, and a document named by its number where the text needs it is named by what it is: the Mizu v2 API document
 * has two editions, 001 the older and 002 the newer (spec/README.md).
 */
import type { Dialect } from '../load/model.ts';

/** What a reader of the dialect's reference needs to know of the documents the text names. */
export const DOCUMENTS_NOTE: Partial<Record<Dialect, string>> = {
  'mizu-v2':
    'Mizu describes this API in two editions of one document; where they differ, the text names them the older ' +
    'and the newer edition.',
};

/** A seed reference (`002:L253-L255`, `001:L118, L120`). */
const SEED = String.raw`\d{3}:L\d+(?:-L\d+)?(?:(?:,|\s+and)\s*L\d+(?:-L\d+)?)*`;
const SEEDS = String.raw`${SEED}(?:\s*[,;]\s*${SEED})*`;
const SEED_PATTERNS: [RegExp, string][] = [
  [new RegExp(String.raw`\s*\(\s*(?:see\s+)?${SEEDS}\s*\)`, 'g'), ''],
  [new RegExp(String.raw`\s*[,;]\s*${SEEDS}(?=\s*[;)])`, 'g'), ''],
  [new RegExp(String.raw`\(\s*${SEEDS}\s*[,;:]\s*`, 'g'), '('],
  [new RegExp(String.raw`(?<=(?:^|[.!?]\s+))${SEEDS}`, 'g'), 'The vendor document'],
  [new RegExp(SEEDS, 'g'), 'the vendor document'],
];

/** A document number: 000 (Mizu v1), 001 and 002 (Mizu v2), 003 (miniSIPServer), 004 (MOR); not 0.001, 00:00:01. */
const DOC = String.raw`(?<![\d.:])\b00[0-4]\b(?![.:]\d)`;
/** A section of a document's command lists: `admin list`, `Admin / Commands`, `Admin — Reset`, `Various operations`. */
const SECTION = String.raw`(?:(?:admin |user )?lists?|(?:Admin|User)(?:\s*[/—-]\s*|\s+)[A-Z]?[a-z]+(?: operations)?|Various operations|example)`;
/**
 * Where a document lists a command, as a clause of a parenthesis: `001 and 002 user lists`, `002 Admin / Commands`,
 * `not in 001`, `001 admin list only`, `in 001 and 002 Various operations`, `001 list and the 002 example`.
 */
const PLACE = new RegExp(
  `^(?:(?:in |under )?(?:the )?${DOC}(?: and (?:the )?${DOC})?(?: ${SECTION})?(?: and the ${DOC} ${SECTION})?(?: only)?(?:, where it is listed a second time bare)?|not in ${DOC})$`,
);

const EDITIONS: Record<string, string> = {
  '000': 'the vendor document',
  '001': 'the older edition',
  '002': 'the newer edition',
  '003': 'the vendor document',
  '004': 'the vendor document',
};

/** Document numbers in running text, in order: places dropped first, then the numbers the text needs named. */
const DOCUMENT_PATTERNS: [RegExp, string | ((...m: string[]) => string)][] = [
  // A parenthesis: its clauses that only say where a document lists the command are dropped, the rest kept.
  [new RegExp(String.raw`\s*\(([^()]*${DOC}[^()]*)\)`, 'g'), (whole, inner) => keptClauses(whole, inner!)],
  // `Listed by name only in 002 (Admin — Reset)`: the section after a document number.
  [new RegExp(String.raw`(${DOC})\s*\(${SECTION}\)`, 'g'), '$1'],
  // `listed bare under 002 Admin / Diagnostics`, `spelled getphonenumbers in the 002 list`.
  [new RegExp(String.raw`\b(?:under|in) (?:the )?(${DOC}) ${SECTION}`, 'g'), 'in $1'],
  // `001 admin list: "help …"`: the document's words quoted, named by the document.
  [new RegExp(`(${DOC}) ${SECTION}:`, 'g'), '$1:'],
  // `(to; 001 telnumber)`: a name the document uses.
  [new RegExp(String.raw`(${DOC}) (telnumber|name of \w+)`, 'g'), '$2 in $1'],
  // `002 "Direct database operations"`: a heading of the document.
  [new RegExp(`(${DOC}) (?=")`, 'g'), (_, n) => `${EDITIONS[n!]}'s `],
  // `the 002 examples`, `001's telnumber`: possessive.
  [new RegExp(String.raw`\b[Tt]he (${DOC})\b|(${DOC})'s`, 'g'), (_, a, b) => `${EDITIONS[(a ?? b)!]}'s`],
  [new RegExp(DOC, 'g'), (n) => EDITIONS[n!]!],
  // A sentence that now starts with "the older edition" starts with a capital.
  [/(^|[.!?]\s+|\n)the (older|newer) edition/g, '$1The $2 edition'],
  // "the seed(s)": the vendor document(s), to a reader who never saw the seeds.
  [/\b([Tt])he seed(s?)\b/g, '$1he vendor document$2'],
];

/** A parenthesis with its place clauses dropped: `(sic; 001 and 002 Various operations)` is `(sic)`. */
function keptClauses(whole: string, inner: string): string {
  const clauses = inner.split(/\s*;\s*/).map((clause) => {
    // A place with its own remark (`002 Admin / Diagnostics, where it is listed a second time bare`) goes whole;
    // otherwise only the comma-separated places go (`sic, in 001 and 002 Various operations` is `sic`).
    if (PLACE.test(clause)) return '';
    return clause
      .split(/,\s+/)
      .filter((part) => !PLACE.test(part))
      .join(', ');
  });
  const kept = clauses.filter(Boolean);
  if (!kept.length) return '';
  const lead = /^\s*/.exec(whole)![0];
  return `${lead}(${kept.join('; ')})`;
}

/** Text from the spec with its seed references dropped and its document numbers named (or dropped). */
export function prose(text: string): string {
  const withoutLines = SEED_PATTERNS.reduce((t, [pattern, by]) => t.replace(pattern, by), text);
  return DOCUMENT_PATTERNS.reduce(
    (t, [pattern, by]) => t.replace(pattern, by as (substring: string, ...args: string[]) => string),
    withoutLines,
  );
}
