/**
 * The implemented Mizu v2 commands. `satisfies` pins them to the spec: a command marked implemented without a
 * handler here, or with the wrong types, fails the build. Each group of commands registers in its own folder.
 */
import type { MizuV2Handlers } from '../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../mizu/context.ts';
import { accountsHandlers } from './accounts/index.ts';
import { addcredit } from './addcredit.ts';
import { adminHandlers } from './admin/index.ts';
import { apireload } from './apireload.ts';
import { apitest } from './apitest.ts';
import { balance } from './balance.ts';
import { bannedlist, delbanned } from './bans.ts';
import { callsHandlers } from './calls/index.ts';
import { heartbeat } from './heartbeat.ts';
import { jppget } from './jppget.ts';
import { login } from './login.ts';
import { newuseri } from './newuseri.ts';
import { preauth } from './preauth.ts';
import { close, keepalive } from './session.ts';
import { version } from './version.ts';

export const mizuV2Handlers = {
  addcredit, adduser: newuseri, apireload, apitest, balance, bannedlist, close, delbanned, heartbeat, jppget, keepalive, login,
  newuser: newuseri, newuseri, preauth, version,
  ...accountsHandlers,
  ...callsHandlers,
  ...adminHandlers,
} satisfies MizuV2Handlers<MizuContext>;
