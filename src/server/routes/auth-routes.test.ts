import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in and sessions', () => {
  it('refuses a wrong password with a clear message on the password field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'operator', password: 'salah' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      field: 'password',
      messages: { id: 'Nama pengguna atau kata sandi salah' },
    });
    expect(res.cookies).toHaveLength(0);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tidak.ada', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses an empty body naming the missing field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'operator' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password' });
  });

  it('answers 401 on /me without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('signs in with an httpOnly SameSite cookie holding a token that is not stored in clear', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'operator', password: 'sibolga2026' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'penata_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json()).toMatchObject({
      username: 'operator',
      role: 'BKPSDM_OPERATOR',
      instansiName: 'Pemerintah Kota Sibolga',
    });
    const stored = await t.ctx.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie.value);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `penata_session=${cookie.value}` },
    });
    expect(me.json().actions).toContain('employee.create');
  });

  it('hashes passwords with argon2id', async () => {
    const user = await t.ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'operator')
      .executeTakeFirstOrThrow();
    expect(user.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('ends the session on logout', async () => {
    const cookie = await t.signIn('auditor');
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('lists the demo accounts only because this database is the demo', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/demo-accounts' });
    expect(res.json()).toMatchObject({ demo: true, password: 'sibolga2026' });
    expect(res.json().accounts.map((a: { role: string }) => a.role)).toEqual(
      expect.arrayContaining([
        'BKPSDM_OPERATOR',
        'BKPSDM_HEAD',
        'REVIEW_BOARD',
        'PPK',
        'OPD_HEAD',
        'EMPLOYEE',
        'AUDITOR',
      ]),
    );
  });

  it('reports health with the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toMatchObject({ status: 'ok', database: 'sqlite', demo: true });
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining(['/api/employees', '/api/employees/{nip}', '/api/positions', '/api/units']),
    );
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});
