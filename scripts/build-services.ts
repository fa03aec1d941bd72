/**
 * Compiles each service's entry, with the workspace packages, into one JavaScript file under
 * build/services/ that plain `node` runs: the image's services then carry no TypeScript loader
 * (about 35–40 MB less resident memory per process). npm packages stay in node_modules.
 *
 *   npm run build:services    # then e.g. node build/services/subgraphs_kommun_src_main.js
 */
import { join } from 'node:path';
import { federationMembers, gatewayService } from '@orebro/gateway/src/members';
import { compileEntry, IDENTITY_PROVIDER_ENTRY, repoRoot } from '@orebro/local-federation';

/** The gateway, every federation member (gateway/src/members.ts) and the development identity provider (docker-compose runs it; a real deployment uses the huvudmän's IdP). */
export const SERVICE_ENTRIES = [gatewayService.entry, ...federationMembers.map((m) => m.entry), IDENTITY_PROVIDER_ENTRY];
export const SERVICES_BUILD_DIR = 'build/services';

async function main(): Promise<void> {
  for (const entry of SERVICE_ENTRIES) console.log(`${entry} → ${await compileEntry(entry, join(repoRoot, SERVICES_BUILD_DIR))}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
