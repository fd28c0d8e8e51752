import { type Education, educationRank } from '../core/model/education.js';
import type { MajorInfo } from './reference/majors.js';

const OLD_SOCIAL = new Set(['S.Pd.', 'S.Sos.', 'S.E.', 'S.IP.', 'S.AP.', 'S.S.', 'S.Hum.', 'S.Psi.']);
const OLD_ENGINEERING = new Set(['S.T.', 'S.P.', 'S.Pi.']);

/**
 * Academic titles as written on an SK: `dr.` / `Ns.` / `apt.` before, `S.Kep., M.Kep.` after; S1
 * graduates before 1994 write `Drs.`/`Dra.` or `Ir.` instead of the S1 title.
 */
export function titlesOf(history: readonly Education[], majors: readonly MajorInfo[], gender: 'M' | 'F') {
  const front: string[] = [];
  const back: string[] = [];
  const hasS1 = history.some((e) => educationRank(e.level) >= educationRank('S1'));
  history.forEach((e, i) => {
    const m = majors[i]!;
    if (e.level === 'D3' && hasS1) return;
    let b = m.backTitle;
    if (educationRank(e.level) === educationRank('S1') && e.graduationYear < 1994 && b) {
      if (OLD_SOCIAL.has(b)) front.push(gender === 'M' ? 'Drs.' : 'Dra.');
      if (OLD_ENGINEERING.has(b)) front.push('Ir.');
      if (OLD_SOCIAL.has(b) || OLD_ENGINEERING.has(b)) b = null;
    }
    if (m.frontTitle && m.frontTitle !== 'Dr.') front.push(m.frontTitle);
    if (m.frontTitle === 'Dr.') front.unshift('Dr.');
    if (b) back.push(b);
  });
  return {
    frontTitle: front.length ? front.join(' ') : null,
    backTitle: back.length ? back.join(', ') : null,
  };
}
