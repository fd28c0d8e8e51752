import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../core/eligibility/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { pasal107Check } from '../../core/selection/pasal-107.js';
import { loadMatchingWorld } from '../../services/matching/matching-world.js';
import { call, instansiId, ok, setUpProposalApp, step, t, toApproved } from './proposal-routes.fixtures.js';

setUpProposalApp();

const COMMITTEE = [
  { name: 'Ketua Panitia Uji', role: 'KETUA' },
  { name: 'Sekretaris Panitia Uji', role: 'SEKRETARIS' },
  { name: 'Anggota Panitia Satu', role: 'ANGGOTA' },
  { name: 'Anggota Panitia Dua', role: 'ANGGOTA' },
  { name: 'Anggota Panitia Tiga', role: 'ANGGOTA' },
];
const TODAY = '2026-11-28' as LocalDate;
const TMT = '2026-12-14' as LocalDate;

/**
 * A vacant JPT post without a selection, a person every eligibility rule allows into it today and on
 * the TMT (so only the selection can stop the SK), and others who meet Pasal 107 for it.
 */
async function jptMove() {
  const taken = new Set(
    (await t.ctx.db.selectFrom('selections').select('position_id').execute()).map((r) => r.position_id),
  );
  const busy = new Set(
    (await t.ctx.db.selectFrom('proposal_items').select('employee_id').execute()).map((r) => r.employee_id),
  );
  const world = await loadMatchingWorld(t.ctx, instansiId);
  const held = new Set(world.candidates.map((c) => c.employee.currentPositionId));
  for (const post of world.posts) {
    const kind = post.position.grade.kind;
    if (kind !== 'JPT_PRATAMA' || held.has(post.position.id) || taken.has(post.position.id)) continue;
    const on = (asOf: LocalDate) => ({ ...world.eligibility, asOf });
    const person = world.candidates.find(
      (c) =>
        !busy.has(c.employee.id) &&
        [TODAY, TMT].every((d) => evaluateEligibility(c, post, on(d)).status !== 'BLOCKED'),
    );
    if (!person) continue;
    const others = world.candidates
      .filter((c) => c !== person && pasal107Check(c, post, on(TODAY)).status === 'MEETS')
      .slice(0, 2);
    return { post: post.position, person: person.employee, others: others.map((c) => c.employee) };
  }
  throw new Error('the demo has no vacant JPT post with an eligible person');
}

describe('the SK of a move into a JPT post needs a completed selection naming the person', () => {
  it('shows the standing on the proposal, refuses the SK naming post and person, then issues it', async () => {
    const { post, person, others } = await jptMove();
    const created = await ok('POST', '/proposals', 'operator', {
      title: 'Pengisian JPT uji',
      round: '2026-JPT',
      tmt: TMT,
      items: [
        {
          nip: person.nip,
          toPositionId: post.id,
          reason: 'Pengisian jabatan kosong',
          legalGround: 'PP 11/2017',
        },
      ],
    });
    expect(created.items[0].jptSelection).toEqual({ state: 'NONE', selectionId: null });
    await toApproved(created.id, 'TPK/UJI/JPT/2026');

    const approved = await ok('GET', `/proposals/${created.id}`, 'operator');
    const refused = await call('POST', `/proposals/${created.id}/issue-sk`, 'operator', {
      version: approved.version,
    });
    expect(refused.statusCode).toBe(409);
    const error = refused.json().error;
    expect(error).toMatchObject({
      code: 'WORKFLOW_JPT_SELECTION_MISSING',
      field: 'items',
      rule: 'JPT_SELECTION_REQUIRED',
    });
    for (const text of [error.messages.id, error.messages.en]) {
      expect(text).toContain(post.name);
      expect(text).toContain(person.nip);
    }
    expect(error.messages.id).toContain('belum ada seleksi');
    expect((await ok('GET', `/proposals/${created.id}`, 'operator')).state).toBe('APPROVED');

    // The selection, through the API: three names (or all who qualify), the PPK chooses the person.
    let s = await ok('POST', `/positions/${post.id}/selections`, 'operator', {
      kind: 'OPEN',
      committee: COMMITTEE,
    });
    const stage = async (name: string, status: string, date: string) => {
      s = await ok('POST', `/selections/${s.id}/stages/${name}`, 'operator', {
        version: s.version,
        status,
        date,
      });
    };
    await stage('ANNOUNCEMENT', 'DONE', '2026-11-02');
    await stage('ADMINISTRATIVE', 'IN_PROGRESS', '2026-11-09');
    const nips = [person.nip, ...others.map((o) => o.nip)];
    s = await ok('POST', `/selections/${s.id}/candidates`, 'operator', {
      version: s.version,
      candidates: nips.map((nip) => ({ nip, administrative: 'PASSED' })),
    });
    await stage('ADMINISTRATIVE', 'DONE', '2026-11-09');
    await stage('COMPETENCY', 'DONE', '2026-11-16');
    await stage('INTERVIEW', 'IN_PROGRESS', '2026-11-23');
    const midway = await ok('GET', `/proposals/${created.id}`, 'tpk');
    expect(midway.items[0].jptSelection).toEqual({ state: 'IN_PROGRESS', selectionId: s.id });
    await stage('INTERVIEW', 'DONE', '2026-11-23');
    s = await ok('POST', `/selections/${s.id}/shortlist`, 'operator', {
      version: s.version,
      shortlist: nips,
      reason: nips.length < 3 ? 'Hanya sedikit pelamar yang memenuhi syarat' : null,
    });
    s = await ok('POST', `/selections/${s.id}/result`, 'walikota', {
      version: s.version,
      nip: person.nip,
      decidedOn: '2026-11-27',
      decreeNumber: '800.1.3.2/301/BKPSDM/2026',
    });
    expect(s.status).toBe('COMPLETED');

    const ready = await ok('GET', `/proposals/${created.id}`, 'tpk');
    expect(ready.items[0].jptSelection).toEqual({ state: 'COMPLETED', selectionId: s.id });
    const issued = await step(created.id, 'issue-sk', 'operator');
    expect(issued.state).toBe('SK_ISSUED');
  });
});
