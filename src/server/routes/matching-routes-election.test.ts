import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { preCandidacyWindow } from '../../core/eligibility/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import {
  ELECTION_WINDOWS_SETTING,
  MENDAGRI_APPROVALS_SETTING,
} from '../../services/matching/election-settings.js';
import { setSetting } from '../../store/repositories/settings.js';

// The criterion on the demo data, through the API: inside a Pasal 71(2) window a move is
// blocked with the R-PILKADA-71-2 code until a Mendagri approval naming the person is recorded.
let t: TestApp;
let cookie: string;
let instansiId: number;
let nip: string;
let positionId: number;

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const explain = async () => (await get(`/api/employees/${nip}/matches/${positionId}`)).json();
const approval = (nips: string[], letterDate: string) => ({
  letterNo: '100.2.2.6/4521/OTDA',
  letterDate,
  subject: 'Persetujuan mutasi pejabat Pemko Sibolga',
  coveredNips: nips,
  coveredPositionIds: [],
});

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.signIn('operator');
  instansiId = (await get('/api/auth/me')).json().instansiId;
  // A pengawas post (in the ban's scope) and its best candidate before any window is stored (the
  // Sibolga 2024-25 windows are over by the fixed clock).
  const posts = (await get('/api/positions?pageSize=200&kind=PENGAWAS')).json().items as {
    id: number;
    kind: string;
  }[];
  for (const p of posts.filter((x) => x.kind === 'PENGAWAS')) {
    const best = (await get(`/api/positions/${p.id}/candidates?top=1`)).json().candidates[0];
    if (best && !best.isStay) {
      positionId = p.id;
      nip = best.nip;
      break;
    }
  }
});
afterAll(() => t.close());

describe('election-period ban on the demo data', () => {
  it('blocks the move with the Pasal 71(2) code inside the window, until an approval names the NIP', async () => {
    expect(positionId).toBeGreaterThan(0);
    expect((await explain()).eligibility.status).not.toBe('BLOCKED');

    // Candidate pairs set on 2027-01-15: the window opens on 2026-07-15, before the fixed clock (2026-11-28).
    const window = preCandidacyWindow('2027-01-15' as LocalDate, '2027-06-30' as LocalDate);
    await setSetting(t.ctx.db, instansiId, ELECTION_WINDOWS_SETTING, [window]);
    const banned = await explain();
    expect(banned.eligibility.status).toBe('BLOCKED');
    expect(banned.whyNot.kind).toBe('BLOCKED');
    const rule = banned.whyNot.blocking.find((r: { code: string }) => r.code === 'R-PILKADA-71-2');
    expect(rule.citation.article).toBe('Pasal 71 ayat (2)');
    expect(rule.message.id).not.toBe('');
    const ranked = (await get(`/api/positions/${positionId}/candidates?top=100`)).json().candidates;
    expect(ranked.some((c: { nip: string }) => c.nip === nip)).toBe(false);

    await setSetting(t.ctx.db, instansiId, MENDAGRI_APPROVALS_SETTING, [
      approval(['199001012015031001'], '2026-11-20'),
    ]);
    expect((await explain()).eligibility.status).toBe('BLOCKED');

    await setSetting(t.ctx.db, instansiId, MENDAGRI_APPROVALS_SETTING, [approval([nip], '2026-11-20')]);
    const approved = await explain();
    expect(approved.eligibility.status).not.toBe('BLOCKED');
    const passed = approved.eligibility.results.find((r: { code: string }) => r.code === 'R-PILKADA-71-2');
    expect(passed.status).not.toBe('BLOCK');
    expect(passed.message.en).toContain('100.2.2.6/4521/OTDA');
  });
});
