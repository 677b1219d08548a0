// generated from spec/ — do not edit; run `make generate`
import { done, read, asBoolean, asDate, asEnum, asInteger, asList, asPhone, asString } from '../../src/protocol/coerce.ts';
import type { ParamIssue, RawParams, Validated } from '../../src/protocol/coerce.ts';
import type { ActivateCallbackParams, CallListParams, CallListCsvParams, CallListFilterParams, CallListPdfParams, CallflowParams, CallflowEditParams, CallflowUpdateParams, CliAddParams, DestinationsParams, FaxesListParams, FaxesListFilterParams, LoginParams, LoginFormParams, MainParams, MissedCallsParams, MissedCallsFilterParams, NewCallsParams, PersonalDetailsParams, PersonalPaymentsParams, PersonalRatesCsvParams, PersonalRatesPdfParams, PhonebookAddParams, PhonebookDestroyParams, PhonebookListParams, UpdatePersonalDetailsParams, UserDeviceClisParams, UserDevicesParams, UserInvoicesParams, UserRatesParams, UserStatsParams, UserStatsDatesParams, UserSubscriptionsParams } from './types.ts';
const activateCallback_0_names = ["src"] as const;
const activateCallback_0_coerce = asPhone({ minLength: 1, maxLength: 32 });
const activateCallback_1_names = ["dst"] as const;
const activateCallback_1_coerce = asPhone({ minLength: 1, maxLength: 32 });
const activateCallback_2_names = ["acc"] as const;
const activateCallback_2_coerce = asInteger({ min: 1 });
/** activate_callback: 3 parameter(s). */
export function validateActivateCallback(raw: RawParams): Validated<ActivateCallbackParams> {
  const issues: ParamIssue[] = [];
  const params = {
    src: read(raw, activateCallback_0_names, "src", true, activateCallback_0_coerce, issues),
    dst: read(raw, activateCallback_1_names, "dst", true, activateCallback_1_coerce, issues),
    acc: read(raw, activateCallback_2_names, "acc", true, activateCallback_2_coerce, issues),
  } as ActivateCallbackParams;
  return done(params, issues);
}

/** call_list: 0 parameter(s). */
export function validateCallList(raw: RawParams): Validated<CallListParams> {
  const issues: ParamIssue[] = [];
  const params: CallListParams = {};
  return done(params, issues);
}

const callListCsv_0_names = ["userid"] as const;
const callListCsv_0_coerce = asInteger({ min: 1 });
const callListCsv_1_names = ["call_type"] as const;
const callListCsv_1_coerce = asEnum(["outgoing", "incoming", "all"] as const);
const callListCsv_2_names = ["date_from"] as const;
const callListCsv_2_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
const callListCsv_3_names = ["date_till"] as const;
const callListCsv_3_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
/** call_list_csv: 4 parameter(s). */
export function validateCallListCsv(raw: RawParams): Validated<CallListCsvParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, callListCsv_0_names, "userid", true, callListCsv_0_coerce, issues),
    call_type: read(raw, callListCsv_1_names, "call_type", false, callListCsv_1_coerce, issues, "all"),
    date_from: read(raw, callListCsv_2_names, "date_from", false, callListCsv_2_coerce, issues),
    date_till: read(raw, callListCsv_3_names, "date_till", false, callListCsv_3_coerce, issues),
  } as CallListCsvParams;
  return done(params, issues);
}

const callListFilter_0_names = ["userid"] as const;
const callListFilter_0_coerce = asInteger({ min: 1 });
const callListFilter_1_names = ["search_on"] as const;
const callListFilter_1_coerce = asBoolean();
const callListFilter_2_names = ["period_start"] as const;
const callListFilter_2_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
const callListFilter_3_names = ["period_end"] as const;
const callListFilter_3_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
const callListFilter_4_names = ["direction"] as const;
const callListFilter_4_coerce = asEnum(["all", "outgoing", "incoming"] as const);
const callListFilter_5_names = ["calltype"] as const;
const callListFilter_5_coerce = asEnum(["outgoing", "incoming", "all"] as const);
const callListFilter_6_names = ["device"] as const;
const callListFilter_6_coerce = asString({ pattern: /^(all|[0-9]+)$/u });
const callListFilter_7_names = ["status"] as const;
const callListFilter_7_coerce = asEnum(["all", "answered", "no_answer", "busy", "failed"] as const);
/** call_list_filter: 8 parameter(s). */
export function validateCallListFilter(raw: RawParams): Validated<CallListFilterParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, callListFilter_0_names, "userid", false, callListFilter_0_coerce, issues),
    search_on: read(raw, callListFilter_1_names, "search_on", false, callListFilter_1_coerce, issues, true),
    period_start: read(raw, callListFilter_2_names, "period_start", false, callListFilter_2_coerce, issues),
    period_end: read(raw, callListFilter_3_names, "period_end", false, callListFilter_3_coerce, issues),
    direction: read(raw, callListFilter_4_names, "direction", false, callListFilter_4_coerce, issues, "all"),
    calltype: read(raw, callListFilter_5_names, "calltype", false, callListFilter_5_coerce, issues, "all"),
    device: read(raw, callListFilter_6_names, "device", false, callListFilter_6_coerce, issues, "all"),
    status: read(raw, callListFilter_7_names, "status", false, callListFilter_7_coerce, issues, "all"),
  } as CallListFilterParams;
  return done(params, issues);
}

const callListPdf_0_names = ["userid"] as const;
const callListPdf_0_coerce = asInteger({ min: 1 });
const callListPdf_1_names = ["call_type"] as const;
const callListPdf_1_coerce = asEnum(["outgoing", "incoming", "all"] as const);
const callListPdf_2_names = ["date_from"] as const;
const callListPdf_2_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
const callListPdf_3_names = ["date_till"] as const;
const callListPdf_3_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
/** call_list_pdf: 4 parameter(s). */
export function validateCallListPdf(raw: RawParams): Validated<CallListPdfParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, callListPdf_0_names, "userid", true, callListPdf_0_coerce, issues),
    call_type: read(raw, callListPdf_1_names, "call_type", false, callListPdf_1_coerce, issues, "all"),
    date_from: read(raw, callListPdf_2_names, "date_from", false, callListPdf_2_coerce, issues),
    date_till: read(raw, callListPdf_3_names, "date_till", false, callListPdf_3_coerce, issues),
  } as CallListPdfParams;
  return done(params, issues);
}

const callflow_0_names = ["device_id"] as const;
const callflow_0_coerce = asInteger({ min: 1 });
/** callflow: 1 parameter(s). */
export function validateCallflow(raw: RawParams): Validated<CallflowParams> {
  const issues: ParamIssue[] = [];
  const params = {
    device_id: read(raw, callflow_0_names, "device_id", true, callflow_0_coerce, issues),
  } as CallflowParams;
  return done(params, issues);
}

const callflowEdit_0_names = ["device_id"] as const;
const callflowEdit_0_coerce = asInteger({ min: 1 });
const callflowEdit_1_names = ["cft"] as const;
const callflowEdit_1_coerce = asEnum(["before_call", "call", "hangup", "noanswer", "busy", "failed"] as const);
/** callflow_edit: 2 parameter(s). */
export function validateCallflowEdit(raw: RawParams): Validated<CallflowEditParams> {
  const issues: ParamIssue[] = [];
  const params = {
    device_id: read(raw, callflowEdit_0_names, "device_id", true, callflowEdit_0_coerce, issues),
    cft: read(raw, callflowEdit_1_names, "cft", true, callflowEdit_1_coerce, issues),
  } as CallflowEditParams;
  return done(params, issues);
}

const callflowUpdate_0_names = ["device_id"] as const;
const callflowUpdate_0_coerce = asInteger({ min: 1 });
const callflowUpdate_1_names = ["cft"] as const;
const callflowUpdate_1_coerce = asEnum(["before_call", "call", "hangup", "noanswer", "busy", "failed"] as const);
const callflowUpdate_2_names = ["whattodo"] as const;
const callflowUpdate_2_coerce = asEnum(["change_action", "change_local_device", "change_external_device", "change_fax_device"] as const);
const callflowUpdate_3_names = ["cf_action"] as const;
const callflowUpdate_3_coerce = asEnum(["forward", "voicemail", "faxdetect"] as const);
const callflowUpdate_4_names = ["deviceid"] as const;
const callflowUpdate_4_coerce = asInteger({ min: 1 });
const callflowUpdate_5_names = ["ext_number"] as const;
const callflowUpdate_5_coerce = asPhone({ minLength: 1, maxLength: 32 });
/** callflow_update: 6 parameter(s). */
export function validateCallflowUpdate(raw: RawParams): Validated<CallflowUpdateParams> {
  const issues: ParamIssue[] = [];
  const params = {
    device_id: read(raw, callflowUpdate_0_names, "device_id", true, callflowUpdate_0_coerce, issues),
    cft: read(raw, callflowUpdate_1_names, "cft", true, callflowUpdate_1_coerce, issues),
    whattodo: read(raw, callflowUpdate_2_names, "whattodo", false, callflowUpdate_2_coerce, issues),
    cf_action: read(raw, callflowUpdate_3_names, "cf_action", false, callflowUpdate_3_coerce, issues),
    deviceid: read(raw, callflowUpdate_4_names, "deviceid", false, callflowUpdate_4_coerce, issues),
    ext_number: read(raw, callflowUpdate_5_names, "ext_number", false, callflowUpdate_5_coerce, issues),
  } as CallflowUpdateParams;
  return done(params, issues);
}

const cliAdd_0_names = ["device_id"] as const;
const cliAdd_0_coerce = asInteger({ min: 1 });
const cliAdd_1_names = ["cli"] as const;
const cliAdd_1_coerce = asPhone({ minLength: 1, maxLength: 32 });
const cliAdd_2_names = ["description"] as const;
const cliAdd_2_coerce = asString({ maxLength: 255 });
/** cli_add: 3 parameter(s). */
export function validateCliAdd(raw: RawParams): Validated<CliAddParams> {
  const issues: ParamIssue[] = [];
  const params = {
    device_id: read(raw, cliAdd_0_names, "device_id", true, cliAdd_0_coerce, issues),
    cli: read(raw, cliAdd_1_names, "cli", true, cliAdd_1_coerce, issues),
    description: read(raw, cliAdd_2_names, "description", false, cliAdd_2_coerce, issues),
  } as CliAddParams;
  return done(params, issues);
}

const destinations_0_names = ["dest_id"] as const;
const destinations_0_coerce = asInteger({ min: 1 });
/** destinations: 1 parameter(s). */
export function validateDestinations(raw: RawParams): Validated<DestinationsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dest_id: read(raw, destinations_0_names, "dest_id", true, destinations_0_coerce, issues),
  } as DestinationsParams;
  return done(params, issues);
}

const faxesList_0_names = ["userid"] as const;
const faxesList_0_coerce = asInteger({ min: 1 });
/** faxes_list: 1 parameter(s). */
export function validateFaxesList(raw: RawParams): Validated<FaxesListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, faxesList_0_names, "userid", true, faxesList_0_coerce, issues),
  } as FaxesListParams;
  return done(params, issues);
}

const faxesListFilter_0_names = ["userid"] as const;
const faxesListFilter_0_coerce = asInteger({ min: 1 });
const faxesListFilter_1_names = ["search_on"] as const;
const faxesListFilter_1_coerce = asBoolean();
const faxesListFilter_2_names = ["period_start"] as const;
const faxesListFilter_2_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
const faxesListFilter_3_names = ["period_end"] as const;
const faxesListFilter_3_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
const faxesListFilter_4_names = ["fax_status"] as const;
const faxesListFilter_4_coerce = asString({ maxLength: 32 });
const faxesListFilter_5_names = ["device_id"] as const;
const faxesListFilter_5_coerce = asString({ pattern: /^(all|[0-9]+)$/u });
/** faxes_list_filter: 6 parameter(s). */
export function validateFaxesListFilter(raw: RawParams): Validated<FaxesListFilterParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, faxesListFilter_0_names, "userid", true, faxesListFilter_0_coerce, issues),
    search_on: read(raw, faxesListFilter_1_names, "search_on", false, faxesListFilter_1_coerce, issues, true),
    period_start: read(raw, faxesListFilter_2_names, "period_start", false, faxesListFilter_2_coerce, issues),
    period_end: read(raw, faxesListFilter_3_names, "period_end", false, faxesListFilter_3_coerce, issues),
    fax_status: read(raw, faxesListFilter_4_names, "fax_status", false, faxesListFilter_4_coerce, issues, "all"),
    device_id: read(raw, faxesListFilter_5_names, "device_id", false, faxesListFilter_5_coerce, issues, "all"),
  } as FaxesListFilterParams;
  return done(params, issues);
}

const login_0_names = ["u"] as const;
const login_0_coerce = asString({ minLength: 1, maxLength: 64 });
const login_1_names = ["p"] as const;
const login_1_coerce = asString({ minLength: 1, maxLength: 128 });
/** login: 2 parameter(s). */
export function validateLogin(raw: RawParams): Validated<LoginParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u: read(raw, login_0_names, "u", true, login_0_coerce, issues),
    p: read(raw, login_1_names, "p", true, login_1_coerce, issues),
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

const missedCallsFilter_0_names = ["userid"] as const;
const missedCallsFilter_0_coerce = asInteger({ min: 1 });
const missedCallsFilter_1_names = ["search_on"] as const;
const missedCallsFilter_1_coerce = asBoolean();
const missedCallsFilter_2_names = ["period_start"] as const;
const missedCallsFilter_2_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
const missedCallsFilter_3_names = ["period_end"] as const;
const missedCallsFilter_3_coerce = asString({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$/u });
const missedCallsFilter_4_names = ["processed"] as const;
const missedCallsFilter_4_coerce = asList({ pattern: /^[0-9]+(,[0-9]+)*$/u });
/** missed_calls_filter: 5 parameter(s). */
export function validateMissedCallsFilter(raw: RawParams): Validated<MissedCallsFilterParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, missedCallsFilter_0_names, "userid", false, missedCallsFilter_0_coerce, issues),
    search_on: read(raw, missedCallsFilter_1_names, "search_on", false, missedCallsFilter_1_coerce, issues, true),
    period_start: read(raw, missedCallsFilter_2_names, "period_start", false, missedCallsFilter_2_coerce, issues),
    period_end: read(raw, missedCallsFilter_3_names, "period_end", false, missedCallsFilter_3_coerce, issues),
    processed: read(raw, missedCallsFilter_4_names, "processed", false, missedCallsFilter_4_coerce, issues),
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

const personalRatesCsv_0_names = ["userid"] as const;
const personalRatesCsv_0_coerce = asInteger({ min: 1 });
/** personal_rates_csv: 1 parameter(s). */
export function validatePersonalRatesCsv(raw: RawParams): Validated<PersonalRatesCsvParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, personalRatesCsv_0_names, "userid", true, personalRatesCsv_0_coerce, issues),
  } as PersonalRatesCsvParams;
  return done(params, issues);
}

const personalRatesPdf_0_names = ["userid"] as const;
const personalRatesPdf_0_coerce = asInteger({ min: 1 });
/** personal_rates_pdf: 1 parameter(s). */
export function validatePersonalRatesPdf(raw: RawParams): Validated<PersonalRatesPdfParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, personalRatesPdf_0_names, "userid", true, personalRatesPdf_0_coerce, issues),
  } as PersonalRatesPdfParams;
  return done(params, issues);
}

const phonebookAdd_0_names = ["userid"] as const;
const phonebookAdd_0_coerce = asInteger({ min: 1 });
const phonebookAdd_1_names = ["number"] as const;
const phonebookAdd_1_coerce = asPhone({ minLength: 1, maxLength: 32 });
const phonebookAdd_2_names = ["name"] as const;
const phonebookAdd_2_coerce = asString({ minLength: 1, maxLength: 255 });
/** phonebook_add: 3 parameter(s). */
export function validatePhonebookAdd(raw: RawParams): Validated<PhonebookAddParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, phonebookAdd_0_names, "userid", true, phonebookAdd_0_coerce, issues),
    number: read(raw, phonebookAdd_1_names, "number", true, phonebookAdd_1_coerce, issues),
    name: read(raw, phonebookAdd_2_names, "name", true, phonebookAdd_2_coerce, issues),
  } as PhonebookAddParams;
  return done(params, issues);
}

const phonebookDestroy_0_names = ["entryid"] as const;
const phonebookDestroy_0_coerce = asInteger({ min: 1 });
/** phonebook_destroy: 1 parameter(s). */
export function validatePhonebookDestroy(raw: RawParams): Validated<PhonebookDestroyParams> {
  const issues: ParamIssue[] = [];
  const params = {
    entryid: read(raw, phonebookDestroy_0_names, "entryid", true, phonebookDestroy_0_coerce, issues),
  } as PhonebookDestroyParams;
  return done(params, issues);
}

const phonebookList_0_names = ["userid"] as const;
const phonebookList_0_coerce = asInteger({ min: 1 });
/** phonebook_list: 1 parameter(s). */
export function validatePhonebookList(raw: RawParams): Validated<PhonebookListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, phonebookList_0_names, "userid", true, phonebookList_0_coerce, issues),
  } as PhonebookListParams;
  return done(params, issues);
}

const updatePersonalDetails_0_names = ["userid"] as const;
const updatePersonalDetails_0_coerce = asInteger({ min: 1 });
const updatePersonalDetails_1_names = ["username"] as const;
const updatePersonalDetails_1_coerce = asString({ minLength: 1, maxLength: 255 });
const updatePersonalDetails_2_names = ["surname"] as const;
const updatePersonalDetails_2_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_3_names = ["personalid"] as const;
const updatePersonalDetails_3_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_4_names = ["agreement_number"] as const;
const updatePersonalDetails_4_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_5_names = ["agreement_date"] as const;
const updatePersonalDetails_5_coerce = asDate();
const updatePersonalDetails_6_names = ["taxation_country"] as const;
const updatePersonalDetails_6_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_7_names = ["vat_reg_number"] as const;
const updatePersonalDetails_7_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_8_names = ["reg_address"] as const;
const updatePersonalDetails_8_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_9_names = ["reg_postcode"] as const;
const updatePersonalDetails_9_coerce = asString({ maxLength: 32 });
const updatePersonalDetails_10_names = ["reg_city"] as const;
const updatePersonalDetails_10_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_11_names = ["reg_country"] as const;
const updatePersonalDetails_11_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_12_names = ["reg_state"] as const;
const updatePersonalDetails_12_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_13_names = ["reg_direction"] as const;
const updatePersonalDetails_13_coerce = asString({ maxLength: 255 });
const updatePersonalDetails_14_names = ["reg_phone"] as const;
const updatePersonalDetails_14_coerce = asPhone({ maxLength: 32 });
const updatePersonalDetails_15_names = ["reg_mobile"] as const;
const updatePersonalDetails_15_coerce = asPhone({ maxLength: 32 });
const updatePersonalDetails_16_names = ["reg_fax"] as const;
const updatePersonalDetails_16_coerce = asPhone({ maxLength: 32 });
const updatePersonalDetails_17_names = ["reg_email"] as const;
const updatePersonalDetails_17_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
/** update_personal_details: 18 parameter(s). */
export function validateUpdatePersonalDetails(raw: RawParams): Validated<UpdatePersonalDetailsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userid: read(raw, updatePersonalDetails_0_names, "userid", true, updatePersonalDetails_0_coerce, issues),
    username: read(raw, updatePersonalDetails_1_names, "username", false, updatePersonalDetails_1_coerce, issues),
    surname: read(raw, updatePersonalDetails_2_names, "surname", false, updatePersonalDetails_2_coerce, issues),
    personalid: read(raw, updatePersonalDetails_3_names, "personalid", false, updatePersonalDetails_3_coerce, issues),
    agreement_number: read(raw, updatePersonalDetails_4_names, "agreement_number", false, updatePersonalDetails_4_coerce, issues),
    agreement_date: read(raw, updatePersonalDetails_5_names, "agreement_date", false, updatePersonalDetails_5_coerce, issues),
    taxation_country: read(raw, updatePersonalDetails_6_names, "taxation_country", false, updatePersonalDetails_6_coerce, issues),
    vat_reg_number: read(raw, updatePersonalDetails_7_names, "vat_reg_number", false, updatePersonalDetails_7_coerce, issues),
    reg_address: read(raw, updatePersonalDetails_8_names, "reg_address", false, updatePersonalDetails_8_coerce, issues),
    reg_postcode: read(raw, updatePersonalDetails_9_names, "reg_postcode", false, updatePersonalDetails_9_coerce, issues),
    reg_city: read(raw, updatePersonalDetails_10_names, "reg_city", false, updatePersonalDetails_10_coerce, issues),
    reg_country: read(raw, updatePersonalDetails_11_names, "reg_country", false, updatePersonalDetails_11_coerce, issues),
    reg_state: read(raw, updatePersonalDetails_12_names, "reg_state", false, updatePersonalDetails_12_coerce, issues),
    reg_direction: read(raw, updatePersonalDetails_13_names, "reg_direction", false, updatePersonalDetails_13_coerce, issues),
    reg_phone: read(raw, updatePersonalDetails_14_names, "reg_phone", false, updatePersonalDetails_14_coerce, issues),
    reg_mobile: read(raw, updatePersonalDetails_15_names, "reg_mobile", false, updatePersonalDetails_15_coerce, issues),
    reg_fax: read(raw, updatePersonalDetails_16_names, "reg_fax", false, updatePersonalDetails_16_coerce, issues),
    reg_email: read(raw, updatePersonalDetails_17_names, "reg_email", false, updatePersonalDetails_17_coerce, issues),
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

const userRates_0_names = ["currency"] as const;
const userRates_0_coerce = asString({ pattern: /^[A-Za-z]{3}$/u });
/** user_rates: 1 parameter(s). */
export function validateUserRates(raw: RawParams): Validated<UserRatesParams> {
  const issues: ParamIssue[] = [];
  const params = {
    currency: read(raw, userRates_0_names, "currency", false, userRates_0_coerce, issues),
  } as UserRatesParams;
  return done(params, issues);
}

/** user_stats: 0 parameter(s). */
export function validateUserStats(raw: RawParams): Validated<UserStatsParams> {
  const issues: ParamIssue[] = [];
  const params: UserStatsParams = {};
  return done(params, issues);
}

const userStatsDates_0_names = ["period_start"] as const;
const userStatsDates_0_coerce = asDate();
const userStatsDates_1_names = ["period_end"] as const;
const userStatsDates_1_coerce = asDate();
/** user_stats_dates: 2 parameter(s). */
export function validateUserStatsDates(raw: RawParams): Validated<UserStatsDatesParams> {
  const issues: ParamIssue[] = [];
  const params = {
    period_start: read(raw, userStatsDates_0_names, "period_start", true, userStatsDates_0_coerce, issues),
    period_end: read(raw, userStatsDates_1_names, "period_end", true, userStatsDates_1_coerce, issues),
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
