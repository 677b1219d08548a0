/** tb_api: per-command access overrides and custom APIs (001:L286-L300, 002:L232-L245). Null means "the default". */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const ApiPolicy = defineEntity({
  name: 'ApiPolicy',
  tableName: 'tb_api',
  properties: {
    fname: p.string().length(64).primary(),
    reqKey: p.integer().fieldName('req_key').nullable(),
    reqIp: p.integer().fieldName('req_ip').nullable(),
    reqUser: p.integer().fieldName('req_user').nullable(),
    reqUserMode: p.integer().fieldName('req_user_mode').nullable(),
    reqUserCredit: p.string().length(32).fieldName('req_user_credit').nullable(),
    reqUserRegister: p.integer().fieldName('req_user_register').nullable(),
    reqUserLogin: p.integer().fieldName('req_user_login').nullable(),
    customsql: p.text().nullable(),
    customAction: p.integer().fieldName('custom_action').nullable(),
    customActionBody: p.text().fieldName('custom_action_body').nullable(),
    enabled: p.integer().default(1),
  },
});

export type ApiPolicyRow = InferEntity<typeof ApiPolicy>;
