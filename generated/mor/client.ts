// generated from spec/ — do not edit; run `make generate`
import { MorTransport } from '../../src/protocol/clients/mor.ts';
import type { MorClientOptions } from '../../src/protocol/clients/mor.ts';
import type * as T from './types.ts';

/** Typed client for the MOR XML API (API by pages): one method per operation, sent in the vendor wire form. */
export class MorClient {
  readonly transport: MorTransport;

  constructor(options: MorClientOptions) {
    this.transport = new MorTransport(options);
  }

  /**
   * activate_callback: Start a callback: call the source number, then connect it to the destination, billed to one of
   * the user's devices.
   *
   * Parameters: src: phone, required, at most 32 characters; dst: phone, required, at most 32 characters; acc: integer,
   * required, min 1.
   *
   * Stateless form: hash = SHA1 hex of user_id + src + dst + acc + API secret key (the values sent, in this order).
   */
  activateCallback(params: T.ActivateCallbackInput): Promise<T.ActivateCallbackResult> {
    return this.transport.call({
      id: "activate_callback",
      kind: "xml",
      method: "POST",
      path: "/functions/activate_callback",
      auth: "user",
      in: { src: "query", dst: "query", acc: "query" },
      hashOrder: ["src", "dst", "acc"],
      xml: { action: {} },
    }, params);
  }

  /**
   * call_list: List the user's calls (CDRs) for the current period.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  callList(params: T.CallListInput = {}): Promise<T.CallListResult> {
    return this.transport.call({
      id: "call_list",
      kind: "xml",
      method: "GET",
      path: "/stats/call_list",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: {
        page: {
          userid: "number",
          total_calls: "number",
          aval_languages: { language: ["string"] },
          calls_stat: { period: {}, calls: { call: [{}] } },
        },
      },
    }, params);
  }

  /**
   * call_list_csv: Export the user's calls for a period as a CSV file.
   *
   * Parameters: userid: integer, required, min 1; call_type: enum, one of outgoing/incoming/all, default all;
   * date_from: string; date_till: string.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + call_type + date_from + date_till + API secret key (the
   * values sent, in this order).
   */
  callListCsv(params: T.CallListCsvInput): Promise<T.CallListCsvResult> {
    return this.transport.call({
      id: "call_list_csv",
      kind: "file",
      method: "GET",
      path: "/stats/call_list_to_csv/{userid}",
      auth: "user",
      in: { userid: "path", call_type: "query", date_from: "query", date_till: "query" },
      hashOrder: ["userid", "call_type", "date_from", "date_till"],
    }, params);
  }

  /**
   * call_list_filter: List the user's calls for a chosen period, direction, call type and device.
   *
   * Parameters: userid: integer, min 1; search_on: boolean, default true; period_start: string; period_end: string;
   * direction: enum, one of all/outgoing/incoming, default all; calltype: enum, one of outgoing/incoming/all, default
   * all; device: string, default all; status: enum, one of all/answered/no_answer/busy/failed, default all.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + search_on + period_start + period_end + direction +
   * calltype + device + API secret key (the values sent, in this order).
   */
  callListFilter(params: T.CallListFilterInput = {}): Promise<T.CallListFilterResult> {
    return this.transport.call({
      id: "call_list_filter",
      kind: "xml",
      method: "POST",
      path: "/stats/call_list",
      auth: "user",
      in: {
        userid: "body",
        search_on: "body",
        period_start: "body",
        period_end: "body",
        direction: "body",
        calltype: "body",
        device: "body",
        status: "body",
      },
      hashOrder: ["userid", "search_on", "period_start", "period_end", "direction", "calltype", "device"],
      xml: {
        page: {
          userid: "number",
          total_calls: "number",
          aval_languages: { language: ["string"] },
          calls_stat: { period: {}, calls: { call: [{}] } },
        },
      },
    }, params);
  }

  /**
   * call_list_pdf: Export the user's calls for a period as a PDF file.
   *
   * Parameters: userid: integer, required, min 1; call_type: enum, one of outgoing/incoming/all, default all;
   * date_from: string; date_till: string.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + call_type + date_from + date_till + API secret key (the
   * values sent, in this order).
   */
  callListPdf(params: T.CallListPdfInput): Promise<T.CallListPdfResult> {
    return this.transport.call({
      id: "call_list_pdf",
      kind: "file",
      method: "GET",
      path: "/stats/call_list_to_pdf/{userid}",
      auth: "user",
      in: { userid: "path", call_type: "query", date_from: "query", date_till: "query" },
      hashOrder: ["userid", "call_type", "date_from", "date_till"],
    }, params);
  }

  /**
   * callflow: Show the call flow of one of the user's devices (the action for each call state).
   *
   * Parameters: device_id: integer, required, min 1.
   *
   * Stateless form: hash = SHA1 hex of user_id + device_id + API secret key (the values sent, in this order).
   */
  callflow(params: T.CallflowInput): Promise<T.CallflowResult> {
    return this.transport.call({
      id: "callflow",
      kind: "xml",
      method: "GET",
      path: "/devices/callflow/{device_id}",
      auth: "user",
      in: { device_id: "path" },
      hashOrder: ["device_id"],
      xml: { page: { userid: "number", device: { device_id: "number", callflows: { callflow: [{}] } } } },
    }, params);
  }

  /**
   * callflow_edit: Show the editable actions of one call state of a device's call flow.
   *
   * Parameters: device_id: integer, required, min 1; cft: enum, required, one of
   * before_call/call/hangup/noanswer/busy/failed.
   *
   * Stateless form: hash = SHA1 hex of user_id + device_id + cft + API secret key (the values sent, in this order).
   */
  callflowEdit(params: T.CallflowEditInput): Promise<T.CallflowEditResult> {
    return this.transport.call({
      id: "callflow_edit",
      kind: "xml",
      method: "GET",
      path: "/devices/callflow_edit/{device_id}",
      auth: "user",
      in: { device_id: "path", cft: "query" },
      hashOrder: ["device_id", "cft"],
      xml: {
        page: {
          userid: "number",
          callflow: {
            device_id: "number",
            actions: {
              action: [
                { priority: "number", action_id: "number", aval_devices: { device: [{ device_id: "number" }] } },
              ],
            },
          },
        },
      },
    }, params);
  }

  /**
   * callflow_update: Set the action of one call state of a device: none, forward (device or external number), voicemail
   * or fax detect.
   *
   * Parameters: device_id: integer, required, min 1; cft: enum, required, one of
   * before_call/call/hangup/noanswer/busy/failed; whattodo: enum, one of
   * change_action/change_local_device/change_external_device/change_fax_device; cf_action: enum, one of
   * forward/voicemail/faxdetect; deviceid: integer, min 1; ext_number: phone, at most 32 characters.
   *
   * Stateless form: hash = SHA1 hex of user_id + device_id + cft + whattodo + cf_action + deviceid + ext_number + API
   * secret key (the values sent, in this order).
   */
  callflowUpdate(params: T.CallflowUpdateInput): Promise<T.CallflowUpdateResult> {
    return this.transport.call({
      id: "callflow_update",
      kind: "xml",
      method: "POST",
      path: "/devices/callflow_edit/{device_id}",
      auth: "user",
      in: {
        device_id: "path",
        cft: "query",
        whattodo: "body",
        cf_action: "body",
        deviceid: "body",
        ext_number: "body",
      },
      hashOrder: ["device_id", "cft", "whattodo", "cf_action", "deviceid", "ext_number"],
      xml: {
        page: {
          userid: "number",
          callflow: {
            device_id: "number",
            actions: {
              action: [
                { priority: "number", action_id: "number", aval_devices: { device: [{ device_id: "number" }] } },
              ],
            },
          },
        },
      },
    }, params);
  }

  /**
   * cli_add: Add a caller ID (CLI) to one of the user's devices.
   *
   * Parameters: device_id: integer, required, min 1; cli: phone, required, at most 32 characters; description: string,
   * at most 255 characters.
   *
   * Stateless form: hash = SHA1 hex of user_id + device_id + cli + description + API secret key (the values sent, in
   * this order).
   */
  cliAdd(params: T.CliAddInput): Promise<T.CliAddResult> {
    return this.transport.call({
      id: "cli_add",
      kind: "xml",
      method: "POST",
      path: "/devices/cli_add",
      auth: "user",
      in: { device_id: "body", cli: "body", description: "body" },
      hashOrder: ["device_id", "cli", "description"],
      xml: { action: {} },
    }, params);
  }

  /**
   * destinations: List the prefixes (directions) of one destination group.
   *
   * Parameters: dest_id: integer, required, min 1.
   *
   * Stateless form: hash = SHA1 hex of user_id + dest_id + API secret key (the values sent, in this order).
   */
  destinations(params: T.DestinationsInput): Promise<T.DestinationsResult> {
    return this.transport.call({
      id: "destinations",
      kind: "xml",
      method: "GET",
      path: "/directions/dg_list_user_destinations/{dest_id}",
      auth: "user",
      in: { dest_id: "path" },
      hashOrder: ["dest_id"],
      xml: { page: { directions: { direction: [{}] } } },
    }, params);
  }

  /**
   * faxes_list: List the faxes the user received in the current period.
   *
   * Parameters: userid: integer, required, min 1.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + API secret key (the values sent, in this order).
   */
  faxesList(params: T.FaxesListInput): Promise<T.FaxesListResult> {
    return this.transport.call({
      id: "faxes_list",
      kind: "xml",
      method: "GET",
      path: "/stats/faxes_list/{userid}",
      auth: "user",
      in: { userid: "path" },
      hashOrder: ["userid"],
      xml: { page: { userid: "number", aval_languages: { language: ["string"] }, faxes: { period: {}, fax: [{}] } } },
    }, params);
  }

  /**
   * faxes_list_filter: List the user's faxes for a chosen period, fax status and device.
   *
   * Parameters: userid: integer, required, min 1; search_on: boolean, default true; period_start: string; period_end:
   * string; fax_status: string, at most 32 characters, default all; device_id: string, default all.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + search_on + period_start + period_end + fax_status +
   * device_id + API secret key (the values sent, in this order).
   */
  faxesListFilter(params: T.FaxesListFilterInput): Promise<T.FaxesListFilterResult> {
    return this.transport.call({
      id: "faxes_list_filter",
      kind: "xml",
      method: "POST",
      path: "/stats/faxes_list/{userid}",
      auth: "user",
      in: {
        userid: "path",
        search_on: "body",
        period_start: "body",
        period_end: "body",
        fax_status: "body",
        device_id: "body",
      },
      hashOrder: ["userid", "search_on", "period_start", "period_end", "fax_status", "device_id"],
      xml: { page: { userid: "number", aval_languages: { language: ["string"] }, faxes: { period: {}, fax: [{}] } } },
    }, params);
  }

  /**
   * login: Log in with username and password and start a session.
   *
   * Parameters: u: string, required, at most 64 characters; p: string, required, at most 128 characters.
   */
  login(params: T.LoginInput): Promise<T.LoginResult> {
    return this.transport.call({
      id: "login",
      kind: "xml",
      method: "POST",
      path: "/api/login",
      auth: "login",
      in: { u: "query", p: "query" },
      hashOrder: ["u", "p"],
      xml: { action: { user_id: "number" } },
    }, params);
  }

  /** login_form: Show the login form metadata (current and available languages, last error). */
  loginForm(params: T.LoginFormInput = {}): Promise<T.LoginFormResult> {
    return this.transport.call({
      id: "login_form",
      kind: "xml",
      method: "GET",
      path: "/callc/login",
      auth: "none",
      in: {},
      hashOrder: [],
      xml: { page: { aval_languages: { language: ["string"] } } },
    }, params);
  }

  /**
   * main: Show the welcome page: missed calls, call totals for the month and the day, finances.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  main(params: T.MainInput = {}): Promise<T.MainResult> {
    return this.transport.call({
      id: "main",
      kind: "xml",
      method: "GET",
      path: "/callc/main",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: {
        page: {
          userid: "number",
          stats: {
            missed_calls: { missed_today: "number", missed_total: "number" },
            call_history: { calls: [{ call_counts: "number" }] },
            finances: {},
          },
        },
      },
    }, params);
  }

  /**
   * missed_calls: List the user's missed calls for the current period, with their processed flag.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  missedCalls(params: T.MissedCallsInput = {}): Promise<T.MissedCallsResult> {
    return this.transport.call({
      id: "missed_calls",
      kind: "xml",
      method: "GET",
      path: "/stats/missed_calls",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: {
        page: {
          userid: "number",
          missed_total: "number",
          aval_languages: { language: ["string"] },
          calls_stat: { period: {}, calls: { call: [{ call_id: "number", processed: "number" }] } },
        },
      },
    }, params);
  }

  /**
   * missed_calls_filter: Show the missed calls of a chosen period, or mark missed calls processed.
   *
   * Parameters: userid: integer, min 1; search_on: boolean, default true; period_start: string; period_end: string;
   * processed: list.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + search_on + period_start + period_end + processed + API
   * secret key (the values sent, in this order).
   */
  missedCallsFilter(params: T.MissedCallsFilterInput = {}): Promise<T.MissedCallsFilterResult> {
    return this.transport.call({
      id: "missed_calls_filter",
      kind: "xml",
      method: "POST",
      path: "/stats/missed_calls",
      auth: "user",
      in: { userid: "body", search_on: "body", period_start: "body", period_end: "body", processed: "body" },
      hashOrder: ["userid", "search_on", "period_start", "period_end", "processed"],
      xml: {
        page: {
          userid: "number",
          missed_total: "number",
          aval_languages: { language: ["string"] },
          calls_stat: { period: {}, calls: { call: [{ call_id: "number", processed: "number" }] } },
        },
      },
    }, params);
  }

  /**
   * new_calls: List the user's new calls (those not yet seen).
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  newCalls(params: T.NewCallsInput = {}): Promise<T.NewCallsResult> {
    return this.transport.call({
      id: "new_calls",
      kind: "xml",
      method: "GET",
      path: "/stats/new_calls_list",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: { page: { userid: "number", calls_stat: { total_calls: "number", calls: { call: [{}] } } } },
    }, params);
  }

  /**
   * personal_details: Show the user's account, personal and registration details.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  personalDetails(params: T.PersonalDetailsInput = {}): Promise<T.PersonalDetailsResult> {
    return this.transport.call({
      id: "personal_details",
      kind: "xml",
      method: "GET",
      path: "/users/personal_details",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: { page: { userid: "number", details: { main_details: {}, other_details: {}, registration: {} } } },
    }, params);
  }

  /**
   * personal_payments: List the user's payments.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  personalPayments(params: T.PersonalPaymentsInput = {}): Promise<T.PersonalPaymentsResult> {
    return this.transport.call({
      id: "personal_payments",
      kind: "xml",
      method: "GET",
      path: "/payments/personal_payments",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: { page: { userid: "number", payments: { payment: [{}] } } },
    }, params);
  }

  /**
   * personal_rates_csv: Export the user's personal rates as a CSV file.
   *
   * Parameters: userid: integer, required, min 1.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + API secret key (the values sent, in this order).
   */
  personalRatesCsv(params: T.PersonalRatesCsvInput): Promise<T.PersonalRatesCsvResult> {
    return this.transport.call({
      id: "personal_rates_csv",
      kind: "file",
      method: "GET",
      path: "/tariffs/generate_personal_rates_csv/{userid}",
      auth: "user",
      in: { userid: "path" },
      hashOrder: ["userid"],
    }, params);
  }

  /**
   * personal_rates_pdf: Export the user's personal rates as a PDF file.
   *
   * Parameters: userid: integer, required, min 1.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + API secret key (the values sent, in this order).
   */
  personalRatesPdf(params: T.PersonalRatesPdfInput): Promise<T.PersonalRatesPdfResult> {
    return this.transport.call({
      id: "personal_rates_pdf",
      kind: "file",
      method: "GET",
      path: "/tariffs/generate_personal_rates_pdf/{userid}",
      auth: "user",
      in: { userid: "path" },
      hashOrder: ["userid"],
    }, params);
  }

  /**
   * phonebook_add: Add an entry (number and name) to the user's phonebook.
   *
   * Parameters: userid: integer, required, min 1; number: phone, required, at most 32 characters; name: string,
   * required, at most 255 characters.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + number + name + API secret key (the values sent, in this
   * order).
   */
  phonebookAdd(params: T.PhonebookAddInput): Promise<T.PhonebookAddResult> {
    return this.transport.call({
      id: "phonebook_add",
      kind: "xml",
      method: "POST",
      path: "/phonebooks/add_new/{userid}",
      auth: "user",
      in: { userid: "path", number: "body", name: "body" },
      hashOrder: ["userid", "number", "name"],
      xml: { action: {} },
    }, params);
  }

  /**
   * phonebook_destroy: Delete an entry from the user's phonebook.
   *
   * Parameters: entryid: integer, required, min 1.
   *
   * Stateless form: hash = SHA1 hex of user_id + entryid + API secret key (the values sent, in this order).
   */
  phonebookDestroy(params: T.PhonebookDestroyInput): Promise<T.PhonebookDestroyResult> {
    return this.transport.call({
      id: "phonebook_destroy",
      kind: "xml",
      method: "POST",
      path: "/phonebooks/destroy/{entryid}",
      auth: "user",
      in: { entryid: "path" },
      hashOrder: ["entryid"],
      xml: { action: {} },
    }, params);
  }

  /**
   * phonebook_list: List the user's phonebook entries.
   *
   * Parameters: userid: integer, required, min 1.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + API secret key (the values sent, in this order).
   */
  phonebookList(params: T.PhonebookListInput): Promise<T.PhonebookListResult> {
    return this.transport.call({
      id: "phonebook_list",
      kind: "xml",
      method: "GET",
      path: "/phonebooks/list/{userid}",
      auth: "user",
      in: { userid: "path" },
      hashOrder: ["userid"],
      xml: { page: { userid: "number", entries: { entry: [{}] } } },
    }, params);
  }

  /**
   * update_personal_details: Change the user's personal and registration details (the "Change" button).
   *
   * Parameters: userid: integer, required, min 1; username: string, at most 255 characters; surname: string, at most
   * 255 characters; personalid: string, at most 255 characters; agreement_number: string, at most 255 characters;
   * agreement_date: date; taxation_country: string, at most 255 characters; vat_reg_number: string, at most 255
   * characters; reg_address: string, at most 255 characters; reg_postcode: string, at most 32 characters; reg_city:
   * string, at most 255 characters; reg_country: string, at most 255 characters; reg_state: string, at most 255
   * characters; reg_direction: string, at most 255 characters; reg_phone: phone, at most 32 characters; reg_mobile:
   * phone, at most 32 characters; reg_fax: phone, at most 32 characters; reg_email: string, at most 254 characters.
   *
   * Stateless form: hash = SHA1 hex of user_id + userid + username + surname + personalid + agreement_number +
   * agreement_date + taxation_country + vat_reg_number + reg_address + reg_postcode + reg_city + reg_country +
   * reg_state + reg_direction + reg_phone + reg_mobile + reg_fax + reg_email + API secret key (the values sent, in this
   * order).
   */
  updatePersonalDetails(params: T.UpdatePersonalDetailsInput): Promise<T.UpdatePersonalDetailsResult> {
    return this.transport.call({
      id: "update_personal_details",
      kind: "xml",
      method: "POST",
      path: "/users/update_personal_details/{userid}",
      auth: "user",
      in: {
        userid: "path",
        username: "body",
        surname: "body",
        personalid: "body",
        agreement_number: "body",
        agreement_date: "body",
        taxation_country: "body",
        vat_reg_number: "body",
        reg_address: "body",
        reg_postcode: "body",
        reg_city: "body",
        reg_country: "body",
        reg_state: "body",
        reg_direction: "body",
        reg_phone: "body",
        reg_mobile: "body",
        reg_fax: "body",
        reg_email: "body",
      },
      hashOrder: [
        "userid",
        "username",
        "surname",
        "personalid",
        "agreement_number",
        "agreement_date",
        "taxation_country",
        "vat_reg_number",
        "reg_address",
        "reg_postcode",
        "reg_city",
        "reg_country",
        "reg_state",
        "reg_direction",
        "reg_phone",
        "reg_mobile",
        "reg_fax",
        "reg_email",
      ],
      xml: { action: {} },
    }, params);
  }

  /**
   * user_device_clis: List the caller IDs (CLIs) attached to the user's devices.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  userDeviceClis(params: T.UserDeviceClisInput = {}): Promise<T.UserDeviceClisResult> {
    return this.transport.call({
      id: "user_device_clis",
      kind: "xml",
      method: "GET",
      path: "/devices/user_device_clis",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: {
        page: {
          userid: "number",
          aval_devices: { device: [{ "#text": "string", "@_id": "number" }] },
          clis: { cli: [{ cli_id: "number" }] },
        },
      },
    }, params);
  }

  /**
   * user_devices: List the user's devices with their credentials, caller ID and last registration.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  userDevices(params: T.UserDevicesInput = {}): Promise<T.UserDevicesResult> {
    return this.transport.call({
      id: "user_devices",
      kind: "xml",
      method: "GET",
      path: "/devices/user_devices",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: { page: { userid: "number", devices: { device: [{ acc: "number" }] } } },
    }, params);
  }

  /**
   * user_invoices: List the user's invoices.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  userInvoices(params: T.UserInvoicesInput = {}): Promise<T.UserInvoicesResult> {
    return this.transport.call({
      id: "user_invoices",
      kind: "xml",
      method: "GET",
      path: "/accounting/user_invoices",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: { page: { userid: "number", invoices: { invoice: [{}] } } },
    }, params);
  }

  /**
   * user_rates: List the user's rates per destination with and without VAT, optionally converted to another currency.
   *
   * Parameters: currency: string.
   *
   * Stateless form: hash = SHA1 hex of user_id + currency + API secret key (the values sent, in this order).
   */
  userRates(params: T.UserRatesInput = {}): Promise<T.UserRatesResult> {
    return this.transport.call({
      id: "user_rates",
      kind: "xml",
      method: "GET",
      path: "/tariffs/user_rates",
      auth: "user",
      in: { currency: "query" },
      hashOrder: ["currency"],
      xml: { page: { userid: "number", aval_currencies: { currency: ["string"] }, rates: { rate: [{}] } } },
    }, params);
  }

  /**
   * user_stats: Show detailed call statistics: today's and month's normative, calls by outcome and direction, calls by
   * date.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  userStats(params: T.UserStatsInput = {}): Promise<T.UserStatsResult> {
    return this.transport.call({
      id: "user_stats",
      kind: "xml",
      method: "GET",
      path: "/stats/user_stats",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: {
        page: {
          userid: "number",
          details: {
            main_details: { todays_normative: "number", months_normative: "number", new_calls: "number" },
            calls: {
              incoming: { answered: "number", no_answer: "number", busy: "number", failed: "number" },
              outgoing: { answered: "number", no_answer: "number", busy: "number", failed: "number" },
            },
            detailed_by_date: {
              call_by_date: [
                { calls_count: "number", duration: "number", avg_time: "number", calls_normative: "number" },
              ],
            },
          },
        },
      },
    }, params);
  }

  /**
   * user_stats_dates: Show the detailed call statistics for a chosen date range.
   *
   * Parameters: period_start: date, required; period_end: date, required.
   *
   * Stateless form: hash = SHA1 hex of user_id + period_start + period_end + API secret key (the values sent, in this
   * order).
   */
  userStatsDates(params: T.UserStatsDatesInput): Promise<T.UserStatsDatesResult> {
    return this.transport.call({
      id: "user_stats_dates",
      kind: "xml",
      method: "POST",
      path: "/stats/user_stats",
      auth: "user",
      in: { period_start: "body", period_end: "body" },
      hashOrder: ["period_start", "period_end"],
      xml: {
        page: {
          userid: "number",
          details: {
            main_details: { todays_normative: "number", months_normative: "number", new_calls: "number" },
            calls: {
              incoming: { answered: "number", no_answer: "number", busy: "number", failed: "number" },
              outgoing: { answered: "number", no_answer: "number", busy: "number", failed: "number" },
            },
            detailed_by_date: {
              call_by_date: [
                { calls_count: "number", duration: "number", avg_time: "number", calls_normative: "number" },
              ],
            },
          },
        },
      },
    }, params);
  }

  /**
   * user_subscriptions: List the services the user is subscribed to.
   *
   * Stateless form: hash = SHA1 hex of user_id + API secret key (the values sent, in this order).
   */
  userSubscriptions(params: T.UserSubscriptionsInput = {}): Promise<T.UserSubscriptionsResult> {
    return this.transport.call({
      id: "user_subscriptions",
      kind: "xml",
      method: "GET",
      path: "/services/user_subscriptions",
      auth: "user",
      in: {},
      hashOrder: [],
      xml: { page: { userid: "number", subscriptions: { subscription: [{}] } } },
    }, params);
  }
}
