/** A value as the graph shows it (`IndicatorValue` in the reporting contract). */
export interface IndicatorValueView {
  indicatorId: string;
  huvudmanId: string;
  period: string;
  gender: string;
  value: number | null;
  status: string | null;
  source: string;
  isExample: boolean;
}

/** A stored value row (the region's and each kommun's `IndicatorValue` entity share these columns). */
export interface StoredIndicatorValue {
  indicatorId: string;
  period: string;
  gender: string;
  /** A double column may come back as a string from some drivers: read as a number. */
  value?: number | string | null;
  status?: string | null;
  source: string;
  isExample: boolean;
}

/** Kolada's order of the genders: totalt, kvinnor, män. */
const GENDER_ORDER = ['T', 'K', 'M'];

/** A stored row as the graph shows it, reported by `huvudmanId`. */
export function indicatorValueView(row: StoredIndicatorValue, huvudmanId: string): IndicatorValueView {
  return {
    indicatorId: row.indicatorId,
    huvudmanId,
    period: row.period,
    gender: row.gender,
    value: row.value === null || row.value === undefined ? null : Number(row.value),
    status: row.status ?? null,
    source: row.source,
    isExample: row.isExample,
  };
}

/** The order every huvudman answers its values in: by period, then T, K, M. */
export function byPeriodAndGender(a: IndicatorValueView, b: IndicatorValueView): number {
  return a.period.localeCompare(b.period) || GENDER_ORDER.indexOf(a.gender) - GENDER_ORDER.indexOf(b.gender);
}
