/** The accounts commands of Mizu v2 (see handlers.ts): users, their settings and numbers, credit transfers and recharge PINs. */
import { addserver } from './addserver.ts';
import { callbackaccessnumber } from './callbackaccessnumber.ts';
import { callforward } from './callforward.ts';
import { changepwd } from './changepwd.ts';
import { charge } from './charge.ts';
import { deluser } from './deluser.ts';
import { forgotpasswordquestion } from './forgotpasswordquestion.ts';
import { getdetails } from './getdetails.ts';
import { getfield } from './getfield.ts';
import { listusers } from './listusers.ts';
import { newuseru } from './newuseru.ts';
import { addcallbacknumber, cli } from './own-numbers.ts';
import { getphonenumber, lockphonenumber } from './pool-numbers.ts';
import { search } from './search.ts';
import { setfield } from './setfield.ts';
import { transfercredit } from './transfercredit.ts';

export const accountsHandlers = {
  addcallbacknumber, addserver, callbackaccessnumber, callforward, changepwd, charge, cli, deluser, forgotpasswordquestion,
  getdetails, getfield, getphonenumber, listusers, lockphonenumber, newuseru, search, setfield, transfercredit,
};
