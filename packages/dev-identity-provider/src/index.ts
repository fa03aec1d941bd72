export type { Choice, DevIdentityProviderOptions, PublicClient, TokenClient } from './options';
export { createOidcProvider } from './provider';
export { startIdentityProvider, type RunningIdentityProvider } from './server';
export { loadOrCreateKeys, rotateKeys, newSigningKey, type ProviderKeys } from './keys';
export { accountIdOf, identityOf, type DevIdentity } from './accounts';
export { providerConfigFromEnv, DEFAULT_APP_CLIENT_ID, DEFAULT_TOKEN_CLIENT_ID, DEFAULT_TOKEN_CLIENT_SECRET, DEFAULT_PORT } from './env-config';
