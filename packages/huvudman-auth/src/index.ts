export { ANONYMOUS, Roles, describeCaller, type Caller, type Role } from './caller';
export { authConfigFromEnv, DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, type AuthConfig } from './auth-config';
export { createTokenVerifier, unauthenticated, type TokenVerifier } from './token-verifier';
export { forbidden, requireRole, requireStaff, requireWriterFor, type AuthenticatedCaller } from './access';
export { mintDevelopmentToken, type DevelopmentTokenClaims } from './development-tokens';
