import type { OperationalGoalKind, TargetComparison } from './operational-plan.entity';

/**
 * Hälso- och sjukvårdsnämndens verksamhetsplan 2024 (shared/seeds 004): perspectives, effektmål and
 * indicators in the plan's words, diacritics restored from the OCR. Ids `<plan>/<slug>` are the ones the
 * samverkan indicators area refers to (e.g. "hsn-verksamhetsplan-2024/effektmal-9").
 */
export const HSN_2024 = {
  id: 'hsn-verksamhetsplan-2024',
  year: 2024,
  name: 'Hälso- och sjukvårdsnämndens verksamhetsplan 2024',
  owner: 'Hälso- och sjukvårdsnämnden',
  source: 'Hälso- och sjukvårdsnämndens verksamhetsplan 2024, Region Örebro län (perspektiv, mål, indikatorer och uppdrag)',
};

type Target = { comparison: TargetComparison; low: number; high?: number; unit: string };
type IndicatorData = string | { text: string; target: Target };
interface GoalData {
  slug: string;
  kind: OperationalGoalKind;
  number: number | null;
  text: string;
  indicators: IndicatorData[];
}

export const perspectives: { slug: string; name: string; goals: GoalData[] }[] = [
  {
    slug: 'invanare-och-samhalle',
    name: 'Invånare och samhälle',
    goals: [
      {
        slug: 'effektmal-1',
        kind: 'EFFECT_GOAL',
        number: 1,
        text: 'Länets invånare har en god, jämlik och jämställd hälsa.',
        indicators: [
          'Förbättrade resultat i det förebyggande arbetet',
          'Tillsammans med patienten/individen ska levnadsvanor uppmärksammas och insatser på rätt nivå ska erbjudas i ökad omfattning i jämförelse med föregående år',
          'Länets invånare deltar i hög utsträckning i nationella screeningprogram och hälso- och sjukvården är aktiv i införandet av nya nationella screeningprogram',
          'Åtgärder finns insatta för att förbättra psykisk hälsa bland barn och unga',
        ],
      },
      {
        slug: 'effektmal-2',
        kind: 'EFFECT_GOAL',
        number: 2,
        text: 'Länets invånare får högkvalitativ och tillgänglig hälso- och sjukvård.',
        indicators: [
          'Goda medicinska resultat som uppnår eller överträffar fastställda målnivåer',
          'Uppfyllelse av den statliga vårdgarantin',
          'Återbesök inom planerad tid',
          'Indikatorerna för inriktningsmålen under e-hälsa, se effektmål 8',
          'Proaktivt patientsäkerhetsarbete samt uppföljning av tillbud och negativa händelser',
          'Fortsatt utveckling av den högspecialiserade vården',
          'Fortsatt omställning till mer av nära vård både internt och i samverkan med länets kommuner',
        ],
      },
      {
        slug: 'effektmal-6',
        kind: 'EFFECT_GOAL',
        number: 6,
        text: 'Forskning som bedrivs är av hög kvalitet och kommer länets invånare till godo.',
        indicators: [
          'Den kliniska forskningen ska vara fördubblad med bibehållen kvalitet till år 2030. Region Örebro läns forskningsproduktion ska minst stabiliseras under året på nuvarande höga nivå med bibehållen kvalitet',
          'Forskningsanslag erhållna i nationell eller internationell konkurrens ska öka jämfört med föregående år samt i relation till Region Örebro läns interna forskningsanslag och forsknings-ALF',
        ],
      },
      {
        slug: 'effektmal-7',
        kind: 'EFFECT_GOAL',
        number: 7,
        text: 'Utbildning som bedrivs är av hög kvalitet och kommer länets invånare till godo.',
        indicators: [
          {
            text: 'Andel studenter, elever och medarbetare med utbildningstjänst som uppger goda möjligheter att uppnå sina lärandemål under den kliniska utbildningen ska uppnå till minst 90 procent',
            target: { comparison: 'AT_LEAST', low: 90, unit: 'procent' },
          },
          {
            text: 'Andel studenter som uppger att de haft möjlighet att samarbeta med andra yrkesgrupper eller studenter från andra utbildningar under sin placering ska uppgå till mer än 85 procent',
            target: { comparison: 'GREATER_THAN', low: 85, unit: 'procent' },
          },
        ],
      },
      {
        slug: 'effektmal-8',
        kind: 'EFFECT_GOAL',
        number: 8,
        text: 'Länets invånare har tillgång till bra digitala tjänster utifrån deras behov.',
        indicators: [
          'Ett fortsatt ökat utbud av digitala tjänster för att ge delaktighet och tillgänglighet för invånare, organisationer och företag och möta kravet om "Digitalt först".',
          'Förbättrad tillgänglighet i första linjens sjukvård genom automatiserade digitala flöden och stöd för kommunikation med länets invånare',
        ],
      },
    ],
  },
  {
    slug: 'process',
    name: 'Process',
    goals: [
      {
        slug: 'process-kunskapsorganisation',
        kind: 'GOAL',
        number: null,
        text: 'Hälso- och sjukvården är en kunskapsorganisation som ständigt utvecklas',
        indicators: [
          'Bibehållen eller ökad andel av verksamheterna som uppfyller kriterierna för universitetssjukvårdsenheter.',
          {
            text: 'Andel medarbetare med utbildningsuppdrag med grundutbildning i klinisk handledning ska uppgå till > 90 %',
            target: { comparison: 'GREATER_THAN', low: 90, unit: 'procent' },
          },
          'Kunskapsstödsprocessen tillämpas t.ex. via uppstartade personcentrerade och sammanhållna vårdförlopp och en process som kan hantera olika typer av kunskapsstöd',
          'Verksamheten har tillgång till relevanta (realtids)data för analys och uppföljning.',
          'Ökad såld vård totalt.',
          'Framtagande av kompetensutvecklingsplaner för Hälso- och sjukvårdsförvaltningens medarbetare och tillämpa system för uppföljning',
        ],
      },
    ],
  },
  {
    slug: 'resurs',
    name: 'Resurs',
    goals: [
      {
        slug: 'effektmal-9',
        kind: 'EFFECT_GOAL',
        number: 9,
        text: 'Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, jämställda och jämlika arbetsplatser som bidrar till en hållbar kompetensförsörjning.',
        indicators: [
          {
            text: 'Hållbart medarbetarengagemang, HME, ska ligga på en hög nivå i intervallet 77-80 för totalt HME. Strävan är att delindexen motivation, styrning och ledarskap ska ligga på en jämnhög nivå',
            target: { comparison: 'BETWEEN', low: 77, high: 80, unit: 'HME (index)' },
          },
          'Verksamheterna arbetar med förbättringsåtgärder utifrån resultaten i medarbetarenkäten och redovisar resultaten',
          'Attraktiv arbetsgivarindex, AVI, ska öka i jämförelse med föregående år',
          'Jämställdhetsindex, Jämix, ska öka i jämförelse med föregående år',
          'Frisktalet ska förbättras i jämförelse med föregående år',
          'Personalomsättning, externt ska redovisas. Det ska minska i jämförelse med föregående år',
          'Region Örebro läns värdegrund ska efterlevas av regionens alla verksamheter, chefer och medarbetare',
        ],
      },
      {
        slug: 'effektmal-10',
        kind: 'EFFECT_GOAL',
        number: 10,
        text: 'Region Örebro läns har en långsiktig stark och hållbar ekonomi samt uppnår en verksamhetsmässig och finansiell god hushållning',
        indicators: [
          'Styrelsen och nämnderna redovisar ett resultat i balans.',
          'Verksamheten har tillgång till relevanta (realtids)data samt har kunskap om relevanta arbetssätt och metoder för att kunna planera, analysera och följa upp överenskomna uppdrag.',
        ],
      },
    ],
  },
];
