/**
 * The implemented MOR pages. `satisfies` pins them to the spec: a page marked implemented without a handler here,
 * or with the wrong types, fails the build.
 *
 * Where a handler lives (spec/README.md, test/spec/handler-locations.test.ts): the page `p` of spec/mor/p.yaml is
 * handled by camelCase(p), exported from `./pages/<p with - for _>.ts` (call_list_csv: callListCsv in
 * ./pages/call-list-csv.ts). Helpers several pages share live in `./shared/`.
 */
import type {
  ActivateCallbackResult,
  CliAddResult,
  LoginResult,
  MorHandlers,
  PhonebookAddResult,
  PhonebookDestroyResult,
  UpdatePersonalDetailsResult,
} from '../../../generated/mor/types.ts';
import type { MorContext } from './context.ts';
import type { ActionPage } from './pipeline.ts';
import { callList } from './pages/call-list.ts';
import { callListCsv } from './pages/call-list-csv.ts';
import { callListFilter } from './pages/call-list-filter.ts';
import { callListPdf } from './pages/call-list-pdf.ts';
import { callflow } from './pages/callflow.ts';
import { callflowEdit } from './pages/callflow-edit.ts';
import { callflowUpdate } from './pages/callflow-update.ts';
import { activateCallback } from './pages/activate-callback.ts';
import { cliAdd } from './pages/cli-add.ts';
import { destinations } from './pages/destinations.ts';
import { faxesList } from './pages/faxes-list.ts';
import { faxesListFilter } from './pages/faxes-list-filter.ts';
import { login } from './pages/login.ts';
import { loginForm } from './pages/login-form.ts';
import { main } from './pages/main.ts';
import { missedCalls } from './pages/missed-calls.ts';
import { missedCallsFilter } from './pages/missed-calls-filter.ts';
import { newCalls } from './pages/new-calls.ts';
import { personalDetails } from './pages/personal-details.ts';
import { personalPayments } from './pages/personal-payments.ts';
import { personalRatesCsv } from './pages/personal-rates-csv.ts';
import { personalRatesPdf } from './pages/personal-rates-pdf.ts';
import { phonebookAdd } from './pages/phonebook-add.ts';
import { phonebookDestroy } from './pages/phonebook-destroy.ts';
import { phonebookList } from './pages/phonebook-list.ts';
import { updatePersonalDetails } from './pages/update-personal-details.ts';
import { userDeviceClis } from './pages/user-device-clis.ts';
import { userDevices } from './pages/user-devices.ts';
import { userInvoices } from './pages/user-invoices.ts';
import { userRates } from './pages/user-rates.ts';
import { userStats } from './pages/user-stats.ts';
import { userStatsDates } from './pages/user-stats-dates.ts';
import { userSubscriptions } from './pages/user-subscriptions.ts';

export const morHandlers = {
  loginForm,
  login,
  main,
  personalDetails,
  updatePersonalDetails,
  userDevices,
  callflow,
  callflowEdit,
  callflowUpdate,
  userRates,
  destinations,
  personalRatesCsv,
  personalRatesPdf,
  personalPayments,
  userInvoices,
  userSubscriptions,
  callList,
  callListFilter,
  callListCsv,
  callListPdf,
  newCalls,
  missedCalls,
  missedCallsFilter,
  userStats,
  userStatsDates,
  userDeviceClis,
  cliAdd,
  activateCallback,
  phonebookList,
  phonebookAdd,
  phonebookDestroy,
  faxesList,
  faxesListFilter,
} satisfies MorHandlers<MorContext>;

type Named<R extends { action: { name: string } }> = ActionPage & { name: R['action']['name'] };

/**
 * The pages answering an `<action>` document: their failures are that action with status failed (004: "If something
 * wrong").
 */
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
