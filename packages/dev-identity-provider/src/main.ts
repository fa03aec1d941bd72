/**
 * The development identity provider as a service, configured for this graph: the thirteen huvudmän
 * (reference data) as the values of the `huvudman` claim and the graph's three roles. Started by
 * `npm start` (before the other services) and by docker-compose; see this package's README.
 */
import { createLogger, stopOnSignals } from '@orebro/http';
import { kommuner, regionFacts } from '@orebro/reference-data';
import { providerConfigFromEnv } from './env-config';
import { loadOrCreateKeys } from './keys';
import { startIdentityProvider } from './server';

const ROLE_LABELS: Record<string, string> = {
  writer: 'Rapportör: ändrar sin huvudmans egna uppgifter',
  secretariat: 'Sekretariat: för de gemensamma organens protokoll och uppföljning',
  auditor: 'Granskare: läser granskningsloggen',
};

async function main(): Promise<void> {
  // The provider's one read of the environment.
  const env = process.env;
  const logger = createLogger('dev-identity-provider', {}, env.LOG_LEVEL || 'info');
  const config = providerConfigFromEnv(env);
  const keys = await loadOrCreateKeys(config.keysFile);
  const running = await startIdentityProvider(
    {
      ...config.options,
      ...keys,
      claims: {
        organisation: {
          name: 'huvudman',
          label: 'Huvudman',
          choices: [{ value: regionFacts.id, label: regionFacts.name }, ...kommuner.map((k) => ({ value: k.code, label: k.officialName }))],
        },
        roles: { name: 'roles', label: 'Roller', choices: Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })) },
      },
    },
    { port: config.port, host: config.host },
    logger,
  );
  stopOnSignals(running.stop, logger);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
