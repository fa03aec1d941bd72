import type { EntityManager } from '@mikro-orm/core';
import { kommunCodes, REGION_ID, referenceData } from '@orebro/reference-data';
import { AgendaItem } from '../governance/agenda.entity';
import { Decision } from '../governance/decision.entity';
import { FARDPLAN, PROTOCOL } from '../shared/sources';
import { PROTOCOL_MEETING_ID } from '../governance/seed/protocol.seed';
import { registerAgreement, type AgreementInput } from './agreements.service';

const ALL_HUVUDMAN = [REGION_ID, ...kommunCodes];
const none = { validFrom: null, validTo: null, legalBasis: null, legalBasisInForceFrom: null, adoptedByDecisionId: null, agendaItemIds: [] };

/** The agreements the documents name. Adopting decisions only where a document records them. */
export async function seedAgreements(em: EntityManager): Promise<void> {
  const item = async (title: string) => (await em.findOneOrFail(AgendaItem, { meetingId: PROTOCOL_MEETING_ID, title })).id;
  const nutritionFrom = await em.findOneOrFail(Decision, {
    meetingId: PROTOCOL_MEETING_ID,
    text: { $like: 'att chefsgruppen fattar beslut om att överenskommelsen gäller från%' },
  });
  const law = lawOnDischarge();
  const agreements: AgreementInput[] = [
    {
      ...none,
      id: 'utskrivning',
      name: 'Överenskommelse Samverkan vid utskrivning',
      description:
        'Länets överenskommelse om samverkan vid utskrivning från sluten hälso- och sjukvård. Färdplanens gemensamma aktivitet 2023 för målet att förbättra in- och utskrivning från sluten vård: översyn av överenskommelse Samverkan vid utskrivning samt ViSam-modellen.',
      stage: 'UNDER_REVIEW',
      stageBasis: `${FARDPLAN}: Översyn av överenskommelse Samverkan vid utskrivning samt ViSam-modellen.`,
      legalBasis: law.name,
      legalBasisInForceFrom: law.inForceFrom,
      partiesUnverified: true,
      partyIds: ALL_HUVUDMAN,
      source: `${FARDPLAN}; ${law.name}`,
    },
    {
      ...none,
      id: 'halso-och-sjukvard-i-hemmet-2025',
      name: 'Överenskommelse om hälso- och sjukvård i hemmet',
      description:
        'Ny överenskommelse om hälso- och sjukvård i hemmet. Arbetet med en ny överenskommelse redovisades för Chefsgruppen 2021-05-28 (§ 9: målbildsarbete, projektplan, nulägeskartläggning, höstens workshopar); färdplanens gemensamma aktivitet 2023: ta fram, besluta och påbörja implementering.',
      stage: 'IN_FORCE',
      stageBasis: 'Ny överenskommelse från 2025-01-01.',
      validFrom: homeCareAgreementFrom(),
      partiesUnverified: true,
      partyIds: ALL_HUVUDMAN,
      agendaItemIds: [await item('Ny överenskommelse om hälso och sjukvård i hemmet'), await item('Ny överenskommelse för hälso- och sjukvård i hemmet')],
      source: `${PROTOCOL} § 9; ${FARDPLAN}; referensdata`,
    },
    {
      ...none,
      id: 'nutritionsvardsprocessen',
      name: 'Gemensam överenskommelse för nutritionsvårdsprocessen',
      description:
        'Kompletterad med resursen "dietist direkt" (2 st, Region Örebro län arbetsgivare, finansierad externt med nära vård-medel). Implementeringsperioden pågår fram till december 2022.',
      stage: 'IN_FORCE',
      stageBasis: 'Chefsgruppen beslutade 2021-05-28 att överenskommelsen gäller från 1 januari 2022.',
      validFrom: '2022-01-01',
      adoptedByDecisionId: nutritionFrom.id,
      partiesUnverified: false,
      partyIds: ALL_HUVUDMAN,
      agendaItemIds: [await item('Gemensam överenskommelse för nutritionsvårdsprocessen')],
      source: `${PROTOCOL} § 9`,
    },
    {
      ...none,
      id: 'familjecentraler',
      name: 'Överenskommelse familjecentraler',
      description:
        'Nuvarande överenskommelse gällande familjecentraler; färdplanens gemensamma aktivitet 2023 (Börja med barnen): det pågår en uppföljning och översyn av den.',
      stage: 'UNDER_REVIEW',
      stageBasis: `${FARDPLAN}: Det pågår en uppföljning och översyn av nuvarande överenskommelse gällande familjecentraler.`,
      partiesUnverified: true,
      partyIds: ALL_HUVUDMAN,
      source: FARDPLAN,
    },
    {
      ...none,
      id: 'egenvard',
      name: 'Överenskommelse för egenvårdsbedömning',
      description:
        'Färdplanens gemensamma aktivitet 2023 för målet att säkerställa ansvar och roller för länets process för egenvård: ta fram överenskommelse och metodstöd och implementeringsplan för egenvårdsbedömning.',
      stage: 'IN_PREPARATION',
      stageBasis: `${FARDPLAN}: Ta fram överenskommelse och metodstöd och implementeringsplan för egenvårdsbedömning.`,
      partiesUnverified: true,
      partyIds: ALL_HUVUDMAN,
      source: FARDPLAN,
    },
  ];
  for (const agreement of agreements) await registerAgreement(em, agreement);
}

/** Reference data: "Lag (2017:612) om samverkan vid utskrivning ..., in force 2018-01-01". */
function lawOnDischarge(): { name: string; inForceFrom: string } {
  const match = /^(.*), in force (\d{4}-\d{2}-\d{2})$/.exec(referenceData.facts.utskrivning.law);
  if (!match) throw new Error('Reference data no longer gives the utskrivning law as "<name>, in force <date>".');
  return { name: match[1], inForceFrom: match[2] };
}

/** Reference data: "Överenskommelse om hälso- och sjukvård i hemmet: new agreement from 2025-01-01". */
function homeCareAgreementFrom(): string {
  const fact = referenceData.facts.coOwnedServices.find((s) => s.startsWith('Överenskommelse om hälso- och sjukvård i hemmet'));
  const date = fact && /from (\d{4}-\d{2}-\d{2})/.exec(fact)?.[1];
  if (!date) throw new Error('Reference data no longer gives the start of the agreement on hälso- och sjukvård i hemmet.');
  return date;
}
