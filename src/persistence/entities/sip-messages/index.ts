/** The SIP instant messaging tables (issue 15): messages waiting for an offline user. */
import { OfflineMessage } from './offline-message.ts';

export { OfflineMessage };

export const SIP_MESSAGE_ENTITIES = [OfflineMessage];
