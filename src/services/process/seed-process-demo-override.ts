import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { createPdf } from '../../documents/pdf/create-pdf.js';
import { paragraph } from '../../documents/pdf/text-blocks.js';
import type { AppContext } from '../app-context.js';
import { addProposalItems } from './change-proposal-items.js';
import { findEligibleMoves } from './find-eligible-moves.js';
import type { ProposalView } from './proposal-view.js';
import { recordTenureOverride } from './record-tenure-override.js';
import { META, on, type Round } from './seed-process-demo-context.js';

const REASON =
  'Penataan organisasi: unit asal digabung ke unit tujuan menurut rancangan Perwali tentang susunan organisasi';

/** The demo's supporting document: a short memorandum, deterministic like the SK (dated by the round). */
async function demoMemorandum(date: string, nip: string): Promise<Buffer> {
  const { doc, finish } = await createPdf('A4', {
    title: 'Nota dinas penataan organisasi (contoh demo)',
    subject: `Pengecualian masa jabatan 2 tahun, NIP ${nip}`,
    author: 'BKPSDM Kota Sibolga (demo)',
    creationDate: new Date(`${date}T00:00:00Z`),
  });
  paragraph(doc, 'NOTA DINAS (CONTOH DATA DEMO, BUKAN DOKUMEN RESMI)');
  paragraph(doc, `Perihal: pengecualian masa jabatan minimal 2 tahun untuk NIP ${nip}.`);
  paragraph(doc, `${REASON}. Pegawai dimutasi mengikuti tugas dan fungsi unitnya.`);
  return finish();
}

/**
 * Adds to a round's draft one move that only the 2-year minimum blocks (a person less than 2 years
 * in post on the TMT, into a free post nobody else takes), for the head of BKPSDM to record an
 * exception on before verifying (DOMAIN.md 15.6). Returns the draft unchanged when the demo has no
 * such person.
 */
export async function addShortTenureMove(
  ctx: AppContext,
  instansiId: number,
  operator: Principal,
  v: ProposalView,
  round: Round,
  taken: { readonly people: readonly number[]; readonly posts: readonly number[] },
): Promise<ProposalView> {
  const c = on(ctx, round.created);
  const [move] = await findEligibleMoves(c, instansiId, round.tmt as LocalDate, 1, taken.people, [], {
    shortTenure: true,
    excludePosts: taken.posts,
  });
  if (!move) return v;
  return addProposalItems(
    c,
    operator,
    {
      proposalId: v.proposal.id,
      version: v.proposal.version,
      items: [
        {
          nip: move.nip,
          toPositionId: move.toPositionId,
          reason: 'Mengikuti penataan organisasi unit',
          legalGround: 'PP 11/2017 Pasal 190 jo. PP 17/2020; rancangan Perwali susunan organisasi',
        },
      ],
    },
    META,
  );
}

/** The head of BKPSDM records the exception, with its memorandum, on every move that needs one. */
export async function recordDemoOverrides(
  ctx: AppContext,
  head: Principal,
  v: ProposalView,
  round: Round,
  needing: ReadonlySet<string>,
): Promise<ProposalView> {
  for (const item of v.items.filter((i) => needing.has(i.nip))) {
    v = await recordTenureOverride(
      on(ctx, round.verified),
      head,
      {
        proposalId: v.proposal.id,
        itemId: item.id,
        version: v.proposal.version,
        ground: 'RESTRUCTURING',
        reason: REASON,
        document: {
          fileName: 'nota-dinas-penataan-organisasi.pdf',
          bytes: new Uint8Array(await demoMemorandum(round.verified, item.nip)),
        },
      },
      META,
    );
  }
  return v;
}
