import type { EntityManager } from '@mikro-orm/core';
import { kommuner, lansdelar, regionFacts } from '@orebro/reference-data';
import { registerHuvudman, registerLansdel } from './register.service';

/** Only Norr is confirmed by the region's own pages; the other groupings are best knowledge. */
const CONFIRMED_LANSDELAR = new Set(['norr']);

export async function seedRegister(em: EntityManager): Promise<void> {
  for (const lansdel of lansdelar) {
    await registerLansdel(em, { ...lansdel, membershipUnverified: !CONFIRMED_LANSDELAR.has(lansdel.id) });
  }
  await registerHuvudman(em, {
    id: regionFacts.id,
    name: regionFacts.name,
    kind: 'REGION',
    orgNumber: regionFacts.orgNumber,
    lansdelId: null,
  });
  for (const kommun of kommuner) {
    await registerHuvudman(em, {
      id: kommun.code,
      name: kommun.officialName,
      kind: 'MUNICIPALITY',
      orgNumber: kommun.orgNumber,
      lansdelId: kommun.lansdel,
    });
  }
}
