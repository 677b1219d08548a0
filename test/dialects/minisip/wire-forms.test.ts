// The openapi wire form (003:L20-L50): the JSON object is the whole query string, percent-encoded or not, or a POST
// body; no operation means query; a request that is not one JSON object is refused clearly.
import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../support/databases.ts';
import { rawRequest, useMinisipServer } from './support.ts';

describe('openapi wire forms', () => {
  const f = useMinisipServer(async () => sqliteDatabase());
  const get = (pathAndQuery: string) => rawRequest(f.sb.port, pathAndQuery);

  it.each([
    ['the JSON as written', '/openapi/version?{"syskey":"1234"}'],
    ['percent-encoded', `/openapi/version?${encodeURIComponent('{"syskey": "1234"}')}`],
    ['form-encoded, spaces as +', '/openapi/version?%7B%22syskey%22%3A+%221234%22%7D'],
    ['partly encoded (quotes only)', '/openapi/version?{%22syskey%22:%221234%22}'],
    ['with the query operation spelled out', '/openapi/version/query?{"syskey":"1234"}'],
    ['upper-case object name', '/openapi/VERSION?{"syskey":"1234"}'],
    ['a trailing slash', '/openapi/version/?{"syskey":"1234"}'],
    ['syskey as a JSON number', '/openapi/version?{"syskey":1234}'],
  ])('accepts %s', async (_, path) => {
    const answer = await get(path);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body.verInfo).toMatch(/^Switchboard /);
  });

  it('accepts the same JSON as a POST body', async () => {
    const answer = await rawRequest(f.sb.port, '/openapi/localuser/set', {
      method: 'POST',
      body: JSON.stringify({ syskey: '1234', usrname: '200', usrpwd: 'pw', description: 'from a POST' }),
    });
    expect(answer.body).toEqual({ message: 'local user 200 added' });
    expect((await get('/openapi/localuser/query?{"syskey":"1234","usrname":"200"}')).body.description).toBe(
      'from a POST',
    );
  });

  it('keeps a literal % of an unencoded value', async () => {
    await get('/openapi/routegroup/set?{"syskey":"1234","groupID":7,"description":"50%off"}');
    expect((await get('/openapi/routegroup/query?{"syskey":"1234","groupID":7}')).body).toEqual({
      groupID: 7,
      description: '50%off',
    });
  });

  it.each([
    ['broken JSON', '/openapi/version?{"syskey":"1234"', 400, 'bad-request', /not valid JSON/],
    ['a JSON array', '/openapi/version?[1,2]', 400, 'bad-request', /not an object/],
    ['key=value pairs', '/openapi/version?syskey=1234', 400, 'bad-request', /one JSON object/],
    ['an unknown object', '/openapi/nothing?{"syskey":"1234"}', 406, 'unknown-command', /nothing\/query/],
    [
      'an unknown operation',
      '/openapi/localuser/frobnicate?{"syskey":"1234"}',
      406,
      'unknown-command',
      /localuser\/frobnicate/,
    ],
    ['no object', '/openapi?{"syskey":"1234"}', 406, 'unknown-command', /no object/],
    ['too deep a path', '/openapi/a/b/c?{"syskey":"1234"}', 406, 'unknown-command', /unknown path/],
  ])('refuses %s with a JSON error', async (_, path, status, code, message) => {
    const answer = await get(path);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ result: 'error', error: { code } });
    expect(answer.body.error.message).toMatch(message);
  });

  // A GET is answered straight from node:http; the same request in absolute form goes through the Koa application.
  it.each([
    ['an answer', 'localuser/query?{"syskey":"1234","usrname":"200"}'],
    ['a refusal', 'localuser/query?{"syskey":"1234"}'],
    ['an unknown object', 'nothing?{"syskey":"1234"}'],
    ['a wrong syskey', 'version?{"syskey":"4321"}'],
  ])('answers %s the same on the GET fast path as through the application', async (_, pathAndQuery) => {
    const fast = await get(`/openapi/${pathAndQuery}`);
    const throughKoa = await get(`http://127.0.0.1:${f.sb.port}/openapi/${pathAndQuery}`);
    expect({ ...fast, body: undefined }).toEqual({ ...throughKoa, body: undefined });
    expect(fast.contentType).toBe('application/json; charset=utf-8');
  });

  it('refuses a POST body that is not JSON', async () => {
    const answer = await rawRequest(f.sb.port, '/openapi/version', { method: 'POST', body: 'syskey=1234' });
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'bad-request' } } });
  });

  it.each([
    ['a missing key', '{"syskey":"1234"}', 'missing-parameter', 'usrname'],
    ['a wrong type', '{"syskey":"1234","usrname":{"a":1}}', 'invalid-parameter', 'usrname'],
  ])('answers %s with the parameter it concerns', async (_, json, code, param) => {
    const answer = await get(`/openapi/localuser/query?${json}`);
    expect(answer).toMatchObject({ status: 400, body: { result: 'error', error: { code, issues: [{ param }] } } });
  });

  it("takes an empty value for a required text field that may be empty (a delete transition's prefix)", async () => {
    const answer = await get(
      '/openapi/natran/set?{"syskey":"1234","tranID":9,"type":3,"tranStart":0,"tranLen":1,"prefix":"","description":""}',
    );
    expect(answer.body).toEqual({ message: 'transition 9 added' });
  });

  it('refuses an unknown enumerated value and an integer too large for any ID, naming them', async () => {
    const answer = await get(
      '/openapi/natran/set?{"syskey":"1234","tranID":1,"type":7,"tranStart":0,"tranLen":1,"prefix":"","description":"x"}',
    );
    expect(answer.body.error).toEqual({
      code: 'invalid-parameter',
      message: 'invalid parameter: type must be one of 1, 2, 3',
      issues: [{ param: 'type', problem: 'must be one of 1, 2, 3' }],
    });
    const huge = await get('/openapi/peerserver/query?{"syskey":"1234","servID":99999999999}');
    expect(huge.body.error).toMatchObject({
      code: 'invalid-parameter',
      issues: [{ param: 'servID', problem: 'must be at most 2147483647' }],
    });
  });
});
