import { GraphQLError } from 'graphql';
import type { EntityManager, EntityName, FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import { requireNoIdentityNumber, requireOneOf } from '@orebro/subgraph-kit';
import { ImportFormats, readKoladaFile, type FileValue, type ImportFormat, type RowProblem } from './kolada-file';

/** What the mutation and the import command both hand to the service. */
export interface ImportInput {
  format: ImportFormat;
  content: string;
  /** Where the figures come from; defaults to Kolada's required attribution. */
  source?: string | null;
  /** Invented demonstration figures; their source then says "Exempeldata". */
  isExample?: boolean | null;
}

export interface ImportResult {
  huvudmanId: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

const GENDERS = ['T', 'K', 'M'];
const KPI = /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/;
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/**
 * Reads a file and checks every row before anything is written: a row for another huvudman (any
 * `municipality` this instance does not own), or any malformed row, refuses the whole file.
 * `owns` tells whether a Kolada municipality id is this instance's own huvudman.
 */
export function requireImportFile(
  input: ImportInput,
  owner: string,
  owns: (municipality: string) => boolean,
): { values: FileValue[]; source: string; isExample: boolean } {
  requireOneOf(input.format, ImportFormats, 'format');
  const isExample = input.isExample ?? false;
  // NFC, like what is stored: a re-import of the same file is then "unchanged" however its text was composed.
  const given = (input.source?.trim() || 'Källa: Kolada').normalize('NFC');
  const source = isExample && !/exempeldata/i.test(given) ? `Exempeldata: ${given}` : given;
  requireNoIdentityNumber(source, 'source');

  const { values, problems } = readKoladaFile(input.format, input.content);
  const seen = new Set<string>();
  for (const v of values) {
    const reason = !owns(v.municipality)
      ? `The row is for huvudman ${v.municipality}; this subgraph holds values for ${owner} only.`
      : !KPI.test(v.kpi)
        ? `kpi "${v.kpi}" is not an indicator id.`
        : !PERIOD.test(v.period)
          ? `period "${v.period}" must be a year (2024) or a month (2024-03).`
          : !GENDERS.includes(v.gender)
            ? `gender "${v.gender}" must be T, K or M.`
            : seen.has(keyOf(v))
              ? 'The same kpi, period and gender appear twice in the file.'
              : null;
    seen.add(keyOf(v));
    if (reason) problems.push(describe(v, reason));
  }
  if (values.length === 0 && problems.length === 0) problems.push({ row: 0, reason: 'The file holds no values.' });
  if (problems.length > 0) throw refusedFile(problems);
  return { values, source, isExample };
}

export const keyOf = (v: { kpi?: string; indicatorId?: string; period: string; gender: string }) => `${v.kpi ?? v.indicatorId}|${v.period}|${v.gender}`;

export function describe(v: FileValue, reason: string): RowProblem {
  return { row: v.row, kpi: v.kpi, municipality: v.municipality, period: v.period, gender: v.gender, reason };
}

/** All or nothing: the error lists every refused row, and nothing was stored. */
export function refusedFile(problems: RowProblem[]): GraphQLError {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  const first = sorted[0];
  return new GraphQLError(
    `Refused the whole file, nothing was stored: ${sorted.length} row(s) cannot be imported here (first, row ${first.row}: ${first.reason}). extensions.refused lists them all.`,
    { extensions: { code: 'BAD_USER_INPUT', field: 'content', refused: sorted } },
  );
}

/** The stored shape both the region's and a kommun's indicator values share. */
interface StoredIndicatorValue {
  indicatorId: string;
  period: string;
  gender: string;
  value?: number | string | null;
  status?: string | null;
  source: string;
  isExample: boolean;
}

/**
 * Writes checked values into `entity` inside the caller's transaction: one read of the rows already
 * stored for these indicators (narrowed by `ownKey`, e.g. the kommun code), then a new row, an update
 * or nothing for each value; counts go into `result`. Re-importing the same file changes nothing.
 */
export async function upsertIndicatorValues<T extends StoredIndicatorValue>(
  tx: EntityManager,
  entity: EntityName<T>,
  ownKey: Partial<T>,
  checked: { values: FileValue[]; source: string; isExample: boolean },
  result: ImportResult,
): Promise<void> {
  const { values, source, isExample } = checked;
  const kpis = [...new Set(values.map((v) => v.kpi))];
  if (kpis.length === 0) return;
  const stored = await tx.find(entity, { ...ownKey, indicatorId: { $in: kpis } } as FilterQuery<T>);
  const existing = new Map(stored.map((row) => [keyOf(row), row]));
  for (const v of values) {
    const fields = { value: v.value, status: v.status, source, isExample };
    const row = existing.get(keyOf(v));
    if (!row) {
      tx.create(entity, { indicatorId: v.kpi, period: v.period, gender: v.gender, ...ownKey, ...fields } as unknown as RequiredEntityData<T>);
      result.created++;
    } else if (changed(row, fields)) {
      tx.assign(row, fields as never);
      result.updated++;
    } else result.unchanged++;
  }
}

function changed(row: StoredIndicatorValue, next: { value: number | null; status: string | null; source: string; isExample: boolean }): boolean {
  const value = row.value === null || row.value === undefined ? null : Number(row.value);
  return value !== next.value || (row.status ?? null) !== next.status || row.source !== next.source || row.isExample !== next.isExample;
}
