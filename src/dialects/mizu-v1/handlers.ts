/**
 * The implemented Mizu v1 commands: each does what its Mizu v2 counterpart (`mapsTo` in spec/mizu-v1/) does, with
 * the old parameter names. `satisfies` pins them to the spec.
 *
 * Where a handler lives (spec/README.md, test/spec/handler-locations.test.ts): the command `h` of
 * spec/mizu-v1/h.yaml, whose `category` is `c`, is handled by `h`, exported from `./c/h.ts` (the empty command's
 * handler is `empty`).
 */
import type { MizuV1Handlers } from '../../../generated/mizu-v1/types.ts';
import type { MizuContext } from '../mizu/context.ts';
import { db } from './admin-commands/db.ts';
import { oop } from './admin-commands/oop.ts';
import { addcredit } from './sensitive/addcredit.ts';
import { adduser } from './sensitive/adduser.ts';
import { balance } from './user/balance.ts';
import { cb } from './user/cb.ts';
import { charge } from './user/charge.ts';
import { cli } from './user/cli.ts';
import { empty } from './user/empty.ts';
import { p2p } from './user/p2p.ts';
import { rating } from './user/rating.ts';
import { sms } from './user/sms.ts';

export const mizuV1Handlers = {
  empty,
  addcredit,
  adduser,
  balance,
  cb,
  charge,
  cli,
  db,
  oop,
  p2p,
  rating,
  sms,
} satisfies MizuV1Handlers<MizuContext>;
