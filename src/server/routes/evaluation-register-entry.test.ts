import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.js';
import { describeEachDialectApp } from '../../../test/support/test-app-dialects.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const pdf = {
  kind: 'ATTACHMENT',
  file: { fileName: 'Piagam inovasi.pdf', contentBase64: PDF.toString('base64') },
};

describeEachDialectApp('register entry pages: evidence, effects, bulk participants, templates', (app) => {
  const cookies: Record<string, string> = {};
  let t: TestApp;
  let pegawai: { nip: string; unitId: number };
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: who ? { cookie: cookies[who]! } : {},
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    t = app();
    for (const u of ['operator', 'kadis.kesehatan', 'pegawai']) cookies[u] = await t.signIn(u);
    const me = (await call('GET', '/api/auth/me', 'pegawai')).json();
    const row = await t.ctx.db
      .selectFrom('employees as e')
      .innerJoin('positions as p', 'p.id', 'e.current_position_id')
      .select(['e.nip', 'p.unit_id'])
      .where('e.nip', '=', me.employeeNip)
      .executeTakeFirstOrThrow();
    pegawai = { nip: row.nip, unitId: row.unit_id };
  });

  const innovation = (evidence: unknown) => ({
    unitId: pegawai.unitId,
    title: 'Pengingat jadwal imunisasi lewat pesan singkat',
    description: 'Orang tua menerima pengingat jadwal imunisasi anak dari puskesmas',
    status: 'IMPLEMENTED',
    proposedOn: '2026-03-02',
    implementedOn: '2026-07-20',
    evidence,
    members: [{ nip: pegawai.nip, role: 'LEAD' }],
  });

  describe('innovations', () => {
    it('401 without a session, 403 for an employee listing the register, 400 naming the evidence field', async () => {
      expect((await call('POST', '/api/innovations', undefined, innovation(pdf))).statusCode).toBe(401);
      expect((await call('GET', '/api/innovations', 'pegawai')).statusCode).toBe(403);
      const cases = [
        [{ kind: 'LINK', reference: 'ftp://files.example/sk.pdf' }, 'evidence.reference', 'EVIDENCE_LINK'],
        [{ kind: 'DOCUMENT', reference: 'SK' }, 'evidence.reference', 'EVIDENCE_REFERENCE_LENGTH'],
        [
          { kind: 'ATTACHMENT', file: { fileName: 'besar.pdf', contentBase64: 'A'.repeat(3 * 1024 * 1024) } },
          'evidence.file.contentBase64',
          'EVIDENCE_MAX_BYTES',
        ],
        [{ kind: 'DOCUMENT', reference: 'SK 1/2026', file: pdf.file }, 'evidence.file', 'EVIDENCE_FILE_KIND'],
        [
          {
            kind: 'ATTACHMENT',
            file: { fileName: 'x.txt', contentBase64: Buffer.from('teks biasa').toString('base64') },
          },
          'evidence.file.contentBase64',
          'EVIDENCE_FILE_TYPE',
        ],
      ] as const;
      for (const [evidence, field, rule] of cases) {
        const res = await call('POST', '/api/innovations', 'operator', innovation(evidence));
        expect([res.statusCode, res.json().error.field, res.json().error.rule], rule).toEqual([
          400,
          field,
          rule,
        ]);
      }
    });

    it('the operator records an innovation with a PDF; the register, the person and the file agree', async () => {
      const created = await call('POST', '/api/innovations', 'operator', innovation(pdf));
      expect(created.statusCode).toBe(201);
      const body = created.json();
      expect(body.evidence.file).toEqual({
        fileName: 'Piagam inovasi.pdf',
        mediaType: 'application/pdf',
        bytes: PDF.length,
      });
      // The index effect is the live result of the open period: compare with the person's evaluation.
      const evaluations = (await call('GET', `/api/employees/${pegawai.nip}/evaluations`, 'operator')).json();
      const live = evaluations.evaluations.filter(
        (e: { current: { live: boolean } | null }) => e.current?.live,
      );
      const [effect] = body.effects[0].periods;
      expect(live.length).toBeGreaterThan(0);
      const same = live.find((e: { period: { code: string } }) => e.period.code === effect.periodCode);
      expect(effect.indexWith).toBe(same.current.result.index.value);
      expect(effect.componentWith).toBeGreaterThan(effect.componentWithout);
      expect(effect.indexWith).toBeGreaterThan(effect.indexWithout);

      const listed = (await call('GET', `/api/innovations?nip=${pegawai.nip}`, 'operator')).json();
      expect(listed.items.map((i: { id: number }) => i.id)).toContain(body.id);
      expect(listed.writableUnitIds).toBeNull();
      const mine = (await call('GET', `/api/employees/${pegawai.nip}/registers`, 'pegawai')).json();
      expect(mine.innovations.find((i: { id: number }) => i.id === body.id)).toMatchObject({
        role: 'LEAD',
        effects: body.effects[0].periods,
      });
      const file = await call('GET', `/api/innovations/${body.id}/evidence`, 'pegawai');
      expect([file.statusCode, file.headers['content-type']]).toEqual([200, 'application/pdf']);
      expect(file.rawPayload.equals(PDF)).toBe(true);
      expect(String(file.headers['content-disposition'])).toContain('attachment;');
      const other = (await call('GET', '/api/innovations', 'operator'))
        .json()
        .items.find((i: { members: { nip: string }[] }) => !i.members.some((m) => m.nip === pegawai.nip));
      expect(
        (await call('GET', `/api/employees/${other.members[0].nip}/registers`, 'pegawai')).statusCode,
      ).toBe(403);
      expect((await call('GET', `/api/innovations/${other.id}/evidence`, 'pegawai')).statusCode).toBe(403);
    });
  });

  describe('programmes', () => {
    it('filters by period and name, and adds participants in bulk with a row report', async () => {
      const periods = (await call('GET', '/api/evaluation-periods', 'operator')).json().items;
      const tw3 = periods.find((p: { code: string }) => p.code === '2026-TW3');
      const inPeriod = (await call('GET', `/api/programs?periodId=${tw3.id}`, 'operator')).json().items;
      expect(inPeriod.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['STUNTING']));
      expect(inPeriod.map((p: { code: string }) => p.code)).not.toContain('SIBOLGA-BERSIH'); // ended 2024
      const [stunting] = (await call('GET', '/api/programs?q=stunting', 'operator')).json().items;
      expect(stunting.code).toBe('STUNTING');

      const detail = (await call('GET', `/api/programs/${stunting.id}`, 'operator')).json();
      const inStunting = new Set(detail.participants.map((p: { nip: string }) => p.nip));
      const bulk = {
        role: 'SUPPORT',
        startDate: '2026-11-01',
        endDate: '2026-11-30',
        hours: 6,
        outcome: 'ONGOING',
        evidence: { kind: 'LINK', reference: 'https://dinkes.sibolgakota.go.id/stunting/sk-tim-2026' },
      };
      const fresh = (await t.ctx.db.selectFrom('employees').select('nip').orderBy('id').limit(400).execute())
        .map((e) => e.nip)
        .filter((nip) => !inStunting.has(nip) && nip !== pegawai.nip)
        .slice(0, 2);
      const nips = [...fresh, 'bukan-nip', '199901012024011001', fresh[0]!];
      const refused = await call('POST', `/api/programs/${stunting.id}/participants/bulk`, 'operator', {
        ...bulk,
        nips,
        dryRun: false,
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().problems.map((p: { row: number; rule: string }) => [p.row, p.rule])).toEqual([
        [3, 'NIP_FORMAT'],
        [4, 'NIP_UNKNOWN'],
        [5, 'DUPLICATE_IN_LIST'],
      ]);
      const done = await call('POST', `/api/programs/${stunting.id}/participants/bulk`, 'operator', {
        ...bulk,
        nips: fresh,
        dryRun: false,
      });
      expect(done.json()).toMatchObject({ ok: true, committed: true, added: 2 });
      const after = (await call('GET', `/api/programs/${stunting.id}`, 'operator')).json();
      expect(after.program.participantCount).toBe(stunting.participantCount + 2);
      const added = after.participants.filter((p: { nip: string }) => fresh.includes(p.nip));
      expect(added.map((p: { evidence: { kind: string } }) => p.evidence.kind)).toEqual(['LINK', 'LINK']);
      // November counts in the running quarter (TW4): nobody is rated there yet, so no index, a component.
      expect(added[0].effects).toEqual([
        expect.objectContaining({ periodCode: '2026-TW4', component: 'PROGRAM', indexWith: null }),
      ]);
      const outside = await call(
        'POST',
        `/api/programs/${stunting.id}/participants/bulk`,
        'kadis.kesehatan',
        {
          ...bulk,
          nips: [fresh[0]],
          startDate: '2022-12-01',
        },
      );
      expect([outside.statusCode, outside.json().error.rule]).toEqual([400, 'WITHIN_PROGRAM']);
    });
  });

  describe('imports', () => {
    it('offers the templates to BKPSDM only and imports innovations through the common route', async () => {
      expect(
        (await call('GET', '/api/imports/templates/innovations?format=csv', 'kadis.kesehatan')).statusCode,
      ).toBe(403);
      const csv = await call('GET', '/api/imports/templates/program-participants?format=csv', 'operator');
      expect(csv.statusCode).toBe(200);
      expect(csv.body.replace('\uFEFF', '').split('\r\n')[0]).toBe(
        'KODE PROGRAM;NIP;PERAN;TGL MULAI;TGL SELESAI;JAM;CAPAIAN;BUKTI DUKUNG',
      );
      const xlsx = await call('GET', '/api/imports/templates/innovations', 'operator');
      expect([xlsx.statusCode, xlsx.rawPayload.subarray(0, 2).toString()]).toEqual([200, 'PK']);

      const file = [
        'JUDUL INOVASI;DESKRIPSI;UNIT KERJA;TAHAP;TGL DIUSULKAN;NIP;PERAN;BUKTI DUKUNG',
        `Layanan arsip digital;Arsip dipindai dan dicari per NIP;BKPSDM;Diusulkan;01-10-2026;${pegawai.nip};Ketua;Nota dinas 800/77/2026`,
      ].join('\r\n');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/imports/innovations?dryRun=true',
        headers: { cookie: cookies.operator!, 'content-type': 'text/csv', 'x-file-name': 'inovasi.csv' },
        payload: Buffer.from(`\uFEFF${file}\r\n`),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        kind: 'innovations',
        ok: true,
        dryRun: true,
        written: { created: 1 },
      });
    });
  });
});
