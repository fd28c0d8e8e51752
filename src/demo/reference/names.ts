/**
 * Given names and marga (family names) of the peoples who live in and around Sibolga: Batak Toba,
 * Mandailing/Angkola, the Muslim Pesisir of Sibolga and Tapanuli Tengah, Nias, Minang and Malay.
 * Every demo person built from them is fictional.
 */
export interface NameGroup {
  readonly id: 'BATAK_TOBA' | 'MANDAILING' | 'PESISIR' | 'NIAS' | 'MINANG' | 'MELAYU';
  /** Share of the demo population. */
  readonly weight: number;
  readonly male: readonly string[];
  readonly female: readonly string[];
  /** Family names; `surnameShare` of people carry one, the rest a second personal name. */
  readonly surnames: readonly string[];
  readonly surnameShare: number;
  readonly secondMale: readonly string[];
  readonly secondFemale: readonly string[];
  /** Women of this group sometimes write `br.` (boru) before the marga. */
  readonly boru: boolean;
  readonly birthPlaces: readonly string[];
}

/** Splits a comma-separated list written across lines. */
function list(names: string): readonly string[] {
  return names
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    id: 'BATAK_TOBA',
    weight: 34,
    male: list(`
      Parulian, Binsar, Hotman, Tumpal, Poltak, Marihot, Sahat, Bonar, Togar, Hasudungan, Martua,
      Jhonny, Robert, Benny, Edison, Daniel, Samuel, Jonatan, Roy, Herbert, Frans, Hendrik, Gibson,
      Rudi, Andreas, Markus, Yosua, Kristian, Timbul, Manahan, Baringin, Parlindungan, Juntak, Ronald,
      Albert
    `),
    female: list(`
      Rosmawati, Tiurma, Lasmaria, Dameria, Rumondang, Sondang, Masniari, Hotmaida, Romauli, Tiominar,
      Rotua, Ruth, Debora, Magdalena, Elisabeth, Maria, Rosdiana, Lamtiur, Nurmaida, Herlina, Friska,
      Yohana, Grace, Kristina, Desi, Ester, Rismawati, Lenny, Juliana, Santi, Marlina
    `),
    surnames: list(`
      Hutagalung, Sitompul, Pasaribu, Simatupang, Hutabarat, Situmorang, Sihombing, Panggabean, Marbun,
      Manalu, Simanjuntak, Sitorus, Siahaan, Lumbantobing, Aritonang, Simanullang, Tambunan, Sinaga,
      Silalahi, Nainggolan, Sianturi, Hutapea, Siburian, Napitupulu, Pardede, Sibarani, Hutauruk,
      Simorangkir, Sitanggang, Hasugian, Rajagukguk, Lumbangaol
    `),
    surnameShare: 1,
    secondMale: [],
    secondFemale: [],
    boru: true,
    birthPlaces: list(`
      Sibolga, Tarutung, Balige, Pandan, Sorkam, Siborongborong, Medan, Pematangsiantar
    `),
  },
  {
    id: 'MANDAILING',
    weight: 20,
    male: list(`
      Muhammad Ridwan, Ahmad Fauzi, Syahrul, Rahmat, Zulkifli, Irfan, Hendra, Fadli, Rizky, Syaiful,
      Ali Imran, Khairul, Marwan, Ismail, Abdul Rahman, Arif, Fachrul, Ilham, Hamdan, Taufik, Yusuf,
      Ridho, Amri, Darwin, Muhammad Yunus
    `),
    female: list(`
      Nurhasanah, Siti Aisyah, Khairunnisa, Fitri, Rahmawati, Nurul Hidayah, Dewi, Nur Aini,
      Sri Rahayu, Hafsah, Maimunah, Rosmaini, Nila, Yusnita, Nurlaila, Mardiah, Ummi Kalsum, Rizka,
      Anisa, Halimah, Wahyuni, Sakinah
    `),
    surnames: list(`
      Nasution, Harahap, Lubis, Siregar, Rangkuti, Pohan, Daulay, Batubara, Hasibuan, Ritonga,
      Pulungan, Dalimunthe, Matondang, Parinduri, Hutasuhut, Pane, Rambe
    `),
    surnameShare: 0.95,
    secondMale: list('Saputra, Hidayat'),
    secondFemale: list('Sari, Wati'),
    boru: false,
    birthPlaces: list('Padangsidimpuan, Sipirok, Panyabungan, Sibolga, Medan, Gunung Tua'),
  },
  {
    id: 'PESISIR',
    weight: 16,
    male: list(`
      Syahrial, Rusli, Amiruddin, Zainal Abidin, Syamsul Bahri, Mahyudin, Azhar, Iskandar, Nasrun,
      Baharuddin, Kamaruddin, Zulfikar, Anwar, Erwin, Dedi, Rahmad
    `),
    female: list(`
      Nurlela, Hasnah, Zulaikha, Salmah, Rosnani, Jamilah, Nurbaiti, Aminah, Fatimah, Rukiah, Mariani,
      Syarifah, Nuraini, Erni, Yanti, Lely
    `),
    surnames: list(`
      Tanjung, Pasaribu, Hutagalung, Batubara, Lubis, Simatupang, Sitompul, Pohan, Nasution,
      Panggabean, Marbun
    `),
    surnameShare: 0.8,
    secondMale: list('Syahputra, Efendi, Hasibuan'),
    secondFemale: list('Wati, Sari, Hayati'),
    boru: false,
    birthPlaces: list('Sibolga, Pandan, Barus, Sorkam, Tapian Nauli'),
  },
  {
    id: 'NIAS',
    weight: 12,
    male: list(`
      Yusman, Fatizaro, Sozanolo, Firman, Aroziduhu, Yamoniasa, Faolo, Sokhiatulo, Arozatulo, Edward,
      Martinus, Yohanes, Otniel, Yafeti, Amoni, Fatolosa
    `),
    female: list(`
      Serniwati, Yuliana, Fitriani, Sinarlia, Yasminar, Martha, Lidia, Erlina, Kristiani, Noverlina,
      Asima, Delima, Yuniar, Sriwati
    `),
    surnames: list(`
      Zebua, Gulo, Telaumbanua, Lase, Harefa, Zalukhu, Waruwu, Laoli, Mendrofa, Hulu, Ndruru, Halawa,
      Zai, Larosa, Dakhi, Giawa, Hia
    `),
    surnameShare: 1,
    secondMale: [],
    secondFemale: [],
    boru: false,
    birthPlaces: list('Gunungsitoli, Sibolga, Teluk Dalam, Lahewa, Pandan'),
  },
  {
    id: 'MINANG',
    weight: 10,
    male: list(`
      Afrizal, Yusrizal, Syafrizal, Hendri, Zulhendri, Irwandi, Novrizal, Rahmadani, Andi, Fauzan,
      Defri, Rinaldi, Yondri, Asrul
    `),
    female: list(`
      Yusnimar, Desmawati, Elfi, Yulnita, Ratna, Syafrida, Novita, Yenni, Rika, Fitria, Mardiana, Vivi,
      Yulia, Elvira, Rosmiati
    `),
    surnames: list('Chaniago, Piliang, Koto, Sikumbang, Jambak, Tanjung'),
    surnameShare: 0.35,
    secondMale: list('Putra, Saputra, Syafei, Rahman, Efendi, Hidayat, Arif'),
    secondFemale: list('Sari, Dewi, Yanti, Wati, Putri, Handayani, Marlina'),
    boru: false,
    birthPlaces: list('Padang, Bukittinggi, Pariaman, Payakumbuh, Sibolga'),
  },
  {
    id: 'MELAYU',
    weight: 8,
    male: list(`
      Khairuddin, Zulkarnain, Rizal, Hasan Basri, Mukhlis, Saiful Bahri, Helmi, Junaidi, Mahmud,
      Sulaiman
    `),
    female: list(`
      Suryani, Zuraidah, Rosmala, Halimatussakdiah, Nurmala, Sitti Hawa, Rohani, Kartini, Juliani,
      Lisnawati
    `),
    surnames: list('Batubara, Tanjung, Lubis'),
    surnameShare: 0.3,
    secondMale: list('Syahputra, Effendi, Amin'),
    secondFemale: list('Wati, Ningsih, Sari'),
    boru: false,
    birthPlaces: list('Sibolga, Tanjungbalai, Medan, Batubara, Pandan'),
  },
];
