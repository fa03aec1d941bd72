/**
 * Mints a development token, signed with the committed development key (which a production
 * configuration refuses):
 *   npm run token -- --huvudman 1881 [--roles writer,auditor] [--subject anna] [--hours 8]
 * Paste it in the IDE's Headers tab as {"Authorization": "Bearer <token>"}.
 */
import { mintDevelopmentToken, Roles, type Role } from '@orebro/huvudman-auth';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const huvudman = option('huvudman');
  if (!huvudman) throw new Error(`Give --huvudman: ${REGION_ID} (the region) or a kommun code (${kommunCodes.join(', ')}).`);
  const roles = (option('roles') ?? '').split(',').filter(Boolean);
  const unknown = roles.filter((r) => !(Roles as readonly string[]).includes(r));
  if (unknown.length > 0) throw new Error(`Unknown role(s) ${unknown.join(', ')}; roles are ${Roles.join(', ')}.`);
  const hours = Number(option('hours') ?? 8);
  console.log(await mintDevelopmentToken({ huvudman, roles: roles as Role[], subject: option('subject'), expiresInSeconds: hours * 3600 }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
