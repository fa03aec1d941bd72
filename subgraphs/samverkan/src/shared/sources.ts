/** How the seeds cite their source documents (shared/seeds), in the documents' own names. */
export const PROTOCOL = 'Protokoll Chefsgrupp för samverkan social välfärd samt vård och omsorg 2021-05-28';
export const SAMVERKANSSTRUKTUR = 'Handlingsplan sammanhållen vård och omsorg 2019–2022, avsnitt 4.1 Samverkansstruktur i Örebro län';
export const INSATSER = 'Handlingsplan sammanhållen vård och omsorg 2019–2022, avsnitt 7 Insatser 2019–2022';
export const FARDPLAN = 'Färdplan nära vård 2023–2026, gemensamma aktiviteter 2023';
