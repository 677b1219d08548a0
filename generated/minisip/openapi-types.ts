// generated from spec/ — do not edit; run `make generate`
/* eslint-disable */
export interface paths {
    "/openapi/anacldnbr/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete an analyze-called-number record. */
        post: operations["anacldnbrDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/anacldnbr/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of analyze-called-number records, 20 a page. */
        post: operations["anacldnbrList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/anacldnbr/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query details of one analyze-called-number record.
         * @description All return values are as same as the result in chapter "List".
         */
        post: operations["anacldnbrQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/anacldnbr/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update an analyze-called-number record (upsert by dialPlan and calledNbr; fields not sent keep their value).
         * @description "Other parameters defined in the return values of "List" are optional." A rule whose routeType is 2 without servID, or 6 without rtGroupID, is refused with invalid-parameter, and so is changeInd 1 without tranID and a servID, extLine, rtGroupID, tranID or clrRefineID that names nothing.
         */
        post: operations["anacldnbrSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/anaclrnbr/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete an analyze-caller-number record. */
        post: operations["anaclrnbrDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/anaclrnbr/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of analyze-caller-number records, 20 a page. */
        post: operations["anaclrnbrList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/anaclrnbr/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query details of one analyze-caller-number record.
         * @description All return values are as same as the result in chapter "List".
         */
        post: operations["anaclrnbrQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/anaclrnbr/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update an analyze-caller-number record (upsert by callerNbr; every field required).
         * @description "All parameters defined in the return values of "List" are required." The vendor document's sample also sends "groupID":1, which is not a field of this object; it is accepted and ignored so that the vendor's own sample request works. tranID 0 means no transition, otherwise it must name an existing one; an empty dialPlan keeps the caller's.
         */
        post: operations["anaclrnbrSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/extline/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an external line.
         * @description Refused (command-failed) while an analyze-called-number rule, a routing group, another line's chain or a local user's specextline names the line.
         */
        post: operations["extlineDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/extline/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of external lines, 20 a page. */
        post: operations["extlineList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/extline/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Query details of one external line. */
        post: operations["extlineQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/extline/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update an external line (upsert by extLine; fields not sent keep their value).
         * @description "Other parameters are optional and defined as same as the return results in chapter "query"." Registering the line on the remote server and carrying its calls needs the SIP edge; the configuration itself is stored and answered without it. The password is stored encrypted and answered masked (***); sent back masked it stays as it was. chain must name another existing line (empty: none).
         */
        post: operations["extlineSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hgdect/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a hunting-group detection record. */
        post: operations["hgdectDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hgdect/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of hunting-group detection records, 20 a page. */
        post: operations["hgdectList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hgdect/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query details of one hunting-group detection record.
         * @description All return values are as same as the result in chapter "List".
         */
        post: operations["hgdectQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hgdect/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a hunting-group detection record (upsert by dialPlan and calledNbr; every field required).
         * @description "All parameters are mandatory and defined as same as the return result in chapter "List"." grpID must name an existing hunting group; the called number must match exactly.
         */
        post: operations["hgdectSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hginfo/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a hunting group.
         * @description Deletes the group with its operator records; refused (command-failed) while a detection record (hgdect) names it.
         */
        post: operations["hginfoDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hginfo/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of hunting groups, 20 a page. */
        post: operations["hginfoList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hginfo/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Query details of one hunting group. */
        post: operations["hginfoQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hginfo/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a hunting group (upsert by grpID; strategy is required, other fields not sent keep their value).
         * @description "Other parameters are optional and defined as same as the return result in chapter "Query"."
         */
        post: operations["hginfoSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hgoper/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a hunting-group operator record. */
        post: operations["hgoperDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hgoper/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List summary of hunting-group operators, 20 a page.
         * @description "This interface might require a parameter." (pageIndex, optional as for every list).
         */
        post: operations["hgoperList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/hgoper/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a hunting-group operator record (upsert by oper; every field required).
         * @description "All parameters are mandatory and defined as same as the return result in chapter "List"." oper must be a local user and grpID an existing hunting group; linear hunting tries operators in the order they were added.
         */
        post: operations["hgoperSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/localuser/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a local user.
         * @description Deletes the account (the same user Mizu sees) with its hunting-group operator record.
         */
        post: operations["localuserDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/localuser/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of local users, 20 a page. */
        post: operations["localuserList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/localuser/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Query details of one local user. */
        post: operations["localuserQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/localuser/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a local user (upsert by usrname; fields not sent keep their value).
         * @description "Other parameters are optional and defined as same as the return results in chapter "query"." The vendor document's own example calls this "add a new local user". Adding a user needs usrpwd (an account without a password would be open to anyone); usrpwd sent back in its masked form (***) keeps the password. A name held by an account that is not a local user (admin, reseller, trunk) is refused, and so is a specextline that names no external line.
         */
        post: operations["localuserSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/natran/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a transition record.
         * @description Refused (command-failed) while a refine or analyze rule names the transition.
         */
        post: operations["natranDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/natran/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of transition records, 20 a page. */
        post: operations["natranList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/natran/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query details of one transition record.
         * @description All return values are as same as the result in chapter "List".
         */
        post: operations["natranQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/natran/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a transition record (upsert by tranID; every field required).
         * @description "All parameters defined in the return values of "List" are required." tranStart counts from 0; add inserts prefix at tranStart, replace puts prefix in place of the tranLen characters from tranStart, delete removes them; prefix is inserted exactly as typed. prefix and description are required but may be empty (a delete needs no prefix).
         */
        post: operations["natranSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/peerserver/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a SIP trunk.
         * @description Refused (command-failed) while an analyze-called-number rule, a routing group or another trunk's chainTrunkID names the trunk.
         */
        post: operations["peerserverDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/peerserver/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of SIP trunks, 20 a page. */
        post: operations["peerserverList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/peerserver/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Query details of one SIP trunk. */
        post: operations["peerserverQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/peerserver/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a SIP trunk (upsert by servID; fields not sent keep their value).
         * @description "Other parameters are optional and defined as same as the return results in chapter "query"." chainTrunkID must name another existing trunk (0: none). Calls from servAddr use dialPlan; calls sent to the trunk present callerID (when set) and have their called number refined by the refinecldnbr group ogGroupID.
         */
        post: operations["peerserverSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/refinecldnbr/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a refine-called-number record. */
        post: operations["refinecldnbrDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/refinecldnbr/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of refine-called-number records, 20 a page. */
        post: operations["refinecldnbrList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/refinecldnbr/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query details of one refine-called-number record.
         * @description All return values are as same as the result in chapter "List".
         */
        post: operations["refinecldnbrQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/refinecldnbr/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a refine-called-number record (upsert by groupID and calledPrefix; every field required).
         * @description "All parameters defined in the return values of "List" are required." transID must name an existing transition; description may be empty.
         */
        post: operations["refinecldnbrSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/refineclrnbr/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a refine-caller-number record.
         * @description Refused (command-failed) when it is the last rule of a group that an analyze-called-number rule names (clrRefineID).
         */
        post: operations["refineclrnbrDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/refineclrnbr/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of refine-caller-number records, 20 a page. */
        post: operations["refineclrnbrList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/refineclrnbr/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query details of one refine-caller-number record.
         * @description All return values are as same as the result in chapter "List".
         */
        post: operations["refineclrnbrQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/refineclrnbr/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a refine-caller-number record (upsert by grpID and callerNbr; every field required).
         * @description "All parameters defined in the return values of "List" are required." tranID must name an existing transition; description may be empty.
         */
        post: operations["refineclrnbrSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/route/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an external line or SIP trunk to a routing group.
         * @description "All parameters defined in the return values of chapter "List" are required." The routing group must exist, and the line (routeType 1) or trunk (routeType 2) it names must exist. The unused one of sipTrunkID and extLine is 0 or empty; the members of a group are tried in the order they were added.
         */
        post: operations["routeAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/route/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove an external line or SIP trunk from a routing group.
         * @description "Following parameters are required": all four fields identify the member.
         */
        post: operations["routeDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/route/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of routing-group members, 20 a page. */
        post: operations["routeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/routegroup/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a routing group.
         * @description Deletes the group with its members (route records); refused (command-failed) while an analyze-called-number rule routes to it.
         */
        post: operations["routegroupDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/routegroup/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of routing groups, 20 a page. */
        post: operations["routegroupList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/routegroup/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query details of one routing group.
         * @description "All values are as same as the result of list result."
         */
        post: operations["routegroupQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/routegroup/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a routing group (upsert by groupID; fields not sent keep their value).
         * @description "Other parameters are optional and defined as same as the return results in chapter "List"."
         */
        post: operations["routegroupSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/session/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop the call in progress of a local user number or outside number.
         * @description "miniSIPServer will drop a call according to this number." Switchboard drops every call in progress (placed by callback or p2p, by any process of the server) the number is a party of, with BYE to both legs from the process that placed it, and answers once they are billed. The vendor document does not say what release answers: a bare success, or not-found when no call involves the number.
         */
        post: operations["sessionRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/speeddial/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a speed-dial record. */
        post: operations["speeddialDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/speeddial/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List summary of speed-dial records, 20 a page. */
        post: operations["speeddialList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/speeddial/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Query details of one speed-dial record. */
        post: operations["speeddialQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/speeddial/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update a speed-dial record (upsert by callerNbr and dialedNbr; fields not sent keep their value).
         * @description "Other parameters are optional and defined as same as the return results in chapter "Query"."
         */
        post: operations["speeddialSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/sysinfo/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the system information.
         * @description Answers every field; the passwords (admpwd, dbpwd, smtppwd) are masked.
         */
        post: operations["sysinfoQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/sysinfo/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the system information fields sent; fields not sent keep their value.
         * @description "It is better to query system information firstly, then modify the items you want and update them back to miniSIPServer through this interface." Every field is optional. Because query masks the passwords, a password sent back unchanged in its masked form (***) leaves it as it was. admpwd is accepted masked or unchanged; a new administrator password is refused with a message saying it is minisip.syskey in the configuration file. All fields sent are written together or none is. The vendor document does not say what the update answers; a faithful implementation answers a bare success.
         */
        post: operations["sysinfoUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/version/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the server's version information.
         * @description The vendor document names one return value, verInfo, and no format for it; Switchboard answers its own name and version there (e.g. "Switchboard 1.2.0").
         */
        post: operations["versionQuery"];
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
        AnacldnbrDeleteResult: {
            message?: string;
        };
        AnacldnbrListResult: {
            rows: {
                /** @description Called number prefix */
                calledNbr: string;
                /** @description Call level */
                callLevel: number;
                /** @description Indicator that change called number */
                changeInd: number;
                /** @description Group ID of refining caller number (0: none) */
                clrRefineID: number;
                /** @description Description */
                description: string;
                /** @description Dial plan */
                dialPlan: string;
                /** @description Specific external line */
                extLine: string;
                /** @description Maximum call duration */
                maxDuration: number;
                /** @description Analyze called number again if it is changed. */
                reAnaInd: number;
                /**
                 * @description Route type.
                 * @enum {integer}
                 */
                routeType: 0 | 1 | 2 | 4 | 6;
                /** @description Routing group ID. If route type is "Routing group", this item MUST be configured. */
                rtGroupID: number;
                /** @description SIP trunk ID. If route type is "SIP trunk", this item MUST be configured. */
                servID: number;
                /** @description Transition ID for changing called number. */
                tranID: number;
            }[];
        };
        AnacldnbrQueryResult: {
            /** @description Called number prefix */
            calledNbr: string;
            /** @description Call level */
            callLevel: number;
            /** @description Indicator that change called number */
            changeInd: number;
            /** @description Group ID of refining caller number (0: none) */
            clrRefineID: number;
            /** @description Description */
            description: string;
            /** @description Dial plan */
            dialPlan: string;
            /** @description Specific external line */
            extLine: string;
            /** @description Maximum call duration */
            maxDuration: number;
            /** @description Analyze called number again if it is changed. */
            reAnaInd: number;
            /**
             * @description Route type.
             * @enum {integer}
             */
            routeType: 0 | 1 | 2 | 4 | 6;
            /** @description Routing group ID. If route type is "Routing group", this item MUST be configured. */
            rtGroupID: number;
            /** @description SIP trunk ID. If route type is "SIP trunk", this item MUST be configured. */
            servID: number;
            /** @description Transition ID for changing called number. */
            tranID: number;
        };
        AnacldnbrSetResult: {
            message?: string;
        };
        AnaclrnbrDeleteResult: {
            message?: string;
        };
        AnaclrnbrListResult: {
            rows: {
                /** @description Caller number prefix */
                callerNbr: string;
                /** @description Description */
                description: string;
                /** @description New dial plan */
                dialPlan: string;
                /** @description Transition ID (0: none) */
                tranID: number;
            }[];
        };
        AnaclrnbrQueryResult: {
            /** @description Caller number prefix */
            callerNbr: string;
            /** @description Description */
            description: string;
            /** @description New dial plan */
            dialPlan: string;
            /** @description Transition ID (0: none) */
            tranID: number;
        };
        AnaclrnbrSetResult: {
            message?: string;
        };
        /** @enum {string} */
        ErrorCode: "unknown-command" | "auth-failed" | "access-denied" | "banned" | "nonce-required" | "user-not-found" | "not-found" | "pin-invalid" | "missing-number" | "missing-parameter" | "invalid-parameter" | "bad-request" | "request-too-large" | "duplicate" | "insufficient-credit" | "command-failed" | "rate-limited" | "not-implemented" | "unsupported" | "internal" | "unavailable" | "incorrect-hash";
        ExtlineDeleteResult: {
            message?: string;
        };
        ExtlineListResult: {
            rows: {
                /** @description Description of this record */
                description: string;
                /** @description External line name / number */
                extLine: string;
                /** @description Server address */
                host: string;
                /** @description Destination number for incoming calls. */
                localUser: string;
                /** @description Server port */
                port: number;
                /**
                 * @description State of this line.
                 * @enum {integer}
                 */
                state: 0 | 1 | 2 | 3;
                /**
                 * @description Transport type, such as UDP, TCP.
                 * @enum {integer}
                 */
                transport: 0 | 1;
            }[];
        };
        ExtlineQueryResult: {
            /** @description Automatic attendant indicator. */
            aaInd: number;
            /** @description Authorization ID. */
            authID: string;
            /** @description Indicator that the authorization ID should include address information. */
            authidWithAddrInd: number;
            /** @description Chained line. If current line is failed to make outgoing calls, try its chained line. (empty: none) */
            chain: string;
            /** @description Description of this record. */
            description: string;
            /** @description Indicator that unnecessary to register. */
            donotRegInd: number;
            /** @description External line name / number */
            extLine: string;
            /** @description Server or gateway address */
            host: string;
            /** @description Indicator that record incoming calls. */
            incomingLI: number;
            /** @description Destination number for incoming calls. */
            localUser: string;
            /** @description Maximum concurrent calls. */
            maxCalls: number;
            /** @description Maximum call duration. By default, "0" means no limitation. */
            maxDur: number;
            /** @description Maximum concurrent outgoing calls. Default value is 20. */
            maxMOCalls: number;
            /** @description No answer timer. */
            noAnsTimer: number;
            /** @description Outgoing group ID. */
            ogGroupID: number;
            /** @description Indicator that user original caller number. */
            origCallerNbr: number;
            /** @description Time condition ID of outgoing calls. */
            otcID: number;
            /** @description Send calls through outband proxy. */
            outbandInd: number;
            /** @description Outband server or proxy port. */
            outbandPort: number;
            /** @description Outband server or proxy address. */
            outbandServer: string;
            /** @description Authorization password. */
            password: string;
            /** @description Server or gateway port */
            port: number;
            /** @description Indicator that the line cannot support reINVITE operation. */
            reInviteInd: number;
            /** @description Indicator that this line can be shared by other local users. */
            shareInd: number;
            /**
             * @description State of the line.
             * @enum {integer}
             */
            state: 0 | 1 | 2 | 3;
            /**
             * @description Transport.
             * @enum {integer}
             */
            transport: 0 | 1;
            /**
             * @description External line type.
             * @enum {integer}
             */
            type: 0 | 1;
        };
        ExtlineSetResult: {
            message?: string;
        };
        HgdectDeleteResult: {
            message?: string;
        };
        HgdectListResult: {
            rows: {
                /** @description Called number */
                calledNbr: string;
                /** @description Dial plan */
                dialPlan: string;
                /** @description Group ID */
                grpID: number;
            }[];
        };
        HgdectQueryResult: {
            /** @description Called number */
            calledNbr: string;
            /** @description Dial plan */
            dialPlan: string;
            /** @description Group ID */
            grpID: number;
        };
        HgdectSetResult: {
            message?: string;
        };
        HginfoDeleteResult: {
            message?: string;
        };
        HginfoListResult: {
            rows: {
                /** @description description of record */
                desc: string;
                /** @description group ID */
                grpID: number;
                /** @description operator no-answer timer (seconds) */
                noAnsTmr: number;
                /**
                 * @description hunting-group strategy
                 * @enum {integer}
                 */
                strategy: 1 | 2;
            }[];
        };
        HginfoQueryResult: {
            /** @description description of record */
            desc: string;
            /** @description group ID */
            grpID: number;
            /** @description Maximum call counts in queue. */
            maxCall: number;
            /** @description Maximum waiting duration (seconds) */
            maxDura: number;
            /** @description operator no-answer timer (seconds) */
            noAnsTmr: number;
            /** @description Put the call into queue if all operators are busy (0 no, 1 yes; the vendor document gives the type integer only). */
            queueInd: number;
            /**
             * @description hunt-group strategy
             * @enum {integer}
             */
            strategy: 1 | 2;
        };
        HginfoSetResult: {
            message?: string;
        };
        HgoperDeleteResult: {
            message?: string;
        };
        HgoperListResult: {
            rows: {
                /** @description Login group automatically when login system (0 no, 1 yes; the vendor document gives the type integer only). */
                autoInd: number;
                /** @description Group ID */
                grpID: number;
                /** @description Operator number */
                oper: string;
            }[];
        };
        HgoperSetResult: {
            message?: string;
        };
        LocaluserDeleteResult: {
            message?: string;
        };
        LocaluserListResult: {
            /** @description Current user's address */
            addr: string;
            /** @description description of current local user */
            description: string;
            /** @description display name */
            dispname: string;
            /** @description Registration state: 1 while the user is registered with the SIP registrar, 0 while not (clients show 0 as inactive). */
            state: number;
            /** @description The registered device's user agent (its newest contact's); empty while not registered. */
            userAgent: string;
            /** @description local user name (the user's number) */
            usrname: string;
        }[];
        LocaluserQueryResult: {
            /** @description IP address of current user */
            addr: string;
            /** @description call level */
            calllevel: number;
            /** @description CFB number */
            cfbnbr: string;
            /** @description CFNA number */
            cfnanbr: string;
            /** @description No-answer timer value */
            cfnatmr: number;
            /** @description CFNC number */
            cfncnbr: string;
            /** @description CFU number */
            cfunbr: string;
            /** @description description of current local user */
            description: string;
            /** @description dial plan */
            dialPlan: string;
            /** @description display name */
            dispname: string;
            /** @description e-mail address (empty: none) */
            email: string;
            /** @description End date (an integer; the vendor document does not give its format). */
            enddate: number;
            /** @description destination A of follow-me service */
            fmdesta: string;
            /** @description destination B of follow-me service */
            fmdestb: string;
            /** @description destination C of follow-me service */
            fmdestc: string;
            /** @description interval timer in follow-me service */
            fminterval: number;
            /** @description Follow-me strategy (the vendor document lists no values). */
            fmtype: number;
            /** @description maximum concurrent calls */
            maxcall: number;
            /** @description maximum duration */
            maxdura: number;
            /** @description maximum concurrent outgoing calls */
            momaxcall: number;
            /** @description "pick up" group ID */
            pickupgrpid: number;
            /** @description Port of current user */
            port: number;
            /** @description presence group ID */
            presgrpid: number;
            /** @description auto-attendant service right */
            right_aa: number;
            /** @description "call forward on busy (CFB)" service right */
            right_cfb: number;
            /** @description "call forward on no-answer (CFNA)" service right */
            right_cfna: number;
            /** @description "call forward on not connected/unreachable (CFNC)" service right */
            right_cfnc: number;
            /** @description "call forward unconditional (CFU)" service right */
            right_cfu: number;
            /** @description "caller-id with name" service right */
            right_clrid: number;
            /** @description "call waiting" service right */
            right_cw: number;
            /** @description IP address authorization indicator */
            right_ipauth: number;
            /** @description "music on hold" service right */
            right_moh: number;
            /** @description record outgoing calls */
            right_oli: number;
            /** @description "call park" service right */
            right_park: number;
            /** @description "pick up" service right */
            right_pickup: number;
            /** @description "caller prepaid" service right */
            right_prepaid: number;
            /** @description "relay media stream" service right */
            right_relay: number;
            /** @description "call retrieve" service right */
            right_retrieve: number;
            /** @description ring group service right */
            right_rg: number;
            /** @description "presence of dialog presence" service right */
            right_subpre: number;
            /** @description "suppress ring group if receives incoming call directly" service right */
            right_sup_rg: number;
            /** @description record incoming calls */
            right_tli: number;
            /** @description "voice mail" service right */
            right_vms: number;
            /** @description ring group ID */
            ringgrpid: number;
            /** @description Specific external line for out-group calls (empty: none). */
            specextline: string;
            /** @description local user's state (reported by the server; the vendor document lists no values). */
            state: number;
            /** @description Time condition ID. */
            tcID: number;
            /** @description The registered device's user agent; empty while not registered. */
            userAgent: string;
            /** @description local user name (the user's number) */
            usrname: string;
            /** @description local user's password */
            usrpwd: string;
            /** @description voice mail announcement ID */
            vmannid: number;
        };
        LocaluserSetResult: {
            message?: string;
        };
        MinisipError: {
            error: {
                code: components["schemas"]["ErrorCode"];
                message: string;
            };
            /** @constant */
            result: "error";
        };
        NatranDeleteResult: {
            message?: string;
        };
        NatranListResult: {
            rows: {
                /** @description Description */
                description: string;
                /** @description Prefix or replace string */
                prefix: string;
                /** @description Transition ID */
                tranID: number;
                /** @description Length */
                tranLen: number;
                /** @description Start position. */
                tranStart: number;
                /**
                 * @description Transition type.
                 * @enum {integer}
                 */
                type: 1 | 2 | 3;
            }[];
        };
        NatranQueryResult: {
            /** @description Description */
            description: string;
            /** @description Prefix or replace string */
            prefix: string;
            /** @description Transition ID */
            tranID: number;
            /** @description Length */
            tranLen: number;
            /** @description Start position. */
            tranStart: number;
            /**
             * @description Transition type.
             * @enum {integer}
             */
            type: 1 | 2 | 3;
        };
        NatranSetResult: {
            message?: string;
        };
        PeerserverDeleteResult: {
            message?: string;
        };
        PeerserverListResult: {
            rows: {
                /** @description Description */
                desc: string;
                /** @description Server address */
                servAddr: string;
                /** @description SIP trunk ID */
                servID: number;
                /** @description Server port */
                servPort: number;
                /**
                 * @description IP transport, it is UDP or TCP.
                 * @enum {integer}
                 */
                transport: 0 | 1;
            }[];
        };
        PeerserverQueryResult: {
            /** @description Caller ID in outgoing calls. */
            callerID: string;
            /** @description Next trunk ID if currnet trunk is failed to make outgoing calls. (0: none) */
            chainTrunkID: number;
            /** @description Description */
            desc: string;
            /** @description Dial plan for incoming calls. */
            dialPlan: string;
            /** @description Maximum concurrent incoming calls. */
            iMaxCalls: number;
            /** @description Outgoing group ID */
            ogGroupID: number;
            /** @description Maximum concurrent outgoing calls. */
            oMaxCalls: number;
            /** @description Indicator that relaying media stream for outgoing calls (0 off, 1 on; the vendor document gives the type integer only). */
            orelayMediaInd: number;
            /** @description Time condition ID for outgoing calls. */
            otcID: number;
            /** @description Server address */
            servAddr: string;
            /** @description SIP trunk ID */
            servID: number;
            /** @description Server port */
            servPort: number;
            /**
             * @description IP transport.
             * @enum {integer}
             */
            transport: 0 | 1;
        };
        PeerserverSetResult: {
            message?: string;
        };
        RefinecldnbrDeleteResult: {
            message?: string;
        };
        RefinecldnbrListResult: {
            rows: {
                /** @description Called number prefix */
                calledPrefix: string;
                /** @description Description */
                description: string;
                /** @description Group ID */
                groupID: number;
                /** @description Transition ID */
                transID: number;
            }[];
        };
        RefinecldnbrQueryResult: {
            /** @description Called number prefix */
            calledPrefix: string;
            /** @description Description */
            description: string;
            /** @description Group ID */
            groupID: number;
            /** @description Transition ID */
            transID: number;
        };
        RefinecldnbrSetResult: {
            message?: string;
        };
        RefineclrnbrDeleteResult: {
            message?: string;
        };
        RefineclrnbrListResult: {
            rows: {
                /** @description Caller number prefix */
                callerNbr: string;
                /** @description Description */
                description: string;
                /** @description Group ID */
                grpID: number;
                /** @description Transition ID */
                tranID: number;
            }[];
        };
        RefineclrnbrQueryResult: {
            /** @description Caller number prefix */
            callerNbr: string;
            /** @description Description */
            description: string;
            /** @description Group ID */
            grpID: number;
            /** @description Transition ID */
            tranID: number;
        };
        RefineclrnbrSetResult: {
            message?: string;
        };
        RouteAddResult: {
            message?: string;
        };
        RouteDeleteResult: {
            message?: string;
        };
        RoutegroupDeleteResult: {
            message?: string;
        };
        RoutegroupListResult: {
            rows: {
                /** @description Description of the record */
                description: string;
                /** @description Group ID */
                groupID: number;
            }[];
        };
        RoutegroupQueryResult: {
            /** @description Description of the record */
            description: string;
            /** @description Group ID */
            groupID: number;
        };
        RoutegroupSetResult: {
            message?: string;
        };
        RouteListResult: {
            rows: {
                /** @description External line if routeType is "external line" (empty otherwise). */
                extLine: string;
                /** @description Routing group ID */
                groupID: number;
                /**
                 * @description Routing type.
                 * @enum {integer}
                 */
                routeType: 1 | 2;
                /** @description SIP trunk ID if routeType is "SIP trunk" (0 otherwise). */
                sipTrunkID: number;
            }[];
        };
        SessionReleaseResult: {
            message?: string;
        };
        SpeeddialDeleteResult: {
            message?: string;
        };
        SpeeddialListResult: {
            rows: {
                /** @description caller number */
                callerNbr: string;
                /** @description description of record */
                desc: string;
                /** @description Final destination number */
                destNbr: string;
                /** @description dialed number */
                dialedNbr: string;
            }[];
        };
        SpeeddialQueryResult: {
            /** @description caller number */
            callerNbr: string;
            /** @description description of record */
            desc: string;
            /** @description Final destination number */
            destNbr: string;
            /** @description dialed number */
            dialedNbr: string;
        };
        SpeeddialSetResult: {
            message?: string;
        };
        SysinfoQueryResult: {
            /** @description System administrator password (the syskey of every request). */
            admpwd: string;
            /** @description Callee external line CDR */
            cdrcalledextline: boolean;
            /** @description Callee user CDR */
            cdrcalledusr: boolean;
            /** @description Caller external line CDR */
            cdrcallerextline: boolean;
            /** @description Caller user CDR */
            cdrcallerusr: boolean;
            /** @description Generate fail calls' CDR */
            cdrfailcall: boolean;
            /** @description Save CDR records into local files */
            cdroutput: boolean;
            /** @description Show real-time CDR records */
            cdrshow: boolean;
            /** @description MySQL server address */
            dbaddr: string;
            /** @description Database name in MySQL server */
            dbname: string;
            /** @description MySQL server visit port */
            dbport: number;
            /** @description User's password to visit MySQL database */
            dbpwd: string;
            /** @description User name to visit MySQL database */
            dbusr: string;
            /** @description Event channel port */
            evtChannelPort: number;
            /** @description HTTP server port */
            httpport: number;
            /** @description Outgroup call prefix */
            ogpfx: string;
            /** @description SIP server public address, it could be a domain name. */
            publicaddr: string;
            /** @description SIP domain realm */
            realm: string;
            /** @description RTP start port */
            rtpport: number;
            /** @description SIP server local address(IPv4) */
            sipaddr: string;
            /** @description SIP server local address(IPv6) */
            sipaddr6: string;
            /** @description SIP server UDP port (Switchboard: sip.port; 0 when the SIP edge is off) */
            sipport: number;
            /** @description User's password to visit SMTP server */
            smtppwd: string;
            /** @description SMTP server */
            smtpserv: string;
            /** @description The SMTP server is required TLS connection or not */
            smtptls: boolean;
            /** @description User name to visit SMTP server */
            smtpusr: string;
            /** @description Voice languages (the vendor document gives no list of values). */
            srfannlang: number;
            /** @description Primary STUN server address */
            stunaddr1: string;
            /** @description Second STUN server address */
            stunaddr2: string;
            /** @description Primary STUN server port */
            stunport1: number;
            /** @description Second STUN server port */
            stunport2: number;
            /** @description SIP server TCP port */
            tcpport: number;
            /** @description SIP server TLS port */
            tlsport: number;
        };
        SysinfoUpdateResult: {
            message?: string;
        };
        VersionQueryResult: {
            /** @description miniSIPServer version information. */
            verInfo: string;
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
    anacldnbrDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "dialPlan": "default",
                 *       "calledNbr": "1"
                 *     }
                 */
                "application/json": {
                    /** @description Called number prefix */
                    calledNbr: string;
                    /** @description Dial plan */
                    dialPlan: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnacldnbrDeleteResult"];
                };
            };
        };
    };
    anacldnbrList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnacldnbrListResult"];
                };
            };
        };
    };
    anacldnbrQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "dialPlan": "default",
                 *       "calledNbr": "1"
                 *     }
                 */
                "application/json": {
                    /** @description Called number prefix */
                    calledNbr: string;
                    /** @description Dial plan */
                    dialPlan: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnacldnbrQueryResult"];
                };
            };
        };
    };
    anacldnbrSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "dialPlan": "default",
                 *       "calledNbr": "1",
                 *       "description": "demo record",
                 *       "routeType": 0
                 *     }
                 */
                "application/json": {
                    /** @description Called number prefix */
                    calledNbr: string;
                    /** @description Call level */
                    callLevel?: number;
                    /** @description Indicator that change called number */
                    changeInd?: number;
                    /** @description Group ID of refining caller number (0: none) */
                    clrRefineID?: number;
                    /** @description Description */
                    description?: string;
                    /** @description Dial plan */
                    dialPlan: string;
                    /** @description Specific external line */
                    extLine?: string;
                    /** @description Maximum call duration */
                    maxDuration?: number;
                    /** @description Analyze called number again if it is changed. */
                    reAnaInd?: number;
                    /**
                     * @description Route type.
                     * @enum {integer}
                     */
                    routeType?: 0 | 1 | 2 | 4 | 6;
                    /** @description Routing group ID. If route type is "Routing group", this item MUST be configured. */
                    rtGroupID?: number;
                    /** @description SIP trunk ID. If route type is "SIP trunk", this item MUST be configured. */
                    servID?: number;
                    syskey: string;
                    /** @description Transition ID for changing called number. */
                    tranID?: number;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnacldnbrSetResult"];
                };
            };
        };
    };
    anaclrnbrDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "callerNbr": "1"
                 *     }
                 */
                "application/json": {
                    /** @description Caller number prefix */
                    callerNbr: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnaclrnbrDeleteResult"];
                };
            };
        };
    };
    anaclrnbrList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnaclrnbrListResult"];
                };
            };
        };
    };
    anaclrnbrQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "callerNbr": "1"
                 *     }
                 */
                "application/json": {
                    /** @description Caller number prefix */
                    callerNbr: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnaclrnbrQueryResult"];
                };
            };
        };
    };
    anaclrnbrSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1,
                 *       "callerNbr": "1",
                 *       "description": "demo record",
                 *       "dialPlan": "default",
                 *       "tranID": 1
                 *     }
                 */
                "application/json": {
                    /** @description Caller number prefix */
                    callerNbr: string;
                    /**
                     * @description Description
                     * @default
                     */
                    description: string;
                    /**
                     * @description New dial plan (empty keeps the caller's)
                     * @default
                     */
                    dialPlan: string;
                    /** @description Sent by the vendor document's sample request but not documented as a field; accepted and ignored. */
                    groupID?: number;
                    syskey: string;
                    /** @description Transition ID (0: none) */
                    tranID: number;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnaclrnbrSetResult"];
                };
            };
        };
    };
    extlineDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "extLine": "5678"
                 *     }
                 */
                "application/json": {
                    /** @description External line to be deleted */
                    extLine: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtlineDeleteResult"];
                };
            };
        };
    };
    extlineList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtlineListResult"];
                };
            };
        };
    };
    extlineQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "extLine": "5678"
                 *     }
                 */
                "application/json": {
                    /** @description Name of the external line to be queried. */
                    extLine: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtlineQueryResult"];
                };
            };
        };
    };
    extlineSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "extLine": "5678",
                 *       "host": "10.0.0.1"
                 *     }
                 */
                "application/json": {
                    /** @description Automatic attendant indicator. */
                    aaInd?: number;
                    /** @description Authorization ID. */
                    authID?: string;
                    /** @description Indicator that the authorization ID should include address information. */
                    authidWithAddrInd?: number;
                    /** @description Chained line. If current line is failed to make outgoing calls, try its chained line. (empty: none) */
                    chain?: string;
                    /** @description Description of this record. */
                    description?: string;
                    /** @description Indicator that unnecessary to register. */
                    donotRegInd?: number;
                    /** @description External line to be configured. */
                    extLine: string;
                    /** @description Server or gateway address */
                    host?: string;
                    /** @description Indicator that record incoming calls. */
                    incomingLI?: number;
                    /** @description Destination number for incoming calls. */
                    localUser?: string;
                    /** @description Maximum concurrent calls. */
                    maxCalls?: number;
                    /**
                     * @description Maximum call duration. By default, "0" means no limitation.
                     * @default 0
                     */
                    maxDur?: number;
                    /**
                     * @description Maximum concurrent outgoing calls. Default value is 20.
                     * @default 20
                     */
                    maxMOCalls?: number;
                    /** @description No answer timer. */
                    noAnsTimer?: number;
                    /** @description Outgoing group ID. */
                    ogGroupID?: number;
                    /** @description Indicator that user original caller number. */
                    origCallerNbr?: number;
                    /** @description Time condition ID of outgoing calls. */
                    otcID?: number;
                    /** @description Send calls through outband proxy. */
                    outbandInd?: number;
                    /** @description Outband server or proxy port. */
                    outbandPort?: number;
                    /** @description Outband server or proxy address. */
                    outbandServer?: string;
                    /** @description Authorization password. */
                    password?: string;
                    /** @description Server or gateway port */
                    port?: number;
                    /** @description Indicator that the line cannot support reINVITE operation. */
                    reInviteInd?: number;
                    /** @description Indicator that this line can be shared by other local users. */
                    shareInd?: number;
                    /**
                     * @description State of the line.
                     * @enum {integer}
                     */
                    state?: 0 | 1 | 2 | 3;
                    syskey: string;
                    /**
                     * @description Transport.
                     * @enum {integer}
                     */
                    transport?: 0 | 1;
                    /**
                     * @description External line type.
                     * @enum {integer}
                     */
                    type?: 0 | 1;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtlineSetResult"];
                };
            };
        };
    };
    hgdectDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "dialPlan": "default",
                 *       "calledNbr": "5678"
                 *     }
                 */
                "application/json": {
                    /** @description Called number */
                    calledNbr: string;
                    /** @description Dial plan */
                    dialPlan: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HgdectDeleteResult"];
                };
            };
        };
    };
    hgdectList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HgdectListResult"];
                };
            };
        };
    };
    hgdectQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "dialPlan": "default",
                 *       "calledNbr": "1234"
                 *     }
                 */
                "application/json": {
                    /** @description Called number */
                    calledNbr: string;
                    /** @description Dial plan */
                    dialPlan: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HgdectQueryResult"];
                };
            };
        };
    };
    hgdectSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "dialPlan": "default",
                 *       "calledNbr": "5678",
                 *       "grpID": 1
                 *     }
                 */
                "application/json": {
                    /** @description Called number */
                    calledNbr: string;
                    /** @description Dial plan */
                    dialPlan: string;
                    /** @description Group ID */
                    grpID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HgdectSetResult"];
                };
            };
        };
    };
    hginfoDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "grpID": 1
                 *     }
                 */
                "application/json": {
                    /** @description group ID */
                    grpID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HginfoDeleteResult"];
                };
            };
        };
    };
    hginfoList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HginfoListResult"];
                };
            };
        };
    };
    hginfoQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "grpID": 1
                 *     }
                 */
                "application/json": {
                    /** @description group ID */
                    grpID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HginfoQueryResult"];
                };
            };
        };
    };
    hginfoSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "grpID": 1,
                 *       "strategy": 1
                 *     }
                 */
                "application/json": {
                    /** @description description of record */
                    desc?: string;
                    /** @description group ID */
                    grpID: number;
                    /** @description Maximum call counts in queue. */
                    maxCall?: number;
                    /** @description Maximum waiting duration (seconds) */
                    maxDura?: number;
                    /** @description operator no-answer timer (seconds) */
                    noAnsTmr?: number;
                    /** @description Put the call into queue if all operators are busy (0 no, 1 yes; the vendor document gives the type integer only). */
                    queueInd?: number;
                    /**
                     * @description hunt-group strategy
                     * @enum {integer}
                     */
                    strategy: 1 | 2;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HginfoSetResult"];
                };
            };
        };
    };
    hgoperDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "oper": "100"
                 *     }
                 */
                "application/json": {
                    /** @description Operator number */
                    oper: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HgoperDeleteResult"];
                };
            };
        };
    };
    hgoperList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HgoperListResult"];
                };
            };
        };
    };
    hgoperSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "oper": "100",
                 *       "grpID": 1,
                 *       "autoInd": 1
                 *     }
                 */
                "application/json": {
                    /** @description Login group automatically when login system (0 no, 1 yes; the vendor document gives the type integer only). */
                    autoInd: number;
                    /** @description Group ID */
                    grpID: number;
                    /** @description Operator number */
                    oper: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HgoperSetResult"];
                };
            };
        };
    };
    localuserDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "usrname": "100"
                 *     }
                 */
                "application/json": {
                    syskey: string;
                    /** @description local user name to be deleted */
                    usrname: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocaluserDeleteResult"];
                };
            };
        };
    };
    localuserList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocaluserListResult"];
                };
            };
        };
    };
    localuserQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "usrname": "100"
                 *     }
                 */
                "application/json": {
                    syskey: string;
                    /** @description local user name to be queried */
                    usrname: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocaluserQueryResult"];
                };
            };
        };
    };
    localuserSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "usrname": "100",
                 *       "usrpwd": "100"
                 *     }
                 */
                "application/json": {
                    /** @description IP address of current user */
                    addr?: string;
                    /** @description call level */
                    calllevel?: number;
                    /** @description CFB number */
                    cfbnbr?: string;
                    /** @description CFNA number */
                    cfnanbr?: string;
                    /** @description No-answer timer value */
                    cfnatmr?: number;
                    /** @description CFNC number */
                    cfncnbr?: string;
                    /** @description CFU number */
                    cfunbr?: string;
                    /** @description description of current local user */
                    description?: string;
                    /** @description dial plan */
                    dialPlan?: string;
                    /** @description display name */
                    dispname?: string;
                    /** @description e-mail address (empty: none) */
                    email?: string;
                    /** @description End date (an integer; the vendor document does not give its format). */
                    enddate?: number;
                    /** @description destination A of follow-me service */
                    fmdesta?: string;
                    /** @description destination B of follow-me service */
                    fmdestb?: string;
                    /** @description destination C of follow-me service */
                    fmdestc?: string;
                    /** @description interval timer in follow-me service */
                    fminterval?: number;
                    /** @description Follow-me strategy (the vendor document lists no values). */
                    fmtype?: number;
                    /** @description maximum concurrent calls */
                    maxcall?: number;
                    /** @description maximum duration */
                    maxdura?: number;
                    /** @description maximum concurrent outgoing calls */
                    momaxcall?: number;
                    /** @description "pick up" group ID */
                    pickupgrpid?: number;
                    /** @description Port of current user */
                    port?: number;
                    /** @description presence group ID */
                    presgrpid?: number;
                    /** @description auto-attendant service right */
                    right_aa?: number;
                    /** @description "call forward on busy (CFB)" service right */
                    right_cfb?: number;
                    /** @description "call forward on no-answer (CFNA)" service right */
                    right_cfna?: number;
                    /** @description "call forward on not connected/unreachable (CFNC)" service right */
                    right_cfnc?: number;
                    /** @description "call forward unconditional (CFU)" service right */
                    right_cfu?: number;
                    /** @description "caller-id with name" service right */
                    right_clrid?: number;
                    /** @description "call waiting" service right */
                    right_cw?: number;
                    /** @description IP address authorization indicator */
                    right_ipauth?: number;
                    /** @description "music on hold" service right */
                    right_moh?: number;
                    /** @description record outgoing calls */
                    right_oli?: number;
                    /** @description "call park" service right */
                    right_park?: number;
                    /** @description "pick up" service right */
                    right_pickup?: number;
                    /** @description "caller prepaid" service right */
                    right_prepaid?: number;
                    /** @description "relay media stream" service right */
                    right_relay?: number;
                    /** @description "call retrieve" service right */
                    right_retrieve?: number;
                    /** @description ring group service right */
                    right_rg?: number;
                    /** @description "presence of dialog presence" service right */
                    right_subpre?: number;
                    /** @description "suppress ring group if receives incoming call directly" service right */
                    right_sup_rg?: number;
                    /** @description record incoming calls */
                    right_tli?: number;
                    /** @description "voice mail" service right */
                    right_vms?: number;
                    /** @description ring group ID */
                    ringgrpid?: number;
                    /** @description Specific external line for out-group calls (empty: none). */
                    specextline?: string;
                    /** @description local user's state (reported by the server; the vendor document lists no values). */
                    state?: number;
                    syskey: string;
                    /** @description Time condition ID. */
                    tcID?: number;
                    /** @description local user name to be configured */
                    usrname: string;
                    /** @description local user's password */
                    usrpwd?: string;
                    /** @description voice mail announcement ID */
                    vmannid?: number;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocaluserSetResult"];
                };
            };
        };
    };
    natranDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "tranID": 101
                 *     }
                 */
                "application/json": {
                    syskey: string;
                    /** @description Transition ID */
                    tranID: number;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NatranDeleteResult"];
                };
            };
        };
    };
    natranList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NatranListResult"];
                };
            };
        };
    };
    natranQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "tranID": 101
                 *     }
                 */
                "application/json": {
                    syskey: string;
                    /** @description Transition ID */
                    tranID: number;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NatranQueryResult"];
                };
            };
        };
    };
    natranSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "tranID": 101,
                 *       "type": 2,
                 *       "tranStart": 0,
                 *       "tranLen": 3,
                 *       "prefix": "0105678",
                 *       "description": "demo record"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Description
                     * @default
                     */
                    description: string;
                    /**
                     * @description Prefix or replace string (may be empty: a delete transition needs none)
                     * @default
                     */
                    prefix: string;
                    syskey: string;
                    /** @description Transition ID */
                    tranID: number;
                    /** @description Length */
                    tranLen: number;
                    /** @description Start position. */
                    tranStart: number;
                    /**
                     * @description Transition type.
                     * @enum {integer}
                     */
                    type: 1 | 2 | 3;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NatranSetResult"];
                };
            };
        };
    };
    peerserverDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "servID": 1
                 *     }
                 */
                "application/json": {
                    /** @description ID of the SIP trunk to be deleted. */
                    servID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerserverDeleteResult"];
                };
            };
        };
    };
    peerserverList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerserverListResult"];
                };
            };
        };
    };
    peerserverQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "servID": 1
                 *     }
                 */
                "application/json": {
                    /** @description SIP trunk ID of the SIP trunk to be queried. */
                    servID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerserverQueryResult"];
                };
            };
        };
    };
    peerserverSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "servID": 1,
                 *       "servAddr": "10.0.0.1",
                 *       "servPort": 5678
                 *     }
                 */
                "application/json": {
                    /** @description Caller ID in outgoing calls. */
                    callerID?: string;
                    /** @description Next trunk ID if currnet trunk is failed to make outgoing calls. (0: none) */
                    chainTrunkID?: number;
                    /** @description Description */
                    desc?: string;
                    /** @description Dial plan for incoming calls. */
                    dialPlan?: string;
                    /** @description Maximum concurrent incoming calls. */
                    iMaxCalls?: number;
                    /** @description Outgoing group ID */
                    ogGroupID?: number;
                    /** @description Maximum concurrent outgoing calls. */
                    oMaxCalls?: number;
                    /** @description Indicator that relaying media stream for outgoing calls (0 off, 1 on; the vendor document gives the type integer only). */
                    orelayMediaInd?: number;
                    /** @description Time condition ID for outgoing calls. */
                    otcID?: number;
                    /** @description Server address */
                    servAddr?: string;
                    /** @description ID of the SIP trunk to be configured. */
                    servID: number;
                    /** @description Server port */
                    servPort?: number;
                    syskey: string;
                    /**
                     * @description IP transport.
                     * @enum {integer}
                     */
                    transport?: 0 | 1;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerserverSetResult"];
                };
            };
        };
    };
    refinecldnbrDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1,
                 *       "calledPrefix": "1"
                 *     }
                 */
                "application/json": {
                    /** @description Called number prefix */
                    calledPrefix: string;
                    /** @description Group ID */
                    groupID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefinecldnbrDeleteResult"];
                };
            };
        };
    };
    refinecldnbrList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefinecldnbrListResult"];
                };
            };
        };
    };
    refinecldnbrQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1,
                 *       "calledPrefix": "1"
                 *     }
                 */
                "application/json": {
                    /** @description Called number prefix */
                    calledPrefix: string;
                    /** @description Group ID */
                    groupID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefinecldnbrQueryResult"];
                };
            };
        };
    };
    refinecldnbrSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1,
                 *       "calledPrefix": "1",
                 *       "transID": 1,
                 *       "description": "demo record"
                 *     }
                 */
                "application/json": {
                    /** @description Called number prefix */
                    calledPrefix: string;
                    /**
                     * @description Description
                     * @default
                     */
                    description: string;
                    /** @description Group ID */
                    groupID: number;
                    syskey: string;
                    /** @description Transition ID Aliases: tranID. */
                    transID: number;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefinecldnbrSetResult"];
                };
            };
        };
    };
    refineclrnbrDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "grpID": 1,
                 *       "callerNbr": "1"
                 *     }
                 */
                "application/json": {
                    /** @description Caller number prefix */
                    callerNbr: string;
                    /** @description Group ID */
                    grpID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefineclrnbrDeleteResult"];
                };
            };
        };
    };
    refineclrnbrList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefineclrnbrListResult"];
                };
            };
        };
    };
    refineclrnbrQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "grpID": 1,
                 *       "callerNbr": "1"
                 *     }
                 */
                "application/json": {
                    /** @description Caller number prefix */
                    callerNbr: string;
                    /** @description Group ID */
                    grpID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefineclrnbrQueryResult"];
                };
            };
        };
    };
    refineclrnbrSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "grpID": 1,
                 *       "callerNbr": "1",
                 *       "tranID": 1,
                 *       "description": "demo record"
                 *     }
                 */
                "application/json": {
                    /** @description Caller number prefix */
                    callerNbr: string;
                    /**
                     * @description Description
                     * @default
                     */
                    description: string;
                    /** @description Group ID */
                    grpID: number;
                    syskey: string;
                    /** @description Transition ID */
                    tranID: number;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefineclrnbrSetResult"];
                };
            };
        };
    };
    routeAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1,
                 *       "routeType": 1,
                 *       "extLine": "eee",
                 *       "sipTrunkID": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description External line (empty for a SIP trunk)
                     * @default
                     */
                    extLine: string;
                    /** @description Routing group ID */
                    groupID: number;
                    /**
                     * @description Routing type.
                     * @enum {integer}
                     */
                    routeType: 1 | 2;
                    /**
                     * @description SIP trunk ID (0 for an external line)
                     * @default 0
                     */
                    sipTrunkID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteAddResult"];
                };
            };
        };
    };
    routeDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1,
                 *       "routeType": 1,
                 *       "extLine": "eee",
                 *       "sipTrunkID": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description External line (empty for a SIP trunk)
                     * @default
                     */
                    extLine: string;
                    /** @description Routing group ID */
                    groupID: number;
                    /**
                     * @description Routing type.
                     * @enum {integer}
                     */
                    routeType: 1 | 2;
                    /**
                     * @description SIP trunk ID (0 for an external line)
                     * @default 0
                     */
                    sipTrunkID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteDeleteResult"];
                };
            };
        };
    };
    routeList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteListResult"];
                };
            };
        };
    };
    routegroupDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1
                 *     }
                 */
                "application/json": {
                    /** @description Group ID */
                    groupID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutegroupDeleteResult"];
                };
            };
        };
    };
    routegroupList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutegroupListResult"];
                };
            };
        };
    };
    routegroupQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1
                 *     }
                 */
                "application/json": {
                    /** @description Group ID */
                    groupID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutegroupQueryResult"];
                };
            };
        };
    };
    routegroupSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "groupID": 1,
                 *       "description": "to NY"
                 *     }
                 */
                "application/json": {
                    /** @description Description of the record */
                    description?: string;
                    /** @description Group ID */
                    groupID: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutegroupSetResult"];
                };
            };
        };
    };
    sessionRelease: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "number": "100"
                 *     }
                 */
                "application/json": {
                    /** @description local user number or outside number. miniSIPServer will drop a call according to this number. */
                    number: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionReleaseResult"];
                };
            };
        };
    };
    speeddialDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "callerNbr": "1",
                 *       "dialedNbr": "1"
                 *     }
                 */
                "application/json": {
                    /** @description caller number */
                    callerNbr: string;
                    /** @description dialed number */
                    dialedNbr: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeeddialDeleteResult"];
                };
            };
        };
    };
    speeddialList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "pageIndex": 0
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Page number, 20 records a page; 0 (the default) is the first 20 records.
                     * @default 0
                     */
                    pageIndex?: number;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeeddialListResult"];
                };
            };
        };
    };
    speeddialQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "callerNbr": "1",
                 *       "dialedNbr": "1"
                 *     }
                 */
                "application/json": {
                    /** @description caller number */
                    callerNbr: string;
                    /** @description dialed number */
                    dialedNbr: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeeddialQueryResult"];
                };
            };
        };
    };
    speeddialSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "callerNbr": "3",
                 *       "dialedNbr": "3",
                 *       "desc": "demo record",
                 *       "destNbr": "333"
                 *     }
                 */
                "application/json": {
                    /** @description caller number */
                    callerNbr: string;
                    /** @description description of record */
                    desc?: string;
                    /** @description Final destination number */
                    destNbr?: string;
                    /** @description dialed number */
                    dialedNbr: string;
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeeddialSetResult"];
                };
            };
        };
    };
    sysinfoQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234"
                 *     }
                 */
                "application/json": {
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SysinfoQueryResult"];
                };
            };
        };
    };
    sysinfoUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234",
                 *       "ogpfx": "0"
                 *     }
                 */
                "application/json": {
                    /** @description System administrator password (the syskey of every request). */
                    admpwd?: string;
                    /** @description Callee external line CDR */
                    cdrcalledextline?: boolean;
                    /** @description Callee user CDR */
                    cdrcalledusr?: boolean;
                    /** @description Caller external line CDR */
                    cdrcallerextline?: boolean;
                    /** @description Caller user CDR */
                    cdrcallerusr?: boolean;
                    /** @description Generate fail calls' CDR */
                    cdrfailcall?: boolean;
                    /** @description Save CDR records into local files */
                    cdroutput?: boolean;
                    /** @description Show real-time CDR records */
                    cdrshow?: boolean;
                    /** @description MySQL server address */
                    dbaddr?: string;
                    /** @description Database name in MySQL server */
                    dbname?: string;
                    /** @description MySQL server visit port */
                    dbport?: number;
                    /** @description User's password to visit MySQL database */
                    dbpwd?: string;
                    /** @description User name to visit MySQL database */
                    dbusr?: string;
                    /** @description Event channel port */
                    evtChannelPort?: number;
                    /** @description HTTP server port */
                    httpport?: number;
                    /** @description Outgroup call prefix */
                    ogpfx?: string;
                    /** @description SIP server public address, it could be a domain name. */
                    publicaddr?: string;
                    /** @description SIP domain realm */
                    realm?: string;
                    /** @description RTP start port */
                    rtpport?: number;
                    /** @description SIP server local address(IPv4) */
                    sipaddr?: string;
                    /** @description SIP server local address(IPv6) */
                    sipaddr6?: string;
                    /** @description SIP server UDP port (Switchboard: sip.port; 0 when the SIP edge is off) */
                    sipport?: number;
                    /** @description User's password to visit SMTP server */
                    smtppwd?: string;
                    /** @description SMTP server */
                    smtpserv?: string;
                    /** @description The SMTP server is required TLS connection or not */
                    smtptls?: boolean;
                    /** @description User name to visit SMTP server */
                    smtpusr?: string;
                    /** @description Voice languages (the vendor document gives no list of values). */
                    srfannlang?: number;
                    /** @description Primary STUN server address */
                    stunaddr1?: string;
                    /** @description Second STUN server address */
                    stunaddr2?: string;
                    /** @description Primary STUN server port */
                    stunport1?: number;
                    /** @description Second STUN server port */
                    stunport2?: number;
                    syskey: string;
                    /** @description SIP server TCP port */
                    tcpport?: number;
                    /** @description SIP server TLS port */
                    tlsport?: number;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SysinfoUpdateResult"];
                };
            };
        };
    };
    versionQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "syskey": "1234"
                 *     }
                 */
                "application/json": {
                    syskey: string;
                };
            };
        };
        responses: {
            /** @description Refused */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinisipError"];
                };
            };
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionQueryResult"];
                };
            };
        };
    };
}
