/** Spec text for readers outside the repository: the seed line references left out. */

/** A seed reference (`002:L253-L255`, `001:L118, L120`): the vendor documents are not in the repository. */
const SEED = String.raw`\d{3}:L\d+(?:-L\d+)?(?:(?:,|\s+and)\s*L\d+(?:-L\d+)?)*`;
const SEEDS = String.raw`${SEED}(?:\s*[,;]\s*${SEED})*`;
const SEED_PATTERNS: [RegExp, string][] = [
  [new RegExp(String.raw`\s*\(\s*(?:see\s+)?${SEEDS}\s*\)`, 'g'), ''],
  [new RegExp(String.raw`\s*[,;]\s*${SEEDS}(?=\s*[;)])`, 'g'), ''],
  [new RegExp(String.raw`\(\s*${SEEDS}\s*[,;:]\s*`, 'g'), '('],
  [new RegExp(String.raw`(?<=(?:^|[.!?]\s+))${SEEDS}`, 'g'), 'The vendor document'],
  [new RegExp(SEEDS, 'g'), 'the vendor document'],
];

/** Text from the spec with its seed references dropped (or, inside a sentence, named as the vendor document). */
export function prose(text: string): string {
  return SEED_PATTERNS.reduce((t, [pattern, by]) => t.replace(pattern, by), text);
}
