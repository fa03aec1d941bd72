import type { EntityManager } from '@mikro-orm/core';
import { REGION_ID } from '@orebro/reference-data';
import { Huvudman } from '../../register/huvudman.entity';
import { Lansdel } from '../../register/lansdel.entity';
import { addMemberships, personId, registerBody, registerPeople, relateBodies, type MembershipInput } from '../bodies.service';
import { attendanceList } from './protocol-2021-05-28.attendance';
import { PROTOCOL, SAMVERKANSSTRUKTUR, INSATSER } from '../../shared/sources';

/** The bodies of the samverkansstruktur as the handlingsplan and the protocol describe them. */
export async function seedBodies(em: EntityManager): Promise<void> {
  await registerBody(em, {
    id: 'regionala-samverkansradet',
    name: 'Regionala samverkansrådet',
    shortName: 'Regionala samverkansrådet',
    kind: 'COUNCIL',
    political: null,
    lansdelId: null,
    description:
      'Handlingsplanen för sammanhållen vård och omsorg 2019–2022 har presenterats för Regionala samverkansrådet. Dokumenten beskriver inte rådets sammansättning.',
    source: 'Handlingsplan sammanhållen vård och omsorg 2019–2022, inledning',
  });
  await registerBody(em, {
    id: 'specifika-samverkansradet',
    name: 'Specifika samverkansrådet för social välfärd samt vård och omsorg',
    shortName: 'Specifika samverkansrådet',
    kind: 'COUNCIL',
    political: true,
    lansdelId: null,
    description:
      'Ett politiskt forum för information, samråd och samverkan mellan Region Örebro län och länets samtliga kommuner. Rådet har godkänt handlingsplanen 2019–2022 och ansvarar med stöd av Chefsgruppen för kontinuerlig uppföljning av planen.',
    source: `${SAMVERKANSSTRUKTUR}; avsnitt 8 Uppföljning och utvärdering`,
  });
  await registerBody(em, {
    id: 'chefsgrupp',
    name: 'Chefsgrupp för samverkan social välfärd samt vård och omsorg',
    shortName: 'Chefsgruppen',
    kind: 'MANAGEMENT_GROUP',
    political: false,
    lansdelId: null,
    description:
      'Tjänstemannastöd knutet till Specifika samverkansrådet för social välfärd samt vård och omsorg. Tjänsteställe: Förvaltningen för Regional utveckling.',
    source: `${SAMVERKANSSTRUKTUR}; ${PROTOCOL}`,
  });
  await registerBody(em, {
    id: 'kcrd',
    name: 'KCRD – kommunchefs-/regiondirektörsnätverket',
    shortName: 'KCRD',
    kind: 'NETWORK',
    political: false,
    lansdelId: null,
    description:
      'Nätverket för länets kommunchefer och regiondirektören. Handlingsplanen 2019–2022 har presenterats för KCRD; i protokollet 2021-05-28 § 8 frågas om frågan om psykisk hälsa bör upp till KCRD.',
    source: `Handlingsplan sammanhållen vård och omsorg 2019–2022, inledning; ${PROTOCOL} § 8`,
  });
  for (const lansdel of await em.find(Lansdel, {}, { orderBy: { id: 'asc' } })) {
    await registerBody(em, {
      id: `lansdelsgrupp-${lansdel.id}`,
      name: `Länsdelsgrupp ${lansdel.name}`,
      shortName: `Länsdelsgrupp ${lansdel.name}`,
      kind: 'LANSDEL_GROUP',
      political: false,
      lansdelId: lansdel.id,
      description:
        'Tjänstemannagrupp med representanter från Region Örebro läns verksamheter samt från länsdelens samtliga kommuner inom området social välfärd och vård samt folkhälsa. Basen för det lokala utvecklingsarbetet; har det yttersta ansvaret för att upprätta de lokala aktivitetsplanerna.',
      source: `${SAMVERKANSSTRUKTUR}; ${INSATSER}`,
    });
  }
  await registerBody(em, {
    id: 'lag-schizofreni-psykos',
    name: 'Lokala arbetsgruppen (LAG) för schizofreni och psykos',
    shortName: 'LAG schizofreni och psykos',
    kind: 'WORKING_GROUP',
    political: null,
    lansdelId: null,
    description:
      'Har gjort en GAP-analys avseende det personcentrerade och sammanhållna vårdförloppet vid förstagångsinsjuknande i schizofreni samt planerat arbete framåt, redovisad för Chefsgruppen 2021-05-28.',
    source: `${PROTOCOL} § 8`,
  });
  await registerBody(em, {
    id: 'lag-suicid',
    name: 'LAG suicid',
    shortName: 'LAG suicid',
    kind: 'WORKING_GROUP',
    political: null,
    lansdelId: null,
    description:
      'Lokal arbetsgrupp. Chefsgruppens beslut 2021-05-28 om pilotprojekt YAM gäller under förutsättning att LAG suicid ställer sig bakom arbetet (möte den 3 juni 2021).',
    source: `${PROTOCOL} § 8`,
  });

  await relateBodies(em, {
    fromBodyId: 'chefsgrupp',
    kind: 'SUPPORTS',
    toBodyId: 'specifika-samverkansradet',
    basis: 'Till rådet är ett tjänstemannastöd knutet i form av en Chefsgrupp för samverkan social välfärd samt vård och omsorg.',
    source: SAMVERKANSSTRUKTUR,
  });
  await relateBodies(em, {
    fromBodyId: 'lag-schizofreni-psykos',
    kind: 'REPORTS_TO',
    toBodyId: 'chefsgrupp',
    basis: 'Den lokala arbetsgruppen (LAG) för schizofreni och psykos redovisar sin GAP-analys för Chefsgruppen under § 8 Psykisk hälsa.',
    source: `${PROTOCOL} § 8`,
  });

  await seedCouncilSeats(em);
  await seedChefsgruppSeats(em);
}

/** Bodies of all huvudmän, where the documents name no persons: the seat is the huvudman's. */
async function seedCouncilSeats(em: EntityManager): Promise<void> {
  const huvudmen = await em.find(Huvudman, {}, { orderBy: { id: 'asc' } });
  const seats: MembershipInput[] = [];
  for (const h of huvudmen) {
    seats.push({
      bodyId: 'specifika-samverkansradet',
      huvudmanId: h.id,
      personId: null,
      role: 'MEMBER',
      representing: null,
      source: `${SAMVERKANSSTRUKTUR}: forum mellan Region Örebro län och länets samtliga kommuner`,
    });
  }
  for (const h of huvudmen) {
    seats.push({
      bodyId: 'kcrd',
      huvudmanId: h.id,
      personId: null,
      role: 'MEMBER',
      representing: h.id === REGION_ID ? 'Regiondirektör' : 'Kommunchef',
      source: 'KCRD – kommunchefs-/regiondirektörsnätverket (handlingsplan 2019–2022)',
    });
  }
  for (const lansdel of await em.find(Lansdel, {}, { orderBy: { id: 'asc' } })) {
    const unverified = lansdel.membershipUnverified ? ' Länsdelens kommuner enligt registret; indelningen är inte bekräftad av offentliga källor.' : '';
    for (const huvudmanId of [REGION_ID, ...huvudmen.filter((h) => h.lansdelId === lansdel.id).map((h) => h.id)]) {
      seats.push({
        bodyId: `lansdelsgrupp-${lansdel.id}`,
        huvudmanId,
        personId: null,
        role: 'MEMBER',
        representing: huvudmanId === REGION_ID ? 'Region Örebro läns verksamheter' : null,
        source: `${INSATSER}: representanter från Region Örebro läns verksamheter samt från länsdelens samtliga kommuner.${unverified}`,
      });
    }
  }
  await addMemberships(em, seats);
}

/** The Chefsgrupp's seats as its protocol of 2021-05-28 lists them; guests get no seat. */
async function seedChefsgruppSeats(em: EntityManager): Promise<void> {
  await registerPeople(
    em,
    attendanceList.map(({ name, huvudmanId }) => ({ name, huvudmanId })),
  );
  await addMemberships(
    em,
    attendanceList
      .filter((listed) => listed.role !== 'GUEST')
      .map((listed) => ({
        bodyId: 'chefsgrupp',
        huvudmanId: listed.huvudmanId,
        personId: personId(listed.name),
        role: listed.role as MembershipInput['role'],
        representing: listed.representing,
        deputyForPersonId: listed.deputyFor ? personId(listed.deputyFor) : null,
        periodTo: listed.leaves ? '2021-05-28' : null,
        periodNote: listed.leaves ? 'Avtackad 2021-05-28: ingår inte i Chefsgruppens framtida sammansättning (§ 12).' : null,
        source: `${PROTOCOL}, närvarolista`,
      })),
  );
}
