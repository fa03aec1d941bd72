import type { EntityManager } from '@mikro-orm/core';
import type { KommunFacts } from '@orebro/reference-data';
import { EXAMPLE_DATA as EXAMPLE, reportGrantUse, type GrantUseInput } from '@orebro/huvudman-reporting';

/** Example uses of one kommun's nära vård allocations (the documents give no figures). */
export function exampleKommunGrantUse(kommun: KommunFacts): GrantUseInput[] {
  return [
    {
      programmeId: 'god-och-nara-vard-2023',
      year: 2023,
      purpose: 'Lokal processledare för omställningen till nära vård',
      amountSek: kommun.population2024 * 3,
      ...EXAMPLE,
    },
    ...(kommun.code === '1880'
      ? [
          {
            programmeId: 'god-och-nara-vard-2024',
            year: 2024,
            purpose: 'Pilotprojekt med mellanvårdsformer för sköra äldre på Tullhuset',
            amountSek: 1_500_000,
            serviceId: 'tullhuset',
            ...EXAMPLE,
          },
        ]
      : []),
  ];
}

/** Seeds only this instance's own kommun's rows, through the same service as the mutation. */
export function seedGrantUse(kommun: KommunFacts) {
  return async (em: EntityManager): Promise<void> => {
    for (const use of exampleKommunGrantUse(kommun)) await reportGrantUse(em, kommun.code, use);
  };
}
