import type { DevIdentityProviderOptions } from './options';

/** A development identity: which organisation the user works for and with which roles. */
export interface DevIdentity {
  organisation: string;
  roles: string[];
}

/**
 * Account ids carry the identity itself (`dev.1881.writer+auditor`, `dev.18.-` without roles), so the
 * provider keeps no user store and an account stays the same identity across restarts.
 */
export function accountIdOf(identity: DevIdentity): string {
  return `dev.${identity.organisation}.${[...identity.roles].sort().join('+') || '-'}`;
}

/** The identity an account id stands for; undefined when the id is not one this provider issued. */
export function identityOf(accountId: string, options: DevIdentityProviderOptions): DevIdentity | undefined {
  const match = /^dev\.([^.]+)\.([^.]+)$/.exec(accountId);
  if (!match) return undefined;
  const roles = match[2] === '-' ? [] : match[2].split('+');
  const problem = checkIdentity({ organisation: match[1], roles }, options, true);
  return problem ? undefined : { organisation: match[1], roles };
}

/**
 * Why an identity cannot be issued, or undefined when it can. Roles must be among the configured ones.
 * The organisation must be one of the configured choices for a login; a token client may name any
 * well-formed value (tests need callers from organisations that do not take part).
 */
export function checkIdentity(identity: DevIdentity, options: DevIdentityProviderOptions, fromLogin: boolean): string | undefined {
  const { organisation, roles } = options.claims;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(identity.organisation)) {
    return `${organisation.name} must be 1–40 letters, digits, - or _ (got "${identity.organisation}")`;
  }
  if (fromLogin && !organisation.choices.some((c) => c.value === identity.organisation)) {
    return `${organisation.name} "${identity.organisation}" is not one of ${organisation.choices.map((c) => c.value).join(', ')}`;
  }
  const unknown = identity.roles.filter((r) => !roles.choices.some((c) => c.value === r));
  if (unknown.length > 0) return `unknown ${roles.name} ${unknown.join(', ')}; known are ${roles.choices.map((c) => c.value).join(', ')}`;
  return undefined;
}

/** A readable name for the identity, for the ID token's `name` claim. */
export function displayName(identity: DevIdentity, options: DevIdentityProviderOptions): string {
  const label = options.claims.organisation.choices.find((c) => c.value === identity.organisation)?.label ?? identity.organisation;
  // The person and their huvudman only: the roles are a claim of their own, which an app shows in its
  // own words (the app's header: "Roller: sekretariat"); the raw role names in the name leaked English.
  return `Utvecklare, ${label}`;
}
