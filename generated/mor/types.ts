// generated from spec/ — do not edit; run `make generate`
import type { Decimal, FileAnswer, HandlerResult } from '../common.ts';

/**
 * Parameters of mor `activate_callback`: Start a callback: call the source number, then connect it to the destination,
 * billed to one of the user's devices.
 */
export interface ActivateCallbackParams {
  /** The number called first (seed: src=%source%). */
  src: string;
  /** The number the source is connected to once it answers (seed: dst=%destination%). */
  dst: string;
  /** The user's device the callback is made and billed for, its acc on the devices page (seed: acc=%device%). */
  acc: number;
}

/** Request input of mor `activate_callback`: its parameters (none has a default). */
export type ActivateCallbackInput = ActivateCallbackParams;

/** Result of mor `activate_callback`. */
export type ActivateCallbackResult = {
  action: {
    name: "callback";
    /** ok or failed. */
    status: string;
    /** "Callback activated" when ok; an error description when failed. */
    status_message: string;
  };
};

/** Parameters of mor `call_list`: List the user's calls (CDRs) for the current period. */
export interface CallListParams {}

/** Request input of mor `call_list`: its parameters (none has a default). */
export type CallListInput = CallListParams;

/** Result of mor `call_list`. */
export type CallListResult = {
  page: {
    pagename: "Calls";
    language: string;
    /** Error message; empty when there is none. */
    error_msg: string;
    userid: number;
    /** Device filter in force: all or a device id. */
    show_device: string;
    /** Call status filter in force, e.g. all. */
    status: string;
    /** Direction filter in force, e.g. all. */
    direction: string;
    /** Number of calls in the period. */
    total_calls: number;
    /** The user's display name. */
    username: string;
    /** Currency of the prices, e.g. USD. */
    currency: string;
    aval_languages: {
      /** An available language code (seed: en, ru). */
      language: Array<string>;
    };
    calls_stat: {
      period: { period_start: string; period_end: string };
      calls: {
        call: Array<{
          date: string;
          called_from: string;
          called_to: string;
          /** e.g. United States FIX USA 212 New York. */
          destination: string;
          /** HH:MM:SS, e.g. 00:00:36. */
          duration: string;
          /** e.g. Answered, No Answer. */
          hangup_cause: string;
          price: Decimal;
        }>;
      };
    };
  };
};

/** Parameters of mor `call_list_csv`: Export the user's calls for a period as a CSV file. */
export interface CallListCsvParams {
  /** The user whose calls are exported; must be the authenticated user (seed: %userid%). */
  userid: number;
  /** Call type filter (seed: call_type=%calltype%, values outgoing - incoming - all). */
  call_type: "outgoing" | "incoming" | "all";
  /**
   * Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: date_from=%period_start%); default the call list's
   * current period.
   */
  date_from?: string;
  /** End of the period, same forms (seed: date_till=%period_end%); default the call list's current period. */
  date_till?: string;
}

/** Request input of mor `call_list_csv`: Export the user's calls for a period as a CSV file. */
export interface CallListCsvInput {
  /** The user whose calls are exported; must be the authenticated user (seed: %userid%). */
  userid: number;
  /** Call type filter (seed: call_type=%calltype%, values outgoing - incoming - all). */
  call_type?: "outgoing" | "incoming" | "all";
  /**
   * Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: date_from=%period_start%); default the call list's
   * current period.
   */
  date_from?: string;
  /** End of the period, same forms (seed: date_till=%period_end%); default the call list's current period. */
  date_till?: string;
}

/**
 * Result of mor `call_list_csv`.
 *
 * The calls of the period as CSV (a download).
 */
export type CallListCsvResult = FileAnswer;

/** Parameters of mor `call_list_filter`: List the user's calls for a chosen period, direction, call type and device. */
export interface CallListFilterParams {
  /** Current UserId (seed: %userid%); must be the authenticated user, which is the default. */
  userid?: number;
  /** Apply the posted filters; the web form always sends 1 (seed: %search_on% (always 1?)). */
  search_on: boolean;
  /** Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
  period_start?: string;
  /** End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
  period_end?: string;
  /** Direction filter (seed: %direction%, values not given; the page echoes it as direction, sample all). */
  direction: "all" | "outgoing" | "incoming";
  /** Call type filter (seed: %calltype% (outgoing - incoming - all)). */
  calltype: "outgoing" | "incoming" | "all";
  /**
   * Device filter: all or one of the user's device ids (seed: %device% (show_device = all or device_id)); another
   * user's device answers access-denied.
   */
  device: string;
  /**
   * Call status filter, echoed as status (not a seed parameter: the seed's page echoes a status but lists no parameter
   * for it).
   */
  status: "all" | "answered" | "no_answer" | "busy" | "failed";
}

/**
 * Request input of mor `call_list_filter`: List the user's calls for a chosen period, direction, call type and device.
 */
export interface CallListFilterInput {
  /** Current UserId (seed: %userid%); must be the authenticated user, which is the default. */
  userid?: number;
  /** Apply the posted filters; the web form always sends 1 (seed: %search_on% (always 1?)). */
  search_on?: boolean;
  /** Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
  period_start?: string;
  /** End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
  period_end?: string;
  /** Direction filter (seed: %direction%, values not given; the page echoes it as direction, sample all). */
  direction?: "all" | "outgoing" | "incoming";
  /** Call type filter (seed: %calltype% (outgoing - incoming - all)). */
  calltype?: "outgoing" | "incoming" | "all";
  /**
   * Device filter: all or one of the user's device ids (seed: %device% (show_device = all or device_id)); another
   * user's device answers access-denied.
   */
  device?: string;
  /**
   * Call status filter, echoed as status (not a seed parameter: the seed's page echoes a status but lists no parameter
   * for it).
   */
  status?: "all" | "answered" | "no_answer" | "busy" | "failed";
}

/**
 * Result of mor `call_list_filter`.
 *
 * The Calls page, as call_list, for the posted filters.
 */
export type CallListFilterResult = {
  page: {
    pagename: "Calls";
    language: string;
    /** Error message; empty when there is none. */
    error_msg: string;
    userid: number;
    /** Device filter in force: all or a device id. */
    show_device: string;
    /** Call status filter in force, e.g. all. */
    status: string;
    /** Direction filter in force, e.g. all. */
    direction: string;
    /** Number of calls in the period. */
    total_calls: number;
    /** The user's display name. */
    username: string;
    /** Currency of the prices, e.g. USD. */
    currency: string;
    aval_languages: {
      /** An available language code (seed: en, ru). */
      language: Array<string>;
    };
    calls_stat: {
      period: { period_start: string; period_end: string };
      calls: {
        call: Array<{
          date: string;
          called_from: string;
          called_to: string;
          /** e.g. United States FIX USA 212 New York. */
          destination: string;
          /** HH:MM:SS, e.g. 00:00:36. */
          duration: string;
          /** e.g. Answered, No Answer. */
          hangup_cause: string;
          price: Decimal;
        }>;
      };
    };
  };
};

/** Parameters of mor `call_list_pdf`: Export the user's calls for a period as a PDF file. */
export interface CallListPdfParams {
  /** The user whose calls are exported; must be the authenticated user (seed: %userid%). */
  userid: number;
  /** Call type filter (seed: call_type=%calltype%, values outgoing - incoming - all). */
  call_type: "outgoing" | "incoming" | "all";
  /**
   * Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: date_from=%period_start%); default the call list's
   * current period.
   */
  date_from?: string;
  /** End of the period, same forms (seed: date_till=%period_end%); default the call list's current period. */
  date_till?: string;
}

/** Request input of mor `call_list_pdf`: Export the user's calls for a period as a PDF file. */
export interface CallListPdfInput {
  /** The user whose calls are exported; must be the authenticated user (seed: %userid%). */
  userid: number;
  /** Call type filter (seed: call_type=%calltype%, values outgoing - incoming - all). */
  call_type?: "outgoing" | "incoming" | "all";
  /**
   * Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: date_from=%period_start%); default the call list's
   * current period.
   */
  date_from?: string;
  /** End of the period, same forms (seed: date_till=%period_end%); default the call list's current period. */
  date_till?: string;
}

/**
 * Result of mor `call_list_pdf`.
 *
 * The calls of the period as PDF (a download).
 */
export type CallListPdfResult = FileAnswer;

/** Parameters of mor `callflow`: Show the call flow of one of the user's devices (the action for each call state). */
export interface CallflowParams {
  /** The device (acc on the devices page); must belong to the user (seed: %device_id%). */
  device_id: number;
}

/** Request input of mor `callflow`: its parameters (none has a default). */
export type CallflowInput = CallflowParams;

/** Result of mor `callflow`. */
export type CallflowResult = {
  page: {
    pagename: "Call Flow";
    language: string;
    userid: number;
    device: {
      device_id: number;
      /** e.g. IAX2/101. */
      device_description: string;
      /** Icon file name, e.g. phone.png. */
      device_icon: string;
      callflows: {
        callflow: Array<{
          /** Before call, Call, Answered, No answer, Busy or Failed. */
          call_state: string;
          /** The action for that state, e.g. -, Dial(IAX2/101), Hangup, Voicemail. */
          callflow_action: string;
        }>;
      };
    };
  };
};

/** Parameters of mor `callflow_edit`: Show the editable actions of one call state of a device's call flow. */
export interface CallflowEditParams {
  /** The device; must belong to the user (seed: %device_id%). */
  device_id: number;
  /** The call state to edit (seed: cft=%cf_type%, CallFlow Types). */
  cft: "before_call" | "call" | "hangup" | "noanswer" | "busy" | "failed";
}

/** Request input of mor `callflow_edit`: its parameters (none has a default). */
export type CallflowEditInput = CallflowEditParams;

/** Result of mor `callflow_edit`. */
export type CallflowEditResult = {
  page: {
    pagename: "Call State";
    language: string;
    userid: number;
    callflow: {
      device_id: number;
      /** e.g. IAX2/101. */
      device_description: string;
      /** e.g. phone.png. */
      device_icon: string;
      /** The state being edited, e.g. Before call. */
      call_state: string;
      actions: {
        action: Array<{
          priority: number;
          /** 2 Forward, 3 Voicemail, 4 Faxdetect. */
          action_id: number;
          /** Forward and Faxdetect only: the devices that can be chosen. */
          aval_devices?: {
            device: Array<{
              device_id: number;
              /** e.g. SIP/103, Fax/102. */
              device_name: string;
            }>;
          };
        }>;
      };
    };
  };
};

/**
 * Parameters of mor `callflow_update`: Set the action of one call state of a device: none, forward (device or external
 * number), voicemail or fax detect.
 */
export interface CallflowUpdateParams {
  /** The device whose call flow changes; must belong to the user (seed: %device_id%). */
  device_id: number;
  /** The call state being changed (seed: cft=%cf_type%). */
  cft: "before_call" | "call" | "hangup" | "noanswer" | "busy" | "failed";
  /** Which change the form makes; absent with cf_action=voicemail. */
  whattodo?: "change_action" | "change_local_device" | "change_external_device" | "change_fax_device";
  /**
   * The action. The seed sends forward for fax detect too (with whattodo=change_fax_device); faxdetect, the action's
   * own name, is accepted as well.
   */
  cf_action?: "forward" | "voicemail" | "faxdetect";
  /**
   * Target device for change_local_device and change_fax_device; must belong to the user (seed: deviceid=%device_id%).
   */
  deviceid?: number;
  /** External number to forward to, for change_external_device (seed: ext_number = %ext_number%). */
  ext_number?: string;
}

/** Request input of mor `callflow_update`: its parameters (none has a default). */
export type CallflowUpdateInput = CallflowUpdateParams;

/**
 * Result of mor `callflow_update`.
 *
 * Not specified by the seed; the Call State page (as callflow_edit) for the edited state after the change.
 */
export type CallflowUpdateResult = {
  page: {
    pagename: "Call State";
    language: string;
    userid: number;
    callflow: {
      device_id: number;
      device_description: string;
      device_icon: string;
      call_state: string;
      actions: {
        action: Array<{
          priority: number;
          /** 2 Forward, 3 Voicemail, 4 Faxdetect. */
          action_id: number;
          aval_devices?: { device: Array<{ device_id: number; device_name: string }> };
        }>;
      };
    };
  };
};

/** Parameters of mor `cli_add`: Add a caller ID (CLI) to one of the user's devices. */
export interface CliAddParams {
  /** The device, one of aval_devices on the CLIs page (seed: %device_id%). */
  device_id: number;
  /** The caller ID number (seed: %cli%); shown as cli_name. */
  cli: string;
  /** Description (seed: %description%); shown as cli_desc. */
  description?: string;
}

/** Request input of mor `cli_add`: its parameters (none has a default). */
export type CliAddInput = CliAddParams;

/** Result of mor `cli_add`. */
export type CliAddResult = {
  action: {
    name: "add_cli";
    /** ok or failed. */
    status: string;
    /** "CLI created" when ok, "CLI not created" when failed. */
    status_message: string;
  };
};

/** Parameters of mor `destinations`: List the prefixes (directions) of one destination group. */
export interface DestinationsParams {
  /** The destination group (seed: %dest_id%). */
  dest_id: number;
}

/** Request input of mor `destinations`: its parameters (none has a default). */
export type DestinationsInput = DestinationsParams;

/** Result of mor `destinations`. */
export type DestinationsResult = {
  page: {
    pagename: "Destinations";
    language: string;
    /** Destination group name, e.g. Australia. */
    groupname: string;
    /** Flag icon file name, e.g. aust.png. */
    groupicon: string;
    directions: {
      direction: Array<{
        /** Destination name, e.g. Australia Canberra. */
        details: string;
        /** Dialling prefix, digits, e.g. 61261. */
        prefix: string;
        /** Destination type, e.g. FIX or MOB. */
        dir_code: string;
      }>;
    };
  };
};

/** Parameters of mor `faxes_list`: List the faxes the user received in the current period. */
export interface FaxesListParams {
  /** The fax owner; must be the authenticated user (seed: %userid%). */
  userid: number;
}

/** Request input of mor `faxes_list`: its parameters (none has a default). */
export type FaxesListInput = FaxesListParams;

/** Result of mor `faxes_list`. */
export type FaxesListResult = {
  page: {
    pagename: "Faxes";
    language: string;
    /** Error message; empty when there is none. */
    error_msg: string;
    userid: number;
    /** Device filter in force: all or a device id. */
    show_device: string;
    /** The user's display name. */
    username: string;
    aval_languages: {
      /** An available language code (seed: en, ru). */
      language: Array<string>;
    };
    faxes: {
      period: { period_start: string; period_end: string };
      fax: Array<{
        /** The fax device, e.g. FAX/102. */
        device: string;
        /** Stored fax file name; empty in the seed's sample. */
        filename: string;
        receive_time: string;
        /** Sender number; empty in the seed's sample. */
        sender: string;
        /** e.g. Received. */
        status: string;
      }>;
    };
  };
};

/** Parameters of mor `faxes_list_filter`: List the user's faxes for a chosen period, fax status and device. */
export interface FaxesListFilterParams {
  /** Current UserId (seed: %userid%); must be the authenticated user. */
  userid: number;
  /** Apply the posted filters (seed: %search_on%). */
  search_on: boolean;
  /** Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
  period_start?: string;
  /** End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
  period_end?: string;
  /** Fax status filter: all or a status as the page shows it, e.g. Received (seed: %fax_status%, values not given). */
  fax_status: string;
  /** Device filter: all or one of the user's fax device ids (seed: %device_id%). */
  device_id: string;
}

/** Request input of mor `faxes_list_filter`: List the user's faxes for a chosen period, fax status and device. */
export interface FaxesListFilterInput {
  /** Current UserId (seed: %userid%); must be the authenticated user. */
  userid: number;
  /** Apply the posted filters (seed: %search_on%). */
  search_on?: boolean;
  /** Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
  period_start?: string;
  /** End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
  period_end?: string;
  /** Fax status filter: all or a status as the page shows it, e.g. Received (seed: %fax_status%, values not given). */
  fax_status?: string;
  /** Device filter: all or one of the user's fax device ids (seed: %device_id%). */
  device_id?: string;
}

/**
 * Result of mor `faxes_list_filter`.
 *
 * The Faxes page, as faxes_list, for the posted filters.
 */
export type FaxesListFilterResult = {
  page: {
    pagename: "Faxes";
    language: string;
    /** Error message; empty when there is none. */
    error_msg: string;
    userid: number;
    /** Device filter in force: all or a device id. */
    show_device: string;
    /** The user's display name. */
    username: string;
    aval_languages: {
      /** An available language code (seed: en, ru). */
      language: Array<string>;
    };
    faxes: {
      period: { period_start: string; period_end: string };
      fax: Array<{
        /** The fax device, e.g. FAX/102. */
        device: string;
        /** Stored fax file name; empty in the seed's sample. */
        filename: string;
        receive_time: string;
        /** Sender number; empty in the seed's sample. */
        sender: string;
        /** e.g. Received. */
        status: string;
      }>;
    };
  };
};

/** Parameters of mor `login`: Log in with username and password and start a session. */
export interface LoginParams {
  /** The user's username (seed: u=username). */
  u: string;
  /** The user's password in clear text (seed: p=password); send only over https. */
  p: string;
}

/** Request input of mor `login`: its parameters (none has a default). */
export type LoginInput = LoginParams;

/**
 * Result of mor `login`.
 *
 * The seed's XML declaration here lacks the closing `?` (`<?xml version="1.0" encoding="utf-8">`); answer a well-formed
 * declaration.
 */
export type LoginResult = {
  action: {
    name: "login";
    /** ok or failed. */
    status: string;
    /** The user's id, when ok (MOR's loggin_output). */
    user_id?: number;
    /** "Successfully logged in" when ok; "Login failed" or another reason when failed. */
    status_message: string;
  };
};

/** Parameters of mor `login_form`: Show the login form metadata (current and available languages, last error). */
export interface LoginFormParams {}

/** Request input of mor `login_form`: its parameters (none has a default). */
export type LoginFormInput = LoginFormParams;

/** Result of mor `login_form`. */
export type LoginFormResult = {
  page: {
    pagename: "Login page";
    /** Current interface language code, e.g. en. */
    language: string;
    /** An error message; empty (a failed login is answered by the login action). */
    error_msg: string;
    aval_languages: {
      /** An available language code (seed samples: en, ru; Switchboard offers en). */
      language: Array<string>;
    };
  };
};

/** Parameters of mor `main`: Show the welcome page: missed calls, call totals for the month and the day, finances. */
export interface MainParams {}

/** Request input of mor `main`: its parameters (none has a default). */
export type MainInput = MainParams;

/** Result of mor `main`. */
export type MainResult = {
  page: {
    pagename: "Main page";
    /** The user's display name (seed sample: Very Important User). */
    username: string;
    userid: number;
    language: string;
    stats: {
      missed_calls: {
        /** Missed calls today. */
        missed_today: number;
        /** Missed calls in total (all time). */
        missed_total: number;
      };
      call_history: {
        /** One entry per period: the seed shows Month then Day. */
        calls: Array<{
          /** Number of calls in the period. */
          call_counts: number;
          /** Month or Day. */
          period: string;
          /** Total duration as HH:MM:SS, e.g. 00:20:35. */
          call_duration: string;
        }>;
      };
      finances: {
        /** Prepaid or Postpaid. */
        account: string;
        /** Amount and currency, e.g. 100 USD. */
        balance: string;
        /** Credit limit, or No Limit. */
        credit: string;
      };
    };
  };
};

/** Parameters of mor `missed_calls`: List the user's missed calls for the current period, with their processed flag. */
export interface MissedCallsParams {}

/** Request input of mor `missed_calls`: its parameters (none has a default). */
export type MissedCallsInput = MissedCallsParams;

/** Result of mor `missed_calls`. */
export type MissedCallsResult = {
  page: {
    pagename: "Missed calls";
    language: string;
    /** Error message; empty when there is none. */
    error_msg: string;
    userid: number;
    /** Number of missed calls in the period. */
    missed_total: number;
    /** The user's display name. */
    username: string;
    aval_languages: {
      /** An available language code (seed: en, ru). */
      language: Array<string>;
    };
    calls_stat: {
      period: { period_start: string; period_end: string };
      calls: {
        call: Array<{
          call_id: number;
          date: string;
          called_from: string;
          called_to: string;
          /** HH:MM:SS, e.g. 00:00:36. */
          duration: string;
          /** e.g. No Answer. */
          hangup_cause: string;
          /** 0 not yet processed, 1 processed (the seed's `<<processed>` is a typo for `<processed>`). */
          processed: number;
        }>;
      };
    };
  };
};

/**
 * Parameters of mor `missed_calls_filter`: Show the missed calls of a chosen period, or mark missed calls processed.
 */
export interface MissedCallsFilterParams {
  /** Current UserId (seed: %userid%); must be the authenticated user, which is the default. */
  userid?: number;
  /** Apply the posted period; the web form always sends 1 (seed: %search_on% (always 1?)). */
  search_on: boolean;
  /** Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
  period_start?: string;
  /** End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
  period_end?: string;
  /** Process call (seed: %processed%): comma-separated call_id values of the user's missed calls to mark processed. */
  processed?: string[];
}

/**
 * Request input of mor `missed_calls_filter`: Show the missed calls of a chosen period, or mark missed calls processed.
 */
export interface MissedCallsFilterInput {
  /** Current UserId (seed: %userid%); must be the authenticated user, which is the default. */
  userid?: number;
  /** Apply the posted period; the web form always sends 1 (seed: %search_on% (always 1?)). */
  search_on?: boolean;
  /** Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
  period_start?: string;
  /** End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
  period_end?: string;
  /** Process call (seed: %processed%): comma-separated call_id values of the user's missed calls to mark processed. */
  processed?: string[];
}

/**
 * Result of mor `missed_calls_filter`.
 *
 * The Missed calls page, as missed_calls, for the posted period and after marking.
 */
export type MissedCallsFilterResult = {
  page: {
    pagename: "Missed calls";
    language: string;
    /** Error message; empty when there is none. */
    error_msg: string;
    userid: number;
    /** Number of missed calls in the period. */
    missed_total: number;
    /** The user's display name. */
    username: string;
    aval_languages: {
      /** An available language code (seed: en, ru). */
      language: Array<string>;
    };
    calls_stat: {
      period: { period_start: string; period_end: string };
      calls: {
        call: Array<{
          call_id: number;
          date: string;
          called_from: string;
          called_to: string;
          /** HH:MM:SS, e.g. 00:00:36. */
          duration: string;
          /** e.g. No Answer. */
          hangup_cause: string;
          /** 0 not yet processed, 1 processed (the seed's `<<processed>` is a typo for `<processed>`). */
          processed: number;
        }>;
      };
    };
  };
};

/** Parameters of mor `new_calls`: List the user's new calls (those not yet seen). */
export interface NewCallsParams {}

/** Request input of mor `new_calls`: its parameters (none has a default). */
export type NewCallsInput = NewCallsParams;

/** Result of mor `new_calls`. */
export type NewCallsResult = {
  page: {
    pagename: "Calls";
    language: string;
    /** Error message; empty when there is none. */
    error_msg: string;
    userid: number;
    calls_stat: {
      /** Number of new calls. */
      total_calls: number;
      calls: {
        call: Array<{
          date: string;
          called_from: string;
          called_to: string;
          /** HH:MM:SS, e.g. 00:00:36. */
          duration: string;
          /** e.g. Answered. */
          hangup_cause: string;
        }>;
      };
    };
  };
};

/** Parameters of mor `personal_details`: Show the user's account, personal and registration details. */
export interface PersonalDetailsParams {}

/** Request input of mor `personal_details`: its parameters (none has a default). */
export type PersonalDetailsInput = PersonalDetailsParams;

/** Result of mor `personal_details`. */
export type PersonalDetailsResult = {
  page: {
    pagename: "Personal details";
    language: string;
    userid: number;
    details: {
      main_details: {
        /** The user's alias, e.g. 101. */
        alias: string;
        /** Prepaid or Postpaid */
        account: string;
        /** amount and currency, e.g. 100 USD */
        balance: string;
        /** credit limit, or No Limit */
        credit: string;
      };
      other_details: {
        /** First name (seed sample: Andrey). */
        username: string;
        surname: string;
        personalid: string;
        agreement_number: string;
        agreement_date: string;
        taxation_country: string;
        vat_reg_number: string;
        vat_percent: Decimal;
      };
      registration: {
        reg_address: string;
        reg_postcode: string;
        reg_city: string;
        reg_country: string;
        reg_state: string;
        reg_direction: string;
        reg_phone: string;
        reg_mobile: string;
        reg_fax: string;
        reg_email: string;
      };
    };
  };
};

/** Parameters of mor `personal_payments`: List the user's payments. */
export interface PersonalPaymentsParams {}

/** Request input of mor `personal_payments`: its parameters (none has a default). */
export type PersonalPaymentsInput = PersonalPaymentsParams;

/** Result of mor `personal_payments`. */
export type PersonalPaymentsResult = {
  page: {
    pagename: "Payments";
    language: string;
    userid: number;
    payments: {
      payment: Array<{
        payment_date: string;
        confirmed_date: string;
        /** e.g. Manual. */
        payment_type: string;
        /** Amount without VAT. */
        amount: Decimal;
        /** VAT percent, e.g. 15.0. */
        vat: Decimal;
        /** Amount with VAT. */
        amount_vat: Decimal;
        /** ISO 4217 code, e.g. USD. */
        currency: string;
        /** Yes or No. */
        completed: string;
      }>;
    };
  };
};

/** Parameters of mor `personal_rates_csv`: Export the user's personal rates as a CSV file. */
export interface PersonalRatesCsvParams {
  /** The user whose rates are exported; must be the authenticated user (seed: %userid%). */
  userid: number;
}

/** Request input of mor `personal_rates_csv`: its parameters (none has a default). */
export type PersonalRatesCsvInput = PersonalRatesCsvParams;

/**
 * Result of mor `personal_rates_csv`.
 *
 * The personal rates as CSV (a download).
 */
export type PersonalRatesCsvResult = FileAnswer;

/** Parameters of mor `personal_rates_pdf`: Export the user's personal rates as a PDF file. */
export interface PersonalRatesPdfParams {
  /** The user whose rates are exported; must be the authenticated user (seed: %userid%). */
  userid: number;
}

/** Request input of mor `personal_rates_pdf`: its parameters (none has a default). */
export type PersonalRatesPdfInput = PersonalRatesPdfParams;

/**
 * Result of mor `personal_rates_pdf`.
 *
 * The personal rates as PDF (a download).
 */
export type PersonalRatesPdfResult = FileAnswer;

/** Parameters of mor `phonebook_add`: Add an entry (number and name) to the user's phonebook. */
export interface PhonebookAddParams {
  /** The phonebook's owner; must be the authenticated user (seed: %userid%). */
  userid: number;
  /** The phone number (seed: %number%); shown as entry_number. */
  number: string;
  /** The contact's name (seed: %name%); shown as entry_name. */
  name: string;
}

/** Request input of mor `phonebook_add`: its parameters (none has a default). */
export type PhonebookAddInput = PhonebookAddParams;

/** Result of mor `phonebook_add`. */
export type PhonebookAddResult = {
  action: {
    name: "add_phonebook_entry";
    /** ok or failed. */
    status: string;
    /** "Record added" when ok, "Please fill all fields" when failed. */
    status_message: string;
  };
};

/** Parameters of mor `phonebook_destroy`: Delete an entry from the user's phonebook. */
export interface PhonebookDestroyParams {
  /** The phonebook entry to delete (seed: %entryid%). */
  entryid: number;
}

/** Request input of mor `phonebook_destroy`: its parameters (none has a default). */
export type PhonebookDestroyInput = PhonebookDestroyParams;

/** Result of mor `phonebook_destroy`. */
export type PhonebookDestroyResult = {
  action: {
    name: "delete_phonebook_entry";
    /** ok or failed. */
    status: string;
    /** "Record deleted" when ok, "We're sorry, but something went wrong" when failed. */
    status_message: string;
  };
};

/** Parameters of mor `phonebook_list`: List the user's phonebook entries. */
export interface PhonebookListParams {
  /** The phonebook's owner; must be the authenticated user (seed: %userid%). */
  userid: number;
}

/** Request input of mor `phonebook_list`: its parameters (none has a default). */
export type PhonebookListInput = PhonebookListParams;

/** Result of mor `phonebook_list`. */
export type PhonebookListResult = {
  page: {
    pagename: "Phonebook";
    language: string;
    userid: number;
    entries: {
      entry: Array<{
        /** e.g. 12015551234. */
        entry_number: string;
        entry_name: string;
        entry_added: string;
      }>;
    };
  };
};

/**
 * Parameters of mor `update_personal_details`: Change the user's personal and registration details (the "Change"
 * button).
 */
export interface UpdatePersonalDetailsParams {
  /** The user whose details change; must be the authenticated user (seed: %userid%). */
  userid: number;
  /** First name, shown as other_details/username (seed sample: Andrey). */
  username?: string;
  /** Surname. */
  surname?: string;
  /** Personal (identity) number. */
  personalid?: string;
  /** Agreement number. */
  agreement_number?: string;
  /** Agreement date, YYYY-MM-DD. */
  agreement_date?: string;
  /** Country of taxation (seed sample: Uzbekistan). */
  taxation_country?: string;
  /** VAT registration number. */
  vat_reg_number?: string;
  /** Registration address. */
  reg_address?: string;
  /** Registration postcode. */
  reg_postcode?: string;
  /** Registration city. */
  reg_city?: string;
  /** Registration country. */
  reg_country?: string;
  /** Registration state or county. */
  reg_state?: string;
  /** Registration direction (country of the dialling-code direction; seed sample: Uzbekistan). */
  reg_direction?: string;
  /** Phone number. */
  reg_phone?: string;
  /** Mobile number. */
  reg_mobile?: string;
  /** Fax number. */
  reg_fax?: string;
  /** E-mail address. */
  reg_email?: string;
}

/** Request input of mor `update_personal_details`: its parameters (none has a default). */
export type UpdatePersonalDetailsInput = UpdatePersonalDetailsParams;

/** Result of mor `update_personal_details`. */
export type UpdatePersonalDetailsResult = {
  action: {
    name: "edit_personal";
    /** ok or failed. */
    status: string;
    /** "Personal details changed" when ok; an error description when failed. */
    status_message: string;
  };
};

/** Parameters of mor `user_device_clis`: List the caller IDs (CLIs) attached to the user's devices. */
export interface UserDeviceClisParams {}

/** Request input of mor `user_device_clis`: its parameters (none has a default). */
export type UserDeviceClisInput = UserDeviceClisParams;

/** Result of mor `user_device_clis`. */
export type UserDeviceClisResult = {
  page: {
    pagename: "CallerIDs";
    language: string;
    userid: number;
    aval_devices: {
      /** Text: the device name, e.g. IAX2/101. */
      device: Array<{
        '#text': string;
        /** The device id. */
        '@_id': number;
      }>;
    };
    clis: {
      cli: Array<{
        cli_id: number;
        /** Device name, e.g. IAX2/101. */
        device: string;
        /** e.g. phone.png. */
        device_icon: string;
        /** The caller ID number, e.g. 5555555. */
        cli_name: string;
        /** Description, e.g. Linus. */
        cli_desc: string;
        added_at: string;
      }>;
    };
  };
};

/**
 * Parameters of mor `user_devices`: List the user's devices with their credentials, caller ID and last registration.
 */
export interface UserDevicesParams {}

/** Request input of mor `user_devices`: its parameters (none has a default). */
export type UserDevicesInput = UserDevicesParams;

/** Result of mor `user_devices`. */
export type UserDevicesResult = {
  page: {
    pagename: "Devices";
    language: string;
    userid: number;
    devices: {
      device: Array<{
        /** The device id. */
        acc: number;
        /** e.g. Test device 1. */
        description: string;
        /** Device technology, e.g. IAX2, SIP, FAX. */
        type: string;
        /** Extension number, e.g. 101. */
        extension: string;
        /** Device authentication username. */
        username: string;
        /** Device authentication secret, as the seed shows it. */
        password: string;
        /** Caller ID, e.g. "101" <101>. */
        cid: string;
        last_time_registered: string;
      }>;
    };
  };
};

/** Parameters of mor `user_invoices`: List the user's invoices. */
export interface UserInvoicesParams {}

/** Request input of mor `user_invoices`: its parameters (none has a default). */
export type UserInvoicesInput = UserInvoicesParams;

/** Result of mor `user_invoices`. */
export type UserInvoicesResult = {
  page: {
    pagename: "Invoices";
    language: string;
    userid: number;
    invoices: {
      invoice: Array<{
        /** The invoiced user's name. */
        user: string;
        /** Invoice number. */
        inv_number: string;
        period_start: string;
        period_end: string;
        issue_date: string;
        /** Whether the invoice is paid; empty in the seed's sample. */
        paid: string;
        paid_date: string;
        /** Price without VAT. */
        price: Decimal;
        /** VAT percent, e.g. 15.0. */
        vat: Decimal;
        /** Price with VAT. */
        price_vat: Decimal;
      }>;
    };
  };
};

/**
 * Parameters of mor `user_rates`: List the user's rates per destination with and without VAT, optionally converted to
 * another currency.
 */
export interface UserRatesParams {
  /**
   * ISO 4217 code of the currency to show the rates in, one of aval_currencies (seed: currency=%cur_code%); default the
   * user's currency.
   */
  currency?: string;
}

/** Request input of mor `user_rates`: its parameters (none has a default). */
export type UserRatesInput = UserRatesParams;

/** Result of mor `user_rates`. */
export type UserRatesResult = {
  page: {
    /** Sic: the seed names the rates page Payments. */
    pagename: "Payments";
    language: string;
    userid: number;
    /** Currency of the rates shown, e.g. USD. */
    currency: string;
    /** VAT percent applied in rate_vat_cost, e.g. 15. */
    vat_percent: Decimal;
    aval_currencies: {
      /** A currency the rates can be shown in (seed: USD, EUR). */
      currency: Array<string>;
    };
    rates: {
      rate: Array<{
        /** Destination group name, e.g. Afghanistan. */
        ratename: string;
        /** Flag icon file name, e.g. afg.png. */
        rateicon: string;
        /** Destination type, e.g. FIX or MOB. */
        ratetype: string;
        /** Price per minute without VAT. */
        ratecost: Decimal;
        /** Price per minute with VAT. */
        rate_vat_cost: Decimal;
      }>;
    };
  };
};

/**
 * Parameters of mor `user_stats`: Show detailed call statistics: today's and month's normative, calls by outcome and
 * direction, calls by date.
 */
export interface UserStatsParams {}

/** Request input of mor `user_stats`: its parameters (none has a default). */
export type UserStatsInput = UserStatsParams;

/** Result of mor `user_stats`. */
export type UserStatsResult = {
  page: {
    pagename: "Detailed statistics";
    language: string;
    userid: number;
    start_date: string;
    end_date: string;
    details: {
      main_details: {
        /** Today's normative (share of the day's norm), e.g. 0. */
        todays_normative: number;
        /** This month's normative, e.g. 0. */
        months_normative: number;
        /** Number of new calls. */
        new_calls: number;
      };
      calls: {
        incoming: { answered: number; no_answer: number; busy: number; failed: number };
        outgoing: { answered: number; no_answer: number; busy: number; failed: number };
      };
      detailed_by_date: {
        call_by_date: Array<{
          date: string;
          calls_count: number;
          /** Total duration of the day's calls, e.g. 1.5 (unlike the HH:MM:SS of the call lists). */
          duration: number;
          /** Average call duration, e.g. 1.5. */
          avg_time: number;
          /** The day's normative, e.g. 100. */
          calls_normative: number;
        }>;
      };
    };
  };
};

/** Parameters of mor `user_stats_dates`: Show the detailed call statistics for a chosen date range. */
export interface UserStatsDatesParams {
  /** First day of the range, YYYY-MM-DD (seed: %period_start%); answered as start_date. */
  period_start: string;
  /** Last day of the range, YYYY-MM-DD, not before period_start (seed: %period_end%); answered as end_date. */
  period_end: string;
}

/** Request input of mor `user_stats_dates`: its parameters (none has a default). */
export type UserStatsDatesInput = UserStatsDatesParams;

/**
 * Result of mor `user_stats_dates`.
 *
 * The Detailed statistics page, as user_stats, for the chosen range.
 */
export type UserStatsDatesResult = {
  page: {
    pagename: "Detailed statistics";
    language: string;
    userid: number;
    start_date: string;
    end_date: string;
    details: {
      main_details: {
        /** Today's normative (share of the day's norm), e.g. 0. */
        todays_normative: number;
        /** This month's normative, e.g. 0. */
        months_normative: number;
        /** Number of new calls. */
        new_calls: number;
      };
      calls: {
        incoming: { answered: number; no_answer: number; busy: number; failed: number };
        outgoing: { answered: number; no_answer: number; busy: number; failed: number };
      };
      detailed_by_date: {
        call_by_date: Array<{
          date: string;
          calls_count: number;
          /** Total duration of the day's calls, e.g. 1.5 (unlike the HH:MM:SS of the call lists). */
          duration: number;
          /** Average call duration, e.g. 1.5. */
          avg_time: number;
          /** The day's normative, e.g. 100. */
          calls_normative: number;
        }>;
      };
    };
  };
};

/** Parameters of mor `user_subscriptions`: List the services the user is subscribed to. */
export interface UserSubscriptionsParams {}

/** Request input of mor `user_subscriptions`: its parameters (none has a default). */
export type UserSubscriptionsInput = UserSubscriptionsParams;

/** Result of mor `user_subscriptions`. */
export type UserSubscriptionsResult = {
  page: {
    pagename: "User subscriptions";
    language: string;
    userid: number;
    subscriptions: {
      subscription: Array<{
        /** Service name. */
        service: string;
        date_added: string;
        /** Activation start (element name misspelt as in the seed). */
        acivation_start: string;
        /** Activation end (element name misspelt as in the seed). */
        acivation_end: string;
        /**
         * Activation start under MOR's own name (api_controller.rb user_subscriptions), for clients of MOR's server.
         */
        activation_start: string;
        /** Activation end under MOR's own name. */
        activation_end: string;
        /** Price and currency, e.g. 10 USD. */
        price: string;
      }>;
    };
  };
};

/** Every operation's parameters, keyed by operationId (the handler name). */
export interface MorParamsByOperation {
  activateCallback: ActivateCallbackParams;
  callList: CallListParams;
  callListCsv: CallListCsvParams;
  callListFilter: CallListFilterParams;
  callListPdf: CallListPdfParams;
  callflow: CallflowParams;
  callflowEdit: CallflowEditParams;
  callflowUpdate: CallflowUpdateParams;
  cliAdd: CliAddParams;
  destinations: DestinationsParams;
  faxesList: FaxesListParams;
  faxesListFilter: FaxesListFilterParams;
  login: LoginParams;
  loginForm: LoginFormParams;
  main: MainParams;
  missedCalls: MissedCallsParams;
  missedCallsFilter: MissedCallsFilterParams;
  newCalls: NewCallsParams;
  personalDetails: PersonalDetailsParams;
  personalPayments: PersonalPaymentsParams;
  personalRatesCsv: PersonalRatesCsvParams;
  personalRatesPdf: PersonalRatesPdfParams;
  phonebookAdd: PhonebookAddParams;
  phonebookDestroy: PhonebookDestroyParams;
  phonebookList: PhonebookListParams;
  updatePersonalDetails: UpdatePersonalDetailsParams;
  userDeviceClis: UserDeviceClisParams;
  userDevices: UserDevicesParams;
  userInvoices: UserInvoicesParams;
  userRates: UserRatesParams;
  userStats: UserStatsParams;
  userStatsDates: UserStatsDatesParams;
  userSubscriptions: UserSubscriptionsParams;
}

/** Every operation's request input, keyed by operationId. */
export interface MorInputByOperation {
  activateCallback: ActivateCallbackInput;
  callList: CallListInput;
  callListCsv: CallListCsvInput;
  callListFilter: CallListFilterInput;
  callListPdf: CallListPdfInput;
  callflow: CallflowInput;
  callflowEdit: CallflowEditInput;
  callflowUpdate: CallflowUpdateInput;
  cliAdd: CliAddInput;
  destinations: DestinationsInput;
  faxesList: FaxesListInput;
  faxesListFilter: FaxesListFilterInput;
  login: LoginInput;
  loginForm: LoginFormInput;
  main: MainInput;
  missedCalls: MissedCallsInput;
  missedCallsFilter: MissedCallsFilterInput;
  newCalls: NewCallsInput;
  personalDetails: PersonalDetailsInput;
  personalPayments: PersonalPaymentsInput;
  personalRatesCsv: PersonalRatesCsvInput;
  personalRatesPdf: PersonalRatesPdfInput;
  phonebookAdd: PhonebookAddInput;
  phonebookDestroy: PhonebookDestroyInput;
  phonebookList: PhonebookListInput;
  updatePersonalDetails: UpdatePersonalDetailsInput;
  userDeviceClis: UserDeviceClisInput;
  userDevices: UserDevicesInput;
  userInvoices: UserInvoicesInput;
  userRates: UserRatesInput;
  userStats: UserStatsInput;
  userStatsDates: UserStatsDatesInput;
  userSubscriptions: UserSubscriptionsInput;
}

/** Every operation's result, keyed by operationId (the handler name). */
export interface MorResultByOperation {
  activateCallback: ActivateCallbackResult;
  callList: CallListResult;
  callListCsv: CallListCsvResult;
  callListFilter: CallListFilterResult;
  callListPdf: CallListPdfResult;
  callflow: CallflowResult;
  callflowEdit: CallflowEditResult;
  callflowUpdate: CallflowUpdateResult;
  cliAdd: CliAddResult;
  destinations: DestinationsResult;
  faxesList: FaxesListResult;
  faxesListFilter: FaxesListFilterResult;
  login: LoginResult;
  loginForm: LoginFormResult;
  main: MainResult;
  missedCalls: MissedCallsResult;
  missedCallsFilter: MissedCallsFilterResult;
  newCalls: NewCallsResult;
  personalDetails: PersonalDetailsResult;
  personalPayments: PersonalPaymentsResult;
  personalRatesCsv: PersonalRatesCsvResult;
  personalRatesPdf: PersonalRatesPdfResult;
  phonebookAdd: PhonebookAddResult;
  phonebookDestroy: PhonebookDestroyResult;
  phonebookList: PhonebookListResult;
  updatePersonalDetails: UpdatePersonalDetailsResult;
  userDeviceClis: UserDeviceClisResult;
  userDevices: UserDevicesResult;
  userInvoices: UserInvoicesResult;
  userRates: UserRatesResult;
  userStats: UserStatsResult;
  userStatsDates: UserStatsDatesResult;
  userSubscriptions: UserSubscriptionsResult;
}

/**
 * The numbered parameter families of each operation (fieldname0..fieldname99): OpenAPI cannot list them as parameters.
 */
export interface MorIndexedParamsByOperation {
  activateCallback: never;
  callList: never;
  callListCsv: never;
  callListFilter: never;
  callListPdf: never;
  callflow: never;
  callflowEdit: never;
  callflowUpdate: never;
  cliAdd: never;
  destinations: never;
  faxesList: never;
  faxesListFilter: never;
  login: never;
  loginForm: never;
  main: never;
  missedCalls: never;
  missedCallsFilter: never;
  newCalls: never;
  personalDetails: never;
  personalPayments: never;
  personalRatesCsv: never;
  personalRatesPdf: never;
  phonebookAdd: never;
  phonebookDestroy: never;
  phonebookList: never;
  updatePersonalDetails: never;
  userDeviceClis: never;
  userDevices: never;
  userInvoices: never;
  userRates: never;
  userStats: never;
  userStatsDates: never;
  userSubscriptions: never;
}

/**
 * The implemented operations (status: implemented). src/ declares its handlers with `satisfies`, so a missing or
 * mistyped one fails the build.
 */
export interface MorHandlers<Ctx> {
  /**
   * activate_callback: Start a callback: call the source number, then connect it to the destination, billed to one of
   * the user's devices.
   */
  activateCallback: (params: ActivateCallbackParams, ctx: Ctx) => HandlerResult<ActivateCallbackResult>;
  /** call_list: List the user's calls (CDRs) for the current period. */
  callList: (params: CallListParams, ctx: Ctx) => HandlerResult<CallListResult>;
  /** call_list_csv: Export the user's calls for a period as a CSV file. */
  callListCsv: (params: CallListCsvParams, ctx: Ctx) => HandlerResult<CallListCsvResult>;
  /** call_list_filter: List the user's calls for a chosen period, direction, call type and device. */
  callListFilter: (params: CallListFilterParams, ctx: Ctx) => HandlerResult<CallListFilterResult>;
  /** call_list_pdf: Export the user's calls for a period as a PDF file. */
  callListPdf: (params: CallListPdfParams, ctx: Ctx) => HandlerResult<CallListPdfResult>;
  /** callflow: Show the call flow of one of the user's devices (the action for each call state). */
  callflow: (params: CallflowParams, ctx: Ctx) => HandlerResult<CallflowResult>;
  /** callflow_edit: Show the editable actions of one call state of a device's call flow. */
  callflowEdit: (params: CallflowEditParams, ctx: Ctx) => HandlerResult<CallflowEditResult>;
  /**
   * callflow_update: Set the action of one call state of a device: none, forward (device or external number), voicemail
   * or fax detect.
   */
  callflowUpdate: (params: CallflowUpdateParams, ctx: Ctx) => HandlerResult<CallflowUpdateResult>;
  /** cli_add: Add a caller ID (CLI) to one of the user's devices. */
  cliAdd: (params: CliAddParams, ctx: Ctx) => HandlerResult<CliAddResult>;
  /** destinations: List the prefixes (directions) of one destination group. */
  destinations: (params: DestinationsParams, ctx: Ctx) => HandlerResult<DestinationsResult>;
  /** faxes_list: List the faxes the user received in the current period. */
  faxesList: (params: FaxesListParams, ctx: Ctx) => HandlerResult<FaxesListResult>;
  /** faxes_list_filter: List the user's faxes for a chosen period, fax status and device. */
  faxesListFilter: (params: FaxesListFilterParams, ctx: Ctx) => HandlerResult<FaxesListFilterResult>;
  /** login: Log in with username and password and start a session. */
  login: (params: LoginParams, ctx: Ctx) => HandlerResult<LoginResult>;
  /** login_form: Show the login form metadata (current and available languages, last error). */
  loginForm: (params: LoginFormParams, ctx: Ctx) => HandlerResult<LoginFormResult>;
  /** main: Show the welcome page: missed calls, call totals for the month and the day, finances. */
  main: (params: MainParams, ctx: Ctx) => HandlerResult<MainResult>;
  /** missed_calls: List the user's missed calls for the current period, with their processed flag. */
  missedCalls: (params: MissedCallsParams, ctx: Ctx) => HandlerResult<MissedCallsResult>;
  /** missed_calls_filter: Show the missed calls of a chosen period, or mark missed calls processed. */
  missedCallsFilter: (params: MissedCallsFilterParams, ctx: Ctx) => HandlerResult<MissedCallsFilterResult>;
  /** new_calls: List the user's new calls (those not yet seen). */
  newCalls: (params: NewCallsParams, ctx: Ctx) => HandlerResult<NewCallsResult>;
  /** personal_details: Show the user's account, personal and registration details. */
  personalDetails: (params: PersonalDetailsParams, ctx: Ctx) => HandlerResult<PersonalDetailsResult>;
  /** personal_payments: List the user's payments. */
  personalPayments: (params: PersonalPaymentsParams, ctx: Ctx) => HandlerResult<PersonalPaymentsResult>;
  /** personal_rates_csv: Export the user's personal rates as a CSV file. */
  personalRatesCsv: (params: PersonalRatesCsvParams, ctx: Ctx) => HandlerResult<PersonalRatesCsvResult>;
  /** personal_rates_pdf: Export the user's personal rates as a PDF file. */
  personalRatesPdf: (params: PersonalRatesPdfParams, ctx: Ctx) => HandlerResult<PersonalRatesPdfResult>;
  /** phonebook_add: Add an entry (number and name) to the user's phonebook. */
  phonebookAdd: (params: PhonebookAddParams, ctx: Ctx) => HandlerResult<PhonebookAddResult>;
  /** phonebook_destroy: Delete an entry from the user's phonebook. */
  phonebookDestroy: (params: PhonebookDestroyParams, ctx: Ctx) => HandlerResult<PhonebookDestroyResult>;
  /** phonebook_list: List the user's phonebook entries. */
  phonebookList: (params: PhonebookListParams, ctx: Ctx) => HandlerResult<PhonebookListResult>;
  /** update_personal_details: Change the user's personal and registration details (the "Change" button). */
  updatePersonalDetails: (params: UpdatePersonalDetailsParams, ctx: Ctx) => HandlerResult<UpdatePersonalDetailsResult>;
  /** user_device_clis: List the caller IDs (CLIs) attached to the user's devices. */
  userDeviceClis: (params: UserDeviceClisParams, ctx: Ctx) => HandlerResult<UserDeviceClisResult>;
  /** user_devices: List the user's devices with their credentials, caller ID and last registration. */
  userDevices: (params: UserDevicesParams, ctx: Ctx) => HandlerResult<UserDevicesResult>;
  /** user_invoices: List the user's invoices. */
  userInvoices: (params: UserInvoicesParams, ctx: Ctx) => HandlerResult<UserInvoicesResult>;
  /**
   * user_rates: List the user's rates per destination with and without VAT, optionally converted to another currency.
   */
  userRates: (params: UserRatesParams, ctx: Ctx) => HandlerResult<UserRatesResult>;
  /**
   * user_stats: Show detailed call statistics: today's and month's normative, calls by outcome and direction, calls by
   * date.
   */
  userStats: (params: UserStatsParams, ctx: Ctx) => HandlerResult<UserStatsResult>;
  /** user_stats_dates: Show the detailed call statistics for a chosen date range. */
  userStatsDates: (params: UserStatsDatesParams, ctx: Ctx) => HandlerResult<UserStatsDatesResult>;
  /** user_subscriptions: List the services the user is subscribed to. */
  userSubscriptions: (params: UserSubscriptionsParams, ctx: Ctx) => HandlerResult<UserSubscriptionsResult>;
}
