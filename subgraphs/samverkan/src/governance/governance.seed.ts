import type { EntityManager } from '@mikro-orm/core';
import { seedBodies } from './seed/bodies.seed';
import { seedProtocol20210528 } from './seed/protocol.seed';

/** Bodies and members from the handlingsplan and the protocol, then the protocol of 2021-05-28 itself. */
export async function seedGovernance(em: EntityManager): Promise<void> {
  await seedBodies(em);
  await seedProtocol20210528(em);
}
