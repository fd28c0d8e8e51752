import type { Gender } from '../core/model/employee.js';
import type { Random } from './random.js';
import { NAME_GROUPS, type NameGroup } from './reference/names.js';

export type Religion = 'ISLAM' | 'KRISTEN' | null;

const MUSLIM: ReadonlySet<NameGroup['id']> = new Set(['MANDAILING', 'PESISIR', 'MINANG', 'MELAYU']);
const WEIGHTED = NAME_GROUPS.map((g) => [g, g.weight] as const);
const BY_RELIGION = {
  ISLAM: NAME_GROUPS.filter((g) => MUSLIM.has(g.id)).map((g) => [g, g.weight] as const),
  KRISTEN: NAME_GROUPS.filter((g) => !MUSLIM.has(g.id)).map((g) => [g, g.weight] as const),
};

/**
 * A fictional person's name and birthplace, consistent with the gender: `Rosmawati Sitompul`,
 * `Parulian Hasudungan Simatupang`, `Lasmaria br. Hutagalung`, `Afrizal Putra`. A religion hint
 * keeps teachers of religion plausible (Guru PAI from a Muslim group, Guru PAK from a Christian one).
 */
export function personName(
  rng: Random,
  gender: Gender,
  religion: Religion = null,
): { name: string; birthPlace: string } {
  const group = rng.weighted(religion ? BY_RELIGION[religion] : WEIGHTED);
  const given = rng.pick(gender === 'M' ? group.male : group.female);
  const parts = [given];
  if (group.id === 'BATAK_TOBA' && rng.chance(0.2)) {
    const middle = rng.pick(gender === 'M' ? group.male : group.female);
    if (middle !== given && !middle.includes(' ')) parts.push(middle);
  }
  const seconds = gender === 'M' ? group.secondMale : group.secondFemale;
  if (rng.chance(group.surnameShare) || seconds.length === 0) {
    const marga = rng.pick(group.surnames);
    parts.push(gender === 'F' && group.boru && rng.chance(0.15) ? `br. ${marga}` : marga);
  } else {
    parts.push(rng.pick(seconds));
  }
  return { name: parts.join(' '), birthPlace: rng.pick(group.birthPlaces) };
}
