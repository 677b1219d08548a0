// generated from spec/ — do not edit; run `make generate`
/* eslint-disable */
export interface paths {
    "/xmapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Empty COMMAND; the action is guessed from the parameters (two numbers a p2p call, one number a callback).
         * @description "empty value -action will be guessed from parameters". "general: username password number1, number2 / pincode number" and "general requests will result in a p2p call when at least 2 number are known. If only one number is know, than as a result it will generate a callback to that number. Two numbers can be supplied by sms number, and another number can be known from the sender CLI.". Request path /xmapi/ with no COMMAND. Written /xmapi here: the server answers it and /xmapi/ alike (and /xjava, /xjava/).
         */
        get: operations["empty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xmapi/addcredit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add credit to a user (only from the trusted IP set by httpapiallowedip2).
         * @description "addcredit –add credit (Only from trusted IP set by httpapiallowedip2)". The user to credit is the one named by usr (or usrid) of the envelope; "credit: used for the addcredit operation and adduser operations". "httpapiallowedip2: allowed ip for sensitive operations (eg. addcredit). Requests from this ip (or multiple ip) can be sent without user password", so the examples send usr without pwd, or with md5auth. The vendor document's positional block labelled "add credit" carries a rechargecode (a recharge PIN), not an amount, and is served by charge. Answer "OK or ERROR:reason in clear text".
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
    "/xmapi/adduser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add a new prepaid enduser (only from the trusted IP set by httpapiallowedip2).
         * @description "adduser–add new prepaid enduser (Only from trusted IP set by httpapiallowedip2. For more control use the DB API)". Parameters per the vendor document: u_username and u_password "used for the adduser operations", u_name and u_email "(optional)", credit "used for the addcredit operation and adduser operations". The vendor document does not mark credit optional; Switchboard creates the user with 0 credit when it is absent. The vendor document gives no example. Answer "OK or ERROR:reason in clear text".
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
    "/xmapi/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Credit request: the authenticated user's credit balance.
         * @description "balance -credit request"; "balance request: no parameter expected". Authenticated by usr + pwd or usr + md5auth (the dialect envelope). The vendor document says only that the answer is in clear text; a faithful implementation answers the credit as a decimal number in the account currency, or ERROR:reason.
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
    "/xmapi/cb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Initiate a callback call to a number.
         * @description "cb -initiate callback call". Positional form "callback: username password number (username and password based authentication and the number to be called) / pincode number (pincode based authentication and the number to be called)". "For callbacks you must define the campaign which will have the proper IVR content by the defcallbackivr global configuration setting". Answer "OK or ERROR:reason in clear text".
         */
        get: operations["cb"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xmapi/charge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recharge the user's credit using a recharge PIN.
         * @description "charge –recharge using recharge PIN"; example "Recharge with PIN code" with anum=PINCODE. The vendor document's positional block labelled "add credit" — "username password rechargecode number2 / pincode rechargecode number2 / rechargecode number2" — redeems a recharge code, so it is this command: the recharge code is anum (position 1) and number2 is bnum (position 2). The value of the PIN voucher is added to the user's credit and the voucher is used up; an invalid or already used PIN answers 420.
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
    "/xmapi/cli": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add a PIN-less number (ANI) to the user for A-number based authentication.
         * @description "cli -add pin less number (ANI)". "add cli: anum will be assigned for the user and can be used for A number based authentication". The positional block "register new number: username password number / pincode number" is this command's form. The vendor document gives no example. Answer "OK or ERROR:reason in clear text".
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
    "/xmapi/db": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run any database query (select, update, etc.); only if the authenticated user is an admin.
         * @description "db –any database query (select,update,etc) only if authenticated user type is admin". The vendor document names no parameter for it; the statement travels in txt, as in the v2 "db [txt] {any sql select/insert/update command}". The vendor document does not specify the answer; a faithful implementation answers the rows of a SELECT as text (at most 100, like v2 custom SQL) or OK with the number of affected rows for other statements.
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
    "/xmapi/oop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run any operation defined on the console API, passed in txt.
         * @description "oop –any operation defined on the console API (Command passed by the txt parameter)". The txt value is a console command line (a v2 command name and its parameters); it runs with the access rules of that command, as on the server console (which authenticates as admin). The answer is the console command's own answer. The vendor document gives no example.
         */
        get: operations["oop"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xmapi/p2p": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phone to phone call request: call the first number and connect it to the second.
         * @description "p2p -phone to phone call request". "When the command requires two phone number, then both anum and bnum is used (for example P2P call requests)". SMS/positional form "phone to phone: username password number1 number2 / pincode number1 number2". The call is billed to the authenticated user. Answer "OK or ERROR:reason in clear text".
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
    "/xmapi/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rate request: the user's tariff rate to a destination number or prefix.
         * @description "rating –rate request"; example "Request rate to destination" with anum=PREFIX_OR_NUMBER. The vendor document says only "OK or ERROR:reason in clear text"; Switchboard answers OK with the rate of the longest matching prefix of the user's tariff in the real server's words, or ERROR:reason when no rate matches.
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
    "/xmapi/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send an SMS message.
         * @description "sms -send sms message". txt is the message "when sending text if applicable (for example for SMS)"; bnum is the destination, anum the sender number. SMS commands are accepted only from the httpsmscallbackip addresses when that option is set. Answer "OK or ERROR:reason in clear text". Served by the Mizu v2 sms (queued, charged at the SMS price).
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddcreditResult: {
            message?: string;
        };
        AdduserResult: {
            message?: string;
        };
        BalanceResult: {
            /** Format: decimal */
            value: string;
        };
        CbResult: {
            message?: string;
        };
        ChargeResult: {
            message?: string;
        };
        CliResult: {
            message?: string;
        };
        DbResult: {
            text: string;
        };
        EmptyResult: {
            message?: string;
        };
        /** @enum {string} */
        ErrorCode: "unknown-command" | "auth-failed" | "access-denied" | "banned" | "nonce-required" | "user-not-found" | "not-found" | "pin-invalid" | "missing-number" | "missing-parameter" | "invalid-parameter" | "bad-request" | "request-too-large" | "duplicate" | "insufficient-credit" | "command-failed" | "rate-limited" | "not-implemented" | "unsupported" | "internal" | "unavailable" | "incorrect-hash";
        OopResult: {
            text: string;
        };
        P2pResult: {
            message?: string;
        };
        RatingResult: {
            value: string;
        };
        SmsResult: {
            message?: string;
        };
    };
    responses: never;
    parameters: {
        /** @description Tracking parameter; ignored. */
        now: string;
        /** @description Pincode authentication (callingcardauth). */
        pin: string;
        /** @description tb_users id, instead of usr. */
        usrid: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    empty: {
        parameters: {
            query: {
                /**
                 * @description number1: the only number (callback to it) or the first number of a p2p call. Aliases: phone1, from.
                 * @example 15551234567
                 */
                anum: string;
                /** @description number2: when present, a p2p call connects number1 to number2. Aliases: phone2, to. */
                bnum?: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    addcredit: {
        parameters: {
            query: {
                /**
                 * @description The amount (AMMOUNT) added to the user's credit, in the account currency; a negative amount deducts.
                 * @example 10.00
                 */
                credit: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    adduser: {
        parameters: {
            query: {
                /** @description Initial credit of the new prepaid user, in the account currency. */
                credit?: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description Email address of the new user (optional). */
                u_email?: string;
                /** @description Full name of the new user (optional). */
                u_name?: string;
                /**
                 * @description Password of the new user.
                 * @example S3cret-pass
                 */
                u_password: string;
                /**
                 * @description Username (SIP username) of the new user.
                 * @example alice
                 */
                u_username: string;
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    balance: {
        parameters: {
            query?: {
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    cb: {
        parameters: {
            query: {
                /**
                 * @description The number to be called back; when it answers, the defcallbackivr campaign runs. Aliases: phone1, from.
                 * @example 15551234567
                 */
                anum: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    charge: {
        parameters: {
            query: {
                /**
                 * @description The recharge PIN (rechargecode, PINCODE) to redeem.
                 * @example PINCODE
                 */
                anum: string;
                /** @description number2 of the positional form: the number of the account to recharge; the authenticated user when absent. Aliases: phone2, to. */
                bnum?: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    cli: {
        parameters: {
            query: {
                /**
                 * @description The caller number (ANI) to assign to the user. Aliases: phone1, from.
                 * @example 15551234567
                 */
                anum: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    db: {
        parameters: {
            query: {
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /**
                 * @description The SQL statement to run. Aliases: message.
                 * @example select id, username from tb_users
                 */
                txt: string;
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    oop: {
        parameters: {
            query: {
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /**
                 * @description The console command line to execute. Aliases: message.
                 * @example version
                 */
                txt: string;
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    p2p: {
        parameters: {
            query: {
                /**
                 * @description A number (number 1): the first phone called. Aliases: phone1, from.
                 * @example 15551234567
                 */
                anum: string;
                /**
                 * @description B number (number 2): the phone the first one is connected to. Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    rating: {
        parameters: {
            query: {
                /**
                 * @description The destination number or prefix to rate (PREFIX_OR_NUMBER). Aliases: phone1, from.
                 * @example 15551234567
                 */
                anum: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                /**
                 * @description B number (number 2): the destination mobile number. Aliases: phone2, to.
                 * @example 15551234567
                 */
                bnum: string;
                /** @description Tracking parameter; ignored. */
                now?: components["parameters"]["now"];
                /** @description Pincode authentication (callingcardauth). */
                pin?: components["parameters"]["pin"];
                /**
                 * @description The SMS text. Aliases: message.
                 * @example TEXT
                 */
                txt: string;
                /** @description tb_users id, instead of usr. */
                usrid?: components["parameters"]["usrid"];
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
                    "text/plain": string;
                };
            };
            /** @description OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
}
