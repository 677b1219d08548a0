/** The calls commands of Mizu v2 (see handlers.ts): rating, call history and test CDRs. */
import { cdr } from './cdr.ts';
import { gencdr } from './gencdr.ts';
import { rating } from './rating.ts';

export const callsHandlers = { cdr, gencdr, rating };
