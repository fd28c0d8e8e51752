import { expect } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.js';

/** Shared steps of the board route suites: calls as a signed-in demo user. */
export type Body = Record<string, unknown>;

export function boardApi(app: () => TestApp) {
  const cookies: Record<string, string> = {};
  const call = async (method: 'GET' | 'POST', url: string, who: string, payload?: Body) => {
    cookies[who] ??= await app().signIn(who);
    return app().app.inject({
      method,
      url: `/api${url}`,
      headers: { cookie: cookies[who]! },
      ...(payload ? { payload } : {}),
    });
  };
  const ok = async (method: 'GET' | 'POST', url: string, who: string, payload?: Body) => {
    const res = await call(method, url, who, payload);
    expect(res.statusCode, `${method} ${url} as ${who}: ${res.body.slice(0, 600)}`).toBeLessThan(300);
    return res.json();
  };
  const auditTotal = async () => (await ok('GET', '/audit?pageSize=1', 'auditor')).total as number;
  /** Signs everyone in up front: a sign-in is itself an audit entry. */
  const signInAll = async (...usernames: string[]) => {
    for (const u of usernames) cookies[u] ??= await app().signIn(u);
  };
  return { call, ok, auditTotal, signInAll };
}
