/** The vendors' authentication digests as the server computes them, over node:crypto (formulas: vendor-digests.ts). */
import { hash } from 'node:crypto';
import { vendorDigests } from './vendor-digests.ts';

/** One-shot: every authmd5 request hashes once, and a Hash object per request showed in the profiles. */
export const md5 = (text: string): string => hash('md5', text, 'hex');

export const { mizuV1Md5Auth, mizuV2AuthMd5, mizuV2AuthV3, morHash } = vendorDigests(md5, (text) =>
  hash('sha1', text, 'hex'),
);
