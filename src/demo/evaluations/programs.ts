import type { ProgramDraft } from '../../core/appraisal/evaluation-drafts.js';
import type { ProgramOutcome, ProgramRole } from '../../core/appraisal/records.js';
import { type Day, dayOf, fmt } from '../dates.js';
import type { Random } from '../random.js';
import type { DemoIndex } from './demo-index.js';
import { pickPeople } from './innovations.js';
import type { Trait } from './ratings.js';

interface ProgramIdea {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly lead: string;
  /** Top-level units whose staff take part; `KEC-*` stands for every kecamatan. */
  readonly roots: readonly string[];
  readonly start: readonly [number, number, number];
  readonly end: readonly [number, number, number] | null;
  /** Share of the eligible staff taking part. */
  readonly share: number;
}

const PROGRAMS: readonly ProgramIdea[] = [
  {
    code: 'STUNTING',
    name: 'Percepatan Penurunan Stunting',
    description:
      'Konvergensi layanan gizi, sanitasi dan pendampingan keluarga berisiko stunting (Perpres 72/2021).',
    lead: 'DINKES',
    roots: ['DINKES', 'DPPKB', 'DINSOS', 'BAPPEDA', 'KEC-*'],
    start: [2023, 1, 1],
    end: null,
    share: 0.06,
  },
  {
    code: 'SMART-CITY',
    name: 'Sibolga Smart City',
    description: 'Rencana induk kota cerdas: layanan publik digital, satu data dan pusat komando.',
    lead: 'DISKOMINFO',
    roots: ['DISKOMINFO', 'BAPPEDA', 'DISDUKCAPIL', 'DPMPTSP', 'DISHUB'],
    start: [2023, 3, 1],
    end: null,
    share: 0.12,
  },
  {
    code: 'PASCABANJIR-2025',
    name: 'Penanganan Pascabanjir 2025',
    description:
      'Tanggap darurat, pendataan kerusakan, hunian sementara dan pemulihan layanan setelah banjir dan longsor November 2025.',
    lead: 'BPBD',
    roots: ['BPBD', 'DPUPR', 'DINSOS', 'DINKES', 'SATPOLPP', 'DPKPP', 'KEC-*'],
    start: [2025, 11, 26],
    end: [2026, 6, 30],
    share: 0.1,
  },
  {
    code: 'RB-SAKIP',
    name: 'Reformasi Birokrasi dan SAKIP',
    description: 'Penyusunan perjanjian kinerja, evaluasi SAKIP dan rencana aksi reformasi birokrasi.',
    lead: 'SETDA',
    roots: ['SETDA', 'INSPEKTORAT', 'BAPPEDA', 'BKPSDM', 'BPKPD'],
    start: [2023, 1, 15],
    end: null,
    share: 0.08,
  },
  {
    code: 'SIBOLGA-BERSIH',
    name: 'Gerakan Sibolga Bersih',
    description: 'Kerja bakti terjadwal, bank sampah kelurahan dan penataan drainase kota.',
    lead: 'DLH',
    roots: ['DLH', 'DPUPR', 'KEC-*'],
    start: [2024, 2, 1],
    end: [2024, 12, 31],
    share: 0.1,
  },
  {
    code: 'ADMINDUK-JEMPUT-BOLA',
    name: 'Pelayanan Adminduk Jemput Bola',
    description: 'Perekaman KTP-el dan penerbitan akta di sekolah, panti dan kawasan pesisir.',
    lead: 'DISDUKCAPIL',
    roots: ['DISDUKCAPIL', 'KEC-*'],
    start: [2024, 5, 1],
    end: [2025, 12, 31],
    share: 0.15,
  },
];

const ROLES: readonly (readonly [ProgramRole, number])[] = [
  ['COORDINATOR', 8],
  ['MEMBER', 72],
  ['SUPPORT', 20],
];
const OUTCOMES: readonly (readonly [ProgramOutcome, number])[] = [
  ['EXCEEDED', 12],
  ['ACHIEVED', 60],
  ['PARTIAL', 20],
  ['NOT_ACHIEVED', 8],
];

/**
 * Government programmes of the demo (stunting, smart city, the 2025 flood response ...) and each
 * participant's role, span, hours and outcome. Participants come from the programme's OPDs at the
 * time, better performers somewhat more often; a participation still running at `asOf` is ONGOING.
 */
export function demoPrograms(
  rng: Random,
  index: DemoIndex,
  traits: readonly Trait[],
  asOf: Day,
): ProgramDraft[] {
  const kecamatan = index.unitsOfKind('KECAMATAN').map((u) => u.code);
  return PROGRAMS.filter((p) => dayOf(...p.start) <= asOf).map((p) => {
    const start = dayOf(...p.start);
    const end = p.end ? dayOf(...p.end) : null;
    const roots = p.roots.flatMap((r) => (r === 'KEC-*' ? kecamatan : [r]));
    const middle = Math.min(asOf, end ?? asOf) - Math.floor((Math.min(asOf, end ?? asOf) - start) / 2);
    const eligible = index.staffOn(roots, middle);
    const people = pickPeople(rng, eligible, traits, Math.max(3, Math.round(eligible.length * p.share)));
    const lastDay = Math.min(asOf, end ?? asOf);
    return {
      code: p.code,
      name: p.name,
      description: p.description,
      leadUnitCode: p.lead,
      startDate: fmt(start),
      endDate: end === null ? null : fmt(end),
      participants: people.map((i, k) => {
        const from = rng.int(start, Math.max(start, lastDay - 30));
        const until =
          end !== null && rng.chance(0.5)
            ? end
            : Math.min(end ?? Number.MAX_SAFE_INTEGER, from + rng.int(60, 365));
        const role = k === 0 ? 'COORDINATOR' : rng.weighted(ROLES);
        const months = Math.max(1, (until - from) / 30);
        return {
          nip: index.employees[i]!.nip,
          role,
          startDate: fmt(from),
          endDate: fmt(until),
          hours: Math.round(months * rng.int(3, role === 'COORDINATOR' ? 16 : 9)),
          outcome: until > asOf ? 'ONGOING' : rng.weighted(OUTCOMES),
          evidence: {
            kind: 'DOCUMENT',
            reference: `SK Tim ${p.name} No. 800/${k + 1}/${fmt(from).slice(0, 4)}`,
          },
        };
      }),
    };
  });
}
