import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

// Candidate lists and explanations reuse the loaded instansi between requests: every write must
// still show up in the very next answer (the kept data is stamped with the audit chain head).
let t: TestApp;
let cookie: string;
let positionId: number;
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.signIn('operator');
  const posts = (await get('/api/positions?pageSize=200')).json().items as { id: number; family: string }[];
  positionId = posts.find((p) => p.family === 'GENERAL_ADMIN')!.id;
});
afterAll(() => t.close());

describe('matching answers after a write', () => {
  it('drops a candidate whose status was changed, and shows a renamed one by the new name', async () => {
    const before = (await get(`/api/positions/${positionId}/candidates?top=5`)).json();
    const [first, second] = before.candidates as { nip: string; name: string }[];
    expect(first && second).toBeTruthy();
    const patch = async (nip: string, body: Record<string, unknown>) => {
      const version = (await get(`/api/employees/${nip}`)).json().version;
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/employees/${nip}`,
        headers: { cookie },
        payload: { version, ...body },
      });
      expect(res.statusCode).toBe(200);
    };
    await patch(first!.nip, { status: 'SUSPENDED' });
    await patch(second!.nip, { name: 'Nama Baru Setelah Perubahan' });

    const after = (await get(`/api/positions/${positionId}/candidates?top=5`)).json();
    const nips = (after.candidates as { nip: string }[]).map((c) => c.nip);
    expect(nips).not.toContain(first!.nip);
    expect(after.candidates.find((c: { nip: string }) => c.nip === second!.nip)?.name).toContain(
      'Nama Baru Setelah Perubahan',
    );
    const explained = (await get(`/api/employees/${first!.nip}/matches/${positionId}`)).json();
    expect(explained.eligibility.status).toBe('BLOCKED');
  });
});
