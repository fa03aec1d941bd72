/** Roles a token may carry, besides being staff of its huvudman. */
export const Roles = ['writer', 'secretariat', 'auditor'] as const;
export type Role = (typeof Roles)[number];

/** Who is calling, as every subgraph decides it for itself from the token. */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'authenticated';
      /** The token's subject (a stable user id at the identity provider). */
      subject: string;
      /** The huvudman the caller works for: "18" for the region, a kommun code for a kommun. */
      huvudman: string;
      /** True when that huvudman takes part in the samverkan (is one of the thirteen). */
      participating: boolean;
      roles: Role[];
    };

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** A short description for audit records and logs: never the token itself. */
export function describeCaller(caller: Caller): { subject: string | null; huvudman: string | null; roles: Role[] } {
  return caller.kind === 'anonymous'
    ? { subject: null, huvudman: null, roles: [] }
    : { subject: caller.subject, huvudman: caller.huvudman, roles: caller.roles };
}
