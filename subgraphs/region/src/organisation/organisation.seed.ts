import type { EntityManager } from '@mikro-orm/core';
import { referenceData, regionFacts } from '@orebro/reference-data';
import { saveHospital, saveNarsjukvardsomrade, saveRegionProfile } from './organisation.service';

const PROTOCOL_2021_05_28 = 'Protokoll, Chefsgrupp för samverkan social välfärd samt vård och omsorg, 2021-05-28 (närvarolista)';
const REFERENCE = 'reference-data.json: region';

/** The three närsjukvårdsområden as named in the 2021-05-28 protocol. */
const AREAS = [
  { id: 'norr', name: 'Närsjukvårdsområde norr', lansdelIds: ['norr'] },
  { id: 'vaster', name: 'Närsjukvårdsområde väster', lansdelIds: ['vaster'] },
  { id: 'soder-orebro', name: 'Närsjukvårdsområde söder och Örebro', lansdelIds: ['soder', 'orebro'] },
];

export async function seedOrganisation(em: EntityManager): Promise<void> {
  const primaryCare = regionFacts.vardcentraler;
  await saveRegionProfile(em, {
    id: regionFacts.id,
    name: regionFacts.name,
    orgNumber: regionFacts.orgNumber,
    vardcentraler: primaryCare.count,
    privateVardcentraler: primaryCare.private,
    primaryCareNote: primaryCare.note,
    primaryCareSource: REFERENCE,
  });
  for (const area of AREAS) await saveNarsjukvardsomrade(em, { ...area, source: PROTOCOL_2021_05_28 });
  for (const hospital of regionFacts.hospitals) {
    const lansdel = 'lansdel' in hospital ? hospital.lansdel : undefined;
    await saveHospital(em, {
      name: hospital.name,
      shortName: 'short' in hospital ? hospital.short : null,
      approxBeds: hospital.approxBeds,
      narsjukvardsomradeId: lansdel ? AREAS.find((a) => a.lansdelIds.includes(lansdel))!.id : null,
      source: `${REFERENCE} (${referenceData.sources.orgNumber.split(';')[0]})`,
    });
  }
}
