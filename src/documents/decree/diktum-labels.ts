const ORDINALS = [
  'KESATU',
  'KEDUA',
  'KETIGA',
  'KEEMPAT',
  'KELIMA',
  'KEENAM',
  'KETUJUH',
  'KEDELAPAN',
  'KESEMBILAN',
  'KESEPULUH',
] as const;

/**
 * The label of the n-th diktum (0-based) of a keputusan: KESATU, KEDUA, ... Past ten the words run
 * out in common SK practice, so the label becomes `KE-11`.
 * @example diktumLabel(3) // 'KEEMPAT'
 */
export function diktumLabel(index: number): string {
  return ORDINALS[index] ?? `KE-${index + 1}`;
}

/** The letter of the n-th menimbang item (0-based): a, b, ..., z, then aa, ab, ... */
export function considerationLetter(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return index < 26 ? letters[index]! : letters[Math.floor(index / 26) - 1]! + letters[index % 26]!;
}
