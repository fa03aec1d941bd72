// Listed explicitly (rewritten by `npm run migrations:create`): globs misbehave under jest and bundlers.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123022242 } from './Migration20261123022242';
import { Migration20261123024634 } from './Migration20261123024634';
import { Migration20261123033153 } from './Migration20261123033153';
import { Migration20261130213945 } from './Migration20261130213945';
import { Migration20261201003707 } from './Migration20261201003707';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261123022242', class: Migration20261123022242 },
  { name: 'Migration20261123024634', class: Migration20261123024634 },
  { name: 'Migration20261123033153', class: Migration20261123033153 },
  { name: 'Migration20261130213945', class: Migration20261130213945 },
  { name: 'Migration20261201003707', class: Migration20261201003707 },
];
