/**
 * The online status code of status and verifyuser (001:L330-L332, 002:L351-L352): 0 doesn't exist, 1 offline,
 * 2 online. 3 (calling) and 4 (speaking) need calls, which this server does not place yet.
 */
import type { Registrations } from '../telephony/registrations.ts';

export const ONLINE_STATUS = { missing: 0, offline: 1, online: 2 } as const;
export type OnlineStatus = (typeof ONLINE_STATUS)[keyof typeof ONLINE_STATUS];

/** A user is online while it has an unexpired registration (RFC 3261 §10.3) in the store every process shares. */
export async function onlineStatus(registrations: Registrations, username: string | undefined): Promise<OnlineStatus> {
  if (username === undefined) return ONLINE_STATUS.missing;
  return (await registrations.online(username)) ? ONLINE_STATUS.online : ONLINE_STATUS.offline;
}
