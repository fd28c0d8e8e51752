import type { Nip } from '../core/model/nip.js';
import { civil, type Day } from './dates.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Issues NIPs by the rules of DOMAIN.md 4: `YYYYMMDD` birth date, `YYYYMM` TMT CPNS (PNS/CPNS) or
 * `YYYY` + a two-digit cohort code (PPPK, 4.2), gender digit, then a sequence that starts at 001 and
 * grows only when the first 15 digits collide, so every NIP is unique.
 */
export class NipRegistry {
  private readonly sequences = new Map<string, number>();

  pns(birth: Day, tmtCpns: Day, gender: 'M' | 'F'): Nip {
    const t = civil(tmtCpns);
    return this.issue(`${ymd(birth)}${t.year}${pad(t.month, 2)}${gender === 'M' ? 1 : 2}`);
  }

  pppk(birth: Day, appointmentYear: number, cohort: number, gender: 'M' | 'F'): Nip {
    return this.issue(`${ymd(birth)}${appointmentYear}${pad(cohort % 100, 2)}${gender === 'M' ? 1 : 2}`);
  }

  private issue(prefix: string): Nip {
    const seq = (this.sequences.get(prefix) ?? 0) + 1;
    if (seq > 999) throw new RangeError(`NIP sequence exhausted for ${prefix}`);
    this.sequences.set(prefix, seq);
    return `${prefix}${pad(seq, 3)}` as Nip;
  }
}

function ymd(d: Day): string {
  const c = civil(d);
  return `${c.year}${pad(c.month, 2)}${pad(c.day, 2)}`;
}

export type SkKind = 'POSITION' | 'RANK' | 'CPNS' | 'DISCIPLINE';

/**
 * Decree numbers with a per-year counter. From 2023 the archive classification of Permendagri
 * 83/2022 (800.1.x, DOMAIN.md 10.2); before it, the older 8xx codes and the agency's former name
 * BKD. Which code applies to each decree kind is [U].
 */
export class SkNumbers {
  private readonly counters = new Map<string, number>();

  next(kind: SkKind, year: number): string {
    const key = `${kind}|${year}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const modern = year >= 2023;
    switch (kind) {
      case 'POSITION':
        return modern ? `800.1.3.3/${n}/BKPSDM/${year}` : `821.2/${n}/BKD/${year}`;
      case 'RANK':
        return modern ? `800.1.3.2/${n}/BKPSDM/${year}` : `823.3/${n}/BKD/${year}`;
      case 'CPNS':
        return modern ? `800.1.2.2/${n}/BKPSDM/${year}` : `813.3/${n}/BKD/${year}`;
      case 'DISCIPLINE':
        return modern ? `800.1.6.4/${n}/BKPSDM/${year}` : `862/${n}/BKD/${year}`;
    }
  }
}
