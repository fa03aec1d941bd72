import { MAX_INDICATOR_MAGNITUDE } from '@orebro/subgraph-kit';

/**
 * Reads a Kolada-format export into one row per value: JSON as the Kolada API gives it (a list of
 * `{ kpi, municipality, period, values: [{ gender, count, status, value }] }`, or `{ values: [...] }`
 * around it), or CSV with a header `kpi,municipality,period,gender,value[,status]` (`;` or tab also
 * work, and then a decimal comma). Problems are collected per row, never thrown, so a caller can refuse
 * the whole file with the complete list.
 */
export const ImportFormats = ['KOLADA_JSON', 'CSV'] as const;
export type ImportFormat = (typeof ImportFormats)[number];

export interface FileValue {
  /** 1-based: the JSON row, or the CSV line (the header is line 1). */
  row: number;
  kpi: string;
  municipality: string;
  period: string;
  gender: string;
  value: number | null;
  status: string | null;
}

export interface RowProblem {
  row: number;
  kpi?: string;
  municipality?: string;
  period?: string;
  gender?: string;
  reason: string;
}

export function readKoladaFile(format: ImportFormat, content: string): { values: FileValue[]; problems: RowProblem[] } {
  // NFC first: ids, codes and status texts compare the same however the file's text was composed.
  const normalised = content.normalize('NFC');
  return format === 'CSV' ? readCsv(normalised) : readJson(normalised);
}

function readJson(content: string): { values: FileValue[]; problems: RowProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return { values: [], problems: [{ row: 0, reason: `The file is not valid JSON: ${(error as Error).message}` }] };
  }
  const rows = Array.isArray(parsed) ? parsed : (parsed as { values?: unknown })?.values;
  if (!Array.isArray(rows)) return { values: [], problems: [{ row: 0, reason: 'Not a Kolada export: expected a list of rows or {"values": [...]}.' }] };
  const values: FileValue[] = [];
  const problems: RowProblem[] = [];
  rows.forEach((raw: unknown, index) => {
    const row = index + 1;
    const r = (raw ?? {}) as Record<string, unknown>;
    const [kpi, municipality, period] = [text(r.kpi), text(r.municipality), text(r.period)];
    if (!kpi || !municipality || !period) return void problems.push({ row, kpi, municipality, period, reason: 'A row needs kpi, municipality and period.' });
    const head = { row, kpi, municipality, period };
    if (!Array.isArray(r.values) || r.values.length === 0) return void problems.push({ reason: 'A row needs a non-empty list of values.', ...head });
    for (const v of r.values as Record<string, unknown>[]) {
      const gender = text(v?.gender) ?? '';
      const value = v?.value;
      if (value !== null && value !== undefined && typeof value !== 'number') {
        problems.push({ gender, reason: `Value ${JSON.stringify(value)} is not a number.`, ...head });
        continue;
      }
      if (typeof value === 'number' && !plausible(value)) {
        problems.push({ gender, reason: implausible(value), ...head });
        continue;
      }
      values.push({ gender, value: value ?? null, status: text(v?.status) || null, ...head });
    }
  });
  return { values, problems };
}

function readCsv(content: string): { values: FileValue[]; problems: RowProblem[] } {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const delimiter = [';', '\t', ','].find((d) => lines[0]?.includes(d)) ?? ',';
  const header = splitCsvLine(lines[0] ?? '', delimiter).map((h) => h.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const missing = ['kpi', 'municipality', 'period', 'gender', 'value'].filter((c) => column(c) < 0);
  if (missing.length > 0) return { values: [], problems: [{ row: 1, reason: `The CSV header lacks ${missing.join(', ')}.` }] };
  const values: FileValue[] = [];
  const problems: RowProblem[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = splitCsvLine(line, delimiter).map((c) => c.trim());
    const cell = (name: string) => cells[column(name)] ?? '';
    const row = { row: index + 2, kpi: cell('kpi'), municipality: cell('municipality'), period: cell('period'), gender: cell('gender') };
    const raw = delimiter === ',' ? cell('value') : cell('value').replace(',', '.');
    const value = raw === '' ? null : Number(raw);
    if (value !== null && !Number.isFinite(value)) return void problems.push({ reason: `Value "${cell('value')}" is not a number.`, ...row });
    if (value !== null && !plausible(value)) return void problems.push({ reason: implausible(value), ...row });
    values.push({ value, status: column('status') >= 0 ? cell('status') || null : null, ...row });
  });
  return { values, problems };
}

/** A value a joint view can sum and weight without losing it: finite and within the shared bound. */
function plausible(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_INDICATOR_MAGNITUDE;
}

function implausible(value: number): string {
  return `Value ${value} is implausible: at most ${MAX_INDICATOR_MAGNITUDE} in magnitude.`;
}

/** Splits one CSV line, honouring double quotes ("" inside quotes is a quote). */
function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      current += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  return [...cells, current];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
