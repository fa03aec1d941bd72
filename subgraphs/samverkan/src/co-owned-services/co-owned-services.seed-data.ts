import { kommuner, REGION_ID } from '@orebro/reference-data';
import type { CoOwnedServiceInput, OwnerShareInput } from './co-owned-services.service';
import { FULL_SHARE, splitByWeight } from './shares';

export const EXAMPLE_SOURCE = 'Exempeldata';

const REFERENCE = 'reference-data.json, facts.coOwnedServices';
const FARDPLAN = 'Färdplan nära vård 2023–2026';
const PROTOCOL = 'Protokoll Chefsgrupp för samverkan social välfärd samt vård och omsorg 2021-05-28';
const CHEFSGRUPPEN = 'Chefsgrupp för samverkan social välfärd samt vård och omsorg';
const ALL_LANSDELAR = ['norr', 'vaster', 'soder', 'orebro'];
const ALL_KOMMUNER = kommuner.map((k) => k.code);
/** The pilot of "en väg in" runs in the west of the län: the kommuner the reference data places in Väster. */
export const VASTER_KOMMUNER = kommuner.filter((k) => k.lansdel === 'vaster').map((k) => k.code);
const SHARES_BY_POPULATION = `${EXAMPLE_SOURCE} (kommunernas del fördelad efter folkmängd, SCB 2024)`;
/** The färdplan's words on services the huvudmän co-own or co-lead (förutsättningar på systemnivå, systemledning punkt 3). */
const SAMLEDER = `${FARDPLAN}, förutsättningar på systemnivå (systemledning i praktiken): "Utforska vidare hur principerna och ordningen ska vara när vi samäger och eller samleder verksamheter, t ex: Tullhuset, rehabilitering, mobila närsjukvårdsteam"`;

/** The services the documents name. Where they give no figure (shares, budgets) the figure is example data. */
export const seededServices: CoOwnedServiceInput[] = [
  {
    id: 'mobilt-narsjukvardsteam-orebro',
    name: 'Mobilt närsjukvårdsteam Örebro',
    kind: 'MOBILE_CARE_TEAM',
    form: 'PERMANENT',
    purpose:
      'Vård i hemmet: Region Örebro län bidrar med läkare, sjuksköterskor och fysioterapeuter, och den kommunala hemsjukvården i Örebro kommun arbetar tillsammans med teamet.',
    startsOn: '2017',
    periodNote: 'Projekt från 2017, permanent verksamhet från juni 2019.',
    employerId: REGION_ID,
    lansdelIds: ['orebro'],
    owners: [
      { huvudmanId: REGION_ID, sharePercent: 50 },
      { huvudmanId: '1880', sharePercent: 50 },
    ],
    sharesSource: EXAMPLE_SOURCE,
    sharesAreExample: true,
    leadership: [
      {
        huvudmanId: REGION_ID,
        role: 'LEADS',
        basis: 'Regionen är arbetsgivare för teamet och bidrar med läkare, sjuksköterskor och fysioterapeuter.',
        source: REFERENCE,
      },
      {
        huvudmanId: '1880',
        role: 'TAKES_PART',
        basis:
          'Den kommunala hemsjukvården i Örebro kommun arbetar tillsammans med teamet; färdplanen nämner mobila närsjukvårdsteam bland verksamheter som huvudmännen samäger eller samleder.',
        source: `${REFERENCE}; ${SAMLEDER}`,
      },
    ],
    source: `${REFERENCE}; ${FARDPLAN} (förutsättningar på systemnivå, punkt 2)`,
  },
  {
    id: 'hemtagningsteam-kumla',
    name: 'Hemtagningsteam Kumla',
    kind: 'DISCHARGE_TEAM',
    purpose: 'Hemtagningsteam som Region Örebro län driver tillsammans med Kumla kommun, för patienter som skrivs ut från slutenvården till hemmet.',
    lansdelIds: ['soder'],
    owners: [
      { huvudmanId: REGION_ID, sharePercent: 50 },
      { huvudmanId: '1881', sharePercent: 50 },
    ],
    sharesSource: EXAMPLE_SOURCE,
    sharesAreExample: true,
    source: REFERENCE,
  },
  {
    id: 'tullhuset',
    name: 'Tullhuset',
    kind: 'INTERMEDIATE_CARE',
    form: 'PERMANENT',
    purpose:
      '52 rehabiliterings- och bedömningsplatser samt 9 platser i vård- och omsorgsboende, drivet av Örebro kommun. Färdplanens aktivitet för mellanvårdsformer för sköra äldre: genomföra och utvärdera pilotprojekt på Tullhuset.',
    startsOn: '2014-11-14',
    periodNote: 'Öppnade 14 november 2014.',
    employerId: '1880',
    lansdelIds: ['orebro'],
    // The färdplan lists Tullhuset among the services the region and the kommuner co-own or co-lead, and
    // sets a joint pilot there; Örebro kommun runs it. The documents give no shares: these are examples.
    owners: [
      { huvudmanId: REGION_ID, sharePercent: 20 },
      { huvudmanId: '1880', sharePercent: 80 },
    ],
    sharesSource: `${EXAMPLE_SOURCE} (dokumenten anger ingen fördelning: Tullhuset drivs av Örebro kommun, och färdplanen nämner det bland verksamheter som regionen och kommunerna samäger eller samleder)`,
    sharesAreExample: true,
    leadership: [
      {
        huvudmanId: '1880',
        role: 'LEADS',
        basis: 'Tullhuset drivs av Örebro kommun: 52 rehabiliterings- och bedömningsplatser samt 9 platser i vård- och omsorgsboende, öppnat 14 november 2014.',
        source: REFERENCE,
      },
      {
        huvudmanId: REGION_ID,
        role: 'TAKES_PART',
        basis:
          'Färdplanen nämner Tullhuset bland de verksamheter som huvudmännen samäger eller samleder, och har som gemensam aktivitet att genomföra och utvärdera pilotprojekt med mellanvårdsformer för sköra äldre på Tullhuset.',
        source: `${SAMLEDER}; ${FARDPLAN}, samordning och partnerskap ("Inrätta mellanvårdsformer för sköra äldre")`,
      },
    ],
    source: `${REFERENCE}; ${FARDPLAN} (samordning och partnerskap; förutsättningar på systemnivå)`,
  },
  {
    id: 'dietist-direkt',
    name: 'Dietist direkt',
    kind: 'NUTRITION_SUPPORT',
    form: 'PROJECT',
    purpose:
      'Två dietister med brett uppdrag: utbildning i förskrivning, webbutbildning, rådgivning, individuell nutritionsbehandling och uppsökande verksamhet, för bättre stöd till verksamheterna på primärvårdsnivå i nutritionsvårdsprocessen. Finansieras externt med nära vård-medel.',
    startsOn: '2022',
    periodNote:
      'Införs i projektform med samfinansiering av externa medel (nära vård) enligt Chefsgruppens beslut 2021-05-28; överenskommelsen gäller från 1 januari 2022. Uppföljning av effekt och finansiering görs årligen.',
    employerId: REGION_ID,
    governingBody: CHEFSGRUPPEN,
    agreement: 'Gemensam överenskommelse för nutritionsvårdsprocessen',
    lansdelIds: ALL_LANSDELAR,
    owners: regionAndKommunerShares(50, ALL_KOMMUNER),
    sharesSource: SHARES_BY_POPULATION,
    sharesAreExample: true,
    source: `${PROTOCOL}, § 9; ${FARDPLAN} (samordning och partnerskap)`,
  },
  {
    id: 'familjecentraler',
    name: 'Familjecentraler',
    kind: 'FAMILY_CENTRE',
    form: 'PERMANENT',
    purpose:
      '13 familjecentraler i länet samt 4 liknande enheter. Färdplanen 2023: logoped på tre familjecentraler som språkförebilder (projektform); uppföljning och översyn av överenskommelsen om familjecentraler pågår.',
    agreement: 'Överenskommelse familjecentraler',
    lansdelIds: ALL_LANSDELAR,
    owners: regionAndKommunerShares(50, ALL_KOMMUNER),
    sharesSource: SHARES_BY_POPULATION,
    sharesAreExample: true,
    source: `${REFERENCE}; ${FARDPLAN} (börja med barnen)`,
  },
  {
    id: 'en-vag-in-barn-och-unga',
    name: 'Första linjen och en väg in för barn och unga',
    kind: 'FIRST_LINE_CHILD_YOUTH',
    form: 'PILOT',
    purpose:
      'Ett kontaktcenter för barn och unga med psykisk ohälsa oavsett grad av problematik, så att ingen behöver fundera på var problemet hör hemma: bedömning av vilken insats som behövs, och rådgivning. I piloten deltar bl a BUP, ungdomsmottagningen, vårdcentralen, elevhälsan och socialtjänsten.',
    periodNote: 'Pilot påbörjad i västra länet (redovisad för Chefsgruppen 2021-05-28), tänkt att spridas till övriga länet.',
    lansdelIds: ['vaster'],
    owners: regionAndKommunerShares(70, VASTER_KOMMUNER),
    sharesSource: SHARES_BY_POPULATION,
    sharesAreExample: true,
    source: `${PROTOCOL}, § 8`,
  },
  {
    id: 'sammanhallen-hemrehabilitering',
    name: 'Sammanhållen hemrehabilitering',
    kind: 'HOME_REHABILITATION',
    purpose:
      'Gemensam aktivitet i färdplanen 2023 (samordning och partnerskap) med tre beslutspunkter; rehabilitering är en av de verksamheter huvudmännen samäger eller samleder.',
    lansdelIds: ALL_LANSDELAR,
    owners: regionAndKommunerShares(50, ALL_KOMMUNER),
    sharesSource: SHARES_BY_POPULATION,
    sharesAreExample: true,
    source: FARDPLAN,
  },
];

/**
 * Example shares for a service of the region and several kommuner: the region `regionPercent`, the
 * kommuner the rest split by population (SCB 2024), in whole basis points that add up to 100 % exactly.
 */
export function regionAndKommunerShares(regionPercent: number, codes: readonly string[]): OwnerShareInput[] {
  const owners = kommuner.filter((k) => codes.includes(k.code));
  const split = splitByWeight(
    FULL_SHARE - regionPercent * 100,
    owners.map((k) => ({ key: k.code, weight: k.population2024 })),
  );
  return [{ huvudmanId: REGION_ID, sharePercent: regionPercent }, ...owners.map((k) => ({ huvudmanId: k.code, sharePercent: split.get(k.code)! / 100 }))];
}

/** Example budgets (the documents give none), whole SEK. */
export const exampleBudgets = [
  { serviceId: 'mobilt-narsjukvardsteam-orebro', year: 2023, amountSek: 14_000_000 },
  { serviceId: 'mobilt-narsjukvardsteam-orebro', year: 2024, amountSek: 14_500_000 },
  { serviceId: 'hemtagningsteam-kumla', year: 2023, amountSek: 5_200_000 },
  { serviceId: 'hemtagningsteam-kumla', year: 2024, amountSek: 5_400_000 },
  { serviceId: 'tullhuset', year: 2024, amountSek: 72_000_000 },
  { serviceId: 'dietist-direkt', year: 2022, amountSek: 1_500_000 },
  { serviceId: 'dietist-direkt', year: 2023, amountSek: 1_550_000 },
  { serviceId: 'dietist-direkt', year: 2024, amountSek: 1_600_000 },
  { serviceId: 'familjecentraler', year: 2024, amountSek: 40_000_000 },
  { serviceId: 'en-vag-in-barn-och-unga', year: 2024, amountSek: 6_000_000 },
  { serviceId: 'sammanhallen-hemrehabilitering', year: 2024, amountSek: 30_000_000 },
];
