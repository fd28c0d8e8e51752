import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/** Shared setup of the planning route suites: the API calls, request bodies and the SSE reader. */

const USERS = ['operator', 'kepala.bkpsdm', 'tpk', 'walikota', 'auditor', 'kadis.kesehatan', 'pegawai'];

export type Method = 'GET' | 'POST' | 'PUT';

export const scenarioBody = (name: string, extra: object = {}) => ({
  name,
  description: 'Uji',
  scope: { mode: 'VACANCIES' },
  objectives: { maxMoves: 40 },
  ...extra,
});

/** Parses a text/event-stream body into its events. */
export function sseEvents(
  body: string,
): { event: string; data: { state: string; progress: { phase: string | null } } }[] {
  return body
    .split('\n\n')
    .filter((block) => block.includes('data: '))
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      return { event, data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) };
    });
}

/**
 * Registers the suite's hooks (a fresh test app with the demo data, every role signed in) and
 * returns the calls made against it.
 */
export function setUpPlanningApp() {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const u of USERS) cookies[u] = await t.signIn(u);
  });
  afterAll(() => t.close());

  const call = (method: Method, url: string, who?: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: who ? { cookie: cookies[who]! } : {},
      ...(payload ? { payload } : {}),
    });
  const get = (url: string, who?: string) => call('GET', url, who);

  /** Follows a run over SSE until its end event and returns the events. */
  async function followRun(id: number) {
    const res = await get(`/api/plans/${id}/events`, 'operator');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
    return sseEvents(res.body);
  }

  return { call, get, followRun };
}
