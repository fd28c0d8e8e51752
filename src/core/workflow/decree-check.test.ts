import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import { checkDecree, type DecreeCheckFacts } from './decree-check.js';
import { signatoryProblems } from './decree-signatory.js';
import { signingDateProblems } from './decree-signing.js';
import { decreeTitleOf } from './decree-title.js';

const d = (s: string) => s as LocalDate;

const WALI_KOTA = { title: 'WALI KOTA SIBOLGA', name: 'Drs. Halomoan Situmeang, M.Si.' };
const KEPALA_BKPSDM = {
  title: 'a.n. WALI KOTA SIBOLGA',
  office: 'Kepala BKPSDM',
  name: 'Rahmat Hidayat Pasaribu, S.STP., M.Si.',
  nip: '197805122003121002',
};

/** A proposal ready for its SK: signatories set, board done, dates in order, no election window. */
const ready = (over: Partial<DecreeCheckFacts> = {}): DecreeCheckFacts => ({
  skDate: d('2026-12-08'),
  tmt: d('2027-01-04'),
  skSignatory: WALI_KOTA,
  excerptSigner: KEPALA_BKPSDM,
  boardComplete: true,
  agreedKinds: ['PELAKSANA', 'JF'],
  minutes: { number: '800.1.3/09/TPK/2026', date: d('2026-12-08') },
  approvedOn: d('2026-12-08'),
  blocked: [],
  jptWithoutSelection: [],
  electionUncoveredNips: [],
  seatOverflows: [],
  ...over,
});

const codes = (f: DecreeCheckFacts) => checkDecree(f).map((x) => [x.code, x.field]);

describe('checkDecree', () => {
  it('finds nothing when everything is in place (dates may fall on the same day)', () => {
    expect(checkDecree(ready())).toEqual([]);
    expect(checkDecree(ready({ skDate: d('2027-01-04') }))).toEqual([]);
  });

  it('reports unset and incomplete signatories, naming the settings field to fix', () => {
    expect(codes(ready({ skSignatory: null, excerptSigner: null }))).toEqual([
      ['DECREE_SIGNATORY_MISSING', 'skSignatory'],
      ['DECREE_SIGNATORY_MISSING', 'excerptSigner'],
    ]);
    const { nip: _nip, ...noNip } = KEPALA_BKPSDM;
    expect(codes(ready({ skSignatory: { title: '', name: ' ' }, excerptSigner: noNip }))).toEqual([
      ['DECREE_SIGNATORY_INCOMPLETE', 'skSignatory.title'],
      ['DECREE_SIGNATORY_INCOMPLETE', 'skSignatory.name'],
      ['DECREE_SIGNATORY_INCOMPLETE', 'excerptSigner.nip'],
    ]);
    const message = checkDecree(ready({ skSignatory: null }))[0]!.message;
    expect(message.id).toBe('Penandatangan SK belum diatur di Pengaturan proses mutasi');
    expect(message.en).toBe('The SK signatory is not set in the process settings');
  });

  it('checks a signatory NIP with the core NIP rules, and asks for one only where it is shown', () => {
    // An elected Wali Kota signs without NIP; an official signing a.n. him shows one.
    expect(signatoryProblems('skSignatory', WALI_KOTA, d('2026-12-08'))).toEqual([]);
    const onBehalf = { ...WALI_KOTA, title: 'a.n. WALI KOTA SIBOLGA', office: 'Sekretaris Daerah' };
    expect(signatoryProblems('skSignatory', onBehalf, d('2026-12-08')).map((p) => p.field)).toEqual([
      'skSignatory.nip',
    ]);
    const [bad] = checkDecree(ready({ excerptSigner: { ...KEPALA_BKPSDM, nip: '19780512200312100' } }));
    expect(bad).toMatchObject({
      code: 'DECREE_SIGNATORY_NIP_INVALID',
      field: 'excerptSigner.nip',
      value: '19780512200312100',
    });
    expect(bad!.message.id).toContain('NIP harus 18 digit');
    // A TMT CPNS after the SK date is no NIP of a serving official.
    const future = { ...KEPALA_BKPSDM, nip: '197805122027011002' };
    expect(codes(ready({ excerptSigner: future }))).toEqual([
      ['DECREE_SIGNATORY_NIP_INVALID', 'excerptSigner.nip'],
    ]);
  });

  it('keeps the dates in order: minutes and approval <= SK date <= TMT', () => {
    // The SK of 7 December citing minutes of 8 December.
    const [before] = checkDecree(ready({ skDate: d('2026-12-07') }));
    expect(before).toMatchObject({ code: 'DECREE_DATE_BEFORE_MINUTES', field: 'date', value: '2026-12-07' });
    expect(before!.message.id).toBe(
      'Tanggal SK (7 Desember 2026) sebelum berita acara TPK Nomor 800.1.3/09/TPK/2026 (8 Desember 2026) yang dikutipnya',
    );
    expect(codes(ready({ approvedOn: d('2026-12-09'), skDate: d('2026-12-08') }))).toEqual([
      ['DECREE_DATE_BEFORE_APPROVAL', 'date'],
    ]);
    expect(codes(ready({ skDate: d('2027-01-05') }))).toEqual([['DECREE_DATE_AFTER_TMT', 'date']]);
  });

  it('reports the board, the moves and the election window', () => {
    expect(codes(ready({ boardComplete: false, minutes: null, agreedKinds: [] }))).toEqual([
      ['DECREE_BOARD_INCOMPLETE', 'board'],
      ['DECREE_MINUTES_MISSING', 'board'],
      ['DECREE_NO_AGREED_MOVES', 'items'],
    ]);
    const blocked = {
      nip: '198609262015051001',
      rules: [
        { code: 'R-HUKDIS', message: { id: 'Sedang menjalani hukuman disiplin', en: 'Serving a penalty' } },
      ],
    };
    const found = checkDecree(
      ready({
        blocked: [blocked],
        agreedKinds: ['JPT_PRATAMA', 'PELAKSANA'],
        jptWithoutSelection: ['197001012000031001'],
        electionUncoveredNips: ['198609262015051001'],
      }),
    );
    expect(found.map((f) => f.code)).toEqual([
      'DECREE_MOVE_BLOCKED',
      'DECREE_JPT_SELECTION_MISSING',
      'DECREE_JPT_SEPARATE',
      'DECREE_MENDAGRI_APPROVAL_MISSING',
    ]);
    expect(found[0]!.message.id).toContain('Sedang menjalani hukuman disiplin');
    expect(found[3]).toMatchObject({ field: 'mendagriApproval', value: ['198609262015051001'] });
    // A proposal of JPT moves only is fine: its SK is the JPT appointment.
    expect(codes(ready({ agreedKinds: ['JPT_PRATAMA'] }))).toEqual([]);
  });
});

describe('decreeTitleOf', () => {
  const AREA = 'DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA';
  it.each([
    [
      ['PELAKSANA', 'PELAKSANA'],
      'PELAKSANA',
      'PEMINDAHAN DAN PENEMPATAN PEGAWAI NEGERI SIPIL DALAM JABATAN PELAKSANA',
    ],
    [['JF'], 'JF', 'PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN FUNGSIONAL'],
    [['PENGAWAS'], 'PENGAWAS', 'PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN PENGAWAS'],
    [
      ['ADMINISTRATOR', 'PENGAWAS'],
      'ADMINISTRATOR_PENGAWAS',
      'PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN ADMINISTRATOR DAN JABATAN PENGAWAS',
    ],
    [['JPT_PRATAMA'], 'JPT', 'PENGANGKATAN DALAM JABATAN PIMPINAN TINGGI PRATAMA'],
    // Drivers, school guards and JF posts with one pengawas: not "Administrator dan Pengawas".
    [['PELAKSANA', 'JF', 'PENGAWAS'], 'MIXED', 'MUTASI PEGAWAI NEGERI SIPIL'],
    [['PELAKSANA', 'JF'], 'MIXED', 'MUTASI PEGAWAI NEGERI SIPIL'],
  ] as const)('%o -> %s', (kinds, scope, subject) => {
    expect(decreeTitleOf(kinds)).toMatchObject({ scope, subject: `${subject} ${AREA}` });
  });

  it('counts the moves per group of posts', () => {
    expect(decreeTitleOf(['PELAKSANA', 'JF', 'JF', 'JPT_PRATAMA']).counts).toEqual({
      JPT: 1,
      ADMINISTRATOR: 0,
      PENGAWAS: 0,
      JF: 2,
      PELAKSANA: 1,
    });
  });
});

describe('signingDateProblems', () => {
  const on = (signedOn: string) =>
    signingDateProblems({
      signedOn: d(signedOn),
      decreeDate: d('2026-12-08'),
      tmt: d('2027-01-04'),
      asOf: d('2026-12-10'),
    }).map((p) => p.rule);

  it('accepts a signature on the SK date up to today', () => {
    expect(on('2026-12-08')).toEqual([]);
    expect(on('2026-12-10')).toEqual([]);
  });

  it('refuses a signature before the SK date or in the future', () => {
    expect(on('2026-12-07')).toEqual(['SIGNED_BEFORE_SK']);
    expect(on('2026-12-11')).toEqual(['SIGNED_IN_FUTURE']);
    expect(
      signingDateProblems({
        signedOn: d('2027-01-05'),
        decreeDate: d('2026-12-08'),
        tmt: d('2027-01-04'),
        asOf: d('2027-01-06'),
      }).map((p) => [p.field, p.rule]),
    ).toEqual([['signedOn', 'SIGNED_AFTER_TMT']]);
  });

  it('refuses an SK whose agreed moves overfill a post the board left occupied', () => {
    const overflow = { positionId: 7, name: 'Perawat Ahli Pertama', seats: 2, before: 2, after: 3 };
    const findings = checkDecree(ready({ seatOverflows: [overflow] }));
    expect(findings.map((f) => [f.code, f.field, f.value])).toEqual([['DECREE_SEATS_EXCEEDED', 'items', 7]]);
    expect(findings[0]!.message.id).toContain('Perawat Ahli Pertama hanya memiliki 2 formasi');
  });
});
