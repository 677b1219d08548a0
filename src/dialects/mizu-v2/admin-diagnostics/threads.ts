/** threads (001:L426, 002:L417): Show the thread list. */
import { threadlist } from './threadlist.ts';

export const threads = threadlist;
