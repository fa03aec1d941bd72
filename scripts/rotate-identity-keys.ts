/**
 * Rotates the development identity provider's signing key: a new key signs from the provider's next
 * start, the previous one stays published so tokens it signed verify until they expire.
 *   npm run identity:rotate-keys     # then restart `npm start` (the graph's services keep running in production)
 * The key file is IDP_KEYS_FILE, default data/dev-identity-provider-keys.json (what `npm start` uses).
 */
import { join } from 'node:path';
import { repoRoot } from '@orebro/local-federation';
import { rotateKeys } from '@orebro/dev-identity-provider/src/keys';

const file = process.env.IDP_KEYS_FILE || join(repoRoot, 'data', 'dev-identity-provider-keys.json');
rotateKeys(file).then(
  (keys) =>
    console.log(
      `${file}: signing with ${keys.signingKeys[0].kid} from the provider's next start; still published: ${
        keys.signingKeys
          .slice(1)
          .map((k) => k.kid)
          .join(', ') || 'none'
      }.`,
    ),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
