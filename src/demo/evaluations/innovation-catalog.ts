/** An innovation idea: where it belongs and, for unit-level ideas, the kind of unit that runs it. */
export interface InnovationIdea {
  readonly title: string;
  readonly description: string;
  readonly root: string;
  /** When set, the innovation belongs to one unit of this kind, named in the title (`{unit}`). */
  readonly unitKind?: string;
}

/** Believable local innovations of a city government (fictional, in the style of Kota Sibolga's). */
export const INNOVATION_IDEAS: readonly InnovationIdea[] = [
  {
    title: 'Aplikasi antrean daring {unit}',
    description: 'Pendaftaran pasien dari ponsel dengan nomor antrean dan perkiraan waktu layanan.',
    root: 'DINKES',
    unitKind: 'PUSKESMAS',
  },
  {
    title: 'SIPADU Dukcapil',
    description:
      'Sistem Pelayanan Administrasi Kependudukan Terpadu: pengajuan KK, KTP-el dan akta dari kantor kelurahan.',
    root: 'DISDUKCAPIL',
  },
  {
    title: 'Posyandu digital balita',
    description: 'Pencatatan tumbuh kembang balita di posyandu untuk deteksi dini stunting.',
    root: 'DINKES',
  },
  {
    title: 'Kelas ibu hamil keliling {unit}',
    description: 'Kunjungan rumah dan kelas ibu hamil di lingkungan pesisir dengan kartu pemantauan gizi.',
    root: 'DINKES',
    unitKind: 'PUSKESMAS',
  },
  {
    title: 'Rekam medis elektronik {unit}',
    description:
      'Rekam medis pasien rawat jalan dan rawat inap tanpa kertas, terhubung dengan klaim BPJS Kesehatan.',
    root: 'DINKES',
    unitKind: 'RUMAH_SAKIT',
  },
  {
    title: 'Rapor digital {unit}',
    description: 'Rapor dan catatan perkembangan siswa yang dapat dilihat orang tua dari ponsel.',
    root: 'DISDIK',
    unitKind: 'SEKOLAH',
  },
  {
    title: 'Gerai layanan {unit}',
    description:
      'Satu meja layanan surat keterangan, pengantar dan pengaduan warga dengan janji waktu selesai.',
    root: 'KEC-SIBOLGA-KOTA',
    unitKind: 'KELURAHAN',
  },
  {
    title: 'E-Retribusi Pasar Sibolga',
    description: 'Pembayaran retribusi los dan kios pasar secara nontunai dengan kode QR.',
    root: 'DISKOPUKMDAG',
  },
  {
    title: 'Lapor Sibolga',
    description: 'Kanal pengaduan warga terpadu dengan penerusan otomatis ke OPD dan batas waktu tanggapan.',
    root: 'DISKOMINFO',
  },
  {
    title: 'Satu Data Sibolga',
    description: 'Portal data sektoral dengan walidata di setiap OPD dan jadwal pemutakhiran.',
    root: 'DISKOMINFO',
  },
  {
    title: 'Perizinan berusaha tanpa tatap muka',
    description: 'Pendampingan pengajuan izin lewat OSS dari gerai DPMPTSP dan layanan video.',
    root: 'DPMPTSP',
  },
  {
    title: 'SI-NELAYAN',
    description:
      'Data nelayan, kapal dan hasil tangkapan di Pelabuhan Perikanan Nusantara Sibolga untuk sasaran bantuan.',
    root: 'DISKAN',
  },
  {
    title: 'Peta rawan banjir dan longsor berbasis warga',
    description: 'Laporan titik rawan dari warga dan kelurahan, dipetakan untuk peringatan dini.',
    root: 'BPBD',
  },
  {
    title: 'E-SPTPD pajak daerah',
    description: 'Pelaporan dan pembayaran pajak hotel, restoran dan hiburan secara daring.',
    root: 'BPKPD',
  },
  {
    title: 'Layanan kenaikan pangkat daring',
    description:
      'Usulan kenaikan pangkat dan pensiun dengan berkas digital dan pelacakan status oleh pegawai.',
    root: 'BKPSDM',
  },
  {
    title: 'E-Arsip dinamis',
    description: 'Pengelolaan arsip surat masuk dan keluar OPD dengan klasifikasi dan jadwal retensi.',
    root: 'DISPUSIP',
  },
  {
    title: 'Perpustakaan keliling pesisir',
    description: 'Mobil perpustakaan dan pojok baca di kawasan nelayan dan sekolah.',
    root: 'DISPUSIP',
  },
  {
    title: 'Paket wisata Pulau Poncan',
    description:
      'Paket wisata bahari bersama kelompok sadar wisata dengan jadwal kapal dan pemandu terlatih.',
    root: 'DISPAR',
  },
  {
    title: 'Klinik konsultasi pencegahan korupsi',
    description: 'Konsultasi pengadaan dan pengelolaan keuangan bagi OPD sebelum kegiatan berjalan.',
    root: 'INSPEKTORAT',
  },
  {
    title: 'e-SAKIP Sibolga',
    description: 'Perjanjian kinerja, rencana aksi dan capaian OPD dalam satu aplikasi untuk evaluasi SAKIP.',
    root: 'SETDA',
  },
  {
    title: 'Damkar tanggap sepuluh menit',
    description: 'Pos pemadam kebakaran siaga di tiap kecamatan dengan target waktu tanggap sepuluh menit.',
    root: 'SATPOLPP',
  },
  {
    title: 'Bank sampah {unit}',
    description: 'Penukaran sampah terpilah dengan tabungan warga dan pengangkutan terjadwal.',
    root: 'DLH',
    unitKind: 'KELURAHAN',
  },
  {
    title: 'Pemantauan kapal penumpang terpadu',
    description:
      'Jadwal, manifes dan kelaikan kapal penumpang di Pelabuhan Sibolga dalam satu papan informasi.',
    root: 'DISHUB',
  },
  {
    title: 'Sekolah ramah anak {unit}',
    description: 'Kanal pengaduan perundungan, konselor sebaya dan kantin sehat.',
    root: 'DISDIK',
    unitKind: 'SEKOLAH',
  },
];
