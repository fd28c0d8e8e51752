import { describe, expect, it } from 'vitest';
import {
  describeWithPdftotext,
  expectInOrder,
  pdfInfo,
  pdfPages,
  squash,
} from '../../../test/support/pdf-text.js';
import { DomainError } from '../../core/errors.js';
import { formatNip } from '../../core/model/nip.js';
import type { BoardMinutesDocument } from './decree-document.js';
import { renderBoardMinutesPdf } from './render-board-minutes-pdf.js';
import { sampleBoardMinutes, sampleRow } from './sample-decree.js';

const refusal = async (m: BoardMinutesDocument) => {
  const error = await renderBoardMinutesPdf(m).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('renderBoardMinutesPdf: bad input', () => {
  const minutes = sampleBoardMinutes();

  it('refuses minutes without a chair, or with two', async () => {
    const noChair = await refusal({ ...minutes, members: minutes.members.filter((m) => m.role !== 'CHAIR') });
    expect(noChair.details).toMatchObject({ field: 'members', rule: 'BOARD_ONE_CHAIR' });
    const twoChairs = await refusal({
      ...minutes,
      members: minutes.members.map((m) => (m.role === 'SECRETARY' ? { ...m, role: 'CHAIR' as const } : m)),
    });
    expect(twoChairs.details.rule).toBe('BOARD_ONE_CHAIR');
  });

  it('refuses a candidate with an invalid NIP or decision, naming the candidate', async () => {
    const candidates = [
      minutes.candidates[0]!,
      minutes.candidates[1]!,
      { ...minutes.candidates[2]!, nip: '12345', decision: 'MAYBE' as 'DEFER' },
    ];
    const e = await refusal({ ...minutes, candidates });
    expect(e.code).toBe('NIP_INVALID');
    expect(e.details.issues?.map((i) => [i.field, i.rule])).toEqual([
      ['candidates.2.nip', 'NIP_LENGTH'],
      ['candidates.2.decision', 'BOARD_DECISION'],
    ]);
  });

  it('reads a PPPK number (cohort code 24 in digits 13-14) on the agenda, which an SK row would refuse', async () => {
    const pppk = '19900913 2025 24 2 014';
    const candidates = [{ ...minutes.candidates[0]!, nip: pppk }, ...minutes.candidates.slice(1)];
    const pdf = await renderBoardMinutesPdf({ ...minutes, candidates });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });

  it('refuses conflict declarations by outsiders or about nobody on the agenda', async () => {
    const e = await refusal({
      ...minutes,
      conflictDeclarations: [
        { memberName: 'Orang Luar', hasConflict: false, statement: 'Tidak ada', recused: false },
        {
          memberName: 'Darwin Lubis',
          hasConflict: true,
          candidateNip: sampleRow(9).nip,
          statement: 'Ipar',
          recused: true,
        },
      ],
    });
    expect(e.details.issues?.map((i) => [i.field, i.rule])).toEqual([
      ['conflictDeclarations.0.memberName', 'CONFLICT_BY_MEMBER'],
      ['conflictDeclarations.1.candidateNip', 'CONFLICT_ABOUT_CANDIDATE'],
    ]);
  });

  it('refuses empty members, agenda and candidates and a missing session number', async () => {
    const e = await refusal({
      ...minutes,
      sessionNumber: '',
      members: [],
      agenda: [],
      candidates: [],
      conflictDeclarations: [],
    });
    expect(e.details.issues?.map((i) => i.field)).toEqual([
      'sessionNumber',
      'members',
      'agenda',
      'candidates',
    ]);
  });
});

describeWithPdftotext('renderBoardMinutesPdf', () => {
  it('records attendance, the conflicts by name, the decisions summarised and the signatures of those present', async () => {
    const m = sampleBoardMinutes();
    const pdf = await renderBoardMinutesPdf(m);
    const pages = await pdfPages(pdf, 'raw');
    const text = squash(pages.join(' '));
    const [, disagree, defer] = m.candidates;
    expectInOrder(text, [
      'PEMERINTAH KOTA SIBOLGA',
      'BERITA ACARA',
      'SIDANG TIM PENILAI KINERJA PEGAWAI NEGERI SIPIL KOTA SIBOLGA',
      'NOMOR : 800.1.3/07/TPK/2026',
      'Pada hari ini Jumat, tanggal 20 November 2026, pukul 09.00 WIB, bertempat di Ruang Rapat Sekretariat Daerah Kota Sibolga',
      'Acara : 1. Pembahasan usulan mutasi USL-2026-0007',
      '2. Pernyataan konflik kepentingan anggota tim',
      'I. KEHADIRAN',
      '1. Herman Suwito Sekretaris Daerah Ketua Hadir',
      '2. Rosmawati Siregar Kepala Badan Kepegawaian Daerah Sekretaris Hadir',
      '3. Darwin Lubis Inspektur Anggota Hadir',
      '4. Ahmad Pohan Asisten Administrasi Umum Anggota Tidak hadir (dinas luar)',
      '5. Nurhayati Pasaribu Kepala Bagian Organisasi Anggota Hadir',
      'Jumlah anggota yang hadir: 4 dari 5 orang.',
      'II. PERNYATAAN KONFLIK KEPENTINGAN',
      'Anggota yang hadir berikut menyatakan tidak memiliki konflik kepentingan dengan calon mana pun: Herman Suwito.',
      'tidak ikut membahas dan memutus calon yang bersangkutan',
      `1. Darwin Lubis ${disagree!.name} NIP ${formatNip(disagree!.nip)} Memiliki hubungan keluarga sedarah dengan calon`,
      'III. HASIL PERTIMBANGAN',
      'Tim memutus 3 calon dari usulan USL-2026-0007: 1 calon disetujui, 1 calon tidak disetujui dan 1 calon ditunda',
      '1. USL-2026-0007 3 1 1 1',
      'Jumlah 3 1 1 1',
      'Antar-OPD',
      'Seluruh calon tersebut disetujui, dengan pertimbangan: Memenuhi masa jabatan minimal 2 tahun, kecuali 2 calon berikut:',
      'Calon yang tidak disetujui atau ditunda',
      `1. ${disagree!.name} NIP ${formatNip(disagree!.nip)}`,
      'Tidak setuju: Kompetensi teknis belum sesuai standar jabatan',
      `2. ${defer!.name} NIP ${formatNip(defer!.nip)}`,
      'Ditunda: Menunggu hasil uji kompetensi',
      'Demikian berita acara ini dibuat dengan sebenarnya',
      'Sibolga, 20 November 2026',
      'Ketua,',
      'HERMAN SUWITO',
      'Sekretaris,',
      'ROSMAWATI SIREGAR',
      'Anggota yang hadir:',
      '1. Darwin Lubis',
      '2. Nurhayati Pasaribu',
    ]);
    // The agreed candidate is counted, not listed: only what differs is printed in full.
    expect(text).not.toContain(m.candidates[0]!.name);
    // Absent members do not sign.
    const signatures = text.slice(text.indexOf('Demikian berita acara'));
    expect(signatures).not.toContain('Ahmad Pohan');
    pages.forEach((page, i) => {
      expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
    const info = await pdfInfo(pdf);
    expect(info.Title).toBe(
      'Berita Acara Sidang Tim Penilai Kinerja Pegawai Negeri Sipil Kota Sibolga Nomor 800.1.3/07/TPK/2026',
    );
    expect(info.Author).toBe('Tim Penilai Kinerja Pegawai Negeri Sipil Kota Sibolga');
  });

  it('leaves an absent secretary out of the signatures', async () => {
    const m = sampleBoardMinutes();
    const members = m.members.map((x) => (x.role === 'SECRETARY' ? { ...x, present: false } : x));
    const text = squash((await pdfPages(await renderBoardMinutesPdf({ ...m, members }), 'raw')).join(' '));
    const signatures = text.slice(text.indexOf('Demikian berita acara'));
    expect(signatures).toContain('HERMAN SUWITO');
    expect(signatures).not.toContain('Sekretaris,');
    expect(signatures).not.toContain('ROSMAWATI');
    expect(text).toContain('Rosmawati Siregar Kepala Badan Kepegawaian Daerah Sekretaris Tidak hadir');
  });

  it('keeps a 150-candidate session to a few pages: counts, two exceptions in full, one conflict', async () => {
    const base = sampleBoardMinutes();
    const candidates = Array.from({ length: 150 }, (_, i) => {
      const r = sampleRow(i);
      const decision = i === 40 ? 'DISAGREE' : i === 90 ? 'DEFER' : 'AGREE';
      return {
        nip: r.nip,
        name: r.name,
        golongan: r.golongan,
        currentPosition: r.oldPosition,
        currentUnit: r.oldUnit,
        proposedPosition: r.newPosition,
        proposedUnit: r.newUnit,
        proposalRef: 'USL-2026-0012',
        moveKind: i % 3 === 0 ? 'Rotasi dalam OPD' : 'Antar-OPD',
        decision: decision as 'AGREE' | 'DISAGREE' | 'DEFER',
        notes:
          decision === 'DISAGREE'
            ? 'Kompetensi teknis belum sesuai standar jabatan'
            : decision === 'DEFER'
              ? 'Menunggu hasil uji kompetensi'
              : 'Memenuhi persyaratan jabatan',
      };
    });
    const present = base.members.filter((x) => x.present);
    const conflictDeclarations = present.flatMap((member) =>
      candidates.map((c, i) => ({
        memberName: member.name,
        hasConflict: member.name === 'Darwin Lubis' && i === 7,
        candidateNip: c.nip,
        statement:
          member.name === 'Darwin Lubis' && i === 7 ? 'Ipar kandung' : 'Tidak ada konflik kepentingan',
        recused: member.name === 'Darwin Lubis' && i === 7,
      })),
    );
    expect(conflictDeclarations).toHaveLength(600);
    const pdf = await renderBoardMinutesPdf({ ...base, candidates, conflictDeclarations });
    const pages = await pdfPages(pdf, 'raw');
    expect(pages.length).toBeLessThanOrEqual(4);
    const text = squash(pages.join(' '));
    expectInOrder(text, [
      'menyatakan tidak memiliki konflik kepentingan dengan calon mana pun: Herman Suwito, Rosmawati Siregar dan Nurhayati Pasaribu.',
      `Darwin Lubis ${candidates[7]!.name}`,
      'Ipar kandung',
      'Tim memutus 150 calon dari usulan USL-2026-0012: 148 calon disetujui, 1 calon tidak disetujui dan 1 calon ditunda',
      'Rotasi dalam OPD 50',
      'Antar-OPD 100',
      'kecuali 2 calon berikut:',
      candidates[40]!.name,
      'Tidak setuju: Kompetensi teknis belum sesuai standar jabatan',
      candidates[90]!.name,
      'Ditunda: Menunggu hasil uji kompetensi',
    ]);
    expect(text).not.toContain(candidates[41]!.name);
  });

  it('says so when nobody declared anything, and is deterministic', async () => {
    const m = sampleBoardMinutes({ conflictDeclarations: [] });
    const pdf = await renderBoardMinutesPdf(m);
    const text = squash((await pdfPages(pdf)).join(' '));
    expect(text).toContain('Tidak ada pernyataan konflik kepentingan yang dicatat.');
    expect(pdf.equals(await renderBoardMinutesPdf(structuredClone(m)))).toBe(true);
  });
});
