import type { EntityManager } from '@mikro-orm/core';
import { REGION_ID } from '@orebro/reference-data';
import { EXAMPLE_DATA as EXAMPLE, reportGrantUse, type GrantUseInput } from '@orebro/huvudman-reporting';

/** Example uses of the region's nära vård allocations (the documents give no figures). */
export const exampleRegionGrantUse: GrantUseInput[] = [
  {
    programmeId: 'god-och-nara-vard-2023',
    year: 2023,
    purpose: 'Dietist direkt (två dietister, projektform)',
    amountSek: 780_000,
    serviceId: 'dietist-direkt',
    ...EXAMPLE,
  },
  {
    programmeId: 'god-och-nara-vard-2023',
    year: 2023,
    purpose: 'Mobilt närsjukvårdsteam Örebro',
    amountSek: 2_000_000,
    serviceId: 'mobilt-narsjukvardsteam-orebro',
    ...EXAMPLE,
  },
  {
    programmeId: 'god-och-nara-vard-2024',
    year: 2024,
    purpose: 'Dietist direkt (två dietister, projektform)',
    amountSek: 800_000,
    serviceId: 'dietist-direkt',
    ...EXAMPLE,
  },
];

export async function seedGrantUse(em: EntityManager): Promise<void> {
  for (const use of exampleRegionGrantUse) await reportGrantUse(em, REGION_ID, use);
}
