import { type Education, educationRank } from '../core/model/education.js';
import { MAJOR_CODES } from '../core/model/majors.js';
import { type Licence, PROFESSIONS, type Profession } from '../core/model/profession.js';
import { PROFESSION_RULES } from '../core/model/profession-rules.js';
import { addMonthsDay, civil, type Day, dayOf, fmt } from './dates.js';
import type { Random } from './random.js';
import { majorCode } from './reference/majors.js';

type LicenceDraft = Omit<Licence, 'id'>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Two-digit profession codes inside an STR number (the national layout is [U]; illustrative). */
const STR_CODE: Readonly<Record<Profession, string>> = {
  GURU: '00',
  DOKTER: '11',
  DOKTER_GIGI: '12',
  DOKTER_SPESIALIS: '13',
  PERAWAT: '21',
  BIDAN: '22',
  APOTEKER: '31',
  TTK: '32',
  NUTRISIONIS: '41',
  SANITARIAN: '42',
  PRANATA_LAB: '43',
  RADIOGRAFER: '44',
  PEREKAM_MEDIS: '45',
  FISIOTERAPIS: '46',
};
/** The SIP kinds the city's one-stop permit office (DPMPTSP) issues. */
const SIP_KIND: Readonly<Partial<Record<Profession, string>>> = {
  DOKTER: 'SIP-DU',
  DOKTER_GIGI: 'SIP-DRG',
  DOKTER_SPESIALIS: 'SIP-DS',
  APOTEKER: 'SIPA',
};

/**
 * Issues licence numbers, unique within the data set and deterministic from the seed: a 16-digit
 * STR (profession, province 12 = Sumatera Utara, year, a serial per profession and year, check
 * digits), a SIP of the DPMPTSP Kota Sibolga (`503/0012/SIP-DU/DPMPTSP/2025`, per-year counter; 503
 * is the archive code of permits) and a 14-digit educator certificate (year, province, subject,
 * serial). The exact national layouts are [U].
 */
export class LicenceNumbers {
  private readonly serials = new Map<string, number>();

  str(rng: Random, profession: Profession, issued: Day): string {
    const prefix = `${STR_CODE[profession]}12${pad(civil(issued).year % 100, 2)}`;
    return `${prefix}${pad(this.serial(prefix), 6)}${pad(rng.int(0, 9999), 4)}`;
  }

  sip(profession: Profession, issued: Day): string {
    const year = civil(issued).year;
    return `503/${pad(this.serial(`SIP|${year}`), 4)}/${SIP_KIND[profession] ?? 'SIP'}/DPMPTSP/${year}`;
  }

  educator(subject: string, issued: Day): string {
    const code = majorCode(subject);
    const prefix = `${pad(civil(issued).year % 100, 2)}12${pad(code ? MAJOR_CODES.indexOf(code) + 1 : 0, 3)}`;
    return `${prefix}${pad(this.serial(prefix), 7)}`;
  }

  /** The next serial under a prefix, from 1: numbers never repeat. */
  private serial(prefix: string): number {
    const n = (this.serials.get(prefix) ?? 0) + 1;
    this.serials.set(prefix, n);
    return n;
  }
}

/**
 * The health profession a diploma licenses: the most demanding one of PROFESSION_RULES it meets
 * (S1 Farmasi: Apoteker, D3 Farmasi: TTK), or null (S1 Kesehatan Masyarakat, any non-health one).
 * @example professionOfDiploma({ level: 'D3', major: 'D3 Keperawatan', ... }) // 'PERAWAT'
 */
export function professionOfDiploma(e: Education): Profession | null {
  const key = `${e.level}|${e.major}`;
  let prof = BY_DIPLOMA.get(key);
  if (prof === undefined) {
    prof = professionOf(e);
    BY_DIPLOMA.set(key, prof);
  }
  return prof;
}

const BY_DIPLOMA = new Map<string, Profession | null>();

function professionOf(e: Education): Profession | null {
  const code = majorCode(e.major);
  if (code === null) return null;
  let best: Profession | null = null;
  let bestRank = -1;
  for (const prof of PROFESSIONS) {
    for (const q of PROFESSION_RULES[prof].qualifications) {
      const r = educationRank(q.minLevel);
      if (q.majors.includes(code) && educationRank(e.level) >= r && r > bestRank) {
        best = prof;
        bestRank = r;
      }
    }
  }
  return best;
}

export interface LicenceInputs {
  readonly education: readonly Education[];
  /** The profession of the current post, or null. */
  readonly profession: Profession | null;
  /** Start of the current post. */
  readonly since: Day;
  /** First day in a teacher's post, or null when the person never taught. */
  readonly teachingFrom: Day | null;
  /** First day in a post of each health profession the person practised. */
  readonly practiseFrom: ReadonlyMap<Profession, Day>;
  /** An education graduate outside teaching who took PPG before entering the service. */
  readonly preServicePpg: boolean;
  readonly asOf: Day;
}

/**
 * The licences a person holds, valid on `asOf` and for at least two years after it (so a plan on the
 * demo is judged on data that agrees with the rules):
 * - an STR per health profession their diplomas qualify for, issued after graduation and before they
 *   first practised it, for life (UU 17/2023 made the STR lifelong): a nurse working as a clerk keeps it;
 * - a SIP for the post they practise in when the profession asks for one, issued or renewed in the
 *   last three years and valid five (UU 17/2023 Pasal 263);
 * - a sertifikat pendidik (UU 14/2005 Pasal 8) for whoever teaches or taught, earned through PPG in
 *   service (from two years after appointment) or before it (PPG prajabatan), with no end date.
 */
export function licencesFor(rng: Random, numbers: LicenceNumbers, x: LicenceInputs): LicenceDraft[] {
  const out: LicenceDraft[] = [];
  const strIssued = new Map<Profession, Day>();
  for (const e of x.education) {
    const prof = professionOfDiploma(e);
    if (prof === null || strIssued.has(prof)) continue;
    const afterExam = rng.int(dayOf(e.graduationYear, 9, 1), dayOf(e.graduationYear + 1, 3, 31));
    const issued = Math.min(afterExam, x.practiseFrom.get(prof) ?? afterExam, x.asOf - 30);
    strIssued.set(prof, issued);
    out.push(licence('STR', numbers.str(rng, prof, issued), prof, issued, null));
  }
  const prof = x.profession;
  // Someone in a post of a lesser profession than their diploma (an apoteker in a TTK post)
  // registered for the post's profession when they took it up.
  if (prof !== null && PROFESSION_RULES[prof].licences.includes('STR') && !strIssued.has(prof)) {
    const from = x.practiseFrom.get(prof) ?? x.since;
    const issued = Math.min(x.asOf - 30, from - rng.int(1, 60));
    strIssued.set(prof, issued);
    out.push(licence('STR', numbers.str(rng, prof, issued), prof, issued, null));
  }
  if (prof !== null && PROFESSION_RULES[prof].licences.includes('SIP')) {
    const renewed = x.asOf - rng.int(30, 1090);
    const base = x.since >= x.asOf - 1090 ? x.since + rng.int(0, 30) : renewed;
    const issued = Math.min(x.asOf - 1, Math.max(base, (strIssued.get(prof) ?? base) + 1));
    out.push(licence('SIP', numbers.sip(prof, issued), prof, issued, addMonthsDay(issued, 60) - 1));
  }
  const subject = x.education.find(
    (e) => e.field === 'EDUCATION' && educationRank(e.level) >= educationRank('S1'),
  );
  if (subject && (x.teachingFrom !== null || x.preServicePpg)) {
    const issued = educatorCertificateDate(rng, x.teachingFrom, subject.graduationYear, x.asOf);
    out.push(licence('SERTIFIKAT_PENDIDIK', numbers.educator(subject.major, issued), 'GURU', issued, null));
  }
  return out;
}

/**
 * Teachers appointed before 2020 were certified in service (sertifikasi from late 2007, two years
 * after appointment at the earliest); later ones and non-teachers through PPG before appointment.
 */
function educatorCertificateDate(rng: Random, teachingFrom: Day | null, degreeYear: number, asOf: Day): Day {
  const latest = asOf - 60;
  if (teachingFrom !== null && teachingFrom < dayOf(2020, 1, 1)) {
    const from = Math.max(addMonthsDay(teachingFrom, 24), dayOf(2007, 12, 1));
    if (from <= latest) return rng.int(from, latest);
  }
  const from = dayOf(degreeYear + 1, 2, 1);
  const until = Math.min(latest, (teachingFrom ?? latest) - 30);
  return from <= until ? rng.int(from, until) : Math.min(from, asOf - 1);
}

function licence(
  kind: Licence['kind'],
  number: string,
  profession: Profession,
  issued: Day,
  validUntil: Day | null,
): LicenceDraft {
  return {
    kind,
    number,
    profession,
    issuedOn: fmt(issued),
    validUntil: validUntil === null ? null : fmt(validUntil),
  };
}
