/** The mor dialect's own tables. */
import { MorCallflow } from './callflow.ts';
import { MorCli } from './cli.ts';
import { MorCurrency } from './currency.ts';
import { MorDestination, MorDestinationGroup } from './destination.ts';
import { MorDevice } from './device.ts';
import { MorFax } from './fax.ts';
import { MorInvoice } from './invoice.ts';
import { MorPayment } from './payment.ts';
import { MorPhonebookEntry } from './phonebook-entry.ts';
import { MorSession } from './session.ts';
import { MorSubscription } from './subscription.ts';
import { MorUserDetails } from './user-details.ts';

export {
  MorCallflow,
  MorCli,
  MorCurrency,
  MorDestination,
  MorDestinationGroup,
  MorDevice,
  MorFax,
  MorInvoice,
  MorPayment,
  MorPhonebookEntry,
  MorSession,
  MorSubscription,
  MorUserDetails,
};

export const MOR_ENTITIES = [
  MorSession,
  MorUserDetails,
  MorDevice,
  MorCallflow,
  MorCli,
  MorPhonebookEntry,
  MorPayment,
  MorInvoice,
  MorSubscription,
  MorFax,
  MorDestinationGroup,
  MorDestination,
  MorCurrency,
];
