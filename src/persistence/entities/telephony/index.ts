/** The telephony tables (issue 15): SIP registration bindings. */
import { SipBinding } from './sip-binding.ts';

export { SipBinding };

export const TELEPHONY_ENTITIES = [SipBinding];
