// The audit plugin and the denied-attempt log both name a write's records by these ids: one rule, here, so
// neither imports the other.

/** Identifiers among a mutation's arguments (id, code, kommunCode, ...), also inside input objects. */
export function idsIn(value: unknown, key = ''): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => idsIn(v, key));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => idsIn(v, k));
  return /(^id$|Id$|^code$|Code$)/.test(key) ? [String(value)] : [];
}
