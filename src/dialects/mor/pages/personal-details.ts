/**
 * personal_details (GET /users/personal_details; 004:L73-L122): Show the user's account, personal and registration
 * details.
 */
import type { PersonalDetailsParams, PersonalDetailsResult } from '../../../../generated/mor/types.ts';
import { percent } from '../../../domain/mor/amounts.ts';
import { account, finances } from '../../../domain/mor/personal-details.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';

export async function personalDetails(_params: PersonalDetailsParams, ctx: MorContext): Promise<PersonalDetailsResult> {
  const user = me(ctx);
  const { user: u, details: d } = await account(ctx.em, user.id);
  const money = finances(u);
  return {
    page: {
      pagename: 'Personal details',
      language: LANGUAGE,
      userid: user.id,
      details: {
        main_details: {
          alias: d.alias || u.username,
          account: money.account,
          balance: money.balance,
          credit: money.credit,
        },
        other_details: {
          username: d.firstName,
          surname: d.surname,
          personalid: d.personalId,
          agreement_number: d.agreementNumber,
          agreement_date: d.agreementDate,
          taxation_country: d.taxationCountry,
          vat_reg_number: d.vatRegNumber,
          vat_percent: percent(BigInt(d.vatPercentMicros)),
        },
        registration: {
          reg_address: u.address,
          reg_postcode: d.regPostcode,
          reg_city: d.regCity,
          reg_country: u.country,
          reg_state: d.regState,
          reg_direction: d.regDirection,
          reg_phone: u.phone,
          reg_mobile: d.regMobile,
          reg_fax: d.regFax,
          reg_email: u.email,
        },
      },
    },
  };
}
