/**
 * The vendors' authentication digests, written once over the hash functions a side has: the server passes
 * node:crypto's (digests.ts), the clients their own plain-JavaScript ones (clients/hashes.ts, for browsers).
 * Mizu's (000:L45-L49, 001:L201-L214, 002:L315-L328) and MOR's page hash (004:L73-L82).
 */

export type HexHash = (text: string) => string;

export function vendorDigests(md5: HexHash, sha1: HexHash) {
  return {
    /** Mizu v1 md5auth: MD5("rD58s:" + username + ":" + password + ":" + httpapimd5salt). */
    mizuV1Md5Auth(username: string, password: string, salt: string): string {
      return md5(`rD58s:${username}:${password}:${salt}`);
    },

    /** Mizu v2 authmd5: MD5("ck5Gp" + authid + authpwd + apiv2md5salt + authsalt1). */
    mizuV2AuthMd5(authid: string, authpwd: string, serverSalt: string, salt1: string): string {
      return md5(`ck5Gp${authid}${authpwd}${serverSalt}${salt1}`);
    },

    /**
     * Mizu v2 nonce form:
     * "authv3_" + MD5(MD5("tU29m" + authid + authpwd + authsalt1) + authsalt2 + apiv2md5salt + nonce).
     */
    mizuV2AuthV3(authid: string, authpwd: string, salt1: string, salt2: string, serverSalt: string, nonce: string) {
      return `authv3_${md5(md5(`tU29m${authid}${authpwd}${salt1}`) + salt2 + serverSalt + nonce)}`;
    },

    /**
     * MOR: SHA1 of the values (user_id first, then the page's parameters in order) followed by the API secret key.
     * Which values, in which order, the server accepts: src/dialects/mor/hash-forms.ts.
     */
    morHash(values: string[], secret: string): string {
      return sha1(values.join('') + secret);
    },
  };
}
