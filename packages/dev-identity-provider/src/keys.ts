import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** What the provider keeps between restarts: its signing keys (newest first) and its cookie secrets. */
export interface ProviderKeys {
  signingKeys: JWK[];
  cookieKeys: string[];
}

/** How many signing keys a rotation keeps: the new one, and the one before it for tokens still in use. */
const KEPT_SIGNING_KEYS = 2;

export async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg: 'ES256', use: 'sig', kid: `dev-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}-${randomBytes(4).toString('hex')}` };
}

/** Reads the key file, creating it (owner-only) with a new key when it does not exist. */
export async function loadOrCreateKeys(file: string): Promise<ProviderKeys> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ProviderKeys;
  const keys: ProviderKeys = { signingKeys: [await newSigningKey()], cookieKeys: [randomBytes(32).toString('base64url')] };
  writeKeys(file, keys);
  return keys;
}

/**
 * Key rotation: a new signing key first (it signs from the provider's next start), the previous one
 * kept so tokens it signed verify until they expire, older ones dropped. Verifiers that fetch the
 * provider's JWKS pick the new key up at the first token signed with it, without a restart.
 */
export async function rotateKeys(file: string): Promise<ProviderKeys> {
  const current = await loadOrCreateKeys(file);
  const keys: ProviderKeys = { ...current, signingKeys: [await newSigningKey(), ...current.signingKeys].slice(0, KEPT_SIGNING_KEYS) };
  writeKeys(file, keys);
  return keys;
}

function writeKeys(file: string, keys: ProviderKeys): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
