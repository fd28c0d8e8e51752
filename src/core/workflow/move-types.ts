/**
 * The kinds of a move in Kota Sibolga's process (DOMAIN.md 1.2, PP 11/2017 Pasal 190(2)): inside one
 * OPD, between OPDs of the Pemko, and the moves that leave the instansi (decided elsewhere, DOMAIN.md
 * 1.3, recorded here for completeness). Promotion and demotion are separate flags.
 */
export const MOVE_TYPES = [
  'ROTASI_INTERNAL_OPD',
  'ANTAR_OPD',
  'ANTAR_KAB_KOTA_SATU_PROVINSI',
  'ANTAR_PROVINSI',
  'DAERAH_KE_PUSAT',
  'PUSAT_KE_DAERAH',
  'ATAS_PERMINTAAN_SENDIRI',
] as const;
export type MoveType = (typeof MOVE_TYPES)[number];

/**
 * The type of a move inside the instansi from the OPDs of the two posts; a move the PNS asked for
 * keeps its own type.
 * @example inferMoveType('DINKES', 'DINKES', false) // 'ROTASI_INTERNAL_OPD'
 */
export function inferMoveType(fromOpdCode: string | null, toOpdCode: string, selfRequest: boolean): MoveType {
  if (selfRequest) return 'ATAS_PERMINTAAN_SENDIRI';
  return fromOpdCode === toOpdCode ? 'ROTASI_INTERNAL_OPD' : 'ANTAR_OPD';
}

/**
 * Promotion or demotion from the career tiers of the two posts (higher tier = more senior).
 * @example moveDirection(2, 3) // { isPromotion: true, isDemotion: false }
 */
export function moveDirection(
  fromTier: number | null,
  toTier: number,
): { isPromotion: boolean; isDemotion: boolean } {
  if (fromTier === null) return { isPromotion: false, isDemotion: false };
  return { isPromotion: toTier > fromTier, isDemotion: toTier < fromTier };
}
