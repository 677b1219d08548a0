/** Personal details, shown and changed (004:L84-L142). */
import type {
  PersonalDetailsParams, PersonalDetailsResult, UpdatePersonalDetailsParams, UpdatePersonalDetailsResult,
} from '../../../generated/mor/types.ts';
import { percent } from '../../domain/mor/amounts.ts';
import { account, changeDetails, finances } from '../../domain/mor/personal-details.ts';
import type { MorContext } from './context.ts';
import { failingAs, LANGUAGE, me, ownUserId } from './common.ts';

export async function personalDetails(_params: PersonalDetailsParams, ctx: MorContext): Promise<PersonalDetailsResult> {
  const user = me(ctx);
  const { user: u, details: d } = await account(ctx.em, user.id);
  const money = finances(u);
  return {
    page: {
      pagename: 'Personal details', language: LANGUAGE, userid: user.id,
      details: {
        main_details: { alias: d.alias || u.username, account: money.account, balance: money.balance, credit: money.credit },
        other_details: {
          username: d.firstName, surname: d.surname, personalid: d.personalId, agreement_number: d.agreementNumber,
          agreement_date: d.agreementDate, taxation_country: d.taxationCountry, vat_reg_number: d.vatRegNumber,
          vat_percent: percent(BigInt(d.vatPercentMicros)),
        },
        registration: {
          reg_address: u.address, reg_postcode: d.regPostcode, reg_city: d.regCity, reg_country: u.country, reg_state: d.regState,
          reg_direction: d.regDirection, reg_phone: u.phone, reg_mobile: d.regMobile, reg_fax: d.regFax, reg_email: u.email,
        },
      },
    },
  };
}

export async function updatePersonalDetails(params: UpdatePersonalDetailsParams, ctx: MorContext): Promise<UpdatePersonalDetailsResult> {
  const user = ownUserId(ctx, params.userid);
  const { userid: _userid, ...change } = params;
  await failingAs('Personal details not changed', () => changeDetails(ctx.em, ctx.services.accounts.cache, user.id, change, { name: user.username, requestId: ctx.requestId }));
  return { action: { name: 'edit_personal', status: 'ok', status_message: 'Personal details changed' } };
}
