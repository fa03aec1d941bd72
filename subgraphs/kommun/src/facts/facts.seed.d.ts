import type { EntityManager } from '@mikro-orm/core';
import { type KommunFacts } from '@orebro/reference-data';
/** Seeds one kommun's own facts: its profile and its real 2024 population (SCB). */
export declare function seedFacts(kommun: KommunFacts): (em: EntityManager) => Promise<void>;
