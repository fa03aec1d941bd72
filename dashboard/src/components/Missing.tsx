/** The word shown where a value is missing because its huvudman's subgraph did not answer: never 0 or blank. */
export const MISSING_TEXT = 'saknas';

export function Missing() {
  return <span className="missing">{MISSING_TEXT}</span>;
}
