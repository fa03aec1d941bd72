/**
 * Loads a Kolada-format export (JSON as the Kolada API gives it, or CSV) into one huvudman's own database,
 * through the same service as the import mutation: all or nothing, rows for anyone else refuse the file.
 *   npm run import:kolada -- --kommun 1881 kumla-2024.json
 *   npm run import:kolada -- --region region-2024.csv [--source "Källa: Kolada"] [--example]
 * The database is the instance's own: DATABASE_URL, or the SQLite file under DATA_DIR (default ./data),
 * exactly as the instance itself opens it. Exit code 0 when stored, 1 when refused or on bad arguments.
 */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createLogger } from '@orebro/http';
import type { Caller } from '@orebro/huvudman-auth';
import { AuditTrail, databaseFromEnv, initORM, seedEmptyAreas } from '@orebro/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { kommunSubgraph } from '@orebro/kommun';
import { importKommunIndicatorValues } from '@orebro/kommun/src/indicator-values/indicator-values.service';
import { regionSubgraph } from '@orebro/region';
import { importRegionIndicatorValues } from '@orebro/region/src/indicator-values/indicator-values.service';

interface Target {
  huvudman: string;
  definition: ReturnType<typeof regionSubgraph>;
  run: (em: EntityManager, input: Parameters<typeof importRegionIndicatorValues>[1]) => ReturnType<typeof importRegionIndicatorValues>;
}

function parseArguments(argv: string[]) {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv.splice(at, 2)[1] : undefined;
  };
  const flag = (name: string) => (argv.includes(name) ? (argv.splice(argv.indexOf(name), 1), true) : false);
  const kommun = option('--kommun');
  const source = option('--source');
  const format = option('--format');
  const region = flag('--region');
  const isExample = flag('--example');
  const [file, ...rest] = argv;
  if (!file || rest.length > 0 || (kommun === undefined) === !region) {
    throw new Error(
      'Usage: npm run import:kolada -- (--kommun <code> | --region) <file.json|file.csv> [--format KOLADA_JSON|CSV] [--source <text>] [--example]',
    );
  }
  const target: Target = region
    ? { huvudman: '18', definition: regionSubgraph(), run: importRegionIndicatorValues }
    : { huvudman: kommun!, definition: kommunSubgraph(kommun!), run: (em, input) => importKommunIndicatorValues(em, kommun!, input) };
  const chosen = (format ?? (/\.csv$/i.test(file) ? 'CSV' : 'KOLADA_JSON')) as 'CSV' | 'KOLADA_JSON';
  return { target, file, input: { format: chosen, content: readFileSync(file, 'utf8'), source, isExample } };
}

async function main(): Promise<number> {
  const { target, file, input } = parseArguments(process.argv.slice(2));
  const logger = createLogger('import-kolada', { instance: target.definition.instance });
  logger.level = process.env.LOG_LEVEL ?? 'warn';
  const orm = await initORM(target.definition, databaseFromEnv(target.definition.instance));
  // As the instance does at start: areas with empty tables get their seed first, so an import into a
  // fresh database does not leave the instance's example data unseeded.
  await seedEmptyAreas(orm, target.definition.seeds ?? [], logger);
  const caller: Caller = {
    kind: 'authenticated',
    subject: `command:${userInfo().username}`,
    huvudman: target.huvudman,
    participating: true,
    roles: ['writer'],
  };
  const audit = new AuditTrail(caller);
  const event = { action: 'write' as const, operation: 'command.import:kolada', entity: 'IndicatorValue', entityIds: [target.huvudman] };
  try {
    const result = await target.run(orm.em.fork(), input);
    audit.add({ ...event, outcome: 'succeeded' });
    console.log(
      `${file}: ${result.rows} values for huvudman ${result.huvudmanId}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    audit.add({ ...event, outcome: 'failed', detail: String(error.extensions.code) });
    console.error(error.message);
    for (const r of (error.extensions.refused ?? []) as { row: number; reason: string }[]) console.error(`  row ${r.row}: ${r.reason}`);
    return 1;
  } finally {
    await audit.flush(orm);
    await orm.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
