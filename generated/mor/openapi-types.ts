// generated from spec/ — do not edit; run `make generate`
/* eslint-disable */
export interface paths {
    "/billing/accounting/user_invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's invoices.
         * @description "Invoices, a. Show Invoices" (Params: 0). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["userInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/api/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with username and password and start a session.
         * @description "b. Login" (Params: 2). The vendor document's link carries the credentials as query parameters on a POST (`/api/login?u=username&p=password`); they are declared `in: query` as documented. The answer is MOR's own action document (puneet18190/mor1 app/models/mor_api.rb loggin_output, see wire): status ok, the user's user_id and "Successfully logged in" (the vendor document's "Succesfully" is a typo of the document, MOR's server spells it right), or status failed with "Login failed". A wrong username or password is answered in-band (status failed, HTTP 200 as MOR answers every XML document), not as an error document, and counts toward the IP ban like a wrong hash. MOR's own path for the action, /api/user_login, reaches this page too (MOR's config/routes.rb). On success the answer sets the session cookie `_mor_session` (HttpOnly, SameSite=Lax, Secure over https, Path=/billing) that authenticates the `user` pages that follow; the session is kept in the database (it survives a restart and is seen by every process) and expires after mor.sessionMinutes (default 480) — an expired session is refused and the user logs in again. The pages also accept the stateless user_id + hash: on every page the hash may be the vendor document's SHA1 hex of user_id + API secret key, or the ordered form each page describes, or MOR's own form (user_id, then the parameters MOR hashes in its own order).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/callc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the login form metadata (current and available languages, last error).
         * @description "a. Show Login Form" of the vendor document's "Login page" section. Needs no authentication; the answer names the page, the current interface language, an error message and the languages the user can choose. Switchboard answers a failed login in the login action itself, so error_msg is empty; the interface speaks English, so the one language offered is en.
         */
        get: operations["loginForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/callc/main": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the welcome page: missed calls, call totals for the month and the day, finances.
         * @description "Main Page, a. Show welcome page" (Params: 0): the logged-in user's dashboard. Days and months are UTC. Missed calls are calls made to the user that were not answered; call_history counts the user's calls both ways (made and received) this month and today. finances: the account is Postpaid or Prepaid, the balance is the credit with its currency, and credit is the postpaid credit limit (No Limit for a postpaid account without one; 0 for prepaid). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["main"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/devices/callflow_edit/{device_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the editable actions of one call state of a device's call flow.
         * @description "Call Flow, b. Edit callflow" (Params: 2: the device id and `cft`). The answer lists the possible actions with their priority: action_id 2 is Forward (with the devices it can forward to), 3 Voicemail, 4 Faxdetect (with the fax devices). The vendor document separates them with `+++` banner lines and elides further devices with `.....`; those are not part of the document. Every action is offered, with priority 1: Forward lists the user's other devices that are not faxes, Faxdetect the user's fax devices. Stateless form: user_id and hash = SHA1 hex of user_id + device_id + cft + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["callflowEdit"];
        put?: never;
        /**
         * Set the action of one call state of a device: none, forward (device or external number), voicemail or fax detect.
         * @description "Call Flow, b. Update callflow type" (the vendor document's second "b."): a POST to the same link as the edit page. The vendor document's forms: empty action `whattodo=change_action` (hidden field); forward to a local device `cf_action=forward`, `whattodo=change_local_device`, `deviceid=%device_id%`; forward to an external number `cf_action=forward`, `whattodo=change_external_device`, `ext_number=%ext_number%`; voicemail `cf_action=voicemail`; fax detect `cf_action=forward` (sic) with `whattodo=change_fax_device` and `deviceid`. The vendor document does not say what this answers: a faithful implementation answers the Call State page of the edited state after the change (as the vendor document's other form posts answer their page, "See a."). The devices named must be the user's (another user's answers access-denied); a device cannot forward to itself, and fax detect needs a fax device (invalid-parameter otherwise). Stateless form: user_id and hash = SHA1 hex of user_id + device_id + cft + whattodo + cf_action + deviceid + ext_number + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["callflowUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/devices/callflow/{device_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the call flow of one of the user's devices (the action for each call state).
         * @description "Call Flow, a. Show callflow for selected device" (Params: 1, the device id in the path). One callflow entry per call state; the vendor document shows Before call, Call, Answered, No answer, Busy and Failed, with actions such as `-` (none), `Dial(IAX2/101)`, `Hangup`, `Voicemail`. A state not changed shows its default: Call dials the device itself (`Dial(IAX2/101)`), Answered hangs up (`Hangup`), the others `-`. Changed states show `Forward(SIP/103)`, `Forward(37060000000)`, `Voicemail` or `Fax detect(FAX/102)`. device_icon is fax.png for a fax device, phone.png otherwise. Another user's device answers access-denied. Stateless form: user_id and hash = SHA1 hex of user_id + device_id + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["callflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/devices/cli_add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a caller ID (CLI) to one of the user's devices.
         * @description "CLIs, b. Add new cli" (Params: 3). Answers an action document: ok "CLI created" or failed "CLI not created" (e.g. the CLI already exists or is invalid). Stateless form: user_id and hash = SHA1 hex of user_id + device_id + cli + description + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["cliAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/devices/user_device_clis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller IDs (CLIs) attached to the user's devices.
         * @description "CLIs, a. Show all CallerIDs" (Params: 0). aval_devices lists the user's devices a CLI can be added to: each device element carries the device id as attribute `id` and the device name as text (e.g. `<device id="1">IAX2/101</device>`). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["userDeviceClis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/devices/user_devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's devices with their credentials, caller ID and last registration.
         * @description "Devices, a. Show user devices" (Params: 0). The vendor document renders cid HTML-escaped with stray spaces (`& quot;101& quot; & lt;101& gt; `): the value is the caller ID `"101" <101>`, XML-escaped normally in the answer. Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["userDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/directions/dg_list_user_destinations/{dest_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the prefixes (directions) of one destination group.
         * @description "Rates, b. Destinations" (Params: 1, the destination group id in the path). The vendor document's page has no userid element. Stateless form: user_id and hash = SHA1 hex of user_id + dest_id + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["destinations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/functions/activate_callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a callback: call the source number, then connect it to the destination, billed to one of the user's devices.
         * @description "Callback, a. Execute Callback" (Params: 3). The link carries the parameters as a query string on a POST; they are declared `in: query` as documented. Answers an action document: ok "Callback activated" or failed with an error description (e.g. not enough credit, no route). The vendor document's XML declaration lacks the closing `?` and the file ends inside the failed answer before `</action>`; a well-formed document is answered. Switchboard calls src, then dst with src's SDP offer, and connects them (RFC 3725 flow I, third-party call control; no media relay); acc must be one of the user's devices and the call is billed to that user at the rates of both numbers (CDRs of both legs). Numbers reach registered users at their contacts, others where the dial plan routes them (a SIP trunk). Stateless form: user_id and hash = SHA1 hex of user_id + src + dst + acc + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["activateCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/payments/personal_payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's payments.
         * @description "Payments, a. Show Payments" (Params: 0). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["personalPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/phonebooks/add_new/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an entry (number and name) to the user's phonebook.
         * @description "Phonebook, b. Add new entry" (Params: 3: the user id in the path, number and name). Answers an action document: ok "Record added", or failed "Please fill all fields" when the number or the name is empty. Stateless form: user_id and hash = SHA1 hex of user_id + userid + number + name + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["phonebookAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/phonebooks/destroy/{entryid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an entry from the user's phonebook.
         * @description "Phonebook, b. Delete entry" (the vendor document's second "b."; Params: 1, the entry id in the path). Answers an action document: ok "Record deleted", or failed "We're sorry, but something went wrong". An entry of another user's phonebook answers access-denied. Stateless form: user_id and hash = SHA1 hex of user_id + entryid + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["phonebookDestroy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/phonebooks/list/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's phonebook entries.
         * @description "Phonebook, a. Show phonebook" (Params: 1, the user id in the path). Stateless form: user_id and hash = SHA1 hex of user_id + userid + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["phonebookList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/services/user_subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the services the user is subscribed to.
         * @description "Subscriptions, a. Show Subscriptions" (Params: 0). The element names acivation_start and acivation_end are misspelt in the vendor document but are the real element names: they are kept because clients depend on them. Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["userSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/stats/call_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's calls (CDRs) for the current period.
         * @description "a. Show Calls" (Params: 0) under the vendor document's heading "need correction" (the Calls section). The period and filters in force are echoed: those last posted in this session (call_list_filter), else this month (UTC) to the end of today, all directions, statuses and devices. A user's calls are those billed to them (outgoing) and those made to them (incoming); price is what the user pays (0 for calls made to them). Newest first; at most 10000 are listed (total_calls counts them all, and error_msg says so when the list is cut: the CSV export has every call). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["callList"];
        put?: never;
        /**
         * List the user's calls for a chosen period, direction, call type and device.
         * @description "b. Change period" of the Calls section (Params: 7). Answers the Calls page (as call_list, "Returns: See a.") for the posted filters. The vendor document gives no values for `direction` (the page echoes it, sample `all`) and gives `calltype` the values outgoing, incoming, all; both are kept as documented and both filter on the direction (outgoing: calls billed to the user, incoming: calls made to them). The page also echoes a call status (`status`, sample all) the vendor document lists no parameter for; Switchboard accepts it as the optional `status` filter. The posted filters are remembered for the rest of the session (the Calls page and the exports use them). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key (the vendor document's form), or of user_id + userid + search_on + period_start + period_end + direction + calltype + device + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out. `status` is not a seed parameter and is not hashed (`hashed: false`; the generated client leaves it out); a hash with it appended after device is still accepted (the older spec's form).
         */
        post: operations["callListFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/stats/call_list_to_csv/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the user's calls for a period as a CSV file.
         * @description "External links, a. Export calls", Export to CSV (Params: 4: the user id in the path, call_type, date_from and date_till in the query). The file holds the rows of the Calls page, oldest first; the vendor document does not specify its layout. CSV as RFC 4180 (UTF-8, CRLF, a header row `date,called_from,called_to,destination,duration,hangup_cause,price`), streamed page by page from the database, so any number of calls exports in constant memory. A period not given is the call list's in force (this month, or the one posted in this session); userid must be the authenticated user (another answers access-denied). Stateless form: user_id and hash = SHA1 hex of user_id + userid + call_type + date_from + date_till + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["callListCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/stats/call_list_to_pdf/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the user's calls for a period as a PDF file.
         * @description "External links, a. Export calls", Export to PDF (Params: 4: the user id in the path, call_type, date_from and date_till in the query). A PDF report: a title, the period, a table of the Calls page's rows (oldest first) whose header repeats on every page, and the totals (calls, duration, price); streamed as it is drawn. A period not given is the call list's in force (this month, or the one posted in this session); userid must be the authenticated user (another answers access-denied). Stateless form: user_id and hash = SHA1 hex of user_id + userid + call_type + date_from + date_till + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["callListPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/stats/faxes_list/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the faxes the user received in the current period.
         * @description "Faxes, a. Show Faxes page" under the vendor document's "need correction". The vendor document says Params: 0 but the link has the user id in the path, declared here; it must be the authenticated user (another answers access-denied). The period is the one last posted in this session, else this month (UTC) to the end of today; newest first, at most 10000. Stateless form: user_id and hash = SHA1 hex of user_id + userid + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["faxesList"];
        put?: never;
        /**
         * List the user's faxes for a chosen period, fax status and device.
         * @description "Faxes, b. Change period" (Params: 6: the user id, which the link carries in the path, search_on, period_start, period_end, fax_status, device_id). Answers the Faxes page ("Returns: See a.") for the posted filters. The vendor document gives no values for fax_status (the page shows `Received`) nor for device_id (the page echoes it as show_device, sample `all`). device_id must be one of the user's devices (another user's answers access-denied); the posted filters are remembered for the rest of the session. Stateless form: user_id and hash = SHA1 hex of user_id + userid + search_on + period_start + period_end + fax_status + device_id + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["faxesListFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/stats/missed_calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's missed calls for the current period, with their processed flag.
         * @description "Missed calls, a. Show missed Calls" (Params: 0). Change the period or mark calls processed with a POST to the same path (missed_calls_filter). Missed calls are calls made to the user that were not answered, in the period in force: the one last posted in this session, else this month (UTC) to the end of today. Newest first; at most 10000 are listed (missed_total counts them all, and error_msg says so when the list is cut). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["missedCalls"];
        put?: never;
        /**
         * Show the missed calls of a chosen period, or mark missed calls processed.
         * @description Merges two seed rows with the same method and path: "Missed calls, b. Change period" (the vendor document says Params: 7 but lists 4: userid, search_on, period_start, period_end) and "c. Process call" (Params: 1: `%processed%`). Every parameter is optional: a post with the period fields changes the period, a post with `processed` marks those calls processed; both answer the Missed calls page ("Returns: See a."). The vendor document does not say what `processed` carries; since it is the only parameter of "Process call" it must name the calls, so it takes the call_id values of the page. Only the user's own incoming calls can be marked: an id that is not one of them answers not-found and marks nothing. A posted period is remembered for the rest of the session. Stateless form: user_id and hash = SHA1 hex of user_id + userid + search_on + period_start + period_end + processed + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["missedCallsFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/stats/new_calls_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's new calls (those not yet seen).
         * @description "New calls, a. Show new Calls" (Params: 0). The pagename is Calls, as on the call list. New calls are the calls made to the user that are not yet processed (seen); a call stops being new when it is marked processed on the missed calls page (missed_calls_filter `processed`). Newest first; at most 10000 are listed (total_calls counts them all). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["newCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/stats/user_stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show detailed call statistics: today's and month's normative, calls by outcome and direction, calls by date.
         * @description "Graphs (Detailed Statistics), a. Show detailed statistics page" (Params: 0). The range is the one last posted in this session (user_stats_dates), else this month (UTC) to today. calls counts the range's calls by direction (outgoing: billed to the user; incoming: made to them) and outcome. The vendor document does not define "normative": Switchboard answers the share of calls answered, in percent (todays_normative today, months_normative this month, calls_normative per day; 0 with no calls). new_calls counts the calls made to the user not yet processed (as new_calls). detailed_by_date has one entry per day with calls, newest first; duration and avg_time are in minutes (two decimals). Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["userStats"];
        put?: never;
        /**
         * Show the detailed call statistics for a chosen date range.
         * @description "Graphs, b. Change dates" (Params: 2). The vendor document's link is `/billing/stats/user_stats`, a stray /billing prefix unlike every other link; the path here is relative to /billing like the rest. Answers the Detailed statistics page ("Returns: See a.") for the range, which is remembered for the rest of the session. Stateless form: user_id and hash = SHA1 hex of user_id + period_start + period_end + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["userStatsDates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/tariffs/generate_personal_rates_csv/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the user's personal rates as a CSV file.
         * @description "External links, a. Export personal rates", Export to CSV (Params: 1, the user id in the path). The file holds the rows of the rates page in the user's currency; the vendor document does not specify its layout. CSV as RFC 4180 (UTF-8, CRLF, a header row `ratename,ratetype,ratecost,rate_vat_cost,currency`). userid must be the authenticated user (another answers access-denied). Stateless form: user_id and hash = SHA1 hex of user_id + userid + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["personalRatesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/tariffs/generate_personal_rates_pdf/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the user's personal rates as a PDF file.
         * @description "External links, a. Export personal rates", Export to PDF (Params: 1, the user id in the path). A PDF report of the rates page's rows in the user's currency (title, VAT, a table that flows over pages, the number of destinations); the vendor document does not specify its layout. userid must be the authenticated user (another answers access-denied). Stateless form: user_id and hash = SHA1 hex of user_id + userid + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["personalRatesPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/tariffs/user_rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's rates per destination with and without VAT, optionally converted to another currency.
         * @description Merges two seed rows with the same method and path: "Rates, a. Show all rates" (Params: 0) and "External links, b. Change currency" (Params: 1, `currency=%cur_code%`). Without `currency` the rates are in the user's currency; with it they are converted to that currency, which becomes the page's `currency`, at the operator's exchange rates (aval_currencies lists the currencies that have one). Each row is a destination group and direction code (Afghanistan FIX): the price per minute of the user's tariff (their own, else the tariff named default) for that group — the highest among its prefixes, so the page never understates a call; a rate no destination group covers is listed under its own destination name. rate_vat_cost adds the user's VAT (vat_percent of the personal details), exactly. The page's pagename is "Payments" in the vendor document (sic, the same as the payments page); it is kept because clients may compare it. Stateless form: user_id and hash = SHA1 hex of user_id + currency + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        get: operations["userRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/users/personal_details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the user's account, personal and registration details.
         * @description "Details, a. Show personal details" (Params: 0). The "Details" block just above it is the vendor document's only statement of authentication: methods "POST, GET(if allowed, not recomended)", `user_id` (Required) and `hash` (SHA1 of the parameters and API_Secret_Key, Required); a wrong user_id answers `<error>User was not found</error>`, a wrong hash `<error>Incorrect hash</error>`. The stray text `<* pasdasbr />` after the heading is an artefact of the vendor document, not part of the page. main_details as on the main page (alias: the operator-set alias, else the username). other_details/username is the first name. reg_address, reg_country, reg_phone and reg_email are the account's address, country, phone and email that every dialect shares; the other fields are MOR's own. Stateless form: user_id and hash = SHA1 hex of user_id + API secret key, concatenated with no separator (the generated client computes it).
         */
        get: operations["personalDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/users/update_personal_details/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the user's personal and registration details (the "Change" button).
         * @description "Details, b. Edit personal details": "User edit personal details and push "Change" button". The vendor document says "Params: 17" but its "Params List:" is empty. The 17 parameters here are the fields of the personal details page that a user can edit, named as that page's elements: the 8 other_details fields except vat_percent (the VAT rate is the operator's taxation setting and drives the VAT-inclusive rates, so a user does not set it) and the 10 registration fields. main_details (alias, account type, balance, credit limit) are the operator's and are not editable here. Every field is optional: a field not sent keeps its value. Validation failures answer the action with status failed and an error description; a userid other than the authenticated user's answers access-denied. Stateless form: user_id and hash = SHA1 hex of user_id + userid + username + surname + personalid + agreement_number + agreement_date + taxation_country + vat_reg_number + reg_address + reg_postcode + reg_city + reg_country + reg_state + reg_direction + reg_phone + reg_mobile + reg_fax + reg_email + API secret key, concatenated with no separator; each value exactly as sent (path values decoded), a parameter not sent left out (the generated client computes it).
         */
        post: operations["updatePersonalDetails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActivateCallbackResult: {
            /** @constant */
            name: "callback";
            /** @description ok or failed. */
            status: string;
            /** @description "Callback activated" when ok; an error description when failed. */
            status_message: string;
        };
        CallflowEditResult: {
            callflow: {
                actions: {
                    action: {
                        /** @description 2 Forward, 3 Voicemail, 4 Faxdetect. */
                        action_id: number;
                        /** @description Forward and Faxdetect only: the devices that can be chosen. */
                        aval_devices?: {
                            device: {
                                device_id: number;
                                /** @description e.g. SIP/103, Fax/102. */
                                device_name: string;
                            }[];
                        };
                        priority: number;
                    }[];
                };
                /** @description The state being edited, e.g. Before call. */
                call_state: string;
                /** @description e.g. IAX2/101. */
                device_description: string;
                /** @description e.g. phone.png. */
                device_icon: string;
                device_id: number;
            };
            language: string;
            /** @constant */
            pagename: "Call State";
            userid: number;
        };
        CallflowResult: {
            device: {
                callflows: {
                    callflow: {
                        /** @description Before call, Call, Answered, No answer, Busy or Failed. */
                        call_state: string;
                        /** @description The action for that state, e.g. -, Dial(IAX2/101), Hangup, Voicemail. */
                        callflow_action: string;
                    }[];
                };
                /** @description e.g. IAX2/101. */
                device_description: string;
                /** @description Icon file name, e.g. phone.png. */
                device_icon: string;
                device_id: number;
            };
            language: string;
            /** @constant */
            pagename: "Call Flow";
            userid: number;
        };
        CallflowUpdateResult: {
            callflow: {
                actions: {
                    action: {
                        /** @description 2 Forward, 3 Voicemail, 4 Faxdetect. */
                        action_id: number;
                        aval_devices?: {
                            device: {
                                device_id: number;
                                device_name: string;
                            }[];
                        };
                        priority: number;
                    }[];
                };
                call_state: string;
                device_description: string;
                device_icon: string;
                device_id: number;
            };
            language: string;
            /** @constant */
            pagename: "Call State";
            userid: number;
        };
        CallListCsvResult: string;
        CallListFilterResult: {
            aval_languages: {
                language: string[];
            };
            calls_stat: {
                calls: {
                    call: {
                        called_from: string;
                        called_to: string;
                        /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                        date: string;
                        /** @description e.g. United States FIX USA 212 New York. */
                        destination: string;
                        /** @description HH:MM:SS, e.g. 00:00:36. */
                        duration: string;
                        /** @description e.g. Answered, No Answer. */
                        hangup_cause: string;
                        /** Format: decimal */
                        price: string;
                    }[];
                };
                period: {
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_end: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_start: string;
                };
            };
            /** @description Currency of the prices, e.g. USD. */
            currency: string;
            /** @description Direction filter in force, e.g. all. */
            direction: string;
            /** @description Error message; empty when there is none. */
            error_msg: string;
            language: string;
            /** @constant */
            pagename: "Calls";
            /** @description Device filter in force: all or a device id. */
            show_device: string;
            /** @description Call status filter in force, e.g. all. */
            status: string;
            /** @description Number of calls in the period. */
            total_calls: number;
            userid: number;
            /** @description The user's display name. */
            username: string;
        };
        CallListPdfResult: string;
        CallListResult: {
            aval_languages: {
                language: string[];
            };
            calls_stat: {
                calls: {
                    call: {
                        called_from: string;
                        called_to: string;
                        /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                        date: string;
                        /** @description e.g. United States FIX USA 212 New York. */
                        destination: string;
                        /** @description HH:MM:SS, e.g. 00:00:36. */
                        duration: string;
                        /** @description e.g. Answered, No Answer. */
                        hangup_cause: string;
                        /** Format: decimal */
                        price: string;
                    }[];
                };
                period: {
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_end: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_start: string;
                };
            };
            /** @description Currency of the prices, e.g. USD. */
            currency: string;
            /** @description Direction filter in force, e.g. all. */
            direction: string;
            /** @description Error message; empty when there is none. */
            error_msg: string;
            language: string;
            /** @constant */
            pagename: "Calls";
            /** @description Device filter in force: all or a device id. */
            show_device: string;
            /** @description Call status filter in force, e.g. all. */
            status: string;
            /** @description Number of calls in the period. */
            total_calls: number;
            userid: number;
            /** @description The user's display name. */
            username: string;
        };
        CliAddResult: {
            /** @constant */
            name: "add_cli";
            /** @description ok or failed. */
            status: string;
            /** @description "CLI created" when ok, "CLI not created" when failed. */
            status_message: string;
        };
        DestinationsResult: {
            directions: {
                direction: {
                    /** @description Destination name, e.g. Australia Canberra. */
                    details: string;
                    /** @description Destination type, e.g. FIX or MOB. */
                    dir_code: string;
                    /** @description Dialling prefix, digits, e.g. 61261. */
                    prefix: string;
                }[];
            };
            /** @description Flag icon file name, e.g. aust.png. */
            groupicon: string;
            /** @description Destination group name, e.g. Australia. */
            groupname: string;
            language: string;
            /** @constant */
            pagename: "Destinations";
        };
        /** @enum {string} */
        ErrorCode: "unknown-command" | "auth-failed" | "access-denied" | "banned" | "nonce-required" | "user-not-found" | "not-found" | "pin-invalid" | "missing-number" | "missing-parameter" | "invalid-parameter" | "bad-request" | "request-too-large" | "duplicate" | "insufficient-credit" | "command-failed" | "rate-limited" | "not-implemented" | "unsupported" | "internal" | "unavailable" | "incorrect-hash";
        FaxesListFilterResult: {
            aval_languages: {
                language: string[];
            };
            /** @description Error message; empty when there is none. */
            error_msg: string;
            faxes: {
                fax: {
                    /** @description The fax device, e.g. FAX/102. */
                    device: string;
                    /** @description Stored fax file name; empty in the vendor document's sample. */
                    filename: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    receive_time: string;
                    /** @description Sender number; empty in the vendor document's sample. */
                    sender: string;
                    /** @description e.g. Received. */
                    status: string;
                }[];
                period: {
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_end: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_start: string;
                };
            };
            language: string;
            /** @constant */
            pagename: "Faxes";
            /** @description Device filter in force: all or a device id. */
            show_device: string;
            userid: number;
            /** @description The user's display name. */
            username: string;
        };
        FaxesListResult: {
            aval_languages: {
                language: string[];
            };
            /** @description Error message; empty when there is none. */
            error_msg: string;
            faxes: {
                fax: {
                    /** @description The fax device, e.g. FAX/102. */
                    device: string;
                    /** @description Stored fax file name; empty in the vendor document's sample. */
                    filename: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    receive_time: string;
                    /** @description Sender number; empty in the vendor document's sample. */
                    sender: string;
                    /** @description e.g. Received. */
                    status: string;
                }[];
                period: {
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_end: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_start: string;
                };
            };
            language: string;
            /** @constant */
            pagename: "Faxes";
            /** @description Device filter in force: all or a device id. */
            show_device: string;
            userid: number;
            /** @description The user's display name. */
            username: string;
        };
        LoginFormResult: {
            aval_languages: {
                language: string[];
            };
            /** @description An error message; empty (a failed login is answered by the login action). */
            error_msg: string;
            /** @description Current interface language code, e.g. en. */
            language: string;
            /** @constant */
            pagename: "Login page";
        };
        LoginResult: {
            /** @constant */
            name: "login";
            /** @description ok or failed. */
            status: string;
            /** @description "Successfully logged in" when ok; "Login failed" or another reason when failed. */
            status_message: string;
            /** @description The user's id, when ok (MOR's loggin_output). */
            user_id?: number;
        };
        MainResult: {
            language: string;
            /** @constant */
            pagename: "Main page";
            stats: {
                call_history: {
                    calls: {
                        /** @description Number of calls in the period. */
                        call_counts: number;
                        /** @description Total duration as HH:MM:SS, e.g. 00:20:35. */
                        call_duration: string;
                        /** @description Month or Day. */
                        period: string;
                    }[];
                };
                finances: {
                    /** @description Prepaid or Postpaid. */
                    account: string;
                    /** @description Amount and currency, e.g. 100 USD. */
                    balance: string;
                    /** @description Credit limit, or No Limit. */
                    credit: string;
                };
                missed_calls: {
                    /** @description Missed calls today. */
                    missed_today: number;
                    /** @description Missed calls in total (all time). */
                    missed_total: number;
                };
            };
            userid: number;
            /** @description The user's display name (seed sample: Very Important User). */
            username: string;
        };
        MissedCallsFilterResult: {
            aval_languages: {
                language: string[];
            };
            calls_stat: {
                calls: {
                    call: {
                        call_id: number;
                        called_from: string;
                        called_to: string;
                        /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                        date: string;
                        /** @description HH:MM:SS, e.g. 00:00:36. */
                        duration: string;
                        /** @description e.g. No Answer. */
                        hangup_cause: string;
                        /** @description 0 not yet processed, 1 processed (the vendor document's `<<processed>` is a typo for `<processed>`). */
                        processed: number;
                    }[];
                };
                period: {
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_end: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_start: string;
                };
            };
            /** @description Error message; empty when there is none. */
            error_msg: string;
            language: string;
            /** @description Number of missed calls in the period. */
            missed_total: number;
            /** @constant */
            pagename: "Missed calls";
            userid: number;
            /** @description The user's display name. */
            username: string;
        };
        MissedCallsResult: {
            aval_languages: {
                language: string[];
            };
            calls_stat: {
                calls: {
                    call: {
                        call_id: number;
                        called_from: string;
                        called_to: string;
                        /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                        date: string;
                        /** @description HH:MM:SS, e.g. 00:00:36. */
                        duration: string;
                        /** @description e.g. No Answer. */
                        hangup_cause: string;
                        /** @description 0 not yet processed, 1 processed (the vendor document's `<<processed>` is a typo for `<processed>`). */
                        processed: number;
                    }[];
                };
                period: {
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_end: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_start: string;
                };
            };
            /** @description Error message; empty when there is none. */
            error_msg: string;
            language: string;
            /** @description Number of missed calls in the period. */
            missed_total: number;
            /** @constant */
            pagename: "Missed calls";
            userid: number;
            /** @description The user's display name. */
            username: string;
        };
        MorError: {
            error: string;
        };
        NewCallsResult: {
            calls_stat: {
                calls: {
                    call: {
                        called_from: string;
                        called_to: string;
                        /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                        date: string;
                        /** @description HH:MM:SS, e.g. 00:00:36. */
                        duration: string;
                        /** @description e.g. Answered. */
                        hangup_cause: string;
                    }[];
                };
                /** @description Number of new calls. */
                total_calls: number;
            };
            /** @description Error message; empty when there is none. */
            error_msg: string;
            language: string;
            /** @constant */
            pagename: "Calls";
            userid: number;
        };
        PersonalDetailsResult: {
            details: {
                main_details: {
                    /** @description Prepaid or Postpaid */
                    account: string;
                    /** @description The user's alias, e.g. 101. */
                    alias: string;
                    /** @description amount and currency, e.g. 100 USD */
                    balance: string;
                    /** @description credit limit, or No Limit */
                    credit: string;
                };
                other_details: {
                    /** Format: date */
                    agreement_date: string;
                    agreement_number: string;
                    personalid: string;
                    surname: string;
                    taxation_country: string;
                    /** @description First name (seed sample: Andrey). */
                    username: string;
                    /** Format: decimal */
                    vat_percent: string;
                    vat_reg_number: string;
                };
                registration: {
                    reg_address: string;
                    reg_city: string;
                    reg_country: string;
                    reg_direction: string;
                    reg_email: string;
                    reg_fax: string;
                    reg_mobile: string;
                    reg_phone: string;
                    reg_postcode: string;
                    reg_state: string;
                };
            };
            language: string;
            /** @constant */
            pagename: "Personal details";
            userid: number;
        };
        PersonalPaymentsResult: {
            language: string;
            /** @constant */
            pagename: "Payments";
            payments: {
                payment: {
                    /**
                     * Format: decimal
                     * @description Amount without VAT.
                     */
                    amount: string;
                    /**
                     * Format: decimal
                     * @description Amount with VAT.
                     */
                    amount_vat: string;
                    /** @description Yes or No. */
                    completed: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    confirmed_date: string;
                    /** @description ISO 4217 code, e.g. USD. */
                    currency: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    payment_date: string;
                    /** @description e.g. Manual. */
                    payment_type: string;
                    /**
                     * Format: decimal
                     * @description VAT percent, e.g. 15.0.
                     */
                    vat: string;
                }[];
            };
            userid: number;
        };
        PersonalRatesCsvResult: string;
        PersonalRatesPdfResult: string;
        PhonebookAddResult: {
            /** @constant */
            name: "add_phonebook_entry";
            /** @description ok or failed. */
            status: string;
            /** @description "Record added" when ok, "Please fill all fields" when failed. */
            status_message: string;
        };
        PhonebookDestroyResult: {
            /** @constant */
            name: "delete_phonebook_entry";
            /** @description ok or failed. */
            status: string;
            /** @description "Record deleted" when ok, "We're sorry, but something went wrong" when failed. */
            status_message: string;
        };
        PhonebookListResult: {
            entries: {
                entry: {
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    entry_added: string;
                    entry_name: string;
                    /** @description e.g. 12015551234. */
                    entry_number: string;
                }[];
            };
            language: string;
            /** @constant */
            pagename: "Phonebook";
            userid: number;
        };
        UpdatePersonalDetailsResult: {
            /** @constant */
            name: "edit_personal";
            /** @description ok or failed. */
            status: string;
            /** @description "Personal details changed" when ok; an error description when failed. */
            status_message: string;
        };
        UserDeviceClisResult: {
            aval_devices: {
                device: {
                    "@_id": number;
                    "#text": string;
                }[];
            };
            clis: {
                cli: {
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    added_at: string;
                    /** @description Description, e.g. Linus. */
                    cli_desc: string;
                    cli_id: number;
                    /** @description The caller ID number, e.g. 5555555. */
                    cli_name: string;
                    /** @description Device name, e.g. IAX2/101. */
                    device: string;
                    /** @description e.g. phone.png. */
                    device_icon: string;
                }[];
            };
            language: string;
            /** @constant */
            pagename: "CallerIDs";
            userid: number;
        };
        UserDevicesResult: {
            devices: {
                device: {
                    /** @description The device id. */
                    acc: number;
                    /** @description Caller ID, e.g. "101" <101>. */
                    cid: string;
                    /** @description e.g. Test device 1. */
                    description: string;
                    /** @description Extension number, e.g. 101. */
                    extension: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    last_time_registered: string;
                    /** @description Device authentication secret, as the vendor document shows it. */
                    password: string;
                    /** @description Device technology, e.g. IAX2, SIP, FAX. */
                    type: string;
                    /** @description Device authentication username. */
                    username: string;
                }[];
            };
            language: string;
            /** @constant */
            pagename: "Devices";
            userid: number;
        };
        UserInvoicesResult: {
            invoices: {
                invoice: {
                    /** @description Invoice number. */
                    inv_number: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    issue_date: string;
                    /** @description Whether the invoice is paid; empty in the vendor document's sample. */
                    paid: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    paid_date: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_end: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    period_start: string;
                    /**
                     * Format: decimal
                     * @description Price without VAT.
                     */
                    price: string;
                    /**
                     * Format: decimal
                     * @description Price with VAT.
                     */
                    price_vat: string;
                    /** @description The invoiced user's name. */
                    user: string;
                    /**
                     * Format: decimal
                     * @description VAT percent, e.g. 15.0.
                     */
                    vat: string;
                }[];
            };
            language: string;
            /** @constant */
            pagename: "Invoices";
            userid: number;
        };
        UserRatesResult: {
            aval_currencies: {
                currency: string[];
            };
            /** @description Currency of the rates shown, e.g. USD. */
            currency: string;
            language: string;
            /**
             * @description Sic: the vendor document names the rates page Payments.
             * @constant
             */
            pagename: "Payments";
            rates: {
                rate: {
                    /**
                     * Format: decimal
                     * @description Price per minute with VAT.
                     */
                    rate_vat_cost: string;
                    /**
                     * Format: decimal
                     * @description Price per minute without VAT.
                     */
                    ratecost: string;
                    /** @description Flag icon file name, e.g. afg.png. */
                    rateicon: string;
                    /** @description Destination group name, e.g. Afghanistan. */
                    ratename: string;
                    /** @description Destination type, e.g. FIX or MOB. */
                    ratetype: string;
                }[];
            };
            userid: number;
            /**
             * Format: decimal
             * @description VAT percent applied in rate_vat_cost, e.g. 15.
             */
            vat_percent: string;
        };
        UserStatsDatesResult: {
            details: {
                calls: {
                    incoming: {
                        answered: number;
                        busy: number;
                        failed: number;
                        no_answer: number;
                    };
                    outgoing: {
                        answered: number;
                        busy: number;
                        failed: number;
                        no_answer: number;
                    };
                };
                detailed_by_date: {
                    call_by_date: {
                        /** @description Average call duration, e.g. 1.5. */
                        avg_time: number;
                        calls_count: number;
                        /** @description The day's normative, e.g. 100. */
                        calls_normative: number;
                        /** Format: date */
                        date: string;
                        /** @description Total duration of the day's calls, e.g. 1.5 (unlike the HH:MM:SS of the call lists). */
                        duration: number;
                    }[];
                };
                main_details: {
                    /** @description This month's normative, e.g. 0. */
                    months_normative: number;
                    /** @description Number of new calls. */
                    new_calls: number;
                    /** @description Today's normative (share of the day's norm), e.g. 0. */
                    todays_normative: number;
                };
            };
            /** Format: date */
            end_date: string;
            language: string;
            /** @constant */
            pagename: "Detailed statistics";
            /** Format: date */
            start_date: string;
            userid: number;
        };
        UserStatsResult: {
            details: {
                calls: {
                    incoming: {
                        answered: number;
                        busy: number;
                        failed: number;
                        no_answer: number;
                    };
                    outgoing: {
                        answered: number;
                        busy: number;
                        failed: number;
                        no_answer: number;
                    };
                };
                detailed_by_date: {
                    call_by_date: {
                        /** @description Average call duration, e.g. 1.5. */
                        avg_time: number;
                        calls_count: number;
                        /** @description The day's normative, e.g. 100. */
                        calls_normative: number;
                        /** Format: date */
                        date: string;
                        /** @description Total duration of the day's calls, e.g. 1.5 (unlike the HH:MM:SS of the call lists). */
                        duration: number;
                    }[];
                };
                main_details: {
                    /** @description This month's normative, e.g. 0. */
                    months_normative: number;
                    /** @description Number of new calls. */
                    new_calls: number;
                    /** @description Today's normative (share of the day's norm), e.g. 0. */
                    todays_normative: number;
                };
            };
            /** Format: date */
            end_date: string;
            language: string;
            /** @constant */
            pagename: "Detailed statistics";
            /** Format: date */
            start_date: string;
            userid: number;
        };
        UserSubscriptionsResult: {
            language: string;
            /** @constant */
            pagename: "User subscriptions";
            subscriptions: {
                subscription: {
                    /** @description Activation end (element name misspelt as in the vendor document). */
                    acivation_end: string;
                    /** @description Activation start (element name misspelt as in the vendor document). */
                    acivation_start: string;
                    /** @description Activation end under MOR's own name. */
                    activation_end: string;
                    /** @description Activation start under MOR's own name (api_controller.rb user_subscriptions), for clients of MOR's server. */
                    activation_start: string;
                    /** @description YYYY-MM-DD HH:MM:SS or ISO 8601 */
                    date_added: string;
                    /** @description Price and currency, e.g. 10 USD. */
                    price: string;
                    /** @description Service name. */
                    service: string;
                }[];
            };
            userid: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    userInvoices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["UserInvoicesResult"];
                };
            };
        };
    };
    login: {
        parameters: {
            query: {
                /**
                 * @description The user's password in clear text (seed: p=password); send only over https.
                 * @example password
                 */
                p: string;
                /**
                 * @description The user's username (seed: u=username).
                 * @example username
                 */
                u: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    loginForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["LoginFormResult"];
                };
            };
        };
    };
    main: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MainResult"];
                };
            };
        };
    };
    callflowEdit: {
        parameters: {
            query: {
                /**
                 * @description The call state to edit (seed: cft=%cf_type%, CallFlow Types).
                 * @example before_call
                 */
                cft: "before_call" | "call" | "hangup" | "noanswer" | "busy" | "failed";
            };
            header?: never;
            path: {
                /**
                 * @description The device; must belong to the user (seed: %device_id%).
                 * @example 1
                 */
                device_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["CallflowEditResult"];
                };
            };
        };
    };
    callflowUpdate: {
        parameters: {
            query: {
                /**
                 * @description The call state being changed (seed: cft=%cf_type%).
                 * @example before_call
                 */
                cft: "before_call" | "call" | "hangup" | "noanswer" | "busy" | "failed";
            };
            header?: never;
            path: {
                /**
                 * @description The device whose call flow changes; must belong to the user (seed: %device_id%).
                 * @example 1
                 */
                device_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description The action. The vendor document sends forward for fax detect too (with whattodo=change_fax_device); faxdetect, the action's own name, is accepted as well.
                     * @enum {string}
                     */
                    cf_action?: "forward" | "voicemail" | "faxdetect";
                    /** @description Target device for change_local_device and change_fax_device; must belong to the user (seed: deviceid=%device_id%). */
                    deviceid?: number;
                    /** @description External number to forward to, for change_external_device (seed: ext_number = %ext_number%). */
                    ext_number?: string;
                    /**
                     * @description Which change the form makes; absent with cf_action=voicemail.
                     * @enum {string}
                     */
                    whattodo?: "change_action" | "change_local_device" | "change_external_device" | "change_fax_device";
                };
            };
        };
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["CallflowUpdateResult"];
                };
            };
        };
    };
    callflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device (acc on the devices page); must belong to the user (seed: %device_id%).
                 * @example 1
                 */
                device_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["CallflowResult"];
                };
            };
        };
    };
    cliAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The caller ID number (seed: %cli%); shown as cli_name. */
                    cli: string;
                    /** @description Description (seed: %description%); shown as cli_desc. */
                    description?: string;
                    /** @description The device, one of aval_devices on the CLIs page (seed: %device_id%). */
                    device_id: number;
                };
            };
        };
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["CliAddResult"];
                };
            };
        };
    };
    userDeviceClis: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["UserDeviceClisResult"];
                };
            };
        };
    };
    userDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["UserDevicesResult"];
                };
            };
        };
    };
    destinations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The destination group (seed: %dest_id%).
                 * @example 1
                 */
                dest_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["DestinationsResult"];
                };
            };
        };
    };
    activateCallback: {
        parameters: {
            query: {
                /**
                 * @description The user's device the callback is made and billed for, its acc on the devices page (seed: acc=%device%).
                 * @example 1
                 */
                acc: number;
                /**
                 * @description The number the source is connected to once it answers (seed: dst=%destination%).
                 * @example 15551234567
                 */
                dst: string;
                /**
                 * @description The number called first (seed: src=%source%).
                 * @example 15551234567
                 */
                src: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["ActivateCallbackResult"];
                };
            };
        };
    };
    personalPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["PersonalPaymentsResult"];
                };
            };
        };
    };
    phonebookAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The phonebook's owner; must be the authenticated user (seed: %userid%).
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The contact's name (seed: %name%); shown as entry_name. */
                    name: string;
                    /** @description The phone number (seed: %number%); shown as entry_number. */
                    number: string;
                };
            };
        };
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["PhonebookAddResult"];
                };
            };
        };
    };
    phonebookDestroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The phonebook entry to delete (seed: %entryid%).
                 * @example 1
                 */
                entryid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["PhonebookDestroyResult"];
                };
            };
        };
    };
    phonebookList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The phonebook's owner; must be the authenticated user (seed: %userid%).
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["PhonebookListResult"];
                };
            };
        };
    };
    userSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["UserSubscriptionsResult"];
                };
            };
        };
    };
    callList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["CallListResult"];
                };
            };
        };
    };
    callListFilter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Call type filter (seed: %calltype% (outgoing - incoming - all)).
                     * @default all
                     * @enum {string}
                     */
                    calltype?: "outgoing" | "incoming" | "all";
                    /**
                     * @description Device filter: all or one of the user's device ids (seed: %device% (show_device = all or device_id)); another user's device answers access-denied.
                     * @default all
                     */
                    device?: string;
                    /**
                     * @description Direction filter (seed: %direction%, values not given; the page echoes it as direction, sample all).
                     * @default all
                     * @enum {string}
                     */
                    direction?: "all" | "outgoing" | "incoming";
                    /** @description End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
                    period_end?: string;
                    /** @description Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
                    period_start?: string;
                    /**
                     * @description Apply the posted filters; the web form always sends 1 (seed: %search_on% (always 1?)).
                     * @default true
                     */
                    search_on?: boolean;
                    /**
                     * @description Call status filter, echoed as status (not a seed parameter: the vendor document's page echoes a status but lists no parameter for it).
                     * @default all
                     * @enum {string}
                     */
                    status?: "all" | "answered" | "no_answer" | "busy" | "failed";
                    /** @description Current UserId (seed: %userid%); must be the authenticated user, which is the default. */
                    userid?: number;
                };
            };
        };
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["CallListFilterResult"];
                };
            };
        };
    };
    callListCsv: {
        parameters: {
            query?: {
                /**
                 * @description Call type filter (seed: call_type=%calltype%, values outgoing - incoming - all).
                 * @example outgoing
                 */
                call_type?: "outgoing" | "incoming" | "all";
                /**
                 * @description Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: date_from=%period_start%); default the call list's current period.
                 * @example 2026-01-31
                 */
                date_from?: string;
                /**
                 * @description End of the period, same forms (seed: date_till=%period_end%); default the call list's current period.
                 * @example 2026-01-31
                 */
                date_till?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user whose calls are exported; must be the authenticated user (seed: %userid%).
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["CallListCsvResult"];
                };
            };
        };
    };
    callListPdf: {
        parameters: {
            query?: {
                /**
                 * @description Call type filter (seed: call_type=%calltype%, values outgoing - incoming - all).
                 * @example outgoing
                 */
                call_type?: "outgoing" | "incoming" | "all";
                /**
                 * @description Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: date_from=%period_start%); default the call list's current period.
                 * @example 2026-01-31
                 */
                date_from?: string;
                /**
                 * @description End of the period, same forms (seed: date_till=%period_end%); default the call list's current period.
                 * @example 2026-01-31
                 */
                date_till?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user whose calls are exported; must be the authenticated user (seed: %userid%).
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["CallListPdfResult"];
                };
            };
        };
    };
    faxesList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The fax owner; must be the authenticated user (seed: %userid%).
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["FaxesListResult"];
                };
            };
        };
    };
    faxesListFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Current UserId (seed: %userid%); must be the authenticated user.
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Device filter: all or one of the user's fax device ids (seed: %device_id%).
                     * @default all
                     */
                    device_id?: string;
                    /**
                     * @description Fax status filter: all or a status as the page shows it, e.g. Received (seed: %fax_status%, values not given).
                     * @default all
                     */
                    fax_status?: string;
                    /** @description End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
                    period_end?: string;
                    /** @description Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
                    period_start?: string;
                    /**
                     * @description Apply the posted filters (seed: %search_on%).
                     * @default true
                     */
                    search_on?: boolean;
                };
            };
        };
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["FaxesListFilterResult"];
                };
            };
        };
    };
    missedCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MissedCallsResult"];
                };
            };
        };
    };
    missedCallsFilter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description End of the period, same forms; a bare date means the end of that day (seed: %period_end%). */
                    period_end?: string;
                    /** @description Start of the period, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (seed: %period_start%). */
                    period_start?: string;
                    /** @description Process call (seed: %processed%): comma-separated call_id values of the user's missed calls to mark processed. */
                    processed?: string[];
                    /**
                     * @description Apply the posted period; the web form always sends 1 (seed: %search_on% (always 1?)).
                     * @default true
                     */
                    search_on?: boolean;
                    /** @description Current UserId (seed: %userid%); must be the authenticated user, which is the default. */
                    userid?: number;
                };
            };
        };
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MissedCallsFilterResult"];
                };
            };
        };
    };
    newCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["NewCallsResult"];
                };
            };
        };
    };
    userStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["UserStatsResult"];
                };
            };
        };
    };
    userStatsDates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * Format: date
                     * @description Last day of the range, YYYY-MM-DD, not before period_start (seed: %period_end%); answered as end_date.
                     */
                    period_end: string;
                    /**
                     * Format: date
                     * @description First day of the range, YYYY-MM-DD (seed: %period_start%); answered as start_date.
                     */
                    period_start: string;
                };
            };
        };
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["UserStatsDatesResult"];
                };
            };
        };
    };
    personalRatesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user whose rates are exported; must be the authenticated user (seed: %userid%).
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["PersonalRatesCsvResult"];
                };
            };
        };
    };
    personalRatesPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user whose rates are exported; must be the authenticated user (seed: %userid%).
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["PersonalRatesPdfResult"];
                };
            };
        };
    };
    userRates: {
        parameters: {
            query?: {
                /** @description ISO 4217 code of the currency to show the rates in, one of aval_currencies (seed: currency=%cur_code%); default the user's currency. */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["UserRatesResult"];
                };
            };
        };
    };
    personalDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["PersonalDetailsResult"];
                };
            };
        };
    };
    updatePersonalDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user whose details change; must be the authenticated user (seed: %userid%).
                 * @example 1
                 */
                userid: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * Format: date
                     * @description Agreement date, YYYY-MM-DD.
                     */
                    agreement_date?: string;
                    /** @description Agreement number. */
                    agreement_number?: string;
                    /** @description Personal (identity) number. */
                    personalid?: string;
                    /** @description Registration address. */
                    reg_address?: string;
                    /** @description Registration city. */
                    reg_city?: string;
                    /** @description Registration country. */
                    reg_country?: string;
                    /** @description Registration direction (country of the dialling-code direction; seed sample: Uzbekistan). */
                    reg_direction?: string;
                    /** @description E-mail address. */
                    reg_email?: string;
                    /** @description Fax number. */
                    reg_fax?: string;
                    /** @description Mobile number. */
                    reg_mobile?: string;
                    /** @description Phone number. */
                    reg_phone?: string;
                    /** @description Registration postcode. */
                    reg_postcode?: string;
                    /** @description Registration state or county. */
                    reg_state?: string;
                    /** @description Surname. */
                    surname?: string;
                    /** @description Country of taxation (seed sample: Uzbekistan). */
                    taxation_country?: string;
                    /** @description First name, shown as other_details/username (seed sample: Andrey). */
                    username?: string;
                    /** @description VAT registration number. */
                    vat_reg_number?: string;
                };
            };
        };
        responses: {
            /** @description A server fault, in MOR's error document. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["MorError"];
                };
            };
            /** @description The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on an action page its own <action> with status failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["UpdatePersonalDetailsResult"];
                };
            };
        };
    };
}
