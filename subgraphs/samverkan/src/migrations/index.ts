// Listed explicitly (rewritten by `npm run migrations:create`): globs misbehave under jest and bundlers.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123022241 } from './Migration20261123022241';
import { Migration20261123024633 } from './Migration20261123024633';
import { Migration20261123033153 } from './Migration20261123033153';
import { Migration20261123051555 } from './Migration20261123051555';
import { Migration20261123052128 } from './Migration20261123052128';
import { Migration20261130210347 } from './Migration20261130210347';
import { Migration20261130211316 } from './Migration20261130211316';
import { Migration20261130213943 } from './Migration20261130213943';
import { Migration20261201003701 } from './Migration20261201003701';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261123022241', class: Migration20261123022241 },
  { name: 'Migration20261123024633', class: Migration20261123024633 },
  { name: 'Migration20261123033153', class: Migration20261123033153 },
  { name: 'Migration20261123051555', class: Migration20261123051555 },
  { name: 'Migration20261123052128', class: Migration20261123052128 },
  { name: 'Migration20261130210347', class: Migration20261130210347 },
  { name: 'Migration20261130211316', class: Migration20261130211316 },
  { name: 'Migration20261130213943', class: Migration20261130213943 },
  { name: 'Migration20261201003701', class: Migration20261201003701 },
];
