// Listed explicitly (rewritten by `npm run migrations:create`): globs misbehave under jest and bundlers.
// Each class is required when the list is asked for, at a PostgreSQL start: the classes extend
// @mikro-orm/migrations, which loads umzug and its command line, unused by a process on the embedded
// SQLite file (every one `npm start` runs) and about 3 MB of heap in each.
/* eslint-disable @typescript-eslint/no-require-imports -- deliberately lazy, see above */
import type { MigrationObject } from '@mikro-orm/core';

export const migrations = (): MigrationObject[] => [
  { name: 'Migration20261123022241', class: (require('./Migration20261123022241') as typeof import('./Migration20261123022241')).Migration20261123022241 },
  { name: 'Migration20261123024633', class: (require('./Migration20261123024633') as typeof import('./Migration20261123024633')).Migration20261123024633 },
  { name: 'Migration20261123033153', class: (require('./Migration20261123033153') as typeof import('./Migration20261123033153')).Migration20261123033153 },
  { name: 'Migration20261123051555', class: (require('./Migration20261123051555') as typeof import('./Migration20261123051555')).Migration20261123051555 },
  { name: 'Migration20261123052128', class: (require('./Migration20261123052128') as typeof import('./Migration20261123052128')).Migration20261123052128 },
  { name: 'Migration20261130210347', class: (require('./Migration20261130210347') as typeof import('./Migration20261130210347')).Migration20261130210347 },
  { name: 'Migration20261130211316', class: (require('./Migration20261130211316') as typeof import('./Migration20261130211316')).Migration20261130211316 },
  { name: 'Migration20261130213943', class: (require('./Migration20261130213943') as typeof import('./Migration20261130213943')).Migration20261130213943 },
  { name: 'Migration20261201003701', class: (require('./Migration20261201003701') as typeof import('./Migration20261201003701')).Migration20261201003701 },
];
