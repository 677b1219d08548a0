// generated from spec/ — do not edit; run `make generate`
/* eslint-disable */
export interface paths {
    "/mvapireq/addcallbacknumber": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add a custom callback number for the user.
         * @description "addcallbacknumber {add custom callback number}". The vendor document lists no parameter; the number travels in anum, the common first-number parameter. A call from this number to the callback access number is called back and billed to the user. The vendor document does not specify the answer. A number identifies one user only: one registered by another user (as a callback number or ANI) or belonging to the DID pool is refused; adding one of one's own numbers again answers OK. Called bare, as the vendor documents list it, it adds nothing and answers OK saying so, with the user's callback numbers.
         */
        get: operations["addcallbacknumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/addcredit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add credit to a user (admin access, from trusted IP only by default).
         * @description "addcredit [pin] {add credit (Only from trusted IP by default)}"; "Add credit to user (admin access by default, from trusted IP only)". pin names the user to credit (the examples send pin=USERNAME and pin=101); the amount travels in credit. The v1 xmapi addcredit command maps to it.
         */
        get: operations["addcredit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/addserver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add a SIP server or traffic sender (peer/trunk) with its routing.
         * @description "addserver {add sip server or traffic sender}", parameters [u_type,u_name,u_username,u_password,u_domain,u_ip,u_port,u_proxy,u_transport,u_auth,u_email, u_country,u_currency,u_credit,u_routing,u_routingpriority,fieldnameX/fieldvalX] (the vendor document wraps u_credit across two lines as "u_cr / edit"), detailed under "Addserver API parameters". Either u_name or u_username, and either u_domain or u_ip, must be given. fieldNameX / fieldvalX: "optional extra fields to be set in tb_users (X can go from 0 to 99)", read as the indexed parameters fieldname/fieldval (names match case-insensitively, so fieldName0 is fieldname0). The vendor document does not specify the answer.
         *     Switchboard creates a tb_users account of type sipserver (u_type 0 and 9) or trunk (u_type 5), keeping u_type in its servertype field and the address in domain, ip, port, proxy, transport and needauth. An absent u_type is 0 ("use 0 to add upper servers"). Without u_username the username is made from u_name (lower case, other characters as _, a number appended while taken). A port in u_domain or u_ip (host:port, [v6]:port) wins over u_port. u_routing and u_routingpriority are stored on the account for the routing engine, which has no routing entries yet, so the answer carries no routingid. The extra fields are any tb_users fields, checked as setfield checks an admin's.
         */
        get: operations["addserver"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/adduser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add a new prepaid enduser (deprecated name of newuseri).
         * @deprecated
         * @description "adduser {deprecated}". The older edition names it as the example of the Sensitive API ("IP authentication is recommended for these. For example “adduser”"). It is also the old HTTP interface's command ("adduser–add new prepaid enduser (Only from trusted IP set by httpapiallowedip2. For more control use the DB API)", with u_username, u_password, u_name (optional), u_email (optional) and credit), and "all functions in the old API works also via this new API with mapped parameters": those are its parameters here. Switchboard serves it as newuseri.
         */
        get: operations["adduser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/apireload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reload the tb_api rules (after adding or changing an entry in tb_api).
         * @description "useful if you added/modified an entry in tb_api". The vendor document: "for the changes in the tb_api to be applied you must issue a "apireload" command (from the Server Console) or restart your server." Switchboard re-reads tb_api (access codes, custom SQL, custom actions, enabled) into its dispatch table; requests already running keep the rules they started with.
         */
        get: operations["apireload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/apitest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API test; the simplest request, without authentication requirements.
         * @description "API test (this is the simplest example without authentication requirements)", sent as apientry=apitest1; the raw TCP/UDP example sends apientry=apitest with authentication parameters, which are accepted and ignored. Not in the API lists. Used to check connectivity, transport and answer format.
         */
        get: operations["apitest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/asendemail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an email (admin, asynchronous).
         * @description "asendemail [from, to, subject, message. from can be empty]"; the admin counterpart of the user command sendmail. Queued and sent in the background through the configured SMTP server. from and to are email addresses here; the vendor document's common-parameter aliases (anum/phone1/from, bnum/phone2/to) still apply, which is why they are not the phone-typed shared params. When from is empty the server's sender address is used.
         */
        get: operations["asendemail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/asendsms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an SMS asynchronously (admin, high performance).
         * @description The older edition: "asendsms [telnumber,message] {send sms message}"; the newer edition: "asendsms [from,to,message] {send sms message asynchronously for high performance}" (Admin / Commands). The newer edition's parameter list is used for positions; the older edition's telnumber is the destination and is accepted as an alias of to. Answers as soon as the message is queued; asendsmssync waits for the result instead. A number on-net (a DID a Switchboard user holds) goes as a SIP MESSAGE to that user, as sms describes.
         */
        get: operations["asendsms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/asendsmssync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an SMS and wait for the result (admin).
         * @description "asendsmssync [from,to,message] {send sms message and wait for the result}". The synchronous form of asendsms: answers once the SMS gateway has accepted or rejected the message. The answer's fields are not specified by the vendor document. A number on-net (a DID a Switchboard user holds) goes as a SIP MESSAGE to that user, as sms describes: answered delivered once a phone of theirs accepted it, queued while it waits for one to register.
         */
        get: operations["asendsmssync"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/at": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an AT command directly to a gateway engine (GSM modem line).
         * @description "send direct message to the specified engine (gwname,line,ATcommand)": a raw AT (modem) command to one line of a vendor GSM gateway.
         */
        get: operations["at"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Launch a database backup to the second server.
         * @description "BackupToOtherServer: launch a database backup to the second server" (the newer edition's tbackup has the same description). Switchboard has no second server and answers the unsupported error (see reason); dbbackup and backupdb write local backups.
         */
        get: operations["backup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/backupdb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Back up the database (meaning inferred from the name).
         * @description Listed by name only in the newer edition, just before backup; undocumented in the vendor document; meaning inferred from the name. Switchboard writes a backup of its database into its configured backup directory, as dbbackup does with no parameters.
         */
        get: operations["backupdb"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The authenticated user's credit balance.
         * @description "balance {credit request}"; "User credit request (public by default)". tb_api can force it to be always authenticated or make it fully public (fname=balance, req_key=0, req_user=14: then only authid is needed). Public for users (req_user=14) with req_key left at 1 still needs the key where apiv2key is set: authkey and authid, no password; authid alone only "if set as public with no apiv2key set". Also reachable as the v1 xmapi balance command and by SMS. The vendor document does not specify the answer's fields: the text answer is the real server's line, "Your credit is $9.8" (see wire); json and xml's data carry the record below.
         */
        get: operations["balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/bannedlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the banned IP addresses.
         * @description "bannedlist {list of banned ip's}". No parameters. The addresses banned after too many failed requests (the banned error); delbanned removes them. The fields are not specified by the vendor document.
         */
        get: operations["bannedlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/calcnccache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recalculate the next-client cache size and mode.
         * @description The newer edition: "calcnccache { recalc cache size and mode }"; the older edition spells it calcncache, kept as an alias. The vendor recomputes how many campaign clients (ccampclient) its next-client cache holds; Switchboard has no such cache and answers the unsupported error.
         */
        get: operations["calcnccache"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Make SIM cards call each other (a SIM test call).
         * @description "call { sim call each other (origsimid,telnum,duration) }" (the newer edition also lists a bare "call" under Diagnostics). The vendor's GSM gateways place a test call from one SIM to a number, for a duration, to keep SIMs active.
         */
        get: operations["call"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Initiate a callback call to a number.
         * @description "callback [num] {initiate callback call}"; "Initiate callback call (for endusers)". It is the v1 xmapi cb command (v1 name kept as alias). The examples send the number as anum (the old API's name for it), one also ivr=-1. The server calls the number and, when it answers, runs the callback IVR (defcallbackivr campaign) or connects it. Switchboard carries no media, so it plays no IVR: it calls the number and, when it answers, calls the authenticated user's own registered phone and connects the two by their SDP offer and answer (RFC 3725 flow I, third-party call control). Both legs are billed to the user at their rates and written as CDRs; the answer names the call's id (discall).
         */
        get: operations["callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/callbackaccessnumber": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return the callback access number.
         * @description "callbackaccessnumber {return the callbackaccessnumber}": the number users call (and hang up) to get a callback. It is the global option callbackaccessnumber, which the operator sets (config file globals or setini); not-found while it is not set.
         */
        get: operations["callbackaccessnumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/callforward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Set the user's call forwarding numbers.
         * @description "callforward [anum,bnum,cnum]" (no description). The vendor document does not say what each number is. Switchboard reads them as the three forward destinations of the user record, in the order the user form of setfield lists them: anum forward on busy, bnum forward on no answer, cnum forward always. An absent number leaves that forward unchanged, an empty one clears it; sending none of them is refused. The vendor document does not specify the answer.
         *     The vendor's own webphone sends its call-divert settings as calldivert with callforwardonbusy, callforwardonnoanswer, callforwardalways (the word null for an empty one) and callforwardonnoanswertimeout (seconds before forwarding on no answer); see wire. Those names are read beside anum, bnum and cnum, null clearing the forward.
         */
        get: operations["callforward"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/callrating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call rating for an ongoing call; remaining credit, maximum duration and rate.
         * @description The older edition: "callrating {call rating details returning credit, maxduration and rating} [username, callid]"; the newer edition: "{call rating for an ongoing call returning credit, maxduration and rating for existing call}". callid is the SIP Call-ID of either leg of a call callback or p2p placed, by any process of the server (serve --workers); the rating is the call's price per minute (both legs' rates added), maxduration the seconds the credit still pays for (86400 when nothing limits it: a postpaid user or free rates).
         */
        get: operations["callrating"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/capcheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the free capacity for a direction.
         * @description "capcheck { check free capacity (direction -3330630) }". Answers how many more concurrent calls the routes to a direction can take. The vendor document's "-3330630" is not explained; it reads as an example value of direction.
         */
        get: operations["capcheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/cccharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Charge a credit card and add the amount to the user's credit.
         * @description "cccharge [cardnum,expireyear,expmonth,ccv2,ammount]" (no description). The amount parameter is spelled ammount in the vendor document; amount is accepted too. The vendor document does not specify the answer. Card charging needs a payment provider; Switchboard has none to send cards to, so the command answers "not supported: no payment provider is configured".
         */
        get: operations["cccharge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/cdr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call detail records (call history) with filters, optionally summarised.
         * @description The newer edition: "cdr [caller,called,maxcount=record count, days =today/lastweek/lastmonth/daysnumber dir=all/in/out type =all/connected/notconnected, prefix, fields=min/normal/all, summary=no/yes, by= all/day/caller/called, order= date,caller,called,user]". Used for the webportal's call history. Endusers get their own calls; admins every call (filter by caller). The filter examples: enduser today call count,duration "days=today&by=all"; enduser this month costs "days=thismonth&by=all"; admin todayprofit "days=today&by=all&fields=all"; enduser today call list "days=today"; last 7 days "days=lastweek"; last 30 days "days=lastmonth"; this month call list with summary "days=thismonth&summary=yes"; admin list last 10 day calls from user id 123 to prefix 40 "days=10&caller=123&prefix=40"; enduser missed calls "days=lastweek&dir=in&type=notconnected".
         *     Here: days counts UTC calendar days including today (today = days=1, yesterday, lastweek = 7, lastmonth = 30, thismonth from the 1st; no days: every date). An enduser sees the calls billed to them (dir=out) and the calls to them (dir=in: called user); an admin sees every call, dir then filters on the call's recorded direction, and an admin acting as another user (targetuser) sees that user's calls. caller matches the caller number, or the calls billed to the user with that id or username; called matches the called number; prefix matches called numbers starting with it; type=connected keeps answered calls. Counts, durations and costs are summed by the database.
         */
        get: operations["cdr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/changepwd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change the user's password.
         * @description "changepwd [newpassword,oldpassword]" (no description). The old password must match the current one (a wrong one counts as a failed authentication toward a ban). The new password must differ from the old one and pass the rules newuseru applies to sign-up passwords; the error names the rule broken. The vendor document does not specify the answer.
         */
        get: operations["changepwd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/charge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recharge the user's credit using a recharge PIN.
         * @description "charge [pin] {recharge using recharge PIN}". The examples send the PIN as anum=PINCODE (the v1 xmapi charge form), so anum is accepted for pin. The value of the PIN voucher is added to the user's credit and the voucher is used up, in one transaction: a PIN is redeemed once, even when requests race. A PIN worth another currency than the account's is refused; a wrong PIN counts as a failed authentication toward a ban, so PINs cannot be guessed in bulk. An idempotencykey makes a retried redemption answer its first result. Operators load PINs with `switchboard pins add` or `switchboard pins generate`.
         */
        get: operations["charge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/checkcredits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the charges and the credit requests that are due.
         * @description "check charges and creditrequests need". Switchboard runs its billing check now: applies the periodic charges that are due and raises the credit requests (low-credit and postpaid limit handling) users need. Switchboard charges as it goes (no charge waits for this), so it sends the low-credit e-mails: each prepaid user with sendlowcreditemail set and an e-mail address whose credit is at or below mincreditonroute (0 when unset) is told once a day.
         */
        get: operations["checkcredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/checkmails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check (run) the pending email jobs.
         * @description "CheckEmailJobs: check email jobs". Switchboard processes its queue of pending email jobs (notifications, reports, scheduled emails) now. Its outbox worker sends e-mail as it comes, so there is nothing to start: the answer says how many e-mails wait and how many failed in the last day.
         */
        get: operations["checkmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/checkpins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recheck the pincodes.
         * @description "will recheck pincodes". The vendor revalidates its PIN code table; Switchboard has nothing to recheck and answers the unsupported error (see reason).
         */
        get: operations["checkpins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/checkscanner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the number scanner threads.
         * @description "check number scanner threads". Reports the state of the number scanner jobs (which test lists of numbers by calling them; stopped by stopscanner).
         */
        get: operations["checkscanner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/clearnccache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clear the next-client cache, optionally for one operator only.
         * @description "clear next client cache [operatorid]". Empties the in-memory queue of the next campaign clients to call (see reindexncache); with operatorid only that operator's entries are dropped. Switchboard has no such cache and answers the unsupported error.
         */
        get: operations["clearnccache"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/cli": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add a PIN-less number (ANI) to the user for caller-number authentication.
         * @description "cli {add pin less number (ANI)}" (no parameters listed). It is the v1 xmapi cli command: "anum will be assigned for the user and can be used for A number based authentication", so the number travels in anum. A number identifies one user only: one registered by another user (as an ANI or callback number) or belonging to the DID pool is refused; registering one of one's own numbers again answers OK.
         */
        get: operations["cli"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Switch the console to the requested client service.
         * @description "client {switch to the requested client}". The vendor document lists no parameters. The clients are the vendor's separate Windows client services (vclientgw, vclientsrv; see upgradeall), which the console can be switched to.
         */
        get: operations["client"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Close the current connection.
         * @description "close/exit/quit {close current connection}": three names for one command. A session command for the persistent transports (raw TCP, TLS, websocket and the admin console): Switchboard answers OK and then closes the connection. Over HTTP the answer carries "Connection: close"; over UDP there is nothing to close and it just answers OK. An admin command, as the vendor document lists it (a trusted address counts as admin by default, apideftrustadmin); any other client ends a session by closing its socket.
         */
        get: operations["close"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/cmd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Execute a Windows shell command on the server host.
         * @description "cmd {exec windows shell command}". The vendor document lists no parameters.
         */
        get: operations["cmd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/createcdrinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create the CDR info (summary) records (meaning inferred from the name).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name: the vendor (re)builds CDR summary data, presumably what the cdr command's summary and by options read. Switchboard keeps no such data and answers the unsupported error (see reason).
         */
        get: operations["createcdrinfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/dailymaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run the daily maintenance tasks now.
         * @description "run daily maintanance tasks" (sic). Switchboard runs the job now and answers when it is done. It keeps no schedule of its own: call it from cron or a systemd timer. The daily job: the database's planner statistics are refreshed (ANALYZE on PostgreSQL, PRAGMA optimize on SQLite), after the hourly tasks.
         */
        get: operations["dailymaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/dailyreport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Launch the daily report builder now.
         * @description "launch the daily report builder thread". Switchboard builds the daily report now: each user with senddailyemail set and an e-mail address gets the past UTC day's calls (count, duration, cost) by e-mail.
         */
        get: operations["dailyreport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/db": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run any SQL statement on the database (admin only).
         * @description "db {any database query (select,update,etc) only if authenticated user type is admin}" and, listed again, "db [txt] {any sql select/insert/update command}". The newer edition's "Direct database operations": "Instead of direct SQL connection to the database, you can also use the API to perform various database operations. The related API entries are the followings: db, setfield, getfield ... (You should use admin authentication with these API calls. Admin access is not recommended from untrusted source such as a JavaScript requests from a webpage!)". The vendor document's example is MS SQL Server syntax (select top 1); statements run in Switchboard's own database dialect (SQLite or PostgreSQL), with the two MS SQL idioms the vendor's users write translated: a leading "select top N" becomes "limit N", and "with(nolock)" table hints are dropped. Admin only, as the vendor document lists it (an admin list entry, and the vendor document calls it remotely with admin credentials), from wherever remoteadmin allows administration, unless tb_api says otherwise. A trusted address alone never counts as the admin login (needsCredentials): the statement can read and change anything.
         */
        get: operations["db"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/dbbackup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a database backup.
         * @description The newer edition: "dbbackup {create database backup} [reseverd,path,ival,type]" (sic: "reseverd" for reserved). Switchboard writes a full backup of its database into its backup directory (backups/ in the data folder): path names the file or a folder in it (absent: a dated file name); paths leading outside it are refused. SQLite: the online backup API (the server keeps answering), a self-contained .sqlite file. PostgreSQL: pg_dump's custom format (.pgdump), which needs the PostgreSQL client tools on the server's PATH (their absence answers the unsupported error). The file appears under its name only once complete. The vendor document explains neither ival nor type.
         */
        get: operations["dbbackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/dbfailover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Force a failover to another database.
         * @description The newer edition: "dbfailover {force db failover} [reserved,forcedbnum,checkonly,withrestore,needrestart]". Switchboard is configured with one database and answers the unsupported error (see reason). The vendor document explains none of the parameters; the descriptions below read them from their names.
         */
        get: operations["dbfailover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/dbreset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reset the database connections.
         * @description "reset database connections". Switchboard closes every connection of its database pool and opens new ones (e.g. after the database server was restarted or failed over). Statements running at that moment fail and their requests answer an error; the next requests use the new connections.
         */
        get: operations["dbreset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/dbrestore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restore the database from a backup.
         * @description The newer edition: "dbrestore {restore database} [reserved,path]". Switchboard restores its database from the backup file at path (as written by dbbackup, relative to its backup directory; paths leading outside it are refused), brings the restored schema up to date, and re-reads its caches (global config, tb_api, bans, cached users). Destructive: the current data is replaced. The file is checked first (a missing file answers not-found; an empty, corrupt or foreign file, or one of the other database engine, answers command-failed and changes nothing), and the data is replaced in one transaction: a restore that fails half-way leaves the database as it was. SQLite: the backup API; PostgreSQL: pg_restore and psql from the server's PATH (their absence answers the unsupported error).
         */
        get: operations["dbrestore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/dbrsttgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A database reset command of the Reset list (undocumented; meaning unclear).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name: "db" + "rst" (reset, as in dbreset) + "tgs", which the vendor documents never explain (it may be database triggers or trunk groups). Kept so that the name is recognised; Switchboard answers the unsupported error.
         */
        get: operations["dbrsttgs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/delbanned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Remove an IP from the banned list, or all of them.
         * @description "delbanned [all] {remove ip from the banned list (ip)}". The one parameter is the IP to unban or the word all; the vendor document names it both [all] and (ip): it is named ip here, with all as another name (all=all, all=IP, ip=all), and param1 works whatever the name. The vendor document's [all] is the parameter's name, as [from,to,filename] are sendfax's: a request that names no address (delbanned alone, all with no value, a misspelt name) is a missing parameter and lifts nothing, so no slip clears every ban.
         */
        get: operations["delbanned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/delobj": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free in-memory objects (one named group, or all).
         * @description "delobj [ep/logic/sqlupd/router/pred/check/simall/maint/logger/dbobj/all] {free objects}". The bracket lists the values of one parameter (its name is not given; it is the first positional one). The meanings below read the vendor's short names; Switchboard has none of these object pools and answers the unsupported error (see reason).
         */
        get: operations["delobj"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/deluser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delete a user by id or username.
         * @description "deluser {delete a user by id or username} [u_id or u_username]". Exactly one of u_id and u_username identifies the user; the two share the one slot of the positional form, so neither carries a position (param1 is taken as u_id when it is all digits, else as u_username). The vendor document does not specify the answer.
         *     The account is deleted; its DID pool numbers go back to the pool, its own caller numbers (cli, addcallbacknumber) are removed, its sub-users lose their owner, and its credit ledger rows are kept. The account the request is authenticated as and the admin named in the server config cannot be deleted.
         */
        get: operations["deluser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/deviceid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the server's device id.
         * @description "deviceid {show device id}". No parameters. The vendor document does not define the device id: here it is the stable identifier of this installation (the vendor ties licences to it): a UUID made on first request and kept in the global config table (option deviceid), so every process on the same database and every restart answers the same.
         */
        get: operations["deviceid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/discall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Disconnect a call in progress, by its call id.
         * @description The newer edition: "discall [dbcallid]" (Admin / Commands); the older edition spells it "disccall [dbcallid]". No description in either edition; dbcallid is the call's database id, as for voicehere. In Switchboard it is the id callback and p2p answered for a call in progress, unique across the processes of one server (serve --workers): whichever process is asked, the one that placed the call hangs both legs up with BYE and bills it before the answer (unavailable when that process does not answer in time).
         */
        get: operations["discall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SIP endpoint information.
         * @description "endpoints {list sip endpoint info}". No parameters. The vendor document does not specify which information is listed; a faithful implementation lists every SIP endpoint the server currently knows (registered devices and configured SIP servers/peers) with its network address and state. Here: every registered contact (type device, state registered) and every SIP server or traffic sender added with addserver (type server, state configured: their reachability is not probed).
         */
        get: operations["endpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/epreg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List registrar endpoints, optionally filtered by registration type and state.
         * @description "epreg [regtype, regstate] {list registrar endpoints}". The vendor document gives neither the values of regtype and regstate nor the answer's fields: both filters are taken as free strings matched against the endpoint's registration type and state, and absent means no filter. The registrar's endpoints here are the contacts users registered: regtype is the transport they registered over (udp, tcp, ws, wss) and regstate is registered (an expired contact is gone); matched without regard to case.
         */
        get: operations["epreg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/fastregusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users of the fast registration (fastreg) module, successful ones or all.
         * @description "fastregusers [succ/all] {list fastreg module users}". The vendor document gives the one parameter only as its two values "succ/all", without a name: it is named `filter` here, and param1 (positional) works whatever the name. The fastreg module is the vendor's cache of recent registrations; here it is the registrar's in-memory registration cache. The answer's fields are not specified by the vendor document. Switchboard's registrar keeps no record of failed attempts (a refused REGISTER leaves no binding), so every entry is a successful registration and succ and all list the same rows.
         */
        get: operations["fastregusers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/fastusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the cached (in-memory) users.
         * @description "fastusers {list cached users}". No parameters. The "fast users list" is the server's in-memory cache of tb_users (syncusers refreshes it from the database): the users whose requests this process has authenticated since they were last changed. The vendor document does not specify the fields.
         */
        get: operations["fastusers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send the requested file.
         * @description "file {will send the requested file}". The vendor document lists no parameters, yet a file has to be requested: Switchboard takes its name in `filename`, as getfile does ("getfile [filename]"), relative to the server's file folder (files/ in its data folder, as getfile and putfile) and confined to it (no absolute paths, no "..", no link out). As with getfile, the text, xml and json formats carry the content base64 encoded. Called bare, as the vendor documents list it, it sends the folder's listing as a text file (files/): one relative file name a line, sorted; links and folders left out.
         */
        get: operations["file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/finetune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fine-tune the service (FinetuneService).
         * @description "FinetuneService": the vendor's routine that re-tunes its own Windows service.
         */
        get: operations["finetune"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/forgotpasswordanswer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the answer to the security question and send the password to the account's email.
         * @description "forgotpasswordanswer [email, forgotpasswordanswer]" (no description). Second step of the password recovery after forgotpasswordquestion. It serves users who do not know their password, so it needs the API key only. The vendor document does not specify what happens on a right answer; Switchboard emails the user a new password (it never answers a password in the response).
         */
        get: operations["forgotpasswordanswer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/forgotpasswordquestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return the security question of the account with this email address.
         * @description "forgotpasswordquestion [email]" (no description). First step of the password recovery; the user then answers with forgotpasswordanswer. It serves users who do not know their password; even so it needs an authenticated user, as both seeds list it among the commands "available for users (authenticated as enduser/reseller/other user type)", and no known client calls it without a login: a user who cannot log in recovers the password some other way (forgotpasswordanswer, the operator). The vendor document does not specify the answer. The question is the one the user saved with setfield (forgotpasswordquestion); an unknown address counts as a failed authentication toward a ban, so addresses cannot be tried in bulk.
         */
        get: operations["forgotpasswordquestion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/fs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the state of the vendor's internal PBX module.
         * @description "fs {internal PBX}". No parameters. It addresses the PBX component bundled with the vendor's Windows softswitch, which Switchboard does not have.
         */
        get: operations["fs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/ftpst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restart the FTP (file transfer) service (meaning inferred from the name).
         * @description Listed by name only in the newer edition, between mantreset and webrst; undocumented in the vendor document; meaning inferred from the name ("ftp" + "st", like the other *rst restart commands of that list). Switchboard offers no FTP service and answers the unsupported error.
         */
        get: operations["ftpst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/gencdr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Generate CDR records.
         * @description The older edition: "gencdr { generate cdr records: www.mizu-voip.com/portals/0/files/gencdr.pdf }"; the newer edition: "gencdr { generate cdr's: www.mizu-voip.com/portals/0/files/gencdr.pdf }" (Admin / Diagnostics). Its parameters and answer are documented only in that external PDF, which is not among the vendor documents. Here it writes synthetic test calls into tb_cdrs: count calls spread at random over the last days days, billed to user (or to every enabled enduser in turn), to numbers under the prefixes of that user's rate deck and rated by it (cost = connect fee + rate per minute over the billed increments; price, the operator's cost, is 0: there is no buy-side deck). Their SIP Call-IDs start with "gencdr-" so they can be told from real calls. The same seed writes the same calls.
         */
        get: operations["gencdr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/getconfroom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get, or create when it does not exist, the user's conference room.
         * @description "getconfroom {get/create conference room}". The vendor document does not specify the answer; the vendor's webphone reads the number to dial to join the room after "OK:" (see wire), so that is the answer: "OK: {room}".
         */
        get: operations["getconfroom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/getdetails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's own account details, phone status and balance.
         * @description The newer edition: "getdetails [mode=min/normal/max]". The webportal guide: "displaying a status page: use the getdetails API (here for example you can display the user phone status and balance)" and "load/save user details: use the getdetails and setfield API". The vendor document does not list the answer's fields; min answers the first group below, normal adds the contact details, max adds every user setting the user form of setfield can change. The phone status is 1 (offline) for every existing account until the SIP edge, which knows registrations and calls, is running.
         */
        get: operations["getdetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/getfield": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request (read) one field of a database row found by a filter.
         * @description "getfield [table, retfieldname, filterfieldtype, filterfieldname, filterfieldvalue] {request a
         *     field}", with the "def values" the vendor document gives:
         *     table: tb_users; retfieldname: id; filterfieldtype: auto guess; filterfieldname: auto guess
         *     (username/callerid/userid); filterfieldvalue: mandatory.
         *     So by default it answers the tb_users.id of the user whose username, caller id or id equals
         *     filterfieldvalue. Switchboard answers the first matching row's value. One of the direct
         *     database operations with db and setfield, for which "You should use admin authentication".
         *
         *     Any table the server has and any of its real columns, checked against the table's columns (never
         *     passed into SQL text); the first matching row by id. The auto-guessed filter tries username, then
         *     callerid, then the id (userid) in tb_users, and the id elsewhere. In tb_users, credit and creditlimit
         *     answer amounts; passwords and the recovery-answer hash are never answered.
         */
        get: operations["getfield"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/getfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Load a file from under the server directory.
         * @description "getfile [filename] {will load a file from under the server directory }". The counterpart of putfile: the name is relative to the server's file folder (files/ in its data folder, so that the database and its keys are never reachable) and confined to it (no absolute paths, no "..", no link out). The vendor document does not say how the content is answered; as putfile takes base64, the text, xml and json formats carry it base64 encoded.
         */
        get: operations["getfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/getini": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a configuration value (an ini key).
         * @description "getini [section,key,file]] {read from ini file}" (sic, doubled bracket). Switchboard has no ini files: it reads the value from its global config table, the option being identified by section, key and file as for setini (values written but not yet applied included). A documented option never set answers its default. Secrets (keys, salts, passwords) answer *** as in showcfg.
         */
        get: operations["getini"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/getphonenumber": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return one or more phone numbers from the free number pool.
         * @description "getphonenumber {return a phone number from the free pool)"; spelled getphonenumbers in the newer edition. No parameters are listed; the example sends count=3 with only authkey (no authid), so it is public. The numbers are offered, not reserved (see lockphonenumber), in random order, so clients signing up at the same time are offered different ones. The pool is what the operator loads with `switchboard numbers add`; a number is free while no user has it and no sign-up has reserved it. The vendor document does not specify the answer.
         */
        get: operations["getphonenumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/gk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Connect to the vendor's H.323 gatekeeper module.
         * @description "gk {connect to h323 gatekeeper module}". No parameters. It switches the vendor's interactive server console into its H.323 gatekeeper module.
         */
        get: operations["gk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/gwrst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restart all gateways.
         * @description "restart all gateways". The vendor restarts its gateway services; Switchboard answers the unsupported error (see reason).
         */
        get: operations["gwrst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request the server heartbeat (liveness check), quick or full.
         * @description "heartbeat [mode=quick/full] {request server heartbeat}". The vendor document does not say what the two modes check nor what is answered: here a quick heartbeat only proves the API process answers, a full one also checks the database and the other subsystems and reports each.
         */
        get: operations["heartbeat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/help": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the console command list.
         * @deprecated
         * @description The older edition: "help { show console command list }"; the newer edition: "help { show console command list; deprecated }". Switchboard answers the commands it implements that the caller is allowed to use (by their tb_api level and the caller's rights), with their one-line summaries (from this spec), and the custom APIs of tb_api.
         */
        get: operations["help"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/hourlymaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run the hourly maintenance tasks now.
         * @description "run hourly maintanance tasks" (sic). Switchboard runs the job now and answers when it is done. It keeps no schedule of its own: call it from cron or a systemd timer. The hourly job: the expired IP bans are removed from the bans table and from the shared state, and on SQLite the write-ahead log is checkpointed into the database file.
         */
        get: operations["hourlymaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show server status and important parameters.
         * @description "info {show server status and important parameters}". The vendor document names it as the example of the Admin API category: "for server administration, such as “info” to request server status details". Which details are shown is not specified by the vendor document; a faithful implementation answers the fields below.
         */
        get: operations["info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/jppget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * JSONP forward; fetch a URL and answer its body wrapped in a JavaScript callback.
         * @description Listed among the request data formats: "JSONP (http://SERVERADDRESS/mvapireq/jppget?url=...)"; "JSONP (JSON forward) works also for remote services if the “enablejsonp” global config option is set to 2". The path form /mvapireq/jppget is the same as apientry=jppget. An API request URL of this server is always allowed; a remote URL only when enablejsonp is 2, and then only http(s) to hosts that are not loopback, link-local or private unless trusted. The JSONP callback name is the envelope's callback parameter.
         *     The vendor document's example (/mvapireq/jppget?url=...) sends no login, so none is needed to forward an API request of this server: the forwarded request carries its own credentials and is authorised on its own, from the same address, so the forward grants nothing a direct request would not. Forwarding a remote URL still needs a login (or a trusted address), or the server would be an open proxy for anyone. Where the operator sets apiv2key, the outer request needs the key as every request does.
         */
        get: operations["jppget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/keepalive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Keep the connection alive.
         * @description "keep alive the connection". A session command for the persistent transports (raw TCP, TLS, websocket and the admin console): it restarts the connection's idle timer and does nothing else. Over HTTP or UDP it simply answers OK. An admin command, as the vendor document lists it (a trusted address counts as admin by default, apideftrustadmin). A raw TCP client that is not an admin still keeps its connection open with it: every complete request line restarts the idle timer before the command is dispatched, refused or not (runtime/listen/line-session.ts).
         */
        get: operations["keepalive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the server's internal lists (name only in the vendor document).
         * @description "lists" is listed bare in the newer edition: undocumented in the vendor document; meaning inferred from the name. Here it answers the lists the server keeps in memory with their sizes: cached users, tb_api rules, global config options set, banned IPs, background jobs, in-process locks and recent log lines (registrations join them with the SIP edge).
         */
        get: operations["lists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/listusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users, filtered by type, limited and ordered.
         * @description "listusers {list users} [u_type, u_maxcount, u_extended, u_order]". The vendor document gives only the names: u_type filters on tb_users.type, u_maxcount limits the rows, u_extended asks for the detailed fields, u_order names the column to sort by. Defaults and the answer's fields are not specified by the vendor document. u_order takes any tb_users column (or credit), checked against the table's real columns.
         */
        get: operations["listusers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/loadinifiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Load the ini files into the database.
         * @description "load ini to db (module,file -or all)".
         */
        get: operations["loadinifiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/lockphonenumber": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reserve a phone number from the free number pool.
         * @description "lockphonenumber {reserve a phone number}"; spelled lockphonenumbers in the newer edition. No parameters are listed; the example sends num=3456 with only authkey (no authid), under the heading "Get a free phone number". Usually called after getphonenumber, to reserve one of the numbers it offered. The vendor document does not specify the answer.
         *     With a user's credentials (a password, MD5 or PIN; a bare username is not enough) the number is locked to that user for good. Without them, as in the example, it is the sign-up flow: the number is reserved for the minutes the global option numberreservationminutes gives (default 15), during which nobody else can lock it, and a newuseru whose username is that number takes it. One number is locked by one user only, also when requests race; locking one's own number again answers OK.
         */
        get: operations["lockphonenumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the pending locks.
         * @description The older edition: "locks {list of pending loks}" (sic); the newer edition: "locks {list of pending locks}" (Admin / Diagnostics). No parameters. An implementation diagnostic: the locks currently held or waited for. Switchboard answers its own in-process locks (a backup or restore holds one) and, on PostgreSQL, the table, row and advisory locks other sessions hold or wait for on its database (pg_locks; the shared read locks every running query takes are left out). SQLite has no lock table to read: there only Switchboard's own locks are listed. Fields not specified by the vendor document.
         */
        get: operations["locks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the server log (name only in the vendor document).
         * @description "log" is listed bare in the newer edition: undocumented in the vendor document; meaning inferred from the name. Here it answers the recent lines of the main server log, as showlog with its defaults.
         */
        get: operations["log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log in; check the user's credentials (the webportal login page).
         * @description Named only in the webportal guide: "login page: use the login API"; it is also the "login procedure" that tb_api.req_user_login can require before other API access. The vendor document gives no parameters or answer. Switchboard checks the envelope credentials (authid with authpwd or authmd5, and the nonce from preauth when nonce authentication is enabled) and answers the logged-in user; with nonce authentication the successful login validates the client's nonce for the following requests.
         */
        get: operations["login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/logrename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rotate the log files (meaning inferred from the name).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name. Switchboard keeps no log files (it logs to standard output) and answers the unsupported error.
         */
        get: operations["logrename"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/logsearch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the server logs (name only in the vendor document).
         * @description "logsearch" is listed bare in the newer edition: undocumented in the vendor document; meaning inferred from the name. The vendor document lists no parameters: the search term travels in txt (the documented generic text parameter) and the answer is the recent log lines (as showlog main) that contain it, ignoring case, newest last. Called bare, as the vendor document lists it, it answers the latest lines unfiltered.
         */
        get: operations["logsearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/mantreset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restart the maintenance thread.
         * @description The newer edition: "mantreset {will restart the maintenance thread}"; the older edition spells it "maintreset {will restart the maintanance thread}" (sic), kept as an alias. Switchboard has no maintenance thread and answers the unsupported error (see reason).
         */
        get: operations["mantreset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/monthlymaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run the monthly maintenance tasks now.
         * @description "run monthly maintanance tasks" (sic). Switchboard runs the job now and answers when it is done. It keeps no schedule of its own: call it from cron or a systemd timer. The monthly job: a full backup is written into the backups folder (as backupdb), after the weekly tasks.
         */
        get: operations["monthlymaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/newuser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a new user (deprecated name).
         * @deprecated
         * @description "newuser {deprecated}": the vendor document gives only the name and that it is deprecated; meaning inferred from the name. Switchboard serves it as newuseri (same parameters, same answer), and so with newuseri's sensitive access, since it creates accounts.
         */
        get: operations["newuser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/newuserevent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run the new-user event (meaning inferred from the name).
         * @description Listed by name only in the newer edition, no parameters given; undocumented in the vendor document; meaning inferred from the name: the actions run for a newly created user (welcome notification, provisioning hooks) run again; for several users see newusersevent.
         */
        get: operations["newuserevent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/newuseri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a new user from a trusted source (admin, unrestricted).
         * @description The older edition: "newuseri {private fast/unrestricted add user from trusted source}"; the newer edition: "newuseri {private fast/unrestricted add user from trusted source admin}" (Admin / Commands). The newer edition names it as the example of the Sensitive API ("IP and admin authentication is recommended for these. For example “newuseri”"), "Create new user (admin access by default, from trusted IP only)", and "If you wish to create a new user from a trusted location (such as your server side web service), then use the newuseri API" (newuseru is the untrusted, public form). Every example also sends credit=5, the new account's starting credit. The vendor document does not specify the answer.
         */
        get: operations["newuseri"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/newusersevent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run the new-user events for all pending new users (meaning inferred from the name).
         * @description Listed by name only in the newer edition, right after newuserevent; undocumented in the vendor document; meaning inferred from the name: the new-user actions (see newuserevent) run for every new user whose event has not run yet.
         */
        get: operations["newusersevent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/newuseru": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public sign-up; create a new enduser from an untrusted device (sent with authkey only).
         * @description "newuseru {public add user} [u_username,u_password,u_name,u_email,u_phone,u_currency,u_country,u_address]". "If you wish to create a new user from an untrusted location (such as from client side or from browser initiated by the user), then use the newuseru API"; "Account signup (for endusers)" and "Create new user from untrusted devices". The examples send authkey but no authid, and also a deviceid. Unlike newuseri it takes no credit: the new user starts as a prepaid enduser with no credit. The vendor document does not specify the answer.
         *     Switchboard refuses, naming the rule broken: a username already taken; an email address another account already uses (forgotpasswordquestion finds the account by it); a weak password (fewer than 8 characters, not both letters and digits, a run of one character or a digit sequence, containing the username, or one of the most common passwords); a currency that is not an ISO 4217 code; control characters in any field; more sign-ups from one deviceid than the global option maxsignupsperdevice allows (default 5, 0 for no limit). When the username is a number of the free DID pool (the getphonenumber / lockphonenumber sign-up flow), the new account takes that number; a pool number that belongs to another account cannot be signed up as.
         */
        get: operations["newuseru"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/normalizechk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check number normalization for a called number (with caller and country).
         * @description "check number normalization (called,caller,country)". A dry run: Switchboard applies its number normalisation rules (the dial plan's caller and called number transitions, as the routing engine does for a call) and answers the numbers the first destination would be sent, without placing a call. The dial plan has no per-country rules: country is accepted and changes nothing.
         */
        get: operations["normalizechk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/p2p": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phone to phone call request; call one number and connect it to another.
         * @description The older edition: "p2p [bnum, cnum] {phone to phone call request}"; the newer edition: "p2p [bnum, cnum, waitfor] {phone to phone call request. you can set the waitfor to 1 or 2 to wait for the call connect or failure}". The examples send anum and bnum (the old API's names). So the two numbers are the first two given of anum, bnum, cnum: anum + bnum when anum is present, else bnum + cnum. The call is billed to the authenticated user. Switchboard calls the first number without SDP, then the second with the first's offer, and hands the second's answer back (RFC 3725 flow I, third-party call control; no media passes through it). A number is a registered user, reached at its latest contact (over WebSocket on the connection it registered on), else goes where the dial plan routes it (anacldnbr: a SIP trunk added by addserver or peerserver, an external line, a local user), the first destination reached; a number neither registered nor routed is refused with the routing's reason. A call ends when either party hangs up, on discall, when the user's credit runs out (calls in progress, placed through any process of the server, hold the credit they may spend), or at the dial plan's maxDuration; both legs are written as CDRs and billed at their rates. The answer names the call's id.
         */
        get: operations["p2p"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/parsegsmcdr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reparse CDRs from the specified GSM gateway log file.
         * @description "reparse cdrr from the specified logfile" (sic): rebuilds CDRs from the log file of one of the vendor's GSM gateways.
         */
        get: operations["parsegsmcdr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/pcrst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restart the PC (reboot the host machine).
         * @description "restart the PC" (the newer edition has restart what=server instead, "server means OS restart!").
         */
        get: operations["pcrst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/pgetfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Load a file from the public web file storage (mvweb/filestorage).
         * @description "pgetfile [filename] {will load a file from under the mvweb\filestorage directory }". Reads a file saved by pputfile from the filestorage folder of the data folder (the vendor also serves it publicly under /mvweb; Switchboard does not). File names that are absolute, contain ".." or lead out through a link are refused.
         */
        get: operations["pgetfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/pputfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Save a file into the public web file storage (mvweb/filestorage).
         * @description "pputfile [filename, filedata] {will save a file under the mvweb\filestorage directory. The filedata should be base64 encoded }". The mvweb folder is what the vendor's built-in static web service serves under the /mvweb path. Switchboard stores the file in the filestorage folder of its data folder and does not serve it itself (a web server in front of that folder makes it public); file names that are absolute, contain ".." or lead out through a link are refused. An existing file is overwritten. pgetfile reads it back.
         */
        get: operations["pputfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/preauth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request a new nonce for nonce-validated (authv3) authentication.
         * @description Named in the nonce section only. When nonce verification is enabled (apidefneedlogin 1 or 2, or tb_api.req_user_login), "the client will always need to send a "preauth" API request first for which the server returns a nonce value ("OK: new nonce is:xxxEOF")". The client then appends the nonce to the authmd5 calculation (authv3_ + MD5(MD5(tU29m + authid + authpwd + authsalt1) + authsalt2 + serversalt + nonce)) and sends the leading characters of the nonce as the nonce parameter with every request (10 in the nonce section, 16 in the parameter list: Switchboard accepts any prefix of at least 10). The nonce is bound to the client's IP address and to authid when one is sent.
         */
        get: operations["preauth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/predectivet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start, stop or restart the predictive dialer thread.
         * @description "predectivet [start,stop,restart] {start-stop predective thread}" (sic; the name is kept as spelt). The vendor document gives the three words in brackets without a parameter name: they are read as the values of one parameter, the first positional one. The predictive dialer places the campaign calls (see reindexncache); Switchboard has none and answers the unsupported error (see reason).
         */
        get: operations["predectivet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/presence_get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The presence status of one or several users.
         * @description "presence_get [userusername/userlist,ptype,domain] { will return the presence status of one ore multiple users; ptype have to be set to 1 if called from timer and 0 when at start; answer: OK: puserlist: user1:status1,user2:status2 OR ERROR: errordescription }". userusername and userlist are alternatives for the first parameter. A registered user's status is the string it last set with presence_set; otherwise, its online code (0 doesn't exist, 1 offline, 2 online), as status answers. The text answer is the vendor document's line, OK: puserlist: user1:status1,user2:status2.
         */
        get: operations["presenceGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/presence_set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Set the user's own presence status; answers the queued offline messages.
         * @description "presence_set [pstatus,ptype] {set presence status; pstatus means status string, ptype have to be set 0 when called at start, otherwise 1; answer: OK: xxx or ERROR: xxx (doesn't matter since we have nothing to do with it). Also offline messages: XOFFMESSAGE:fromuser:textXOFFMESSAGE:fromuser2:text2XOFFMESSAGE:}".
         */
        get: operations["presenceSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/putfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Save a file under the server directory (base64 content).
         * @description "putfile [filename, filedata] {will save a file under the server directory. The filedata should be base64 encoded }". The file name is relative to the server's file folder (files/ in its data folder, so that the database and its keys can never be overwritten) and confined to it (no absolute paths, no "..", no link out); folders are made as needed and an existing file is overwritten. pputfile is the form for the public web file storage.
         */
        get: operations["putfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/querylist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the guids of the currently running database queries.
         * @description "querylist {list the guid for the current running queries}". No parameters. The vendor document names only the guid; the other fields are what a faithful implementation adds. Switchboard lists its own database work in progress (synchronous and queued custom SQL, backups and restores; guid = a UUID per job) and, on PostgreSQL, every other statement running on its database (pg_stat_activity; guid = pg-<backend pid>). On SQLite a statement runs to completion before any other request is read, so only the jobs between steps (a backup) can be seen.
         */
        get: operations["querylist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/quickstat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show quick statistics.
         * @description "quickstat {quick statistics}". No parameters. The vendor document does not specify the statistics; a faithful implementation answers the few counters below.
         */
        get: operations["quickstat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rate request; the user's tariff rate to a called number or prefix.
         * @description The older edition: "rating {rate request}"; the newer edition: "rating [bnum=callednumber/prefix] { rate request}". The newer edition's examples send bnum, except the "Rating request" example which sends anum=CALLEDNUMBER, as the v1 xmapi rating does: anum is accepted for bnum. The webportal guide uses it for the price list display. The vendor document does not specify the answer; a faithful implementation answers the tariff entry of the longest matching prefix of the user's tariff (the user's tariffId, or the tariff named `default` for users without one), from an in-memory prefix index rebuilt whenever the tariff's rate deck changes. A leading + and any spaces, dashes, dots or brackets in the number are ignored. The text answer is the real server's line, "0.2 EUR, Destination: Macedonia-cellular" (see wire); json and xml's data carry the record below.
         */
        get: operations["rating"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/rebill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Re-rate (re-bill) the call records of a period with the current tariffs and correct the balances.
         * @description Listed by name only in the newer edition, with no parameters or answer; meaning inferred from the name. Here: after a rate deck is fixed, rebill re-rates the outgoing, connected calls started in the period days (and billed to user, when given) with each user's CURRENT tariff (the user's own, else the tariff named default): the longest matching prefix of the called number, the connect fee, then the rate per minute over the billed increments. Each record whose new cost differs from its stored cost gets the new cost, prefix and destination, and its user's credit moves by the old cost minus the new one (a refund when the call got cheaper, a charge when dearer, with no floor: the calls happened) through the credit ledger, reason rebill, with the request id. Records are done in batches of 500, each batch in one transaction: a record is never re-rated without its credit correction, nor the reverse; if a batch fails, the batches before it stay done and running the command again finishes the rest. Records are left unchanged and counted as unrated when no prefix of the user's tariff matches the called number (or the user has no tariff and there is no default one); as skipped when the credit cannot be corrected exactly — the record's currency is not that of the user's tariff or of the user's balance (there are no exchange rates), the user no longer exists, or another process changed the record meanwhile. Records whose cost is the same are not touched (their prefix and destination included). Running it again with the same decks changes nothing. dryrun=yes answers the same figures and changes nothing. Called bare, as the vendor document lists it, it changes nothing: it answers the dry run of today (dryrun true in the answer says so).
         */
        get: operations["rebill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/regstat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show registrar statistics.
         * @description "regstat {registrar statistics}". No parameters. The vendor document does not specify the statistics; a faithful implementation reports registration counts and rates from the SIP registrar.
         */
        get: operations["regstat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/reguser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show registered users/devices, or the register state of one user.
         * @description "reguser [usr] {show registered users/devices}". The newer edition adds: "Use the “reguser” API to list the registered users ... It has an optional “usr” parameter, which can have the following values: empty: for normal listing; all: detailed list for all users; username: an exact user", "List registered users (for admins)", and "you can use the reguser request to get the register state of a user". The vendor document's examples also send password= (for authpwd), pin= and credit=, which reguser ignores. The vendor document does not specify the answer's fields.
         */
        get: operations["reguser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/reindexncache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reindex the next-client cache of the campaign clients (ccampclient).
         * @description "reindex ccampclient". ccampclient holds the clients (numbers) of call campaigns; the "next client cache" (nc cache, see calcnccache and clearnccache) is the in-memory queue of the next clients to call. Switchboard has no campaigns and answers the unsupported error.
         */
        get: operations["reindexncache"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/reload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reload the current configuration without restarting the server.
         * @description "reload current configuration". Switchboard re-reads its global configuration (the options of spec/common/config.yaml kept in its global config table) from the database and applies them to the running server; calls, sessions and connections stay up; values written by setini since are applied too (savesettings does the same and says how many changed). tb_api rules are reloaded by apireload.
         */
        get: operations["reload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/reloadapikeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reload the API keys (meaning inferred from the name).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name. Switchboard re-reads the API keys (the apiv2key option, old httpapikey, and the related salts apiv2md5salt and httpapiencryptkey) so that a changed key takes effect without a restart. They live in the global config table with the other options, which are re-read with them (as reload does).
         */
        get: operations["reloadapikeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/reloaddialplan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reload the dial plan (meaning inferred from the name).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name. Switchboard drops the routing plan it holds in memory (dial plans, number transitions, trunks, lines and groups, used by calls, routingtest and normalizechk) in every process, so the next call rebuilds it from the database: rules written to the database directly, not through the API, take effect.
         */
        get: operations["reloaddialplan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/reloadnumdircache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reload the number directory cache (meaning inferred from the name).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name ("num dir cache"). Switchboard's directory of numbers is its cache of accounts (user names, ids, PINs to users, what authentication, routing and the registrar look users up in): every cached user is dropped, in every process, and read again from the database on next use.
         */
        get: operations["reloadnumdircache"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the server reports (name only in the vendor document).
         * @description "reports" is listed bare in the newer edition: undocumented in the vendor document; meaning inferred from the name. Here it lists the reports the server has built (such as those of dailyreport, "launch the daily report builder thread").
         */
        get: operations["reports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/resetp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A reset command whose target the vendor document does not name (undocumented).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name only as far as "reset" + "p" goes (the "p" target is not explained anywhere in the vendor documents). Kept so that the name is recognised; Switchboard answers the unsupported error.
         */
        get: operations["resetp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restart the service, the database connection, or (vendor only) the server machine.
         * @description The newer edition: "restart {what=service/server/database/force (server means OS restart!)}".
         *     It replaces the older edition's servicerst ("restart the main service") and pcrst ("restart the PC").
         *     In Switchboard:
         *     - what=database: Switchboard does not own the database engine, so it cannot restart it; it
         *       drops and re-opens its database connections (as dbreset).
         *     - what=service and what=force: Switchboard does not restart itself from an API call (see
         *       servicerst): its process supervisor (systemd, the container runtime) does. Unsupported error.
         *     - what=server: restarting the operating system is not meaningful for a self-hosted service on
         *       a Linux host and answers the unsupported error.
         *     The vendor document gives no default; Switchboard takes service when what is absent.
         */
        get: operations["restart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/routingtest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return the destination route a call would take, without placing the call.
         * @description "routingtest [ip,caller,called] {will return the destination route as it would be for real call}". A dry run of route selection from the database (routing, prefix rules, server priorities) for a call arriving from ip with the given caller and called numbers. The vendor document does not specify the answer; a faithful implementation lists the candidate routes in the order they would be tried.
         */
        get: operations["routingtest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/rulesreload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reload the rules (meaning inferred from the name).
         * @description Listed by name only in the newer edition, next to apireload and reloaddialplan; undocumented in the vendor document; meaning inferred from the name. Switchboard re-reads the rules it keeps in memory from the database: the tb_api access rules (as apireload does) and the IP bans (bans added or lifted in the table by another process or by hand). Routing and number-rewriting rules join them when the routing work lands.
         */
        get: operations["rulesreload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/saveinifiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Write the uncommitted ini keys from the database to the ini files.
         * @description "write uncommitted inikeys from db (module,file -or all, notsaved)".
         */
        get: operations["saveinifiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/savesettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Write the uncommitted settings (commit pending configuration changes).
         * @description "write uncommitted settings from db to file". The vendor keeps its settings both in the database and in files and this writes the database changes to the files. Switchboard keeps its settings only in its global config table, where setini writes at once (so they survive a restart); the running server keeps the values it loaded until savesettings (or reload) applies the table. It answers how many settings changed; with nothing pending, 0.
         */
        get: operations["savesettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * User search.
         * @description "search {user search}". The vendor document lists no parameter and does not specify the answer. Switchboard takes the search text in txt and answers the enabled users whose username or name contains it (case-insensitive), with their id, username and name. Admins search every user, also by email address and phone number, and see those too; other logins never see another user's email or phone, so the search cannot be used to find out who owns an address. As the vendor document lists search without parameters, a bare search answers the first page: the first maxcount users by username.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendamsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a message to call-centre agents (one agent or all).
         * @description "sendamsg {SendAgentMessage: send message to agents (agentid-all,message) }". The parameters are given in parentheses: the agent's id, or all, then the message. Delivered to the agents' client apps as an instant message. Switchboard has no agent records of its own: an agent is a user, agentid its user id. One agent gets the message as sendim sends it (stored for later when offline); all sends it to every user registered now and stores nothing (a broadcast is not kept for every account).
         */
        get: operations["sendamsg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendccinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send credit card information (undocumented; name only in the vendor document).
         * @description "sendccinfo" is listed in the newer edition's user commands with no parameters and no description. The name suggests submitting the user's credit card details for later card payments; its parameters will follow the payments port.
         */
        get: operations["sendccinfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendfax": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a stored file as a fax to a number.
         * @description "sendfax [from,to,filename]" (no description). from and to are the common anum/phone1/from and bnum/phone2/to parameters. The vendor document does not specify the answer.
         */
        get: operations["sendfax"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a chat message to a user or a list of users.
         * @description "sendim [bnum/buserlist,txt] {send chat message}". bnum and buserlist are alternatives for the first parameter; buserlist is comma separated usernames. Each recipient gets a SIP MESSAGE (RFC 3428, text/plain, From the sender) on every registered contact at once; a recipient none of whose contacts accepts it with a 2xx (or who is not registered) has it stored as an offline message, handed out by presence_set (XOFFMESSAGE:fromuser:text) or sent when the user registers again. Every recipient is checked before anything is sent: an unknown one refuses the whole request.
         */
        get: operations["sendim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendmail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an email.
         * @description "sendmail [from, to, subject, message] {from can be empty}". from and to are email addresses here (not phone numbers); the body is the common txt/message parameter. When from is empty the server's configured sender address is used. The vendor document does not specify the answer.
         */
        get: operations["sendmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendsms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an SMS message asynchronously (fast; answers before delivery).
         * @description The older edition: "sendsms [telnumber,message] {send sms message}"; the newer edition: "sendsms [from,to,message] {send sms message asynchronously -fast}". The positions follow the newer edition; the older edition's telnumber is accepted for to. A number on-net — a DID of the pool a Switchboard user holds — goes instead, while the SIP edge is on, as a SIP MESSAGE to that user (from anum, else the sending user's name), kept for them until a phone of theirs accepts it (sent when it registers): no SMS gateway is involved, so on-net texts are sent even with SMS off. An on-net text is charged at the rated SMS price like any SMS, since the SMS tariff prices the number whoever carries it (an operator who wants on-net texts free prices its own numbers at 0 there); nothing is given back, a kept message neither failing nor expiring. The account's phone and its own caller numbers (cli, addcallbacknumber) are numbers outside Switchboard, a mobile, and go to the SMSC.
         */
        get: operations["sendsms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendsmssync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an SMS message synchronously (waits for the delivery answer).
         * @description The newer edition: "sendsmssync [from,to,message] {send sms message synchronously -wait for delivery answer}". A number on-net (a DID a Switchboard user holds) goes as a SIP MESSAGE to that user, as sms describes: answered delivered once a phone of theirs accepted it, queued while it waits for one to register.
         */
        get: operations["sendsmssync"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendsmsunicode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a Unicode SMS message asynchronously (fast; answers before delivery).
         * @description The older edition: "sendsmsunicode [telnumber,message] {send sms message}"; the newer edition: "sendsmsunicode [from,to,message] {send sms message asynchronously -fast }". The text is sent with Unicode (UCS-2) encoding. The positions follow the newer edition; the older edition's telnumber is accepted for to. A number on-net (a DID a Switchboard user holds) goes as a SIP MESSAGE to that user, as sms describes.
         */
        get: operations["sendsmsunicode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sendsmsunicodesync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a Unicode SMS message synchronously (waits for the delivery answer).
         * @description The newer edition: "sendsmsunicodesync [from,to,message] {send sms message synchronously -wait for delivery answer}". The text is sent with Unicode (UCS-2) encoding. A number on-net (a DID a Switchboard user holds) goes as a SIP MESSAGE to that user, as sms describes: answered delivered once a phone of theirs accepted it, queued while it waits for one to register.
         */
        get: operations["sendsmsunicodesync"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/servicerst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restart the main service.
         * @description "restart the main service". The newer edition no longer lists it and has restart with what=service instead; Switchboard answers the unsupported error for both (see reason).
         */
        get: operations["servicerst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/setfastregpwd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Set the fast registration (fastreg) passwords (meaning inferred from the name).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name. fastreg is the registrar module whose users fastregusers lists; Switchboard's registrar checks REGISTER digests against the accounts cache: every cached user is dropped, in every process, so passwords changed in tb_users directly take effect at the next registration.
         */
        get: operations["setfastregpwd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/setfield": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Update one field of a database row (users only their own whitelisted tb_users fields).
         * @description One command with two documented forms:
         *     - admin form: "setfield [table, fieldtype, fieldname, fieldvalue,rowid, sync] {update a field}";
         *     - user form: "setfield [fieldtype:string/int/float, fieldname, fieldvalue, rowid, sync] {update a field in tb_users}".
         *
         *     User logins may only update their own tb_users row, and only these fields ("the following fields are allowed:"): forwardonbusy, forwardonnoanswer, forwardalways,
         *     voicemail, musiconhold, displayname, noanswertimeout, forwardearlystart, changesptoring,
         *     convertdtmf, playadvice, playdisc, sendsmsalert, sendemailalert, sendsmsreport,
         *     senddailyemail, sendlowcreditemail, sendmonthlyemail, sendotheremail, notifymissedsms,
         *     notifymissedemail, choosecodecs, needcodeconversion, discvoice, connectvoice, voicemailonbusy,
         *     voicemailonnoansw, voicemailalways (the vendor document lists sendlowcreditemail twice).
         *     These further fields are allowed "only if not set yet", i.e. while the stored
         *     value is empty or NULL: contactname, name, email, email2, phone, fax, address, billaddress,
         *     postaddress, country, regnumber, euregnumber, birthday, gender, language, utc.
         *     Any other field, another user's row, a table other than tb_users, or a set-once field that
         *     already has a value answers access-denied.
         *     "(These restrictions are applied only for user logins. Admins can change any fields in any
         *     table)". The webportal guidance saves user details with setfield; it is
         *     one of the direct database operations with db and getfield, for which "You should use admin
         *     authentication".
         *
         *     Switchboard also lets users set their own password-recovery question and answer, the fields
         *     forgotpasswordquestion and forgotpasswordanswer (the answer is stored hashed; the vendor document offers the
         *     recovery commands but no way to set them). User values are checked: forward numbers and phone/fax are
         *     numbers or SIP users, the flags 0 or 1, noanswertimeout 0-3600 seconds, email addresses, birthday
         *     YYYY-MM-DD, utc an offset such as +2 or -05:30.
         *
         *     Admins: any table the server has, any of its real columns (named as in the database, checked against
         *     the table's columns, never passed into SQL text), the row addressed by its numeric id; the
         *     append-only credit_ledger and audit_log are refused. In tb_users, credit sets the balance through
         *     the credit ledger (a ledger row records the difference; idempotencykey makes a retried change
         *     happen once), creditlimit takes an amount, password is stored sealed, and the sealed password and
         *     recovery-answer hash cannot be written directly.
         *
         *     Positional form: the positions below follow the user form [fieldtype, fieldname, fieldvalue, rowid,
         *     sync]. The admin form's order, table first (the only order in the older edition), is read too: when the first
         *     positional value is not a fieldtype and the second is one (string, int, float, or empty), the first is
         *     the table and the rest shift back by one (src/dialects/mizu/decode/positional.ts). A table sent by
         *     name keeps the user form's positions.
         */
        get: operations["setfield"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/setini": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Write a configuration value (an ini key).
         * @description "setini [section,key,value,file] {write to ini file}". Switchboard has no ini files: it writes the value to its global config table. A key of the global section (no section, or global/general/settings/config) and no file is the global config option of that name (a documented option's value must fit its type); any other is stored as file:section.key, so the same key of two sections or files stay apart (at most 64 characters in all). The value is stored at once and applied by savesettings or reload. It can rewrite the trust rules themselves (trustediplist, apiv2key, apideftrustadmin), so a trusted address alone does not run it (needsCredentials).
         */
        get: operations["setini"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/setip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Set a new IP address on a network card of the server host.
         * @description "setip {set new ip (cardname,ip,mask,gateway,gwmetric)}". The parameters are given in parentheses, in this order.
         */
        get: operations["setip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/shortinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a short form of the server status (name only in the vendor document).
         * @description "shortinfo" is listed bare in the newer edition: undocumented in the vendor document; meaning inferred from the name, a shorter form of info ("show server status and important parameters").
         */
        get: operations["shortinfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/showcfg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the server configuration.
         * @description "showcfg {show the config files}". No parameters. The vendor keeps its settings in ini files and the database; Switchboard keeps them in the database and its own configuration, and answers the effective configuration ini style: a [server] section (the config file: listen address, database URL without its password, data folder, limits…) and a [globals] section with every global config option in force (the documented ones with their defaults, and any other set), secrets (API keys, salts, passwords, the secret key) shown as ***.
         */
        get: operations["showcfg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/showlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the last lines of the requested log file.
         * @description "showlog [main/sip/gk/sh/tcp,lines] {show the requested logfile}". The first parameter is given only as its values main/sip/gk/sh/tcp, without a name: it is named `log` here (param1 works whatever the name). The vendor document does not say what "sh" is nor the default number of lines. Switchboard keeps its recent log lines (JSON, one per line, secrets redacted) in memory: main is all of them, tcp the API request lines (one per request answered, any transport). gk is the log of the vendor's H.323 gatekeeper module, and sh is not explained anywhere: both answer the unsupported error. sip answers not-found until the SIP edge runs.
         */
        get: operations["showlog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sipreset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reset the SIP stack.
         * @description "will reset the sip stack". Switchboard closes and re-opens its SIP listeners and drops the in-memory transaction and dialog state; registrations and configuration are kept in the database and are not lost.
         */
        get: operations["sipreset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an SMS message.
         * @description The older edition: "sms [anum,bnum,txt] {send sms message}"; the newer edition: "sms [from,to,txt] {send sms message}" (from and to are the aliases of anum and bnum); "Send SMS (for endusers)". The v1 xmapi sms command maps to it. The message is sent through the SMS gateway and billed to the user. A number on-net — a DID of the pool a Switchboard user holds — goes instead, while the SIP edge is on, as a SIP MESSAGE to that user (from anum, else the sending user's name), kept for them until a phone of theirs accepts it (sent when it registers): no SMS gateway is involved, so on-net texts are sent even with SMS off. An on-net text is charged at the rated SMS price like any SMS, since the SMS tariff prices the number whoever carries it (an operator who wants on-net texts free prices its own numbers at 0 there); nothing is given back, a kept message neither failing nor expiring. The account's phone and its own caller numbers (cli, addcallbacknumber) are numbers outside Switchboard, a mobile, and go to the SMSC.
         */
        get: operations["sms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/smsreceive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accept an inbound SMS (from an SMS gateway) for delivery to the user.
         * @description "smsreceive {for inbound SMS. See the SMS chapter in the admin guide for the details}". Its parameters are documented only in the vendor's admin guide, which is not among the vendor documents: Switchboard takes the vendor document's common parameters for an SMS, the sender (anum/from), the recipient (bnum/to) and the text (txt/message), and stores or delivers the message to the user the recipient number belongs to. Accepted only from the httpsmscallbackip addresses ("allow SMS commands only for this ip") or from an admin: Switchboard does not read the option's empty default as "every address" here, since a forged inbound SMS would run API commands as the user whose number it names.
         */
        get: operations["smsreceive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The authenticated user's own online status (0 doesn't exist, 1 offline, 2 online, 3 calling, 4 speaking).
         * @description "status {self online status. 0=doesn’t exists,1=offline,2=online,3=calling,4=speaking}". Named as the Public API example: "“status” to request a user online status (for these you might allow username based authentication)"; tb_api can lower its access to a valid username only. Online (2) is a registration of the user's in the SIP registrar (any contact, unexpired); calls are not placed by this server yet, so 3 and 4 are never answered.
         */
        get: operations["status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/stopscanner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stop the number scanner threads.
         * @description The newer edition: "stopscanner {stop number scanner threads}"; the older edition spells it "stopcanner" (sic), kept as an alias. The number scanner tests lists of numbers by calling them, so it needs the SIP edge; see checkscanner.
         */
        get: operations["stopscanner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/syncmedia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Synchronise the media files.
         * @description "syncronize media files" (sic). Switchboard brings its media store (voice prompts, IVR and music-on-hold files) in line with the media records in the database: files missing on disk are fetched from the configured media source, stale ones are removed.
         */
        get: operations["syncmedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/syncusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Synchronise the fast (cached) users list with the database.
         * @description "syncusers [oop] {syncroonize fast users list with the database}" (sic). Switchboard re-reads its in-memory cache of users (the "fast users" listed by fastusers) from tb_users, in this process and every other one sharing its state: every cached user is dropped and read again at its next request, so users changed in the database by hand are seen at once and deleted ones are gone. The vendor document does not explain the oop parameter; it is accepted and ignored.
         */
        get: operations["syncusers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/tbackup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Launch a database backup to the second server.
         * @description "tbackup { launch a database backup to the second server}". No parameters. The same description as backup ("BackupToOtherServer", Various operations). Switchboard has no second server and answers the unsupported error (see reason).
         */
        get: operations["tbackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/threadlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the thread list.
         * @description "threadlist {thread list}". No parameters. threadlist, threads and threads2 carry the same description in the vendor document and differ only by name; here each lists what runs in the server. Switchboard runs as one Node.js process: its main thread (the event loop that answers every request) and the background jobs it runs beside the answers (asynchronous custom SQL, custom actions, backups), one row each. Fields not specified by the vendor document.
         */
        get: operations["threadlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the thread list.
         * @description "threads {thread list}". No parameters. Same seed description as threadlist and threads2; here it lists what runs in the server. Switchboard runs as one Node.js process: its main thread (the event loop that answers every request) and the background jobs it runs beside the answers (asynchronous custom SQL, custom actions, backups). Each is one row. Fields not specified by the vendor document.
         */
        get: operations["threads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/threads2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the thread list (alternate form).
         * @description "threads2 {thread list}". No parameters. Same seed description as threadlist and threads; the vendor document does not say how it differs. Here it answers the same list as threads with activity figures (requests served, how busy the main thread is). Fields not specified by the vendor document.
         */
        get: operations["threads2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/timezoneset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Set the server host's time zone.
         * @description "timezoneset {set timezone}". The vendor document lists no parameters.
         */
        get: operations["timezoneset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/toclient": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a message to a client service.
         * @description "send message to client service (clientip or username, message)": a control message to one of the vendor's remote client services, found by its IP or its username.
         */
        get: operations["toclient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/toip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a SIM control message to the specified IP.
         * @description "send message to the specified (sims,simid,credit,callnum,dialnum) ip": a SIM management message to one of the vendor's GSM gateways, addressed by IP. The vendor document names the parameters only.
         */
        get: operations["toip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/towgw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a message to a gateway (gw) service.
         * @description The newer edition: "towgw { send message to gw (clientip or username, message) }"; the older edition spells it "togw", kept as an alias. A control message to one of the vendor's GSM gateway services, found by its IP or its username.
         */
        get: operations["towgw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/transfercredit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfer credit from the authenticated user to another user.
         * @description "transfercredit [username,credit] (user A can send credit to user B)". The amount is taken from the authenticated user's credit and added to the named user's credit in one transaction, with a credit ledger row for each; it fails when the sender's credit would fall below zero (for a postpaid sender: below minus its credit limit). Both accounts must use the same currency, and the receiver must be another, enabled account. An idempotencykey makes a retried transfer happen once. In the same transaction the receiver's credit is written as a completed payment of type Transfer, so its MOR payments page (personal_payments) shows the credit that arrived, as it shows every other way credit is added; the type tells it from money paid to the operator (the sender paid it once already), and the sender, whose credit goes down, gets no payment. The vendor document does not specify the answer.
         */
        get: operations["transfercredit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/tunnelinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show information about the vendor's encrypted VoIP tunnel (name only in the vendor document).
         * @description "tunnelinfo" is listed bare in the newer edition: undocumented in the vendor document; meaning inferred from the name. The tunnel is the vendor's proprietary encrypted tunnelling transport ("Tunnel (if encryption/tunneling is enabled)"; "Encrypted tunneling ... forwarded to tunnel decoder").
         */
        get: operations["tunnelinfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/tunnelinfoex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show extended information about the vendor's encrypted VoIP tunnel (name only in the vendor document).
         * @description "tunnelinfoex" is listed bare in the newer edition: undocumented in the vendor document; meaning inferred from the name. The tunnel is the vendor's proprietary encrypted tunnelling transport ("Tunnel (if encryption/tunneling is enabled)"; "Encrypted tunneling ... forwarded to tunnel decoder").
         */
        get: operations["tunnelinfoex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/tunnellist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the vendor's encrypted VoIP tunnel connections (name only in the vendor document).
         * @description "tunnellist" is listed bare in the newer edition: undocumented in the vendor document; meaning inferred from the name. The tunnel is the vendor's proprietary encrypted tunnelling transport ("Tunnel (if encryption/tunneling is enabled)"; "Encrypted tunneling ... forwarded to tunnel decoder").
         */
        get: operations["tunnellist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/unittest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start the built-in unit (self) tests.
         * @description "unittest [testtype,threads,testtime,parameter] {start unit tests}". Switchboard runs its built-in self tests against its own subsystems: database (a write and read back in a transaction that is rolled back), state (the shared state: a counter and a published message), sql (a bound-parameter statement through the runner db and custom SQL use), and with testtime a load test: threads parallel database round trips for testtime seconds, reported as round trips per second. The vendor document explains none of the parameters; the descriptions below read them from their names. A failed test is reported in the answer, which is still OK, and so is a testtype that names no test here (the vendor document lists no values, so a client may send one of the vendor's own).
         */
        get: operations["unittest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/unreg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unregister a user, or all users; mode 1 removes instead of unregistering.
         * @description "unreg [username,ip,mode] {unregister user or "all". If mode if 1 then remove instead of unreg}". ip narrows it to the registrations from that address. The vendor document's example, apientry=unreg&param1=alma&param3=1, counts param1 from the first function parameter (username) and param3 as mode, whereas the parameter rules say param1.. run function name, api key, username, password, then the function parameters; the positions below are the function-parameter order either way. Both forms are accepted where they can be told apart: with apientry named, param1..param4 cannot be the function name and login, so when no position past param4 is sent and param1 does not repeat the function name they count from the first function parameter (the example's form); otherwise the function parameters start at param5. Both modes remove the bindings from the registration store at once, so the user is offline on every process; a phone learns of it at its next refresh, which it must then make as a new registration.
         */
        get: operations["unreg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/updcdrdir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Update the direction of CDR records (meaning inferred from the name).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name ("upd cdr dir"; dir is the call direction in/out of a CDR, as in the cdr command's dir filter). Switchboard recomputes the direction of every CDR from who the call belongs to, by the rule CDRs are written and imported with: in when only a called local user is known (nobody billed), else out; it answers how many records changed.
         */
        get: operations["updcdrdir"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/upgradeall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Self-upgrade all clients (the vendor's gateway and client services).
         * @description "selfupgrade all clients (0-vclientgw,1-vclientsrv,2-all)". The vendor document does not name the parameter; it is the first (positional) one.
         */
        get: operations["upgradeall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/verifyuser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The online status of another user (0 doesn't exist, 1 offline, 2 online, 3 calling, 4 speaking).
         * @description "verifyuser [userusername] {request the status of this user. 0=doesn’t exists,1=offline,2=online,3=calling,4=speaking}". Online (2) is a registration of the user's in the SIP registrar; calls are not placed by this server yet, so 3 and 4 are never answered.
         */
        get: operations["verifyuser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the server software version number.
         * @description "version {display software version number}". Takes no parameters. The vendor document does not specify the answer's layout: a faithful implementation answers the version string of the running server.
         */
        get: operations["version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/voicehere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start real-time listening to a call, by its call id.
         * @description "voicehere [dbcallid] {start realtime call listening}". dbcallid is the call's database id. The vendor document does not say how the audio reaches the listener nor what is answered; here the server starts mirroring the call's media to the requesting admin's registered device and answers OK.
         */
        get: operations["voicehere"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/voicehere2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start real-time listening to a user's current call.
         * @description "voicehere2 [username] {start realtime call listening}". As voicehere, but the call is the one the given user is in now.
         */
        get: operations["voicehere2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/voicerecdownload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download recorded voice of calls matched by CDR filters.
         * @description The newer edition: "voicerecdownload [cdrid,callid,userid,parentuserid,maxrecords,days,format,fromdt,todt,caller,called] {download recorded voice} The format parameter can have the following values: 1: mp3, 2: wave, 3: mp3+zip, 4: wave+zip. All other fields are used for CDR filtering (one or more files can be downloaded at once)". "You can match the CDR record after the SIP Call-ID ... On the server you have a "sipcallid" field in the CDR table". An enduser gets only recordings of their own calls; admins (as in the examples) any. The examples send empty values for unused filters: an empty value is no filter. Here format is the audio format (1-4), not the envelope's answer format: for this command a numeric format value is the command's parameter.
         */
        get: operations["voicerecdownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/vsiprst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restart the SIP–H.323 router component.
         * @description "restart sip-h323 router". In the vendor product this restarts the separate module that bridges SIP and H.323 signalling.
         */
        get: operations["vsiprst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/webrst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restart the web (portal) service (meaning inferred from the name).
         * @description Listed by name only in the newer edition; undocumented in the vendor document; meaning inferred from the name ("web" + "rst" = restart). The vendor document describe the enduser web portal (/webvoip) running as a separate service; Switchboard serves everything on its API port and answers the unsupported error (see reason).
         */
        get: operations["webrst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/weeklymaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run the weekly maintenance tasks now.
         * @description "run weekly maintanance tasks" (sic). Switchboard runs the job now and answers when it is done. It keeps no schedule of its own: call it from cron or a systemd timer. The weekly job: the database is compacted (VACUUM), after the daily tasks.
         */
        get: operations["weeklymaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/willstop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stop the credit checks (before a shutdown).
         * @description "willstop { no more creditcheck }". Tells the server it will stop soon: every Switchboard process hears it and stops cutting running calls when their credit runs out, so that calls are not dropped for billing reasons while it shuts down. It lasts until the process restarts.
         */
        get: operations["willstop"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mvapireq/wsuser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Set up a branded web (WebRTC) softphone account for the user and its upper server (example only; undocumented).
         * @description Known only from one example under the heading "Wsuser", sent with user authentication (authid + authpwd) and the parameters brandname, companyame (sic), upperserver and upperserverdomain; the vendor document gives no description or answer. The host name (webrtc...) and the parameters suggest it configures a branded web softphone for the user, registering to the given upper server. companyname is accepted for the misspelt companyame.
         */
        get: operations["wsuser"];
        put?: never;
        post?: never;
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
        AddcallbacknumberResult: {
            message?: string;
        };
        AddcreditResult: {
            message?: string;
        };
        AddserverResult: {
            /** @description The generated password, when u_password was empty. */
            password?: string;
            /** @description Routing entry used or created (absent with u_routing=null). */
            routingid?: number;
            /** @description tb_users.id of the new server account. */
            userid: number;
            /** @description Its username (generated from u_name when not given). */
            username: string;
        };
        AdduserResult: {
            /** @description tb_users.id of the new user. */
            userid: number;
            /** @description Its username. */
            username: string;
        };
        ApireloadResult: {
            message?: string;
        };
        ApitestResult: {
            message?: string;
        };
        AsendemailResult: {
            /** @description The e-mail's id in the outbox. */
            messageid: string;
            /**
             * @description queued: the outbox worker hands it to the SMTP server.
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        AsendsmsResult: {
            /**
             * Format: decimal
             * @description What the message cost the user, in the account currency (0 when the tariff has no SMS price).
             */
            charged?: string;
            /** @description The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at once). */
            messageid: string;
            /** @description The SMS parts the text was split into. */
            parts?: number;
            /**
             * @description Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's submit result (synchronous; delivered once an on-net user's phone accepted it).
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        AsendsmssyncResult: {
            /**
             * Format: decimal
             * @description What the message cost the user, in the account currency (0 when the tariff has no SMS price).
             */
            charged?: string;
            /** @description The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at once). */
            messageid: string;
            /** @description The SMS parts the text was split into. */
            parts?: number;
            /**
             * @description Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's submit result (synchronous; delivered once an on-net user's phone accepted it).
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        AtResult: {
            text: string;
        };
        BackupdbResult: {
            /** @description The backup file written, relative to the backup directory. */
            path: string;
            /** @description Its size in bytes. */
            size: number;
        };
        BackupResult: {
            message?: string;
        };
        BalanceResult: {
            /**
             * Format: decimal
             * @description The current credit in the account currency.
             */
            credit: string;
            /** @description ISO 4217 code of the account currency. */
            currency: string;
        };
        BannedlistResult: {
            rows: {
                /** @description The banned IP address. */
                ip: string;
                /** @description Why it was banned, e.g. failed API authentication. */
                reason?: string;
                /** @description When it was banned. */
                since: string;
                /** @description When the ban ends; absent for a permanent ban. */
                until?: string;
            }[];
        };
        CalcnccacheResult: {
            message?: string;
        };
        CallbackaccessnumberResult: {
            value: string;
        };
        CallbackResult: {
            message?: string;
        };
        CallforwardResult: {
            message?: string;
        };
        CallratingResult: {
            /**
             * Format: decimal
             * @description The user's credit in the account currency.
             */
            credit: string;
            /** @description Maximum duration of the call in seconds that the credit allows. */
            maxduration: number;
            /**
             * Format: decimal
             * @description Rate of the call, price per minute in the account currency.
             */
            rating: string;
        };
        CallResult: {
            message?: string;
        };
        CapcheckResult: {
            /** @description The direction checked. */
            direction: string;
            /** @description Free channels (more concurrent calls possible). */
            free: number;
            /** @description Total channels of the direction. */
            total?: number;
        };
        CcchargeResult: {
            message?: string;
        };
        CdrResult: {
            rows: {
                /** @description Called number. */
                called?: string;
                /** @description Caller number or user. */
                caller?: string;
                /** @description SIP Call-ID (fields=all). */
                callid?: string;
                /** @description Whether the call connected. */
                connected?: boolean;
                /**
                 * Format: decimal
                 * @description Cost to the user in the account currency (summed in summary rows).
                 */
                cost?: string;
                /** @description Number of calls (summary rows). */
                count?: number;
                /** @description ISO 4217 code of cost and price. */
                currency?: string;
                /** @description Start of the call (or the day, by=day). */
                date?: string;
                /** @description Name of the destination rated. */
                destination?: string;
                /**
                 * @description Call direction (for an enduser: out when billed to them, in when to them).
                 * @enum {string}
                 */
                direction?: "in" | "out";
                /** @description SIP/Q.850 disconnect cause (fields=all). */
                disconnectcause?: number;
                /** @description Duration in seconds (summed in summary rows). */
                duration: number;
                /** @description CDR id. */
                id?: number;
                /**
                 * Format: decimal
                 * @description Cost of the call to the operator (fields=all, admins).
                 */
                price?: string;
                /**
                 * Format: decimal
                 * @description cost minus price (fields=all, admins).
                 */
                profit?: string;
                /** @description Username of the user billed (fields=all). */
                user?: string;
            }[];
        };
        ChangepwdResult: {
            message?: string;
        };
        ChargeResult: {
            message?: string;
        };
        CheckcreditsResult: {
            message?: string;
        };
        CheckmailsResult: {
            message?: string;
        };
        CheckpinsResult: {
            message?: string;
        };
        CheckscannerResult: {
            rows: {
                /** @description The scanner job. */
                job: string;
                /** @description Numbers scanned so far. */
                scanned?: number;
                /**
                 * @description Its state.
                 * @enum {string}
                 */
                state: "running" | "stopped" | "finished" | "failed";
            }[];
        };
        ClearnccacheResult: {
            message?: string;
        };
        ClientResult: {
            message?: string;
        };
        CliResult: {
            message?: string;
        };
        CloseResult: {
            message?: string;
        };
        CmdResult: {
            text: string;
        };
        CreatecdrinfoResult: {
            message?: string;
        };
        DailymaintResult: {
            message?: string;
        };
        DailyreportResult: {
            message?: string;
        };
        DbbackupResult: {
            /** @description The backup file written, relative to the backup directory (what dbrestore takes). */
            path: string;
            /** @description Its size in bytes. */
            size: number;
        };
        DbfailoverResult: {
            /** @description The database in use after the command. */
            dbnum: number;
            /** @description Whether a switch happened (false with checkonly). */
            switched: boolean;
        };
        DbresetResult: {
            message?: string;
        };
        DbrestoreResult: {
            message?: string;
        };
        DbResult: {
            rows: {
                /** @description Rows affected, for statements that answer no rows (the columns of a select are its own). */
                affected?: number;
            }[];
        };
        DbrsttgsResult: {
            message?: string;
        };
        DelbannedResult: {
            message?: string;
        };
        DelobjResult: {
            message?: string;
        };
        DeluserResult: {
            message?: string;
        };
        DeviceidResult: {
            value: string;
        };
        DiscallResult: {
            message?: string;
        };
        EndpointsResult: {
            rows: {
                /** @description Contact URI. */
                contact?: string;
                /** @description IP address (a server known by its domain only: empty). */
                ip: string;
                /** @description When a device's contact was first registered. */
                lastseen?: string;
                /** @description Port (0: the default port). */
                port: number;
                /**
                 * @description registered (a device) or configured (a server).
                 * @enum {string}
                 */
                state: "registered" | "configured";
                /**
                 * @description Transport.
                 * @enum {string}
                 */
                transport: "udp" | "tcp" | "tls" | "ws" | "wss";
                /**
                 * @description A registering device or a configured SIP server/peer.
                 * @enum {string}
                 */
                type: "device" | "server";
                /** @description User-Agent, when known. */
                useragent?: string;
                /** @description tb_users.id. */
                userid: number;
                /** @description User or SIP server account of the endpoint. */
                username: string;
            }[];
        };
        EpregResult: {
            rows: {
                /** @description Contact URI. */
                contact: string;
                /** @description When the registration expires. */
                expires: string;
                /** @description Source IP address. */
                ip: string;
                /** @description Source port. */
                port: number;
                /** @description registered. */
                regstate: string;
                /** @description The transport of the registration: udp, tcp, ws or wss. */
                regtype: string;
                /** @description Registered user. */
                username: string;
            }[];
        };
        /** @enum {string} */
        ErrorCode: "unknown-command" | "auth-failed" | "access-denied" | "banned" | "nonce-required" | "user-not-found" | "not-found" | "pin-invalid" | "missing-number" | "missing-parameter" | "invalid-parameter" | "bad-request" | "request-too-large" | "duplicate" | "insufficient-credit" | "command-failed" | "rate-limited" | "not-implemented" | "unsupported" | "internal" | "unavailable" | "incorrect-hash";
        FastregusersResult: {
            rows: {
                /** @description When the cached registration expires. */
                expires: string;
                /** @description Source IP address. */
                ip: string;
                /** @description When this contact was first registered (the registrar keeps the expiry of each refresh, not its time). */
                lastseen: string;
                /** @description Source port. */
                port: number;
                /** @description Whether the last registration attempt succeeded. */
                success: boolean;
                /** @description User the entry is for. */
                username: string;
            }[];
        };
        FastusersResult: {
            rows: {
                /**
                 * Format: decimal
                 * @description Cached credit.
                 */
                credit: string;
                /** @description Currency of the credit. */
                currency: string;
                /** @description Whether the account is enabled. */
                enabled: boolean;
                /** @description User type (enduser, reseller, admin, srvadmin, support, sipserver, trunk). */
                type: string;
                /** @description tb_users.id. */
                userid: number;
                /** @description Username. */
                username: string;
            }[];
        };
        FileResult: {
            content: string;
            filename?: string;
            /** @description The file's media type (application/octet-stream). */
            mediaType: string;
        };
        FinetuneResult: {
            message?: string;
        };
        ForgotpasswordanswerResult: {
            message?: string;
        };
        ForgotpasswordquestionResult: {
            value: string;
        };
        FsResult: {
            text: string;
        };
        FtpstResult: {
            message?: string;
        };
        GencdrResult: {
            /** @description How many of them connected. */
            connected: number;
            /** @description Number of CDR records written. */
            generated: number;
            /** @description How many users the calls belong to. */
            users: number;
        };
        GetconfroomResult: {
            value: string;
        };
        GetdetailsResult: {
            /**
             * Format: decimal
             * @description Current credit (balance) in the account currency.
             */
            credit: string;
            /** @description ISO 4217 code of the account currency. */
            currency: string;
            /** @description Display name (max). */
            displayname?: string;
            /** @description Email address (normal, max). */
            email?: string;
            /** @description Full name (normal, max). */
            name?: string;
            /** @description Phone number (normal, max). */
            phone?: string;
            /** @description The user settings setfield can change, by field name (max). */
            settings?: {
                [key: string]: unknown;
            };
            /**
             * @description Phone status, as answered by status.
             * @enum {integer}
             */
            status: 0 | 1 | 2 | 3 | 4;
            /** @description tb_users id. */
            userid: number;
            /** @description Username. */
            username: string;
        };
        GetfieldResult: {
            value: string;
        };
        GetfileResult: {
            content: string;
            filename?: string;
            /** @description The file's media type (application/octet-stream). */
            mediaType: string;
        };
        GetiniResult: {
            value: string;
        };
        GetphonenumberResult: {
            rows: {
                /** @description A free phone number. */
                number: string;
            }[];
        };
        GkResult: {
            message?: string;
        };
        GwrstResult: {
            message?: string;
        };
        HeartbeatResult: {
            /**
             * @description Database check result (full mode only).
             * @enum {string}
             */
            database?: "ok" | "error";
            /** @description The mode that was run (quick or full). */
            mode: string;
            /** @description Current server time. */
            servertime: string;
            /**
             * @description Overall health.
             * @enum {string}
             */
            status: "ok" | "degraded" | "error";
            /** @description Seconds since the server started. */
            uptime: number;
        };
        HelpResult: {
            rows: {
                /** @description The command (apientry) name. */
                name: string;
                /** @description Its one-line description. */
                summary: string;
            }[];
        };
        HourlymaintResult: {
            message?: string;
        };
        InfoResult: {
            /** @description Calls in progress (once the SIP edge exists). */
            activecalls?: number;
            /** @description The port the API listens on (mainaport), when configured (absent for an ephemeral port). */
            apiport?: number;
            /** @description API requests this process answered since start. */
            apirequests: number;
            /** @description Users in the in-memory cache (see fastusers). */
            cachedusers: number;
            /**
             * @description Database connection state.
             * @enum {string}
             */
            database: "ok" | "error";
            /** @description Server instance identifier (as deviceid answers). */
            deviceid: string;
            /**
             * @description The database engine in use.
             * @enum {string}
             */
            engine: "sqlite" | "postgresql";
            /** @description Current SIP registrations (once the SIP edge exists). */
            registrations?: number;
            /** @description Current server time. */
            servertime: string;
            /** @description When the server process started. */
            starttime: string;
            /** @description Seconds since start. */
            uptime: number;
            /** @description Number of user accounts. */
            users: number;
            /** @description Server software version. */
            version: string;
        };
        JppgetResult: {
            text: string;
        };
        KeepaliveResult: {
            message?: string;
        };
        ListsResult: {
            rows: {
                /** @description Entries in it. */
                count: number;
                /** @description Which list. */
                name: string;
            }[];
        };
        ListusersResult: {
            rows: {
                /** @description Country. */
                country?: string;
                /** @description When the account was created. */
                created?: string;
                /**
                 * Format: decimal
                 * @description Current credit.
                 */
                credit: string;
                /** @description Account currency. */
                currency?: string;
                /** @description Email address. */
                email?: string;
                /** @description Whether the account is enabled. */
                enabled: boolean;
                /** @description tb_users.id. */
                id: number;
                /** @description Full name. */
                name: string;
                /** @description Owner / reseller id. */
                parentid?: number;
                /** @description Phone number. */
                phone?: string;
                /** @description Postpaid account. */
                postpaid?: boolean;
                /** @description tb_users.type (see u_type). */
                type: string;
                /** @description Username. */
                username: string;
            }[];
        };
        LoadinifilesResult: {
            message?: string;
        };
        LockphonenumberResult: {
            message?: string;
        };
        LocksResult: {
            rows: {
                /** @description Held (1) or waited for (0). */
                granted: boolean;
                /** @description Lock mode (PostgreSQL's names; exclusive for Switchboard's own). */
                mode: string;
                /** @description What is locked (a table name, a lock type, or Switchboard's own lock). */
                name: string;
                /** @description Who holds or wants it: a PostgreSQL backend pid, or the Switchboard command. */
                owner: string;
                /** @description When the owner's current statement or task started. */
                since?: string;
                /** @description How many others wait for this lock (for a held one). */
                waiting: number;
            }[];
        };
        LoginResult: {
            /** @description tb_users id of the logged-in user. */
            userid: number;
            /** @description Username. */
            username: string;
            /** @description User type (enduser, reseller, admin ...). */
            usertype?: string;
        };
        LogrenameResult: {
            message?: string;
        };
        LogResult: {
            text: string;
        };
        LogsearchResult: {
            text: string;
        };
        MantresetResult: {
            message?: string;
        };
        MizuError: {
            code: components["schemas"]["ErrorCode"];
            issues?: {
                param?: string;
                problem?: string;
            }[];
            message: string;
        };
        MizuXmlAnswer: {
            /** @enum {integer} */
            code: 200 | 499;
            /** @description The result: a record's fields, a list's rows, or a single value. */
            data?: {
                row?: {
                    [key: string]: unknown;
                }[];
            } & {
                [key: string]: unknown;
            };
            error?: {
                code?: string;
                message?: string;
            } & {
                [key: string]: unknown;
            };
            message?: string;
            /** @enum {string} */
            status?: "OK" | "ERROR";
            /** @description The text answer's first line. */
            text?: string;
        };
        MonthlymaintResult: {
            message?: string;
        };
        NewusereventResult: {
            message?: string;
        };
        NewuseriResult: {
            /** @description tb_users.id of the new user. */
            userid: number;
            /** @description Its username. */
            username: string;
        };
        NewuserResult: {
            /** @description tb_users.id of the new user. */
            userid: number;
            /** @description Its username. */
            username: string;
        };
        NewuserseventResult: {
            message?: string;
        };
        NewuseruResult: {
            /** @description tb_users id of the new user. */
            userid: number;
            /** @description Username of the new user. */
            username: string;
        };
        NormalizechkResult: {
            /** @description The normalised called number. */
            called: string;
            /** @description The normalised caller number. */
            caller?: string;
        };
        P2pResult: {
            message?: string;
        };
        ParsegsmcdrResult: {
            message?: string;
        };
        PcrstResult: {
            message?: string;
        };
        PgetfileResult: {
            content: string;
            filename?: string;
            /** @description The file's media type (application/octet-stream). */
            mediaType: string;
        };
        PputfileResult: {
            message?: string;
        };
        PreauthResult: {
            value: string;
        };
        PredectivetResult: {
            message?: string;
        };
        PresenceGetResult: {
            rows: {
                /** @description The presence status string the user last set with presence_set, else its online code (0, 1, 2). */
                status: string;
                /** @description Username. */
                user: string;
            }[];
        };
        PresenceSetResult: {
            rows: {
                /** @description Sender of the offline message. */
                fromuser: string;
                /** @description The message text. */
                text: string;
            }[];
        };
        PutfileResult: {
            message?: string;
        };
        QuerylistResult: {
            rows: {
                /** @description Identifier of the running query (named by the vendor document). */
                guid: string;
                /** @description The statement or job, shortened to 200 characters (not in the vendor document). */
                query?: string;
                /** @description What issued it: the API command, or the PostgreSQL client application (not in the vendor document). */
                source?: string;
                /** @description When the query started (not in the vendor document). */
                started?: string;
            }[];
        };
        QuickstatResult: {
            /** @description Calls in progress (once the SIP edge exists). */
            activecalls?: number;
            /** @description API requests this process served since start (every dialect and outcome). */
            apirequests: number;
            /** @description Background jobs running or queued (asynchronous custom SQL, custom actions, backups). */
            backgroundjobs: number;
            /** @description Users in the in-memory cache (see fastusers). */
            cachedusers: number;
            /** @description CDRs of calls started today (UTC). */
            callstoday: number;
            /** @description Current registrations (once the SIP edge exists). */
            registrations?: number;
            /** @description Seconds since start. */
            uptime: number;
        };
        RatingResult: {
            /**
             * Format: decimal
             * @description Fee charged once when the call connects, in the tariff currency.
             */
            connectfee: string;
            /** @description ISO 4217 code of the tariff currency. */
            currency: string;
            /** @description Name of the destination, when the tariff has one. */
            destination?: string;
            /** @description Seconds of each following billing increment. */
            increment: number;
            /** @description Seconds billed for the first increment (at least this much of a connected call is billed). */
            initialincrement: number;
            /** @description The tariff prefix that matched (the longest one). */
            prefix: string;
            /**
             * Format: decimal
             * @description Price per minute in the tariff currency.
             */
            rate: string;
            /** @description Name of the tariff the user is rated on. */
            tariff: string;
        };
        RebillResult: {
            /** @description Credit change per currency, by ISO 4217 code, as exact decimal strings (old cost minus new cost summed; positive: given back to the users). Empty when nothing changes. */
            credit: {
                [key: string]: unknown;
            };
            /** @description Whether nothing was changed (dryrun=yes). */
            dryrun: boolean;
            /** @description Outgoing, connected call records of the period (and user). */
            examined: number;
            /** @description Start of the period (UTC), included. */
            from: string;
            /** @description Records whose cost changed (with dryrun: would change). */
            rerated: number;
            /** @description Records left unchanged because the credit cannot be corrected exactly: another currency than the tariff's or the balance's, a deleted user, or changed by another process meanwhile. */
            skipped: number;
            /** @description End of the period (UTC), excluded; absent: up to now. */
            to?: string;
            /** @description Records the current tariffs price the same. */
            unchanged: number;
            /** @description Records left unchanged because no prefix of the user's current tariff matches the called number, or the user has no tariff. */
            unrated: number;
            /** @description Users whose calls were (with dryrun: would be) re-rated, their credit corrected. */
            users: number;
        };
        RegstatResult: {
            /** @description Contacts currently registered (unexpired bindings). */
            registered: number;
            /** @description Distinct users with at least one registration. */
            registeredusers: number;
            /** @description Registrations made over TCP. */
            tcp: number;
            /** @description Registrations made over UDP. */
            udp: number;
            /** @description Registrations made over WebSocket (ws and wss). */
            ws: number;
        };
        ReguserResult: {
            rows: {
                /** @description Registered contact URI. */
                contact: string;
                /** @description When the registration expires. */
                expires?: string;
                /** @description Source IP address of the registration. */
                ip?: string;
                /** @description Source port. */
                port?: number;
                /** @description When the contact was first registered (kept across refreshes). */
                registered?: string;
                /**
                 * @description Transport the device registered over.
                 * @enum {string}
                 */
                transport?: "udp" | "tcp" | "tls" | "ws" | "wss";
                /** @description User-Agent of the device. */
                useragent?: string;
                /** @description tb_users.id of the user. */
                userid: number;
                /** @description The registered user. */
                username: string;
            }[];
        };
        ReindexncacheResult: {
            message?: string;
        };
        ReloadapikeysResult: {
            message?: string;
        };
        ReloaddialplanResult: {
            message?: string;
        };
        ReloadnumdircacheResult: {
            message?: string;
        };
        ReloadResult: {
            message?: string;
        };
        ReportsResult: {
            rows: {
                /** @description When it was built. */
                created: string;
                /** @description Report name. */
                name: string;
                /** @description Period it covers, e.g. the day. */
                period: string;
            }[];
        };
        ResetpResult: {
            message?: string;
        };
        RestartResult: {
            message?: string;
        };
        RoutingtestResult: {
            rows: {
                /** @description Destination host:port (empty for a local user). */
                address: string;
                /** @description Called number sent to this destination, after the rewrite rules. */
                called: string;
                /** @description Caller number sent to this destination, after the rewrite rules. */
                caller: string;
                /**
                 * @description A local user, an external line or a SIP trunk.
                 * @enum {string}
                 */
                kind: "localuser" | "extline" | "trunk";
                /** @description Longest call in seconds; 0 is no limit. */
                maxduration: number;
                /** @description 1 for the destination tried first. */
                order: number;
                /** @description The local user's number, the line's name, or the trunk's servID. */
                target: string;
                /** @description udp or tcp for lines and trunks. */
                transport?: string;
                /** @description The rule, chain, routing group or hunt group that led here. */
                via: string;
            }[];
        };
        RulesreloadResult: {
            /** @description tb_api rows loaded. */
            apirules: number;
            /** @description IP bans in force. */
            bans: number;
        };
        SaveinifilesResult: {
            message?: string;
        };
        SavesettingsResult: {
            /** @description Those settings, comma separated. */
            names: string;
            /** @description Number of settings whose new value was applied. */
            saved: number;
        };
        SearchResult: {
            rows: {
                /** @description Email address (admins only). */
                email?: string;
                /** @description Full name. */
                name?: string;
                /** @description Phone number (admins only). */
                phone?: string;
                /** @description tb_users id. */
                userid: number;
                /** @description Username. */
                username: string;
            }[];
        };
        SendamsgResult: {
            message?: string;
        };
        SendccinfoResult: {
            message?: string;
        };
        SendfaxResult: {
            message?: string;
        };
        SendimResult: {
            message?: string;
        };
        SendmailResult: {
            /** @description The e-mail's id in the outbox. */
            messageid: string;
            /**
             * @description queued: the outbox worker hands it to the SMTP server.
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        SendsmsResult: {
            /**
             * Format: decimal
             * @description What the message cost the user, in the account currency (0 when the tariff has no SMS price).
             */
            charged?: string;
            /** @description The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at once). */
            messageid: string;
            /** @description The SMS parts the text was split into. */
            parts?: number;
            /**
             * @description Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's submit result (synchronous; delivered once an on-net user's phone accepted it).
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        SendsmssyncResult: {
            /**
             * Format: decimal
             * @description What the message cost the user, in the account currency (0 when the tariff has no SMS price).
             */
            charged?: string;
            /** @description The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at once). */
            messageid: string;
            /** @description The SMS parts the text was split into. */
            parts?: number;
            /**
             * @description Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's submit result (synchronous; delivered once an on-net user's phone accepted it).
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        SendsmsunicodeResult: {
            /**
             * Format: decimal
             * @description What the message cost the user, in the account currency (0 when the tariff has no SMS price).
             */
            charged?: string;
            /** @description The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at once). */
            messageid: string;
            /** @description The SMS parts the text was split into. */
            parts?: number;
            /**
             * @description Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's submit result (synchronous; delivered once an on-net user's phone accepted it).
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        SendsmsunicodesyncResult: {
            /**
             * Format: decimal
             * @description What the message cost the user, in the account currency (0 when the tariff has no SMS price).
             */
            charged?: string;
            /** @description The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at once). */
            messageid: string;
            /** @description The SMS parts the text was split into. */
            parts?: number;
            /**
             * @description Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's submit result (synchronous; delivered once an on-net user's phone accepted it).
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        ServicerstResult: {
            message?: string;
        };
        SetfastregpwdResult: {
            message?: string;
        };
        SetfieldResult: {
            message?: string;
        };
        SetiniResult: {
            message?: string;
        };
        SetipResult: {
            message?: string;
        };
        ShortinfoResult: {
            /** @description Calls in progress (once the SIP edge exists). */
            activecalls?: number;
            /**
             * @description Database connection state.
             * @enum {string}
             */
            database: "ok" | "error";
            /** @description Seconds since start. */
            uptime: number;
            /** @description Server software version. */
            version: string;
        };
        ShowcfgResult: {
            text: string;
        };
        ShowlogResult: {
            text: string;
        };
        SipresetResult: {
            message?: string;
        };
        SmsreceiveResult: {
            message?: string;
        };
        SmsResult: {
            /**
             * Format: decimal
             * @description What the message cost the user, in the account currency (0 when the tariff has no SMS price).
             */
            charged?: string;
            /** @description The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at once). */
            messageid: string;
            /** @description The SMS parts the text was split into. */
            parts?: number;
            /**
             * @description Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's submit result (synchronous; delivered once an on-net user's phone accepted it).
             * @enum {string}
             */
            state: "queued" | "submitted" | "delivered" | "failed" | "expired";
        };
        StatusResult: {
            /**
             * @description The user's online status code.
             * @enum {integer}
             */
            status: 0 | 1 | 2 | 3 | 4;
        };
        StopscannerResult: {
            message?: string;
        };
        SyncmediaResult: {
            message?: string;
        };
        SyncusersResult: {
            /** @description Cached users no longer in the database. */
            dropped: number;
            /** @description Cached users still in the database (read again at their next request). */
            synced: number;
        };
        TbackupResult: {
            message?: string;
        };
        ThreadlistResult: {
            rows: {
                /** @description 0 for the main thread, else the job number. */
                id: number;
                /** @description What it does. */
                name: string;
                /** @description When it started. */
                started: string;
                /** @description running or queued. */
                state: string;
            }[];
        };
        Threads2Result: {
            rows: {
                /** @description 0 for the main thread, else the job number. */
                id: number;
                /** @description Last time it did work. */
                lastactive?: string;
                /** @description What it does. */
                name: string;
                /** @description Work items processed: API requests for the main thread. */
                runs?: number;
                /** @description When it started. */
                started: string;
                /** @description running or queued. */
                state: string;
                /** @description Share of time the main thread was busy since start (0-1). */
                utilization?: number;
            }[];
        };
        ThreadsResult: {
            rows: {
                /** @description 0 for the main thread, else the job number. */
                id: number;
                /** @description What it does. */
                name: string;
                /** @description When it started. */
                started: string;
                /** @description running or queued. */
                state: string;
            }[];
        };
        TimezonesetResult: {
            message?: string;
        };
        ToclientResult: {
            message?: string;
        };
        ToipResult: {
            message?: string;
        };
        TowgwResult: {
            message?: string;
        };
        TransfercreditResult: {
            message?: string;
        };
        TunnelinfoexResult: {
            text: string;
        };
        TunnelinfoResult: {
            text: string;
        };
        TunnellistResult: {
            text: string;
        };
        UnittestResult: {
            text: string;
        };
        UnregResult: {
            /** @description Contacts removed. */
            removed: number;
        };
        UpdcdrdirResult: {
            /** @description CDRs whose direction changed. */
            updated: number;
        };
        UpgradeallResult: {
            message?: string;
        };
        VerifyuserResult: {
            /**
             * @description The user's online status code (0 when no such user).
             * @enum {integer}
             */
            status: 0 | 1 | 2 | 3 | 4;
        };
        VersionResult: {
            value: string;
        };
        Voicehere2Result: {
            message?: string;
        };
        VoicehereResult: {
            message?: string;
        };
        VoicerecdownloadResult: {
            content: string;
            filename?: string;
            /** @description The file's media type (audio/mpeg). */
            mediaType: string;
        };
        VsiprstResult: {
            message?: string;
        };
        WebrstResult: {
            message?: string;
        };
        WeeklymaintResult: {
            message?: string;
        };
        WillstopResult: {
            message?: string;
        };
        WsuserResult: {
            message?: string;
        };
    };
    responses: never;
    parameters: {
        /** @description The function name (the command). */
        apientry: string;
        /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
        authsalt: string;
        /** @description Client salt for authmd5. */
        authsalt1: string;
        /** @description Second client salt, used with the nonce (authv3). */
        authsalt2: string;
        /** @description JSONP callback function name. */
        callback: string;
        /** @description Answer format; guessed from the request when absent. */
        format: "text" | "cleartext" | "html" | "xml" | "soap" | "json" | "jsonp";
        /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
        idempotencykey: string;
        /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
        mcrfs: string;
        /** @description Tracking parameter; ignored. */
        new: string;
        /** @description The leading characters of the nonce answered by preauth. */
        nonce: string;
        /** @description Tracking parameter; ignored. */
        now: string;
        /** @description Admins act as this user. */
        targetuser: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    addcallbacknumber: {
        parameters: {
            query?: {
                /** @description The callback number to add (not named by the vendor document). Absent: nothing is added; the answer lists the user's callback numbers. Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["AddcallbacknumberResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    addcredit: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The amount to add, in the user's account currency; a negative amount deducts (not in the parameter list; sent by the examples).
                 * @example 10.00
                 */
                credit: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /**
                 * @description The user to credit: username, user id or PIN code.
                 * @example USERNAME
                 */
                pin: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["AddcreditResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    addserver: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description the needauth db field (default is 1 which means IP based auth; check the documentation for other possibilities) */
                u_auth?: number;
                /** @description optional */
                u_country?: string;
                /** @description optional (starting credit) */
                u_credit?: string;
                /** @description optional (ISO 4217 code) */
                u_currency?: string;
                /**
                 * @description domain name (either the domain or the ip must be provided)
                 * @example xxx.tokuvoip.com
                 */
                u_domain?: string;
                /** @description optional */
                u_email?: string;
                /** @description IP address. it can be also IP:port (either the domain or the ip must be provided) */
                u_ip?: string;
                /**
                 * @description name (either the name or the username must be provided)
                 * @example NAME
                 */
                u_name?: string;
                /** @description will be auto generated if empty */
                u_password?: string;
                /** @description port number if not set as part of the domain or IP (default is 5060 if not provided) */
                u_port?: number;
                /** @description outbound proxy (optional) */
                u_proxy?: string;
                /** @description routing entry id or name (set to "null" if no routing entry is required; set to empty to auto-guess). */
                u_routing?: string;
                /** @description routing priority */
                u_routingpriority?: number;
                /** @description udp, tcp or tls (default is udp if not set) */
                u_transport?: "udp" | "tcp" | "tls";
                /** @description What the server is for. */
                u_type?: 0 | 5 | 9;
                /** @description username (either the name or the username must be provided) */
                u_username?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["AddserverResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    adduser: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description used for the addcredit operation and adduser operations: starting credit of the prepaid account. */
                credit?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description used for the adduser operations (optional): email address. */
                u_email?: string;
                /** @description used for the adduser operations (optional): full name. */
                u_name?: string;
                /**
                 * @description used for the adduser operations: the new account's password.
                 * @example S3cret-pass
                 */
                u_password: string;
                /**
                 * @description used for the adduser operations: the new account's username.
                 * @example alice
                 */
                u_username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["AdduserResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    apireload: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ApireloadResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    apitest: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ApitestResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    asendemail: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Sender address; from can be empty (then the server's configured sender). Aliases: anum, phone1. */
                from?: string;
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Subject line. */
                subject?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description Recipient address. Aliases: bnum, phone2.
                 * @example alice@example.com
                 */
                to: string;
                /**
                 * @description The email body (message). Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["AsendemailResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    asendsms: {
        parameters: {
            query: {
                /** @description The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the PHP client sends it); the SMS account's sourceAddr when absent. Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Destination mobile number (to; telnumber in the older edition). Aliases: phone2, to, telnumber.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The SMS text (message). Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["AsendsmsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    asendsmssync: {
        parameters: {
            query: {
                /** @description The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the PHP client sends it); the SMS account's sourceAddr when absent. Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Destination mobile number (to). Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The SMS text (message). Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["AsendsmssyncResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    at: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /**
                 * @description The AT command, e.g. AT+CSQ.
                 * @example AT+CSQ
                 */
                ATcommand: string;
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /**
                 * @description The gateway (engine) name.
                 * @example line1
                 */
                gwname: string;
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /**
                 * @description The modem line on that gateway.
                 * @example 1
                 */
                line: number;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["AtResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    backup: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["BackupResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    backupdb: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["BackupdbResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    balance: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["BalanceResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    bannedlist: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["BannedlistResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    calcnccache: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CalcnccacheResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    call: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Call length in seconds (the vendor document gives no unit). */
                duration?: number;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /**
                 * @description The SIM that places the call.
                 * @example 1
                 */
                origsimid: number;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The number to call.
                 * @example 15551234567
                 */
                telnum: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CallResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    callback: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /**
                 * @description IVR selection, sent by the example as ivr=-1 (not in the parameter list; the vendor document does not explain it). Switchboard reads -1, or no ivr, as no IVR (connect the call directly); any other value is refused: IVR campaigns need media, which Switchboard does not carry.
                 * @example -1
                 */
                ivr?: number;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description The number to be called back. Aliases: anum, phone1, from. */
                num: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CallbackResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    callbackaccessnumber: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CallbackaccessnumberResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    callforward: {
        parameters: {
            query?: {
                /** @description Forward on busy destination (forwardonbusy). Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description Forward on no answer destination (forwardonnoanswer). Aliases: phone2, to. */
                bnum?: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description The webphone's name for cnum; null clears the forward. */
                callforwardalways?: string;
                /** @description The webphone's name for anum; null clears the forward. */
                callforwardonbusy?: string;
                /** @description The webphone's name for bnum; null clears the forward. */
                callforwardonnoanswer?: string;
                /** @description Seconds before forwarding on no answer (the user's noanswertimeout; 0 is the server default). */
                callforwardonnoanswertimeout?: number;
                /** @description Forward always destination (forwardalways). Aliases: phone3. */
                cnum?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CallforwardResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    callrating: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description Call id of the ongoing call (the SIP Call-ID).
                 * @example a84b4c76e66710@192.0.2.10
                 */
                callid: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description The user the call belongs to; the authenticated user when absent (only admins may name another user). */
                username?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CallratingResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    capcheck: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The direction (destination prefix or direction id) to check; the vendor document shows "-3330630".
                 * @example -3330630
                 */
                direction: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CapcheckResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    cccharge: {
        parameters: {
            query: {
                /**
                 * @description Amount to charge and add to the credit, in the account currency. Aliases: amount.
                 * @example 10.00
                 */
                ammount: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description Credit card number (digits only).
                 * @example 4111111111111111
                 */
                cardnum: string;
                /**
                 * @description Card verification code.
                 * @example 1234
                 */
                ccv2: string;
                /**
                 * @description Expiry year (two or four digits).
                 * @example 1
                 */
                expireyear: number;
                /**
                 * @description Expiry month.
                 * @example 1
                 */
                expmonth: number;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CcchargeResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    cdr: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description Answer summary rows grouped this way instead of the call list. */
                by?: "all" | "day" | "caller" | "called";
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Called number. */
                called?: string;
                /** @description Caller: a number, or a user id (admin example caller=123). */
                caller?: string;
                /**
                 * @description today, yesterday, lastweek (7 days), lastmonth (30 days), thismonth, or a number of days (daysnumber, 1 = today); UTC calendar days including today. Without it: every date.
                 * @example 365
                 */
                days?: string;
                /**
                 * @description Call direction.
                 * @example all
                 */
                dir?: "all" | "in" | "out";
                /**
                 * @description Which columns to answer.
                 * @example all
                 */
                fields?: "min" | "normal" | "all";
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /**
                 * @description Record count: most records (calls, or summary rows with by) to return.
                 * @example 1000
                 */
                maxcount?: number;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Sort order of the list. */
                order?: "date" | "caller" | "called" | "user";
                /** @description Called number prefix. */
                prefix?: string;
                /** @description summary=yes appends a summary row (count, duration, cost) of every matching call after the list (per currency when they differ). */
                summary?: boolean;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description Call outcome.
                 * @example all
                 */
                type?: "all" | "connected" | "notconnected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CdrResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    changepwd: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /**
                 * @description The new password.
                 * @example S3cret-pass
                 */
                newpassword: string;
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /**
                 * @description The current password.
                 * @example Old-S3cret-pass
                 */
                oldpassword: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ChangepwdResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    charge: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description The recharge PIN (PINCODE) to redeem. Aliases: anum. */
                pin: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ChargeResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    checkcredits: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CheckcreditsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    checkmails: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CheckmailsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    checkpins: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CheckpinsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    checkscanner: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CheckscannerResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    clearnccache: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Clear only this operator's part of the cache; all of it when absent. */
                operatorid?: number;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ClearnccacheResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    cli: {
        parameters: {
            query: {
                /**
                 * @description The caller number (ANI) to assign to the user (not in the v2 list; the v1 parameter). Aliases: phone1, from.
                 * @example 15551234567
                 */
                anum: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CliResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    client: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ClientResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    close: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CloseResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    cmd: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CmdResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    createcdrinfo: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["CreatecdrinfoResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    dailymaint: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DailymaintResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    dailyreport: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DailyreportResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    db: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The SQL statement (select, insert, update...). Aliases: message.
                 * @example select top 1 username from tb_users
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DbResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    dbbackup: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description Not explained by the vendor document; presumably an interval for repeated backups. Switchboard makes one backup per call: 0 or absent; a repeat interval answers the unsupported error (schedule backupdb or dbbackup with cron or a systemd timer instead). */
                ival?: number;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Directory or file name of the backup; the configured backup directory when absent. */
                path?: string;
                /** @description Reserved; ignored. Documented as "reseverd" (sic). Aliases: reseverd. */
                reserved?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Backup type; not explained by the vendor document. Switchboard makes full backups only: empty or full; anything else (differential…) is refused. */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DbbackupResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    dbfailover: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Only check whether a failover is possible (and to which database); switch nothing. */
                checkonly?: boolean;
                /** @description Number of the configured database to switch to; the next usable one when absent. */
                forcedbnum?: number;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Restart the service after switching. */
                needrestart?: boolean;
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Reserved; ignored. */
                reserved?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Restore the latest backup into the target database before switching. */
                withrestore?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DbfailoverResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    dbreset: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DbresetResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    dbrestore: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /**
                 * @description The backup file to restore from.
                 * @example switchboard-2026-01-31.db
                 */
                path: string;
                /** @description Reserved; ignored. */
                reserved?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DbrestoreResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    dbrsttgs: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DbrsttgsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    delbanned: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /**
                 * @description IP address to remove from the banned list, or all to clear the list. Aliases: all.
                 * @example 192.0.2.10
                 */
                ip: string;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DelbannedResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    delobj: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /**
                 * @description Which objects to free; the vendor document gives the values but no parameter name.
                 * @example ep
                 */
                obj: "ep" | "logic" | "sqlupd" | "router" | "pred" | "check" | "simall" | "maint" | "logger" | "dbobj" | "all";
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DelobjResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    deluser: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description tb_users.id of the user to delete (either this or u_username). */
                u_id?: number;
                /** @description Username of the user to delete (either this or u_id). */
                u_username?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DeluserResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    deviceid: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DeviceidResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    discall: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description Database id of the call in progress to disconnect.
                 * @example 1
                 */
                dbcallid: number;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["DiscallResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    endpoints: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["EndpointsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    epreg: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Registration state to list (values not given in the vendor document); absent lists every state. */
                regstate?: string;
                /** @description Registration type to list (values not given in the vendor document); absent lists every type. */
                regtype?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["EpregResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    fastregusers: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Which cache entries to list (the vendor document gives the values succ/all and no name or default). */
                filter?: "succ" | "all";
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["FastregusersResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    fastusers: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["FastusersResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    file: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description File to send, relative to the server directory (not listed in the vendor document; named as in getfile). Absent: the folder's listing.
                 * @example notes.txt
                 */
                filename?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["FileResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    finetune: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["FinetuneResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    forgotpasswordanswer: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The email address of the account.
                 * @example alice@example.com
                 */
                email: string;
                /**
                 * @description The answer to the security question.
                 * @example Rex
                 */
                forgotpasswordanswer: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ForgotpasswordanswerResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    forgotpasswordquestion: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The email address of the account.
                 * @example alice@example.com
                 */
                email: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ForgotpasswordquestionResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    fs: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["FsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    ftpst: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["FtpstResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    gencdr: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Percentage of calls that connect; the others are missed (duration 0, cost 0). */
                connected?: number;
                /** @description How many CDRs to write. */
                count?: number;
                /** @description Spread the call start times over the last this many days (1: the last 24 hours). */
                days?: number;
                /** @description Direction of the generated calls. */
                dir?: "out" | "in" | "all";
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description Longest duration of a connected call, in seconds. */
                maxduration?: number;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Random seed: the same seed and parameters write the same calls. */
                seed?: number;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Username or id of the user the calls belong to; without it, every enabled enduser in turn. */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GencdrResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    getconfroom: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GetconfroomResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    getdetails: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description How much detail: min, normal or max (the vendor document gives no default; Switchboard uses normal). */
                mode?: "min" | "normal" | "max";
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GetdetailsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    getfield: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description The field to filter on; when absent guessed among username, callerid and userid ("auto guess (username/callerid/userid)"). */
                filterfieldname?: string;
                /** @description Type of filterfieldvalue (the types setfield's fieldtype takes); guessed from the value when absent ("auto guess"). */
                filterfieldtype?: "string" | "int" | "float";
                /**
                 * @description The value the filter field must equal ("mandatory").
                 * @example alice
                 */
                filterfieldvalue: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description The field whose value to answer. */
                retfieldname?: string;
                /** @description The table to read. */
                table?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GetfieldResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    getfile: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description File to read, relative to the server directory.
                 * @example notes.txt
                 */
                filename: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GetfileResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    getini: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description The vendor ini file the key belongs to; the main configuration when absent. */
                file?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /**
                 * @description The key (option name) to read.
                 * @example callbackaccessnumber
                 */
                key: string;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description The ini section; the global section when absent. */
                section?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GetiniResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    getphonenumber: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description How many free numbers to return (from the example; not in the parameter list).
                 * @example 3
                 */
                count?: number;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GetphonenumberResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    gk: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GkResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    gwrst: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["GwrstResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    heartbeat: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description How deep the heartbeat check goes. */
                mode?: "quick" | "full";
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["HeartbeatResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    help: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["HelpResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    hourlymaint: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["HourlymaintResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    info: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["InfoResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    jppget: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The URL to fetch: an API request of this server, or a remote http(s) URL when enablejsonp is 2.
                 * @example https://example.com/
                 */
                url: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["JppgetResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    keepalive: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["KeepaliveResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    lists: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ListsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    listusers: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Answer the extended field set. */
                u_extended?: boolean;
                /** @description Most users to return. */
                u_maxcount?: number;
                /** @description tb_users column to order by, optionally followed by asc or desc. */
                u_order?: string;
                /** @description Only users of this type (absent: all types). The vendor document lists no values but numbers user types elsewhere (0 for end users in its SQL examples; 0, 5, 9 for addserver's u_type, the same parameter name in the same command list): both the numbers and Switchboard's type names are accepted. */
                u_type?: "enduser" | "reseller" | "admin" | "srvadmin" | "support" | "sipserver" | "trunk" | 0 | 5 | 9;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ListusersResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    loadinifiles: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description The ini file to load, or all. */
                file?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description The vendor module whose ini file to load. */
                module?: string;
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["LoadinifilesResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    lockphonenumber: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /**
                 * @description The number to reserve (from the example; not in the parameter list).
                 * @example 3456
                 */
                num: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["LockphonenumberResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    locks: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["LocksResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    log: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["LogResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    login: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["LoginResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    logrename: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["LogrenameResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    logsearch: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description Most matching lines to answer (the latest ones). */
                lines?: number;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description The text to look for in the log lines (case-insensitive); absent or empty: every line. Aliases: message. */
                txt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["LogsearchResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    mantreset: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["MantresetResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    monthlymaint: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["MonthlymaintResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    newuser: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Starting credit in the account currency. */
                credit?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Postal address. */
                u_address?: string;
                /** @description Country. */
                u_country?: string;
                /** @description Account currency, ISO 4217 code. */
                u_currency?: string;
                /** @description Email address. */
                u_email?: string;
                /** @description Full name. */
                u_name?: string;
                /**
                 * @description Password of the new account (as newuseri).
                 * @example S3cret-pass
                 */
                u_password: string;
                /** @description Phone number. */
                u_phone?: string;
                /**
                 * @description Username of the new account (as newuseri).
                 * @example alice
                 */
                u_username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["NewuserResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    newuserevent: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["NewusereventResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    newuseri: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description Starting credit in the account currency (sent by every seed example, not in the parameter list).
                 * @example 5
                 */
                credit?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description Postal address.
                 * @example x
                 */
                u_address?: string;
                /**
                 * @description Country (examples send USA, AU).
                 * @example USA
                 */
                u_country?: string;
                /**
                 * @description Account currency, ISO 4217 code (examples: USD, AUD).
                 * @example USD
                 */
                u_currency?: string;
                /**
                 * @description Email address.
                 * @example alice@example.com
                 */
                u_email?: string;
                /**
                 * @description Full name.
                 * @example NAME
                 */
                u_name?: string;
                /**
                 * @description Password of the new account.
                 * @example PASSWORD
                 */
                u_password: string;
                /**
                 * @description Phone number.
                 * @example 15551234567
                 */
                u_phone?: string;
                /**
                 * @description Username of the new account.
                 * @example NEWUSERNAME
                 */
                u_username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["NewuseriResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    newusersevent: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["NewuserseventResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    newuseru: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description Identifier of the signing-up device (sent by the examples, not in the parameter list); used to limit sign-ups per device.
                 * @example DEVICEID
                 */
                deviceid?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description Postal address.
                 * @example x
                 */
                u_address?: string;
                /**
                 * @description Country (code or name: the examples send USA, AU).
                 * @example USA
                 */
                u_country?: string;
                /**
                 * @description Account currency, ISO 4217 code (USD, AUD ...).
                 * @example USD
                 */
                u_currency?: string;
                /**
                 * @description Email address.
                 * @example alice@example.com
                 */
                u_email?: string;
                /**
                 * @description Full name.
                 * @example NAME
                 */
                u_name?: string;
                /**
                 * @description Password of the new account.
                 * @example PASSWORD
                 */
                u_password: string;
                /**
                 * @description Phone number.
                 * @example 15551234567
                 */
                u_phone?: string;
                /**
                 * @description Username (SIP username) of the new account.
                 * @example NEWUSERNAME
                 */
                u_username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["NewuseruResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    normalizechk: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The called number to normalise.
                 * @example 15551234567
                 */
                called: string;
                /** @description The caller number (rules may depend on it); normalised too. */
                caller?: string;
                /** @description The country the numbers are dialled from (ISO code or country calling code); the server's default when absent. */
                country?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["NormalizechkResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    p2p: {
        parameters: {
            query?: {
                /**
                 * @description First number (old API form, sent by the examples); when present, bnum is the second. Aliases: phone1, from.
                 * @example 15551234567
                 */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description First number of the listed form [bnum, cnum]; the second number when anum is given. Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum?: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Second number of the listed form [bnum, cnum]. Aliases: phone3. */
                cnum?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description you can set the waitfor to 1 or 2 to wait for the call connect or failure (the vendor document does not tell 1 from 2). */
                waitfor?: 0 | 1 | 2;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["P2pResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    parsegsmcdr: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /**
                 * @description The log file to reparse.
                 * @example main.log
                 */
                logfile: string;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ParsegsmcdrResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    pcrst: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["PcrstResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    pgetfile: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description File name relative to the file storage folder (subfolders with /).
                 * @example notes.txt
                 */
                filename: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["PgetfileResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    pputfile: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The file content, base64 encoded (standard alphabet; the URL-safe - _ variants are accepted).
                 * @example SGVsbG8gZnJvbSBTd2l0Y2hib2FyZAo=
                 */
                filedata: string;
                /**
                 * @description File name relative to the file storage folder (subfolders with /).
                 * @example notes.txt
                 */
                filename: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["PputfileResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    preauth: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["PreauthResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    predectivet: {
        parameters: {
            query: {
                /**
                 * @description What to do with the predictive dialer thread (the vendor document's [start,stop,restart], name not given).
                 * @example start
                 */
                action: "start" | "stop" | "restart";
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["PredectivetResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    presenceGet: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description SIP domain of the users. */
                domain?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description ptype have to be set to 1 if called from timer and 0 when at start. */
                ptype?: 0 | 1;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Several users, comma separated, instead of userusername. */
                userlist?: string[];
                /** @description One user whose presence is requested (or give userlist). */
                userusername?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["PresenceGetResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    presenceSet: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /**
                 * @description The presence status string.
                 * @example Available
                 */
                pstatus: string;
                /** @description ptype have to be set 0 when called at start, otherwise 1. */
                ptype?: 0 | 1;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["PresenceSetResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    putfile: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The file content, base64 encoded.
                 * @example SGVsbG8gZnJvbSBTd2l0Y2hib2FyZAo=
                 */
                filedata: string;
                /**
                 * @description File to write, relative to the server directory.
                 * @example notes.txt
                 */
                filename: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["PutfileResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    querylist: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["QuerylistResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    quickstat: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["QuickstatResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    rating: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description The called number or prefix to rate (PREFIX_OR_NUMBER, CALLEDNUMBER). Aliases: phone2, to, anum.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["RatingResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    rebill: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Which calls: started today, yesterday, lastweek (7 days), lastmonth (30 days), thismonth, or in the last N days (1 = today); UTC calendar days including today. Absent (rebill called bare, as the vendor document lists it): a dry run of today, so nothing is re-billed by accident. */
                days?: string;
                /** @description yes: answer what would change and change nothing. */
                dryrun?: boolean;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Username or id of the user whose calls to re-bill; without it, every user's. */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["RebillResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    regstat: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["RegstatResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    reguser: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description Empty (or absent): normal listing of the registered users; "all": detailed list for all users; a username: only that exact user (register state of one user).
                 * @example USER_TO_QUERY
                 */
                usr?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ReguserResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    reindexncache: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ReindexncacheResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    reload: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ReloadResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    reloadapikeys: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ReloadapikeysResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    reloaddialplan: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ReloaddialplanResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    reloadnumdircache: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ReloadnumdircacheResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    reports: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ReportsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    resetp: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ResetpResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    restart: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description What to restart. "server means OS restart!" */
                what?: "service" | "server" | "database" | "force";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["RestartResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    routingtest: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description Called (B) number of the simulated call.
                 * @example 15551234567
                 */
                called: string;
                /** @description Caller (A) number of the simulated call. */
                caller?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description Source IP address of the simulated call (IPv4 or IPv6); absent means a call from a local user. */
                ip?: string;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["RoutingtestResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    rulesreload: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["RulesreloadResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    saveinifiles: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description The ini file to write, or all. */
                file?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description The vendor module whose ini file to write. */
                module?: string;
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Only the keys not saved yet (not explained further by the vendor document). */
                notsaved?: boolean;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SaveinifilesResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    savesettings: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SavesettingsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    search: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description Most users to return (not named by the vendor document). */
                maxcount?: number;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Search text (not named by the vendor document); absent or empty: every user, the first maxcount by username. Aliases: message. */
                txt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SearchResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendamsg: {
        parameters: {
            query: {
                /**
                 * @description Id of the agent to message, or all for every agent.
                 * @example 1
                 */
                agentid: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The message. Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendamsgResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendccinfo: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendccinfoResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendfax: {
        parameters: {
            query: {
                /** @description Sender (from) fax number; the user's own number when absent. Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Destination (to) fax number. Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description Name of the document to send, a file stored for the user (for example by pputfile); no path.
                 * @example notes.txt
                 */
                filename: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendfaxResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendim: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description The recipient user (username or number); or give buserlist. Aliases: phone2, to. */
                bnum?: string;
                /** @description Several recipient users, comma separated, instead of bnum. */
                buserlist?: string[];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The chat message. Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendimResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendmail: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Sender email address; can be empty. */
                from?: string;
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Subject line. */
                subject?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description Recipient email address.
                 * @example alice@example.com
                 */
                to: string;
                /**
                 * @description The message body (message). Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendmailResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendsms: {
        parameters: {
            query: {
                /** @description The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the PHP client sends it); the SMS account's sourceAddr when absent. Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Destination mobile number (to; telnumber in the older edition). Aliases: phone2, to, telnumber.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The SMS text (message). Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendsmsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendsmssync: {
        parameters: {
            query: {
                /** @description The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the PHP client sends it); the SMS account's sourceAddr when absent. Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Destination mobile number (to). Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The SMS text (message). Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendsmssyncResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendsmsunicode: {
        parameters: {
            query: {
                /** @description The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the PHP client sends it); the SMS account's sourceAddr when absent. Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Destination mobile number (to; telnumber in the older edition). Aliases: phone2, to, telnumber.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The SMS text (message), any Unicode characters. Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendsmsunicodeResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sendsmsunicodesync: {
        parameters: {
            query: {
                /** @description The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the PHP client sends it); the SMS account's sourceAddr when absent. Aliases: phone1, from. */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Destination mobile number (to). Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The SMS text (message), any Unicode characters. Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SendsmsunicodesyncResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    servicerst: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ServicerstResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    setfastregpwd: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SetfastregpwdResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    setfield: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The field (column) to update; for user logins one of the fields listed in the description.
                 * @example email
                 */
                fieldname: string;
                /** @description How to store fieldvalue ("fieldtype:string/int/float"); the vendor document gives no default, Switchboard takes string. */
                fieldtype?: "string" | "int" | "float";
                /** @description The new value, converted according to fieldtype; empty sets an empty value. */
                fieldvalue?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description The id of the row to update; for user logins their own tb_users.id (the default; any other id is refused), for admins the row's id in table (the authenticated or targetuser user's tb_users.id when absent). */
                rowid?: number;
                /** @description Not explained by the vendor document; read as: perform the update synchronously and answer its real result (otherwise it may be queued, like custom SQL without the * prefix). */
                sync?: boolean;
                /** @description The table (admin form only; user logins can only update tb_users). By name, or first in the admin form's positional order (see the description). */
                table?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SetfieldResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    setini: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description The vendor ini file the key belongs to; the main configuration when absent. */
                file?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /**
                 * @description The key (option name) to write.
                 * @example callbackaccessnumber
                 */
                key: string;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description The ini section (the part in [brackets]); the global section when absent. */
                section?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description The value to write; empty clears it. */
                value?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SetiniResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    setip: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Network card (adapter) name. */
                cardname?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Default gateway. */
                gateway?: string;
                /** @description Gateway metric. */
                gwmetric?: number;
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description New IP address. */
                ip?: string;
                /** @description Subnet mask. */
                mask?: string;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SetipResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    shortinfo: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ShortinfoResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    showcfg: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ShowcfgResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    showlog: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description How many of the last lines to show (the vendor document gives no limit or default). */
                lines?: number;
                /** @description Which log file to show (no name or default given in the vendor document; main assumed). */
                log?: "main" | "sip" | "gk" | "sh" | "tcp";
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ShowlogResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sipreset: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SipresetResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    sms: {
        parameters: {
            query: {
                /**
                 * @description The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the PHP client sends it); the SMS account's sourceAddr when absent. Aliases: phone1, from.
                 * @example PHONE1
                 */
                anum?: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Destination mobile number (to). Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The SMS text. Aliases: message.
                 * @example TEXT
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SmsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    smsreceive: {
        parameters: {
            query: {
                /**
                 * @description Sender number of the inbound SMS (parameter not listed in the vendor document). Aliases: phone1, from.
                 * @example 15551234567
                 */
                anum: string;
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Recipient number (a user's DID or number; parameter not listed in the vendor document). Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description The message text (parameter not listed in the vendor document). Aliases: message. */
                txt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SmsreceiveResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    status: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["StatusResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    stopscanner: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["StopscannerResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    syncmedia: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SyncmediaResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    syncusers: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Documented by name only; its meaning is not given in the vendor document. */
                oop?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["SyncusersResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    tbackup: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["TbackupResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    threadlist: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ThreadlistResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    threads: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ThreadsResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    threads2: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["Threads2Result"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    timezoneset: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["TimezonesetResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    toclient: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The client service's IP address or its username ("clientip or username"). Aliases: username.
                 * @example 192.0.2.10
                 */
                clientip: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The message to send. Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ToclientResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    toip: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description A call number or count; not explained further by the vendor document. */
                callnum?: string;
                /** @description The SIM's credit. */
                credit?: string;
                /** @description Number to dial (not explained further by the vendor document). */
                dialnum?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description The SIM addressed. */
                simid?: number;
                /** @description The SIMs concerned; not explained further by the vendor document. */
                sims?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["ToipResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    towgw: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The gateway service's IP address or its username ("clientip or username"). Aliases: username.
                 * @example 192.0.2.10
                 */
                clientip: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The message to send. Aliases: message.
                 * @example Hello from Switchboard
                 */
                txt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["TowgwResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    transfercredit: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description The amount to transfer, in the sender's account currency; must be positive.
                 * @example 10.00
                 */
                credit: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description The user receiving the credit (user B).
                 * @example alice
                 */
                username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["TransfercreditResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    tunnelinfo: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["TunnelinfoResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    tunnelinfoex: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["TunnelinfoexResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    tunnellist: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["TunnellistResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    unittest: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description A test-specific parameter; none of the tests takes one, so it is ignored. */
                parameter?: string;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description How long the load test runs, in seconds (the vendor document gives no unit; at most a minute, as it holds the request). */
                testtime?: number;
                /** @description Which test to run; all tests when absent. The vendor document lists no values, so any is accepted: the known ones here are all (database, state and sql, and load when testtime is given), database (a write and read back, rolled back), state (the shared state, memory or Redis), sql (a statement with bound parameters through the SQL runner) and load (parallel database round trips for testtime seconds), matched ignoring case; any other answers OK with a line saying it is not a known test here. */
                testtype?: string;
                /** @description Parallel workers of the load test. */
                threads?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["UnittestResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    unreg: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description Only the registrations from this IP address (absent: all of the user's registrations). */
                ip?: string;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description If mode if 1 then remove instead of unreg (sic). */
                mode?: 0 | 1;
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description User to unregister, or all for every user. */
                username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["UnregResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    updcdrdir: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["UpdcdrdirResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    upgradeall: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Which client services to upgrade. The vendor document gives the values but no parameter name. */
                clients?: 0 | 1 | 2;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["UpgradeallResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    verifyuser: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description Username of the user whose status is requested.
                 * @example alice
                 */
                userusername: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["VerifyuserResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    version: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["VersionResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    voicehere: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /**
                 * @description Database id of the call in progress to listen to.
                 * @example 1
                 */
                dbcallid: number;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["VoicehereResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    voicehere2: {
        parameters: {
            query: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description User whose current call to listen to.
                 * @example alice
                 */
                username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["Voicehere2Result"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    voicerecdownload: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Called number of the call. */
                called?: string;
                /** @description Caller number or username of the call. */
                caller?: string;
                /** @description SIP Call-ID of the call (tb_cdrs.sipcallid). */
                callid?: string;
                /**
                 * @description Id of the CDR record.
                 * @example 737075
                 */
                cdrid?: number;
                /**
                 * @description Calls of this period: today, yesterday, lastweek, lastmonth, thismonth or a number of days.
                 * @example lastmonth
                 */
                days?: string;
                /**
                 * @description Audio format of the download.
                 * @example 1
                 */
                format?: 1 | 2 | 3 | 4;
                /** @description Calls started at or after this time. */
                fromdt?: string;
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /**
                 * @description Most recordings to return.
                 * @example 1
                 */
                maxrecords?: number;
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Calls of the users under this parent user (reseller). */
                parentuserid?: number;
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /** @description Calls started before this time. */
                todt?: string;
                /** @description Calls of this user. */
                userid?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["VoicerecdownloadResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    vsiprst: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["VsiprstResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    webrst: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["WebrstResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    weeklymaint: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["WeeklymaintResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    willstop: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["WillstopResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
    wsuser: {
        parameters: {
            query?: {
                /** @description The function name (the command). */
                apientry?: components["parameters"]["apientry"];
                /** @description Client salt for authmd5 (name of authsalt1 in the older edition). */
                authsalt?: components["parameters"]["authsalt"];
                /** @description Client salt for authmd5. */
                authsalt1?: components["parameters"]["authsalt1"];
                /** @description Second client salt, used with the nonce (authv3). */
                authsalt2?: components["parameters"]["authsalt2"];
                /**
                 * @description Brand name shown by the web softphone.
                 * @example brand
                 */
                brandname?: string;
                /** @description JSONP callback function name. */
                callback?: components["parameters"]["callback"];
                /** @description Company name (the example spells it companyame). Aliases: companyame. */
                companyname?: string;
                /** @description Answer format; guessed from the request when absent. */
                format?: components["parameters"]["format"];
                /** @description Switchboard extension: a repeat of a credit-changing request with the same key answers the first result and changes nothing; the same key with a different request is refused. */
                idempotencykey?: components["parameters"]["idempotencykey"];
                /** @description The whole request XOR+Base64 encrypted with httpapiencryptkey. */
                mcrfs?: components["parameters"]["mcrfs"];
                /** @description Tracking parameter; ignored. */
                new?: components["parameters"]["new"];
                /** @description The leading characters of the nonce answered by preauth. */
                nonce?: components["parameters"]["nonce"];
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Admins act as this user. */
                targetuser?: components["parameters"]["targetuser"];
                /**
                 * @description Address (IP) of the upper SIP server.
                 * @example IP
                 */
                upperserver?: string;
                /**
                 * @description Domain of the upper SIP server.
                 * @example DOMAIN
                 */
                upperserverdomain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
            /** @description code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 200;
                        data: components["schemas"]["WsuserResult"];
                        /** @constant */
                        status: "OK";
                    } | {
                        /** @constant */
                        code: 499;
                        error: components["schemas"]["MizuError"];
                        /** @constant */
                        status: "ERROR";
                    };
                    "application/xml": components["schemas"]["MizuXmlAnswer"];
                    "text/plain": string;
                };
            };
        };
    };
}
