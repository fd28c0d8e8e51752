/** A record id in an address: a positive whole number (`/jabatan/12`), nothing else. */
export const isRecordId = (value: string): boolean => /^[1-9]\d{0,9}$/.test(value);

/**
 * A NIP in an address (`/pegawai/198609262015051001`): 18 digits, spaces allowed as people write
 * them. Whether such a person exists is the server's answer (404).
 */
export const isNipParam = (value: string): boolean => /^\d{18}$/.test(value.replace(/\s+/g, ''));
