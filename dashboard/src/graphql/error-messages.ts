import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/**
 * The one place an error's `extensions.code` becomes Swedish text for people. Codes are the graph's
 * (see ARCHITECTURE.md); anything unknown gets the general message, never a stack or English detail.
 */
const messages: Record<string, string> = {
  HUVUDMAN_UNAVAILABLE: 'En huvudmans uppgifter kunde inte hämtas just nu.',
  SUBGRAPH_UNAVAILABLE: 'En del av systemet svarar inte just nu. Försök igen om en stund.',
  CONFLICT: 'Någon har ändrat detta sedan du öppnade det. Inget har skrivits över: läs in sidan igen och gör ändringen på nytt.',
  UNAUTHENTICATED: 'Du behöver logga in för att göra detta.',
  FORBIDDEN: 'Du har inte behörighet att göra detta.',
  BAD_USER_INPUT: 'Uppgifterna kunde inte sparas: kontrollera det du fyllt i.',
  GRAPHQL_VALIDATION_FAILED: 'Frågan godtogs inte av servern.',
  OPERATION_NOT_REGISTERED: 'Servern tar bara emot appens registrerade frågor.',
  RATE_LIMITED: 'För många förfrågningar. Vänta en stund och försök igen.',
  INTERNAL_SERVER_ERROR: 'Ett fel uppstod på servern.',
};
const GENERAL = 'Något gick fel. Försök igen.';
const NETWORK = 'Servern kunde inte nås. Kontrollera anslutningen och försök igen.';

export function messageForCode(code: string | undefined): string {
  return (code && messages[code]) || GENERAL;
}

/** The codes in an Apollo error (GraphQL errors' extensions.code; an HTTP error's body code). */
export function errorCodes(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => String(e.extensions?.code ?? ''));
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: { code?: string } }[] };
      return (body.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
    } catch {
      return [''];
    }
  }
  return [];
}

/**
 * One Swedish sentence for an error, preferring a specific code over the general message. Codes in
 * `except` are passed over (e.g. HUVUDMAN_UNAVAILABLE, which PartialNotice already explains).
 */
export function messageFor(error: unknown, except: string[] = []): string {
  if (!error) return '';
  const codes = errorCodes(error).filter((code) => code && !except.includes(code));
  if (codes.length > 0) return messageForCode(codes[0]);
  return error instanceof TypeError || ServerError.is(error) ? NETWORK : GENERAL;
}

export const hasCode = (error: unknown, code: string): boolean => errorCodes(error).includes(code);
