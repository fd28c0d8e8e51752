import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { DEMO_SK_SIGNATORY } from '../../demo/decree-signatories.js';

let t: TestApp;
const cookies: Record<string, string> = {};

const call = (method: 'GET' | 'PUT', who?: string, payload?: Record<string, unknown>) =>
  t.app.inject({
    method,
    url: '/api/process-settings',
    headers: who ? { cookie: cookies[who]! } : {},
    ...(payload ? { payload } : {}),
  });

const valid = {
  objectionWindowDays: 21,
  numbering: {
    template: '{klasifikasi}/{seq}/{unit}/{romanMonth}/{yyyy}',
    klasifikasi: '800.1.3.3',
    unit: 'BKD',
    seqDigits: 4,
  },
  skSignatory: { title: 'WALI KOTA SIBOLGA', name: 'Wali Kota Uji' },
  excerptSigner: {
    title: 'a.n. WALI KOTA SIBOLGA',
    office: 'Kepala BKPSDM',
    name: 'Kepala Uji',
    nip: '198001012005011003',
  },
};

const auditTotal = async () =>
  (
    await t.app.inject({ method: 'GET', url: '/api/audit?pageSize=1', headers: { cookie: cookies.auditor! } })
  ).json().total as number;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'kepala.bkpsdm', 'pegawai', 'auditor']) cookies[u] = await t.signIn(u);
}, 60_000);
afterAll(() => t.close());

describe('process settings: refusals', () => {
  it('401 without a session, for reading and for changing', async () => {
    expect((await call('GET')).statusCode).toBe(401);
    expect((await call('PUT', undefined, valid)).statusCode).toBe(401);
  });

  it('403: an employee may not read them; only the head of BKPSDM may change them', async () => {
    expect((await call('GET', 'pegawai')).statusCode).toBe(403);
    const before = await auditTotal();
    for (const who of ['operator', 'auditor']) {
      const res = await call('PUT', who, valid);
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect(await auditTotal()).toBe(before);
  });

  it('400 naming the field: negative window, a pattern without {seq} or {yyyy}, an unknown token', async () => {
    const before = await auditTotal();
    const days = await call('PUT', 'kepala.bkpsdm', { ...valid, objectionWindowDays: -1 });
    expect(days.statusCode).toBe(400);
    expect(JSON.stringify(days.json())).toContain('objectionWindowDays');
    const cases = [
      ['{klasifikasi}/{unit}/{yyyy}', 'TEMPLATE_SEQ_MISSING'],
      ['{klasifikasi}/{seq}/{unit}', 'TEMPLATE_YEAR_MISSING'],
      ['{seq}/{tahun}/{yyyy}', 'TEMPLATE_UNKNOWN_TOKEN:tahun'],
    ] as const;
    for (const [template, rule] of cases) {
      const res = await call('PUT', 'kepala.bkpsdm', {
        ...valid,
        numbering: { ...valid.numbering, template },
      });
      expect(res.statusCode, template).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'numbering.template',
        rule,
        messages: { id: expect.stringContaining('{seq}'), en: expect.stringContaining('{seq}') },
      });
    }
    expect(await auditTotal()).toBe(before);
    expect((await call('GET', 'operator')).json().objectionWindowDays).toBe(14);
  });

  it('400 naming the signatory field: no NIP where the signature shows one, a NIP the core rules refuse', async () => {
    const before = await auditTotal();
    const { nip: _nip, ...withoutNip } = valid.excerptSigner;
    const cases = [
      [{ excerptSigner: withoutNip }, 'excerptSigner.nip', 'SIGNATORY_INCOMPLETE'],
      // A Sekda signing the SK a.n. the Wali Kota shows his NIP too.
      [
        { skSignatory: { title: 'a.n. WALI KOTA SIBOLGA', office: 'Sekretaris Daerah', name: 'Sekda Uji' } },
        'skSignatory.nip',
        'SIGNATORY_INCOMPLETE',
      ],
      // Valid in shape, but a TMT CPNS in the future is no serving official's NIP.
      [
        { excerptSigner: { ...valid.excerptSigner, nip: '198001012099011003' } },
        'excerptSigner.nip',
        'SIGNATORY_NIP_INVALID',
      ],
    ] as const;
    for (const [change, field, rule] of cases) {
      const res = await call('PUT', 'kepala.bkpsdm', { ...valid, ...change });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field, rule });
      expect(res.json().error.messages.id).toContain('NIP');
    }
    // A NIP that is not 18 digits is refused by the contract with the core's rule.
    const short = await call('PUT', 'kepala.bkpsdm', {
      ...valid,
      excerptSigner: { ...valid.excerptSigner, nip: '1980010120050110' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ field: 'excerptSigner.nip', rule: 'NIP_LENGTH' });
    expect(await auditTotal()).toBe(before);
  });
});

describe('process settings: reading and changing', () => {
  it('shows the defaults with a sample number; only the head of BKPSDM is offered the change', async () => {
    const asOperator = (await call('GET', 'operator')).json();
    expect(asOperator).toMatchObject({
      objectionWindowDays: 14,
      numbering: { template: '{klasifikasi}/{seq}/{unit}/{yyyy}', seqDigits: 3 },
      sampleNumber: '800.1.3.3/001/BKPSDM/2026',
      actions: [],
    });
    // The demo seeds its (fictional) officials: the Wali Kota without NIP, the head of BKPSDM with his.
    expect(asOperator.skSignatory).toEqual({ title: 'WALI KOTA SIBOLGA', name: DEMO_SK_SIGNATORY.name });
    expect(asOperator.excerptSigner).toMatchObject({
      title: 'a.n. WALI KOTA SIBOLGA',
      office: 'Kepala BKPSDM',
    });
    const head = await t.ctx.db
      .selectFrom('users')
      .select('display_name')
      .where('username', '=', 'kepala.bkpsdm')
      .executeTakeFirstOrThrow();
    expect(asOperator.excerptSigner.name).toBe(head.display_name);
    expect(asOperator.excerptSigner.nip).toMatch(/^\d{18}$/);
    expect(JSON.stringify(asOperator)).not.toContain('NAMA ');
    expect((await call('GET', 'kepala.bkpsdm')).json().actions).toEqual(['process.settings.update']);
  });

  it('stores the change for the next SK, with an audit entry carrying before and after', async () => {
    const before = await auditTotal();
    const res = await call('PUT', 'kepala.bkpsdm', valid);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ...valid, sampleNumber: '800.1.3.3/0001/BKD/XI/2026' });
    expect((await call('GET', 'operator')).json()).toMatchObject(valid);
    expect(await auditTotal()).toBe(before + 1);
    const entry = (
      await t.app.inject({
        method: 'GET',
        url: '/api/audit?action=process.settings.update',
        headers: { cookie: cookies.auditor! },
      })
    ).json().items[0];
    expect(entry).toMatchObject({ action: 'process.settings.update', entityType: 'process_settings' });
    expect(JSON.stringify(entry.before)).toContain('"objectionWindowDays":14');
    expect(JSON.stringify(entry.after)).toContain('"objectionWindowDays":21');
  });
});
