import { kommuner, REGION_ID } from '@orebro/reference-data';
import type { AttendanceRole } from '../kinds';

/**
 * The attendance list (Närvarande) of the Chefsgrupp protocol of 2021-05-28, in its written order.
 * Struck-through names (<del>) are absent. The list has four blocks: the region's representatives,
 * the kommuner's, the group's own support from the region (the secretary among them), and the
 * presenters of the day's items (guests).
 */
export interface ListedName {
  name: string;
  /** What the list writes beside the name: a unit of the region, a kommun, or a huvudman. */
  representing: string;
  huvudmanId: string;
  role: AttendanceRole;
  present: boolean;
  note?: string;
  deputyFor?: string;
  /** Thanked off under § 12 (Avtackning): not part of the group's future composition. */
  leaves?: boolean;
}

const region = (name: string, representing: string, role: AttendanceRole, present: boolean, extra: Partial<ListedName> = {}): ListedName => ({
  name,
  representing,
  huvudmanId: REGION_ID,
  role,
  present,
  ...extra,
});

/** The list writes the kommun's short name ("Askersund"); its huvudman id is the SCB code. */
const kommun = (name: string, kommunName: string, present: boolean, note?: string): ListedName => {
  const code = kommuner.find((k) => k.name === kommunName)?.code;
  if (!code) throw new Error(`No kommun named ${kommunName} in reference data.`);
  return { name, representing: kommunName, huvudmanId: code, role: 'MEMBER', present, ...(note ? { note } : {}) };
};

export const attendanceList: ListedName[] = [
  region('Eva Slätmo', 'USÖ - Medicin och Rehab', 'MEMBER', true, { leaves: true }),
  region('Ewa-Lena Sjöberg', 'Närsjukvårdsområde söder och Örebro', 'MEMBER', false, { leaves: true }),
  region('Jeanette Gunther', 'Olaus Petri VC', 'DEPUTY', false, { note: 'ers Ewa-Lena', deputyFor: 'Ewa-Lena Sjöberg' }),
  region('Lena Adolfsson', 'Närsjukvårdsområde väster', 'MEMBER', true),
  region('Märtha Lundkvist', 'Närsjukvårdsområde väster', 'MEMBER', true, { leaves: true }),
  region('Elisabeth Liljekvist', 'Närsjukvårdsområde norr', 'MEMBER', false, { leaves: true }),
  region('Karin Haster', 'Område Psykiatri', 'MEMBER', true),
  region('Mats Eriksson', 'Område Rehabilitering', 'MEMBER', false, { leaves: true }),
  region('Karolina Strid', 'Hälsa- och sjukvårdsstaben', 'MEMBER', true),

  kommun('Maria Ståhl', 'Askersund', true),
  kommun('Marjo Koivumaa', 'Degerfors', true),
  kommun('Jaana Jansson', 'Hallsberg', true),
  kommun('Daniel Åhnberg', 'Hällefors', false),
  kommun('Helen Willyams', 'Karlskoga', false),
  kommun('Gabriella Mueller Prabin', 'Kumla', true),
  kommun('Madelene Maxe', 'Laxå', true, 'till ca kl 15'),
  kommun('Ann-Mari Gustafsson', 'Lekeberg', true),
  kommun('Madde Gustafsson', 'Lindesberg', true),
  kommun('Charlotte Dahlbom', 'Ljusnarsberg', true),
  kommun('Fredrik Bergström', 'Nora', true, 'till ca kl 15'),
  kommun('Annika Roman', 'Örebro', true),
  kommun('Johanna Viberg', 'Örebro', false),
  kommun('Patrik Jonsson', 'Örebro', false),
  kommun('Ann-Catrin Svantes Ohlson', 'Örebro', false),

  region('Madelene Andersson', 'Region Örebro län', 'SUPPORT', true),
  region('Ingmar Ångman', 'Region Örebro län', 'SUPPORT', true),
  region('Ann-Louise Gustafsson', 'Region Örebro län', 'SECRETARY', true),

  region('Anita Thorsberg', 'Region Örebro län', 'GUEST', true),
  region('Fredrik Svensson', 'Region Örebro län', 'GUEST', true),
  region('Linnea Hedkvist', 'Region Örebro län', 'GUEST', true),
  region('Johanna Häll', 'Region Örebro län', 'GUEST', true),
  region('Ylva Rosén', 'Region Örebro län', 'GUEST', true),
  region('Katrin Eriksson', 'Region Örebro län', 'GUEST', true),
  region('Helena Eriksson', 'Region Örebro län', 'GUEST', true),
  region('Mona Soholat', 'Region Örebro län', 'GUEST', true),
  region('Ida Broman', 'Region Örebro län', 'GUEST', true),
  { name: 'Stina Engelheart', representing: 'Örebro kommun', huvudmanId: kommuner.find((k) => k.name === 'Örebro')!.code, role: 'GUEST', present: true },
  region('Malin Ek Duckert', 'Region Örebro län', 'GUEST', true),
];
