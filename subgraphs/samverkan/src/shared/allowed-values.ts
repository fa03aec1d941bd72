/** True when `value` is one of `list` (a schema enum's values or a column's allowed words); narrows its type. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
