// The Mizu webphone's custom menus (PRGskullbulks/mizu js/lib/lib_webphone.js, GetCustomMenus) against a real
// Switchboard on SQLite and PostgreSQL: the menu URL fetched through /mvapireq/jppget as jQuery's getJSON sends it,
// the answer read as the page reads it (the callback's argument, its `contents` member).
import { describe, expect, it } from 'vitest';
import { serverOn } from '../dialects/mizu-v2/accounts/fixture.ts';
import { testEngines } from '../support/databases.ts';
import { rawHttp } from '../support/raw-http.ts';
import { customMenuContents, customMenuRequest, WEBPHONE } from './mizu-webphone.ts';

const engines = await testEngines('the Mizu webphone custom-menu conformance tests on PostgreSQL');
const CALLBACK = 'jQuery36005550123456789_1733400000000';

describe.each(engines.map((open) => [open]))(`${WEBPHONE} js/lib/lib_webphone.js GetCustomMenus (%#)`, (open) => {
  const f = serverOn(open);

  it('reads the forwarded body from `contents`: here an API request of this server, run with its own login', async () => {
    await f.user('menu');
    const menuUrl = '/mvapireq/?apientry=balance&authid=menu&authpwd=menu-pw-1';
    const answer = await rawHttp(f.sb.port, { path: customMenuRequest(menuUrl, CALLBACK, 1733400000123) });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/javascript/);
    const contents = customMenuContents(answer.body, CALLBACK);
    // The forward runs the request in json (jppget.ts), so the menu text here is that document.
    expect(JSON.parse(contents!)).toMatchObject({ status: 'OK', data: { currency: 'USD' } });
  });

  it('gives no menu when the forward is refused (a remote menu URL while enablejsonp is not 2)', async () => {
    const answer = await rawHttp(f.sb.port, {
      path: `${customMenuRequest('http://menus.example.com/menu.xml', CALLBACK, 1733400000456)}&authid=menu&authpwd=menu-pw-1`,
    });
    expect(customMenuContents(answer.body, CALLBACK)).toBeUndefined();
    expect(answer.body).toMatch(/enablejsonp/);
  });
});
