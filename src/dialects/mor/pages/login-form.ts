/**
 * login_form (GET /callc/login; 004:L5-L19): Show the login form metadata (current and available languages, last
 * error).
 */
import type { LoginFormParams, LoginFormResult } from '../../../../generated/mor/types.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, LANGUAGES } from '../shared/common.ts';

export function loginForm(_params: LoginFormParams, _ctx: MorContext): LoginFormResult {
  return {
    page: { pagename: 'Login page', language: LANGUAGE, error_msg: '', aval_languages: { language: LANGUAGES } },
  };
}
