import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireOneOf, requireSek, requireText } from '@orebro/subgraph-kit';
import { GrantAreas, GrantDecision } from './grant.entity';

/** What decisions already take from a pot. */
export async function decidedFrom(em: EntityManager, potId: string): Promise<number> {
  const decisions = await em.find(GrantDecision, { potId });
  return decisions.reduce((sum, d) => sum + (d.amountSek ?? 0), 0);
}

export function requireGrantId(id: string): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw badUserInput(`Id "${id}" must be lower-case words joined by hyphens.`, 'id');
}

export function requireGrantArea(area: string): void {
  requireOneOf(area, GrantAreas, 'area');
}

export function requireOptionalSek(amount: number | null | undefined, field: string): void {
  if (amount != null) requireSek(amount, field);
}

/** Required text must not be blank; no text may carry a personnummer (joint records are read by many). */
export function requireTexts<T extends object>(input: T, fields: (keyof T & string)[]): void {
  for (const field of fields) {
    const value = input[field] as unknown as string | null | undefined;
    if (value !== undefined && value !== null) requireText(value, field);
    requireNoIdentityNumber(value, field);
  }
}
