import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { TENURE_OVERRIDE_DOCUMENT_MAX_BYTES } from '../../core/workflow/tenure-override-rules.js';
import {
  auditTotal,
  type Body,
  call,
  draft,
  moves,
  ok,
  setUpProposalApp,
  step,
  t,
} from './proposal-routes.fixtures.js';

// Exceptions to the 2-year minimum in post, per move (DOMAIN.md 15.6; issue 13 item 6).
setUpProposalApp();

/** A small but real PDF header and body, `size` bytes long. */
const pdf = (size = 1200) => {
  const head = Buffer.from('%PDF-1.4\n% Surat keterangan dokter penguji kesehatan\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]);
};
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const document = (bytes: Buffer = pdf()) => ({
  fileName: 'surat-keterangan-sehat.pdf',
  contentBase64: bytes.toString('base64'),
});

let proposal: { id: number; items: { id: number; nip: string }[] };
let url: string;
const nip = () => moves[0]!.nip;

const current = () => ok('GET', `/proposals/${proposal.id}`, 'kepala.bkpsdm');
const override = async (who: string, body: Body) => {
  const p = await current();
  return call('POST', url, who, { version: p.version, ...body });
};
const valid = {
  ground: 'HEALTH',
  reason: 'Rekomendasi tim penguji kesehatan: tidak dapat bertugas di lapangan',
};

beforeAll(async () => {
  // 15 months in post on the TMT (2026-12-14): R-TENURE-MIN blocks the move.
  await t.ctx.db
    .updateTable('position_assignments')
    .set({ start_date: '2025-09-01' })
    .where('employee_id', '=', moves[0]!.employeeId)
    .where('end_date', 'is', null)
    .execute();
  await t.ctx.db
    .updateTable('employees')
    .set({ current_position_since: '2025-09-01' })
    .where('id', '=', moves[0]!.employeeId)
    .execute();
  proposal = await draft([moves[0]!]);
  url = `/proposals/${proposal.id}/items/${proposal.items[0]!.id}/tenure-override`;
  await step(proposal.id, 'submit', 'operator');
});

describe('tenure override: refusals first', () => {
  it('401 without a session, 403 for every role but the head of BKPSDM, naming the rule', async () => {
    expect(
      (await call('POST', url, undefined, { version: 1, ...valid, document: document() })).statusCode,
    ).toBe(401);
    for (const who of ['operator', 'tpk', 'walikota', 'auditor', 'pegawai']) {
      const res = await override(who, { ...valid, document: document() });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.rule, who).toMatch(/^POLICY_/);
    }
  });

  it('400 naming the field and rule: unknown ground, missing or short reason, no document, too big, not a PDF', async () => {
    const before = await auditTotal();
    const cases: [Body, string, string | null][] = [
      [{ ...valid, ground: 'FRIENDSHIP', document: document() }, 'ground', null],
      [{ ground: 'HEALTH', document: document() }, 'reason', null],
      [{ ...valid, reason: 'sakit', document: document() }, 'reason', 'TOO_SMALL'],
      [{ ...valid, reason: 'x'.repeat(1001), document: document() }, 'reason', 'TOO_BIG'],
      [{ ...valid }, 'document', null],
      [
        { ...valid, document: document(pdf(TENURE_OVERRIDE_DOCUMENT_MAX_BYTES + 1)) },
        'document.contentBase64',
        'DOCUMENT_MAX_BYTES',
      ],
      [
        { ...valid, document: document(Buffer.from('Surat keterangan sehat, bukan PDF')) },
        'document.contentBase64',
        'DOCUMENT_PDF',
      ],
      // The drafts name no move type, so theirs is inferred and never "atas permintaan sendiri".
      [{ ...valid, ground: 'OWN_REQUEST', document: document() }, 'ground', 'GROUND_FITS_MOVE'],
    ];
    for (const [body, field, rule] of cases) {
      const res = await override('kepala.bkpsdm', body);
      expect(res.statusCode, `${field} ${rule}: ${res.body}`).toBe(400);
      const error = res.json().error;
      expect(error.field, res.body).toBe(field);
      if (rule) expect(error.rule, res.body).toBe(rule);
      expect(error.messages.id.length).toBeGreaterThan(0);
    }
    expect(await auditTotal()).toBe(before);
    expect((await current()).items[0].tenureOverride).toBeNull();
  });

  it('409 when the move meets the minimum anyway, and for the author of the proposal', async () => {
    const senior = await draft([moves[1]!]);
    await step(senior.id, 'submit', 'operator');
    const v = await ok('GET', `/proposals/${senior.id}`, 'kepala.bkpsdm');
    const res = await call(
      'POST',
      `/proposals/${senior.id}/items/${senior.items[0].id}/tenure-override`,
      'kepala.bkpsdm',
      {
        version: v.version,
        ...valid,
        document: document(),
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', rule: 'OVERRIDE_NOT_NEEDED' });

    const own = await draft([moves[2]!], 'kepala.bkpsdm');
    expect(own.actions).not.toContain('proposal.tenure-override');
    const mine = await call(
      'POST',
      `/proposals/${own.id}/items/${own.items[0].id}/tenure-override`,
      'kepala.bkpsdm',
      {
        version: own.version,
        ...valid,
        document: document(),
      },
    );
    expect(mine.statusCode).toBe(403);
    expect(mine.json().error.code).toBe('WORKFLOW_OWN_PROPOSAL');
  });
});

describe('tenure override: recorded, shown, counted at verification', () => {
  it('without an override the move is refused at verification for R-TENURE-MIN', async () => {
    const p = await current();
    expect(p.actions).toContain('proposal.tenure-override');
    const res = await call('POST', `/proposals/${proposal.id}/verify`, 'kepala.bkpsdm', {
      version: p.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'WORKFLOW_ELIGIBILITY_BLOCKED', rule: 'R-TENURE-MIN' });
  });

  it('records an override with its document and audit entry, shows it, refuses a second, and removes it', async () => {
    const bytes = pdf(4096);
    const before = await auditTotal();
    const res = await override('kepala.bkpsdm', { ...valid, document: document(bytes) });
    expect(res.statusCode, res.body).toBe(200);
    const shown = res.json().items[0].tenureOverride;
    expect(shown).toMatchObject({
      ground: 'HEALTH',
      reason: valid.reason,
      approvedByName: expect.any(String),
      documentName: 'surat-keterangan-sehat.pdf',
      documentSha256: sha256(bytes),
      documentBytes: 4096,
    });
    expect(await auditTotal()).toBe(before + 1);
    const [entry] = (await ok('GET', '/audit?pageSize=1&action=proposal.tenure-override', 'auditor')).items;
    expect(entry.after).toMatchObject({
      nip: nip(),
      rule: 'R-TENURE-MIN',
      ground: 'HEALTH',
      reason: valid.reason,
      documentSha256: sha256(bytes),
    });

    // The board and the PPK read it, and download the document as it was uploaded.
    const forBoard = await ok('GET', `/proposals/${proposal.id}`, 'tpk');
    expect(forBoard.items[0].tenureOverride.ground).toBe('HEALTH');
    const file = await call('GET', `${url}.pdf`, 'walikota');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.rawPayload, bytes)).toBe(0);

    const twice = await override('kepala.bkpsdm', { ...valid, document: document() });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.rule).toBe('ONE_OVERRIDE_PER_MOVE');

    const p = await current();
    const removed = await ok('POST', `${url}/remove`, 'kepala.bkpsdm', { version: p.version });
    expect(removed.items[0].tenureOverride).toBeNull();
    const [gone] = (await ok('GET', '/audit?pageSize=1&action=proposal.tenure-override.remove', 'auditor'))
      .items;
    expect(gone.before).toMatchObject({ nip: nip(), ground: 'HEALTH', documentSha256: sha256(bytes) });
    expect((await call('GET', `${url}.pdf`, 'walikota')).statusCode).toBe(404);
  });

  it('lets the move pass verification once a complete override exists, saying so with its ground', async () => {
    const res = await override('kepala.bkpsdm', { ...valid, ground: 'RESTRUCTURING', document: document() });
    expect(res.statusCode, res.body).toBe(200);
    const verified = await step(proposal.id, 'verify', 'kepala.bkpsdm');
    expect(verified.state).toBe('VERIFIED');
    const tenure = verified.items[0].eligibility.results.find(
      (r: { code: string }) => r.code === 'R-TENURE-MIN',
    );
    expect(tenure).toMatchObject({
      status: 'PASS',
      evidence: { tenureMonths: 15, overridden: true, overrideGround: 'RESTRUCTURING' },
    });
    expect(tenure.message.id).toContain('penataan organisasi');
    const [entry] = (await ok('GET', '/audit?pageSize=1&action=proposal.verify', 'auditor')).items;
    expect(entry.after.tenureOverrides).toEqual([{ nip: nip(), ground: 'RESTRUCTURING' }]);

    // Verified: the board decides on what was verified, so the override no longer changes.
    const late = await override('kepala.bkpsdm', { ...valid, document: document() });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({
      code: 'WORKFLOW_WRONG_STATE',
      rule: 'OVERRIDE_BEFORE_VERIFICATION',
    });
    expect(verified.actions).not.toContain('proposal.tenure-override');
  });
});
