/**
 * The 4 kecamatan and 17 kelurahan of Kota Sibolga (DOMAIN.md 11.2; the assignment of Pancuran
 * Kerambil to Sibolga Sambas follows most sources).
 */
export const SIBOLGA_KECAMATAN = [
  {
    name: 'Sibolga Utara',
    kelurahan: ['Angin Nauli', 'Huta Barangan', 'Huta Tonga-Tonga', 'Sibolga Ilir', 'Simare-mare'],
  },
  { name: 'Sibolga Kota', kelurahan: ['Kota Baringin', 'Pancuran Gerobak', 'Pasar Baru', 'Pasar Belakang'] },
  { name: 'Sibolga Selatan', kelurahan: ['Aek Habil', 'Aek Manis', 'Aek Muara Pinang', 'Aek Parombunan'] },
  {
    name: 'Sibolga Sambas',
    kelurahan: ['Pancuran Bambu', 'Pancuran Dewa', 'Pancuran Kerambil', 'Pancuran Pinang'],
  },
] as const;

/** `Huta Tonga-Tonga` -> `HUTA-TONGA-TONGA`: the readable part of a unit code. */
export function codePart(name: string): string {
  return name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
