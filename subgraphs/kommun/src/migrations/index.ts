// Listed explicitly (rewritten by `npm run migrations:create`): globs misbehave under jest and bundlers.
// Each class is required when the list is asked for, at a PostgreSQL start: the classes extend
// @mikro-orm/migrations, which loads umzug and its command line, unused by a process on the embedded
// SQLite file (every one `npm start` runs) and about 3 MB of heap in each.
/* eslint-disable @typescript-eslint/no-require-imports -- deliberately lazy, see above */
import type { MigrationObject } from '@mikro-orm/core';

export const migrations = (): MigrationObject[] => [
  { name: 'Migration20261123022242', class: (require('./Migration20261123022242') as typeof import('./Migration20261123022242')).Migration20261123022242 },
  { name: 'Migration20261123024634', class: (require('./Migration20261123024634') as typeof import('./Migration20261123024634')).Migration20261123024634 },
  { name: 'Migration20261123033153', class: (require('./Migration20261123033153') as typeof import('./Migration20261123033153')).Migration20261123033153 },
  { name: 'Migration20261130213946', class: (require('./Migration20261130213946') as typeof import('./Migration20261130213946')).Migration20261130213946 },
  { name: 'Migration20261201003712', class: (require('./Migration20261201003712') as typeof import('./Migration20261201003712')).Migration20261201003712 },
];
