import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { attachmentReference } from '../../core/appraisal/register-evidence.js';
import { createPdf } from '../../documents/pdf/create-pdf.js';
import { centredLines, paragraph } from '../../documents/pdf/text-blocks.js';
import { listInnovations } from '../../store/repositories/evaluation-innovations.js';
import { getProgramByCode } from '../../store/repositories/evaluation-programs.js';
import { keepEvidenceFile, setSeededEvidence } from '../../store/repositories/evidence-files.js';
import type { Database } from '../../store/schema.js';

/** How many awarded innovations of the demo get a sample certificate as an uploaded file. */
const CERTIFICATES = 3;

/** A one-page sample PDF, dated so that the same demo gives the same bytes. */
async function samplePdf(date: string, title: string, lines: readonly string[]): Promise<Buffer> {
  const { doc, finish } = await createPdf('A4', {
    title: `${title} (contoh demo)`,
    subject: title,
    author: 'Pemerintah Kota Sibolga (demo)',
    creationDate: new Date(`${date}T00:00:00Z`),
  });
  centredLines(doc, [title.toUpperCase(), '(CONTOH DATA DEMO, BUKAN DOKUMEN RESMI)'], { bold: true });
  for (const line of lines) paragraph(doc, line);
  return finish();
}

async function keep(trx: Transaction<Database>, instansiId: number, fileName: string, pdf: Buffer) {
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await keepEvidenceFile(trx, {
    instansiId,
    sha256,
    fileName,
    mediaType: 'application/pdf',
    bytes: pdf.length,
    contentBase64: pdf.toString('base64'),
    uploadedByUserId: null,
  });
  return { kind: 'ATTACHMENT', reference: attachmentReference(sha256) } as const;
}

/**
 * Gives the demo's registers some uploaded evidence, so the pages show a file to download and not
 * only document numbers: a sample certificate for the first awarded innovations, and the team SK
 * of the stunting programme for all its participants (one file kept once, referred to by all).
 */
export async function seedRegisterEvidence(trx: Transaction<Database>, instansiId: number): Promise<void> {
  const awarded = (await listInnovations(trx, instansiId, { status: 'AWARDED' }))
    .sort((a, b) => a.id - b.id)
    .slice(0, CERTIFICATES);
  for (const i of awarded) {
    const pdf = await samplePdf(i.awardedOn!, 'Piagam penghargaan inovasi', [
      `Diberikan kepada tim inovasi "${i.title}" pada ${i.unitName}.`,
      `Ketua tim: ${i.members.find((m) => m.role === 'LEAD')?.name ?? '-'}.`,
      'Kompetisi Inovasi Pelayanan Publik Pemerintah Kota Sibolga.',
    ]);
    const evidence = await keep(trx, instansiId, `piagam-inovasi-${i.id}.pdf`, pdf);
    await setSeededEvidence(trx, instansiId, { innovationIds: [i.id] }, evidence);
  }
  const stunting = await getProgramByCode(trx, instansiId, 'STUNTING');
  if (stunting) {
    const pdf = await samplePdf(stunting.startDate, 'Surat Keputusan Tim Percepatan Penurunan Stunting', [
      `Menetapkan tim ${stunting.name} Kota Sibolga beserta susunan keanggotaannya.`,
      'Keanggotaan tim tercantum dalam lampiran keputusan ini.',
    ]);
    await setSeededEvidence(
      trx,
      instansiId,
      { programId: stunting.id },
      await keep(trx, instansiId, 'sk-tim-stunting.pdf', pdf),
    );
  }
}
