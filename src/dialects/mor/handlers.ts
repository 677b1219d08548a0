/**
 * The implemented MOR pages. `satisfies` pins them to the spec: a page marked implemented without a handler here,
 * or with the wrong types, fails the build.
 */
import type {
  ActivateCallbackResult, CliAddResult, LoginResult, MorHandlers, PhonebookAddResult, PhonebookDestroyResult, UpdatePersonalDetailsResult,
} from '../../../generated/mor/types.ts';
import type { MorContext } from './context.ts';
import type { ActionPage } from './pipeline.ts';
import { personalPayments, userInvoices, userSubscriptions } from './accounting.ts';
import { callList, callListCsv, callListFilter, callListPdf, missedCalls, missedCallsFilter, newCalls } from './calls.ts';
import { callflow, callflowEdit, callflowUpdate, cliAdd, userDeviceClis, userDevices } from './devices.ts';
import { faxesList, faxesListFilter } from './faxes.ts';
import { login, loginForm } from './login.ts';
import { main } from './main.ts';
import { personalDetails, updatePersonalDetails } from './personal.ts';
import { phonebookAdd, phonebookDestroy, phonebookList } from './phonebook.ts';
import { destinations, personalRatesCsv, personalRatesPdf, userRates } from './rates.ts';
import { userStats, userStatsDates } from './stats.ts';

export const morHandlers = {
  loginForm, login, main, personalDetails, updatePersonalDetails, userDevices, callflow, callflowEdit, callflowUpdate, userRates,
  destinations, personalRatesCsv, personalRatesPdf, personalPayments, userInvoices, userSubscriptions, callList, callListFilter, callListCsv,
  callListPdf, newCalls, missedCalls, missedCallsFilter, userStats, userStatsDates, userDeviceClis, cliAdd, phonebookList, phonebookAdd,
  phonebookDestroy, faxesList, faxesListFilter,
} satisfies MorHandlers<MorContext>;

type Named<R extends { action: { name: string } }> = ActionPage & { name: R['action']['name'] };

/** The pages answering an `<action>` document: their failures are that action with status failed (004: "If something wrong"). */
export const morActionPages = {
  login: { name: 'login', failure: 'Please enter the username and the password' },
  updatePersonalDetails: { name: 'edit_personal', failure: 'Personal details not changed' },
  cliAdd: { name: 'add_cli', failure: 'CLI not created' },
  phonebookAdd: { name: 'add_phonebook_entry', failure: 'Please fill all fields' },
  phonebookDestroy: { name: 'delete_phonebook_entry', failure: "We're sorry, but something went wrong" },
  activateCallback: { name: 'callback', failure: 'Callback not activated' },
} satisfies Record<string, ActionPage> & {
  // The names are the spec's constants: a renamed action fails the build here.
  login: Named<LoginResult>;
  updatePersonalDetails: Named<UpdatePersonalDetailsResult>;
  cliAdd: Named<CliAddResult>;
  phonebookAdd: Named<PhonebookAddResult>;
  phonebookDestroy: Named<PhonebookDestroyResult>;
  activateCallback: Named<ActivateCallbackResult>;
};
