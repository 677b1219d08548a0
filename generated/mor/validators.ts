// generated from spec/ — do not edit; run `make generate`
import {
  done,
  read,
  asBoolean,
  asDate,
  asEnum,
  asInteger,
  asList,
  asPhone,
  asString,
} from '../../src/protocol/coerce.ts';
import type { ParamIssue, RawParams, Validated } from '../../src/protocol/coerce.ts';
import type {
  ActivateCallbackParams,
  CallListParams,
  CallListCsvParams,
  CallListFilterParams,
  CallListPdfParams,
  CallflowParams,
  CallflowEditParams,
  CallflowUpdateParams,
  CliAddParams,
  DestinationsParams,
  FaxesListParams,
  FaxesListFilterParams,
  LoginParams,
  LoginFormParams,
  MainParams,
  MissedCallsParams,
  MissedCallsFilterParams,
  NewCallsParams,
  PersonalDetailsParams,
  PersonalPaymentsParams,
  PersonalRatesCsvParams,
  PersonalRatesPdfParams,
  PhonebookAddParams,
  PhonebookDestroyParams,
  PhonebookListParams,
  UpdatePersonalDetailsParams,
  UserDeviceClisParams,
  UserDevicesParams,
  UserInvoicesParams,
  UserRatesParams,
  UserStatsParams,
  UserStatsDatesParams,
  UserSubscriptionsParams,
} from './types.ts';

const activateCallback_src_names = ["src"] as const;
const activateCallback_src_coerce = asPhone({ minLength: 1, maxLength: 32 });
const activateCallback_dst_names = ["dst"] as const;
const activateCallback_dst_coerce = asPhone({ minLength: 1, maxLength: 32 });
const activateCallback_acc_names = ["acc"] as const;
const activateCallback_acc_coerce = asInteger({ min: 1 });
/** activate_callback: 3 parameter(s). */
export function validateActivateCallback(raw: RawParams): Validated<ActivateCallbackParams> {
  const issues: ParamIssue[] = [];
  const params = {
    src: read(raw, activateCallback_src_names, "src", true, activateCallback_src_coerce, issues),
    dst: read(raw, activateCallback_dst_names, "dst", true, activateCallback_dst_coerce, issues),
    acc: read(raw, activateCallback_acc_names, "acc", true, activateCallback_acc_coerce, issues),
  } as ActivateCallbackParams;
  return done(params, issues);
}

/** call_list: 0 parameter(s). */
export function validateCallList(raw: RawParams): Validated<CallListParams> {
  const issues: ParamIssue[] = [];
  const params: CallListParams = {};
  return done(params, issues);
}

const callListCsv_userid_names = ["userid"] as const;
const callListCsv_userid_coerce = asInteger({ min: 1 });
const callListCsv_call_type_names = ["call_type"] as const;
const callListCsv_call_type_coerce = asEnum(["outgoing", "incoming", "all"] as const);
const callListCsv_date_from_names = ["date_from"] as const;
const callListCsv_date_from_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
const callListCsv_date_till_names = ["date_till"] as const;
const callListCsv_date_till_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
/** call_list_csv: 4 parameter(s). */
export function validateCallListCsv(raw: RawParams): Validated<CallListCsvParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, callListCsv_userid_names, "userid", true, callListCsv_userid_coerce, issues),
    call_type: read(raw, callListCsv_call_type_names, "call_type", false, callListCsv_call_type_coerce, issues, "all"),
    date_from: read(raw, callListCsv_date_from_names, "date_from", false, callListCsv_date_from_coerce, issues),
    date_till: read(raw, callListCsv_date_till_names, "date_till", false, callListCsv_date_till_coerce, issues),
  } as CallListCsvParams;
  return done(params, issues);
}

const callListFilter_userid_names = ["userid"] as const;
const callListFilter_userid_coerce = asInteger({ min: 1 });
const callListFilter_search_on_names = ["search_on"] as const;
const callListFilter_search_on_coerce = asBoolean();
const callListFilter_period_start_names = ["period_start"] as const;
const callListFilter_period_start_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
const callListFilter_period_end_names = ["period_end"] as const;
const callListFilter_period_end_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
const callListFilter_direction_names = ["direction"] as const;
const callListFilter_direction_coerce = asEnum(["all", "outgoing", "incoming"] as const);
const callListFilter_calltype_names = ["calltype"] as const;
const callListFilter_calltype_coerce = asEnum(["outgoing", "incoming", "all"] as const);
const callListFilter_device_names = ["device"] as const;
const callListFilter_device_coerce = asString({ pattern: /^(all|[0-9]+)$/u });
const callListFilter_status_names = ["status"] as const;
const callListFilter_status_coerce = asEnum(["all", "answered", "no_answer", "busy", "failed"] as const);
/** call_list_filter: 8 parameter(s). */
export function validateCallListFilter(raw: RawParams): Validated<CallListFilterParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, callListFilter_userid_names, "userid", false, callListFilter_userid_coerce, issues),
    search_on: read(
      raw,
      callListFilter_search_on_names,
      "search_on",
      false,
      callListFilter_search_on_coerce,
      issues,
      true,
    ),
    period_start: read(
      raw,
      callListFilter_period_start_names,
      "period_start",
      false,
      callListFilter_period_start_coerce,
      issues,
    ),
    period_end: read(
      raw,
      callListFilter_period_end_names,
      "period_end",
      false,
      callListFilter_period_end_coerce,
      issues,
    ),
    direction: read(
      raw,
      callListFilter_direction_names,
      "direction",
      false,
      callListFilter_direction_coerce,
      issues,
      "all",
    ),
    calltype: read(
      raw,
      callListFilter_calltype_names,
      "calltype",
      false,
      callListFilter_calltype_coerce,
      issues,
      "all",
    ),
    device: read(raw, callListFilter_device_names, "device", false, callListFilter_device_coerce, issues, "all"),
    status: read(raw, callListFilter_status_names, "status", false, callListFilter_status_coerce, issues, "all"),
  } as CallListFilterParams;
  return done(params, issues);
}

const callListPdf_userid_names = ["userid"] as const;
const callListPdf_userid_coerce = asInteger({ min: 1 });
const callListPdf_call_type_names = ["call_type"] as const;
const callListPdf_call_type_coerce = asEnum(["outgoing", "incoming", "all"] as const);
const callListPdf_date_from_names = ["date_from"] as const;
const callListPdf_date_from_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
const callListPdf_date_till_names = ["date_till"] as const;
const callListPdf_date_till_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
/** call_list_pdf: 4 parameter(s). */
export function validateCallListPdf(raw: RawParams): Validated<CallListPdfParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, callListPdf_userid_names, "userid", true, callListPdf_userid_coerce, issues),
    call_type: read(raw, callListPdf_call_type_names, "call_type", false, callListPdf_call_type_coerce, issues, "all"),
    date_from: read(raw, callListPdf_date_from_names, "date_from", false, callListPdf_date_from_coerce, issues),
    date_till: read(raw, callListPdf_date_till_names, "date_till", false, callListPdf_date_till_coerce, issues),
  } as CallListPdfParams;
  return done(params, issues);
}

const callflow_device_id_names = ["device_id"] as const;
const callflow_device_id_coerce = asInteger({ min: 1 });
/** callflow: 1 parameter(s). */
export function validateCallflow(raw: RawParams): Validated<CallflowParams> {
  const issues: ParamIssue[] = [];
  const params = {
    device_id: read(raw, callflow_device_id_names, "device_id", true, callflow_device_id_coerce, issues),
  } as CallflowParams;
  return done(params, issues);
}

const callflowEdit_device_id_names = ["device_id"] as const;
const callflowEdit_device_id_coerce = asInteger({ min: 1 });
const callflowEdit_cft_names = ["cft"] as const;
const callflowEdit_cft_coerce = asEnum(["before_call", "call", "hangup", "noanswer", "busy", "failed"] as const);
/** callflow_edit: 2 parameter(s). */
export function validateCallflowEdit(raw: RawParams): Validated<CallflowEditParams> {
  const issues: ParamIssue[] = [];
  const params = {
    device_id: read(raw, callflowEdit_device_id_names, "device_id", true, callflowEdit_device_id_coerce, issues),
    cft: read(raw, callflowEdit_cft_names, "cft", true, callflowEdit_cft_coerce, issues),
  } as CallflowEditParams;
  return done(params, issues);
}

const callflowUpdate_device_id_names = ["device_id"] as const;
const callflowUpdate_device_id_coerce = asInteger({ min: 1 });
const callflowUpdate_cft_names = ["cft"] as const;
const callflowUpdate_cft_coerce = asEnum(["before_call", "call", "hangup", "noanswer", "busy", "failed"] as const);
const callflowUpdate_whattodo_names = ["whattodo"] as const;
const callflowUpdate_whattodo_coerce = asEnum([
  "change_action",
  "change_local_device",
  "change_external_device",
  "change_fax_device",
] as const);
const callflowUpdate_cf_action_names = ["cf_action"] as const;
const callflowUpdate_cf_action_coerce = asEnum(["forward", "voicemail", "faxdetect"] as const);
const callflowUpdate_deviceid_names = ["deviceid"] as const;
const callflowUpdate_deviceid_coerce = asInteger({ min: 1 });
const callflowUpdate_ext_number_names = ["ext_number"] as const;
const callflowUpdate_ext_number_coerce = asPhone({ minLength: 1, maxLength: 32 });
/** callflow_update: 6 parameter(s). */
export function validateCallflowUpdate(raw: RawParams): Validated<CallflowUpdateParams> {
  const issues: ParamIssue[] = [];
  const params = {
    device_id: read(raw, callflowUpdate_device_id_names, "device_id", true, callflowUpdate_device_id_coerce, issues),
    cft: read(raw, callflowUpdate_cft_names, "cft", true, callflowUpdate_cft_coerce, issues),
    whattodo: read(raw, callflowUpdate_whattodo_names, "whattodo", false, callflowUpdate_whattodo_coerce, issues),
    cf_action: read(raw, callflowUpdate_cf_action_names, "cf_action", false, callflowUpdate_cf_action_coerce, issues),
    deviceid: read(raw, callflowUpdate_deviceid_names, "deviceid", false, callflowUpdate_deviceid_coerce, issues),
    ext_number: read(
      raw,
      callflowUpdate_ext_number_names,
      "ext_number",
      false,
      callflowUpdate_ext_number_coerce,
      issues,
    ),
  } as CallflowUpdateParams;
  return done(params, issues);
}

const cliAdd_device_id_names = ["device_id"] as const;
const cliAdd_device_id_coerce = asInteger({ min: 1 });
const cliAdd_cli_names = ["cli"] as const;
const cliAdd_cli_coerce = asPhone({ minLength: 1, maxLength: 32 });
const cliAdd_description_names = ["description"] as const;
const cliAdd_description_coerce = asString({ maxLength: 255 });
/** cli_add: 3 parameter(s). */
export function validateCliAdd(raw: RawParams): Validated<CliAddParams> {
  const issues: ParamIssue[] = [];
  const params = {
    device_id: read(raw, cliAdd_device_id_names, "device_id", true, cliAdd_device_id_coerce, issues),
    cli: read(raw, cliAdd_cli_names, "cli", true, cliAdd_cli_coerce, issues),
    description: read(raw, cliAdd_description_names, "description", false, cliAdd_description_coerce, issues),
  } as CliAddParams;
  return done(params, issues);
}

const destinations_dest_id_names = ["dest_id"] as const;
const destinations_dest_id_coerce = asInteger({ min: 1 });
/** destinations: 1 parameter(s). */
export function validateDestinations(raw: RawParams): Validated<DestinationsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dest_id: read(raw, destinations_dest_id_names, "dest_id", true, destinations_dest_id_coerce, issues),
  } as DestinationsParams;
  return done(params, issues);
}

const faxesList_userid_names = ["userid"] as const;
const faxesList_userid_coerce = asInteger({ min: 1 });
/** faxes_list: 1 parameter(s). */
export function validateFaxesList(raw: RawParams): Validated<FaxesListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, faxesList_userid_names, "userid", true, faxesList_userid_coerce, issues),
  } as FaxesListParams;
  return done(params, issues);
}

const faxesListFilter_userid_names = ["userid"] as const;
const faxesListFilter_userid_coerce = asInteger({ min: 1 });
const faxesListFilter_search_on_names = ["search_on"] as const;
const faxesListFilter_search_on_coerce = asBoolean();
const faxesListFilter_period_start_names = ["period_start"] as const;
const faxesListFilter_period_start_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
const faxesListFilter_period_end_names = ["period_end"] as const;
const faxesListFilter_period_end_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
const faxesListFilter_fax_status_names = ["fax_status"] as const;
const faxesListFilter_fax_status_coerce = asString({ maxLength: 32 });
const faxesListFilter_device_id_names = ["device_id"] as const;
const faxesListFilter_device_id_coerce = asString({ pattern: /^(all|[0-9]+)$/u });
/** faxes_list_filter: 6 parameter(s). */
export function validateFaxesListFilter(raw: RawParams): Validated<FaxesListFilterParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, faxesListFilter_userid_names, "userid", true, faxesListFilter_userid_coerce, issues),
    search_on: read(
      raw,
      faxesListFilter_search_on_names,
      "search_on",
      false,
      faxesListFilter_search_on_coerce,
      issues,
      true,
    ),
    period_start: read(
      raw,
      faxesListFilter_period_start_names,
      "period_start",
      false,
      faxesListFilter_period_start_coerce,
      issues,
    ),
    period_end: read(
      raw,
      faxesListFilter_period_end_names,
      "period_end",
      false,
      faxesListFilter_period_end_coerce,
      issues,
    ),
    fax_status: read(
      raw,
      faxesListFilter_fax_status_names,
      "fax_status",
      false,
      faxesListFilter_fax_status_coerce,
      issues,
      "all",
    ),
    device_id: read(
      raw,
      faxesListFilter_device_id_names,
      "device_id",
      false,
      faxesListFilter_device_id_coerce,
      issues,
      "all",
    ),
  } as FaxesListFilterParams;
  return done(params, issues);
}

const login_u_names = ["u"] as const;
const login_u_coerce = asString({ minLength: 1, maxLength: 64 });
const login_p_names = ["p"] as const;
const login_p_coerce = asString({ minLength: 1, maxLength: 128 });
/** login: 2 parameter(s). */
export function validateLogin(raw: RawParams): Validated<LoginParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u: read(raw, login_u_names, "u", true, login_u_coerce, issues),
    p: read(raw, login_p_names, "p", true, login_p_coerce, issues),
  } as LoginParams;
  return done(params, issues);
}

/** login_form: 0 parameter(s). */
export function validateLoginForm(raw: RawParams): Validated<LoginFormParams> {
  const issues: ParamIssue[] = [];
  const params: LoginFormParams = {};
  return done(params, issues);
}

/** main: 0 parameter(s). */
export function validateMain(raw: RawParams): Validated<MainParams> {
  const issues: ParamIssue[] = [];
  const params: MainParams = {};
  return done(params, issues);
}

/** missed_calls: 0 parameter(s). */
export function validateMissedCalls(raw: RawParams): Validated<MissedCallsParams> {
  const issues: ParamIssue[] = [];
  const params: MissedCallsParams = {};
  return done(params, issues);
}

const missedCallsFilter_userid_names = ["userid"] as const;
const missedCallsFilter_userid_coerce = asInteger({ min: 1 });
const missedCallsFilter_search_on_names = ["search_on"] as const;
const missedCallsFilter_search_on_coerce = asBoolean();
const missedCallsFilter_period_start_names = ["period_start"] as const;
const missedCallsFilter_period_start_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
const missedCallsFilter_period_end_names = ["period_end"] as const;
const missedCallsFilter_period_end_coerce = asString({
  pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u,
});
const missedCallsFilter_processed_names = ["processed"] as const;
const missedCallsFilter_processed_coerce = asList({ pattern: /^[0-9]+(,[0-9]+)*$/u });
/** missed_calls_filter: 5 parameter(s). */
export function validateMissedCallsFilter(raw: RawParams): Validated<MissedCallsFilterParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, missedCallsFilter_userid_names, "userid", false, missedCallsFilter_userid_coerce, issues),
    search_on: read(
      raw,
      missedCallsFilter_search_on_names,
      "search_on",
      false,
      missedCallsFilter_search_on_coerce,
      issues,
      true,
    ),
    period_start: read(
      raw,
      missedCallsFilter_period_start_names,
      "period_start",
      false,
      missedCallsFilter_period_start_coerce,
      issues,
    ),
    period_end: read(
      raw,
      missedCallsFilter_period_end_names,
      "period_end",
      false,
      missedCallsFilter_period_end_coerce,
      issues,
    ),
    processed: read(
      raw,
      missedCallsFilter_processed_names,
      "processed",
      false,
      missedCallsFilter_processed_coerce,
      issues,
    ),
  } as MissedCallsFilterParams;
  return done(params, issues);
}

/** new_calls: 0 parameter(s). */
export function validateNewCalls(raw: RawParams): Validated<NewCallsParams> {
  const issues: ParamIssue[] = [];
  const params: NewCallsParams = {};
  return done(params, issues);
}

/** personal_details: 0 parameter(s). */
export function validatePersonalDetails(raw: RawParams): Validated<PersonalDetailsParams> {
  const issues: ParamIssue[] = [];
  const params: PersonalDetailsParams = {};
  return done(params, issues);
}

/** personal_payments: 0 parameter(s). */
export function validatePersonalPayments(raw: RawParams): Validated<PersonalPaymentsParams> {
  const issues: ParamIssue[] = [];
  const params: PersonalPaymentsParams = {};
  return done(params, issues);
}

const personalRatesCsv_userid_names = ["userid"] as const;
const personalRatesCsv_userid_coerce = asInteger({ min: 1 });
/** personal_rates_csv: 1 parameter(s). */
export function validatePersonalRatesCsv(raw: RawParams): Validated<PersonalRatesCsvParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, personalRatesCsv_userid_names, "userid", true, personalRatesCsv_userid_coerce, issues),
  } as PersonalRatesCsvParams;
  return done(params, issues);
}

const personalRatesPdf_userid_names = ["userid"] as const;
const personalRatesPdf_userid_coerce = asInteger({ min: 1 });
/** personal_rates_pdf: 1 parameter(s). */
export function validatePersonalRatesPdf(raw: RawParams): Validated<PersonalRatesPdfParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, personalRatesPdf_userid_names, "userid", true, personalRatesPdf_userid_coerce, issues),
  } as PersonalRatesPdfParams;
  return done(params, issues);
}

const phonebookAdd_userid_names = ["userid"] as const;
const phonebookAdd_userid_coerce = asInteger({ min: 1 });
const phonebookAdd_number_names = ["number"] as const;
const phonebookAdd_number_coerce = asPhone({ minLength: 1, maxLength: 32 });
const phonebookAdd_name_names = ["name"] as const;
const phonebookAdd_name_coerce = asString({ minLength: 1, maxLength: 255 });
/** phonebook_add: 3 parameter(s). */
export function validatePhonebookAdd(raw: RawParams): Validated<PhonebookAddParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, phonebookAdd_userid_names, "userid", true, phonebookAdd_userid_coerce, issues),
    number: read(raw, phonebookAdd_number_names, "number", true, phonebookAdd_number_coerce, issues),
    name: read(raw, phonebookAdd_name_names, "name", true, phonebookAdd_name_coerce, issues),
  } as PhonebookAddParams;
  return done(params, issues);
}

const phonebookDestroy_entryid_names = ["entryid"] as const;
const phonebookDestroy_entryid_coerce = asInteger({ min: 1 });
/** phonebook_destroy: 1 parameter(s). */
export function validatePhonebookDestroy(raw: RawParams): Validated<PhonebookDestroyParams> {
  const issues: ParamIssue[] = [];
  const params = {
    entryid: read(raw, phonebookDestroy_entryid_names, "entryid", true, phonebookDestroy_entryid_coerce, issues),
  } as PhonebookDestroyParams;
  return done(params, issues);
}

const phonebookList_userid_names = ["userid"] as const;
const phonebookList_userid_coerce = asInteger({ min: 1 });
/** phonebook_list: 1 parameter(s). */
export function validatePhonebookList(raw: RawParams): Validated<PhonebookListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, phonebookList_userid_names, "userid", true, phonebookList_userid_coerce, issues),
  } as PhonebookListParams;
  return done(params, issues);
}

const updatePersonalDetails_userid_names = ["userid"] as const;
const updatePersonalDetails_userid_coerce = asInteger({ min: 1 });
const updatePersonalDetails_username_names = ["username"] as const;
const updatePersonalDetails_username_coerce = asString({ minLength: 1, maxLength: 255 });
const updatePersonalDetails_surname_names = ["surname"] as const;
const updatePersonalDetails_surname_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_personalid_names = ["personalid"] as const;
const updatePersonalDetails_personalid_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_agreement_number_names = ["agreement_number"] as const;
const updatePersonalDetails_agreement_number_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_agreement_date_names = ["agreement_date"] as const;
const updatePersonalDetails_agreement_date_coerce = asDate();
const updatePersonalDetails_taxation_country_names = ["taxation_country"] as const;
const updatePersonalDetails_taxation_country_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_vat_reg_number_names = ["vat_reg_number"] as const;
const updatePersonalDetails_vat_reg_number_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_reg_address_names = ["reg_address"] as const;
const updatePersonalDetails_reg_address_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_reg_postcode_names = ["reg_postcode"] as const;
const updatePersonalDetails_reg_postcode_coerce = asString({ maxLength: 32 });
const updatePersonalDetails_reg_city_names = ["reg_city"] as const;
const updatePersonalDetails_reg_city_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_reg_country_names = ["reg_country"] as const;
const updatePersonalDetails_reg_country_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_reg_state_names = ["reg_state"] as const;
const updatePersonalDetails_reg_state_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_reg_direction_names = ["reg_direction"] as const;
const updatePersonalDetails_reg_direction_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_reg_phone_names = ["reg_phone"] as const;
const updatePersonalDetails_reg_phone_coerce = asPhone({ maxLength: 32 });
const updatePersonalDetails_reg_mobile_names = ["reg_mobile"] as const;
const updatePersonalDetails_reg_mobile_coerce = asPhone({ maxLength: 32 });
const updatePersonalDetails_reg_fax_names = ["reg_fax"] as const;
const updatePersonalDetails_reg_fax_coerce = asPhone({ maxLength: 32 });
const updatePersonalDetails_reg_email_names = ["reg_email"] as const;
const updatePersonalDetails_reg_email_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
/** update_personal_details: 18 parameter(s). */
export function validateUpdatePersonalDetails(raw: RawParams): Validated<UpdatePersonalDetailsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, updatePersonalDetails_userid_names, "userid", true, updatePersonalDetails_userid_coerce, issues),
    username: read(
      raw,
      updatePersonalDetails_username_names,
      "username",
      false,
      updatePersonalDetails_username_coerce,
      issues,
    ),
    surname: read(
      raw,
      updatePersonalDetails_surname_names,
      "surname",
      false,
      updatePersonalDetails_surname_coerce,
      issues,
    ),
    personalid: read(
      raw,
      updatePersonalDetails_personalid_names,
      "personalid",
      false,
      updatePersonalDetails_personalid_coerce,
      issues,
    ),
    agreement_number: read(
      raw,
      updatePersonalDetails_agreement_number_names,
      "agreement_number",
      false,
      updatePersonalDetails_agreement_number_coerce,
      issues,
    ),
    agreement_date: read(
      raw,
      updatePersonalDetails_agreement_date_names,
      "agreement_date",
      false,
      updatePersonalDetails_agreement_date_coerce,
      issues,
    ),
    taxation_country: read(
      raw,
      updatePersonalDetails_taxation_country_names,
      "taxation_country",
      false,
      updatePersonalDetails_taxation_country_coerce,
      issues,
    ),
    vat_reg_number: read(
      raw,
      updatePersonalDetails_vat_reg_number_names,
      "vat_reg_number",
      false,
      updatePersonalDetails_vat_reg_number_coerce,
      issues,
    ),
    reg_address: read(
      raw,
      updatePersonalDetails_reg_address_names,
      "reg_address",
      false,
      updatePersonalDetails_reg_address_coerce,
      issues,
    ),
    reg_postcode: read(
      raw,
      updatePersonalDetails_reg_postcode_names,
      "reg_postcode",
      false,
      updatePersonalDetails_reg_postcode_coerce,
      issues,
    ),
    reg_city: read(
      raw,
      updatePersonalDetails_reg_city_names,
      "reg_city",
      false,
      updatePersonalDetails_reg_city_coerce,
      issues,
    ),
    reg_country: read(
      raw,
      updatePersonalDetails_reg_country_names,
      "reg_country",
      false,
      updatePersonalDetails_reg_country_coerce,
      issues,
    ),
    reg_state: read(
      raw,
      updatePersonalDetails_reg_state_names,
      "reg_state",
      false,
      updatePersonalDetails_reg_state_coerce,
      issues,
    ),
    reg_direction: read(
      raw,
      updatePersonalDetails_reg_direction_names,
      "reg_direction",
      false,
      updatePersonalDetails_reg_direction_coerce,
      issues,
    ),
    reg_phone: read(
      raw,
      updatePersonalDetails_reg_phone_names,
      "reg_phone",
      false,
      updatePersonalDetails_reg_phone_coerce,
      issues,
    ),
    reg_mobile: read(
      raw,
      updatePersonalDetails_reg_mobile_names,
      "reg_mobile",
      false,
      updatePersonalDetails_reg_mobile_coerce,
      issues,
    ),
    reg_fax: read(
      raw,
      updatePersonalDetails_reg_fax_names,
      "reg_fax",
      false,
      updatePersonalDetails_reg_fax_coerce,
      issues,
    ),
    reg_email: read(
      raw,
      updatePersonalDetails_reg_email_names,
      "reg_email",
      false,
      updatePersonalDetails_reg_email_coerce,
      issues,
    ),
  } as UpdatePersonalDetailsParams;
  return done(params, issues);
}

/** user_device_clis: 0 parameter(s). */
export function validateUserDeviceClis(raw: RawParams): Validated<UserDeviceClisParams> {
  const issues: ParamIssue[] = [];
  const params: UserDeviceClisParams = {};
  return done(params, issues);
}

/** user_devices: 0 parameter(s). */
export function validateUserDevices(raw: RawParams): Validated<UserDevicesParams> {
  const issues: ParamIssue[] = [];
  const params: UserDevicesParams = {};
  return done(params, issues);
}

/** user_invoices: 0 parameter(s). */
export function validateUserInvoices(raw: RawParams): Validated<UserInvoicesParams> {
  const issues: ParamIssue[] = [];
  const params: UserInvoicesParams = {};
  return done(params, issues);
}

const userRates_currency_names = ["currency"] as const;
const userRates_currency_coerce = asString({ pattern: /^[A-Za-z]{3}$/u });
/** user_rates: 1 parameter(s). */
export function validateUserRates(raw: RawParams): Validated<UserRatesParams> {
  const issues: ParamIssue[] = [];
  const params = {
    currency: read(raw, userRates_currency_names, "currency", false, userRates_currency_coerce, issues),
  } as UserRatesParams;
  return done(params, issues);
}

/** user_stats: 0 parameter(s). */
export function validateUserStats(raw: RawParams): Validated<UserStatsParams> {
  const issues: ParamIssue[] = [];
  const params: UserStatsParams = {};
  return done(params, issues);
}

const userStatsDates_period_start_names = ["period_start"] as const;
const userStatsDates_period_start_coerce = asDate();
const userStatsDates_period_end_names = ["period_end"] as const;
const userStatsDates_period_end_coerce = asDate();
/** user_stats_dates: 2 parameter(s). */
export function validateUserStatsDates(raw: RawParams): Validated<UserStatsDatesParams> {
  const issues: ParamIssue[] = [];
  const params = {
    period_start: read(
      raw,
      userStatsDates_period_start_names,
      "period_start",
      true,
      userStatsDates_period_start_coerce,
      issues,
    ),
    period_end: read(
      raw,
      userStatsDates_period_end_names,
      "period_end",
      true,
      userStatsDates_period_end_coerce,
      issues,
    ),
  } as UserStatsDatesParams;
  return done(params, issues);
}

/** user_subscriptions: 0 parameter(s). */
export function validateUserSubscriptions(raw: RawParams): Validated<UserSubscriptionsParams> {
  const issues: ParamIssue[] = [];
  const params: UserSubscriptionsParams = {};
  return done(params, issues);
}

/** Validator of every operation, keyed by operationId. */
export const validators = {
  activateCallback: validateActivateCallback,
  callList: validateCallList,
  callListCsv: validateCallListCsv,
  callListFilter: validateCallListFilter,
  callListPdf: validateCallListPdf,
  callflow: validateCallflow,
  callflowEdit: validateCallflowEdit,
  callflowUpdate: validateCallflowUpdate,
  cliAdd: validateCliAdd,
  destinations: validateDestinations,
  faxesList: validateFaxesList,
  faxesListFilter: validateFaxesListFilter,
  login: validateLogin,
  loginForm: validateLoginForm,
  main: validateMain,
  missedCalls: validateMissedCalls,
  missedCallsFilter: validateMissedCallsFilter,
  newCalls: validateNewCalls,
  personalDetails: validatePersonalDetails,
  personalPayments: validatePersonalPayments,
  personalRatesCsv: validatePersonalRatesCsv,
  personalRatesPdf: validatePersonalRatesPdf,
  phonebookAdd: validatePhonebookAdd,
  phonebookDestroy: validatePhonebookDestroy,
  phonebookList: validatePhonebookList,
  updatePersonalDetails: validateUpdatePersonalDetails,
  userDeviceClis: validateUserDeviceClis,
  userDevices: validateUserDevices,
  userInvoices: validateUserInvoices,
  userRates: validateUserRates,
  userStats: validateUserStats,
  userStatsDates: validateUserStatsDates,
  userSubscriptions: validateUserSubscriptions,
} as const;
