import type { ColumnSpec } from '../headers.js';

export type EmployeeField =
  | 'nip'
  | 'frontTitle'
  | 'name'
  | 'backTitle'
  | 'birthPlace'
  | 'birthDate'
  | 'gender'
  | 'employmentType'
  | 'status'
  | 'golongan'
  | 'golonganTmt'
  | 'positionCode'
  | 'positionName'
  | 'positionTmt'
  | 'unit'
  | 'educationLevel'
  | 'educationField'
  | 'major'
  | 'institution'
  | 'graduationYear';

/**
 * The columns of an employee file, with the headers SIASN/SIMPEG exports and office spreadsheets
 * use. Order matters: "TMT GOL" before "GOL", "NAMA JABATAN" before "NAMA", "NIP" exact.
 */
export const EMPLOYEE_COLUMNS: readonly ColumnSpec<EmployeeField>[] = [
  { field: 'nip', label: 'NIP', matches: /^(NO |NOMOR )?NIP( BARU| PEGAWAI| ASN)?$|^NOMOR INDUK PEGAWAI$/ },
  { field: 'frontTitle', label: 'GELAR DEPAN', matches: /^(GELAR|GLR) DEPAN$/ },
  { field: 'backTitle', label: 'GELAR BELAKANG', matches: /^(GELAR|GLR) BELAKANG$/ },
  { field: 'birthPlace', label: 'TEMPAT LAHIR', matches: /^(TEMPAT|TMP|TPT|TMPT) LAHIR$/ },
  { field: 'birthDate', label: 'TANGGAL LAHIR', matches: /^(TGL|TANGGAL|TG|TTL) (LAHIR|LHR)$/ },
  { field: 'gender', label: 'JENIS KELAMIN', matches: /^JENIS KELAMIN$|^JK$|^L P$|^KELAMIN$|^SEX$/ },
  {
    field: 'employmentType',
    label: 'JENIS PEGAWAI',
    matches: /^(JENIS|STATUS) (PEGAWAI|KEPEGAWAIAN|ASN)$|^JENIS ASN$/,
  },
  { field: 'status', label: 'STATUS', matches: /^STATUS( AKTIF)?$|^KEDUDUKAN( HUKUM)?$/ },
  {
    field: 'golonganTmt',
    label: 'TMT GOL',
    matches: /^TMT (GOL|GOLONGAN|PANGKAT)( RUANG| GOL| GOLONGAN)?( RUANG)?( TERAKHIR)?$/,
  },
  {
    field: 'golongan',
    label: 'GOL/RUANG',
    matches: /^(GOL|GOLONGAN|PANGKAT)( RUANG| GOL| GOLONGAN)?( RUANG)?( AKHIR| TERAKHIR)?$/,
  },
  { field: 'positionTmt', label: 'TMT JABATAN', matches: /^TMT (JABATAN|JAB)$/ },
  { field: 'positionCode', label: 'KODE JABATAN', matches: /^(KODE|KD) (JABATAN|JAB)$/ },
  { field: 'positionName', label: 'JABATAN', matches: /^(NAMA )?(JABATAN|JAB)( TERAKHIR| SEKARANG)?$/ },
  {
    field: 'unit',
    label: 'UNIT KERJA',
    matches:
      /^UNOR( INDUK)?$|^UNIT( KERJA| ORGANISASI)?$|^(KODE|KD) (UNIT|UNOR)$|^SATUAN KERJA$|^SATKER$|^OPD$/,
  },
  { field: 'educationField', label: 'BIDANG PENDIDIKAN', matches: /^(BIDANG|RUMPUN) (PENDIDIKAN|ILMU)$/ },
  {
    field: 'educationLevel',
    label: 'PENDIDIKAN',
    matches: /^(PENDIDIKAN|PEND|JENJANG|TINGKAT PENDIDIKAN|JENJANG PENDIDIKAN)( TERAKHIR)?$/,
  },
  { field: 'major', label: 'JURUSAN', matches: /^JURUSAN$|^PROGRAM STUDI$|^PRODI$/ },
  {
    field: 'institution',
    label: 'NAMA SEKOLAH',
    matches: /^(NAMA )?(SEKOLAH|PERGURUAN TINGGI|INSTITUSI|LEMBAGA PENDIDIKAN|UNIVERSITAS|KAMPUS)$/,
  },
  { field: 'graduationYear', label: 'TAHUN LULUS', matches: /^(TAHUN|THN|TH) LULUS$/ },
  { field: 'name', label: 'NAMA', matches: /^NAMA( PEGAWAI| LENGKAP| ASN)?$/ },
];
