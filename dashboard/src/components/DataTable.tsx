import { useMemo, useState, type ReactNode } from 'react';
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { downloadCsv, toSwedishCsv, type CsvValue } from '../format/csv';
import { csvFixed, formatFixed, formatNumber } from '../format/sv';
import { Missing, MISSING_TEXT } from './Missing';

/** One column of a DataTable: its Swedish heading, its value (sorting and CSV) and optional rendering. */
export interface Column<Row> {
  id: string;
  header: string;
  /** The cell's value: shown formatted (numbers sv-SE), sorted on, and written to CSV. */
  value: (row: Row) => CsvValue;
  /** Custom rendering; the CSV still uses `value`. */
  cell?: (row: Row) => ReactNode;
  /** Right-aligned and formatted as a number. */
  numeric?: boolean;
  /** Every number in the column with this many decimals, in the table and the CSV ("2,0" beside "7,5"). */
  decimals?: number;
  /** True when this row's value is missing because its huvudman did not answer: shown and exported as "saknas". */
  missing?: (row: Row) => boolean;
  /** The row's header cell (th scope=row), e.g. the huvudman's name. */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  /** The table's caption: what it shows (read out by screen readers, also the CSV's subject). */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  /** File name of the CSV export, without ".csv". */
  csvName: string;
  /** A stable key for each row. */
  rowKey: (row: Row) => string;
  /** A last row (e.g. a sum), not sorted with the others. */
  footer?: { label: string; values: Record<string, CsvValue | { missing: true }> };
}

const isMissingMarker = (v: unknown): v is { missing: true } => typeof v === 'object' && v !== null && 'missing' in v;

/**
 * Every table of the app: TanStack Table for sorting, semantic HTML (caption, th with scope, aria-sort
 * on sortable headings, buttons for keyboard use) and a CSV export that Swedish Excel opens correctly.
 */
export function DataTable<Row>({ caption, columns, rows, csvName, rowKey, footer }: DataTableProps<Row>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const definitions = useMemo<ColumnDef<Row>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        // Missing and empty values sort last (undefined), never as if they were 0.
        accessorFn: (row: Row) => (column.missing?.(row) ? undefined : (column.value(row) ?? undefined)),
        sortUndefined: 'last',
        cell: ({ row }) => {
          if (column.missing?.(row.original)) return <Missing />;
          if (column.cell) return column.cell(row.original);
          const value = column.value(row.original);
          if (value === null || value === undefined || value === '') return <span aria-label="inget värde">–</span>;
          return typeof value === 'number' ? shown(column, value) : value;
        },
        meta: column,
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: definitions,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: rowKey,
  });

  const exportCsv = () => {
    const body = table.getRowModel().rows.map((row) => columns.map((c) => (c.missing?.(row.original) ? MISSING_TEXT : exported(c, c.value(row.original)))));
    if (footer) body.push(columns.map((c, i) => (i === 0 ? footer.label : exported(c, csvFooterValue(footer.values[c.id])))));
    downloadCsv(
      `${csvName}.csv`,
      toSwedishCsv(
        columns.map((c) => c.header),
        body,
      ),
    );
  };

  return (
    <div className="data-table">
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const column = header.column.columnDef.meta as Column<Row>;
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={column.numeric ? 'numeric' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                        <span className="visually-hidden">, sortera</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => {
                  const column = cell.column.columnDef.meta as Column<Row>;
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  return column.rowHeader ? (
                    <th key={cell.id} scope="row">
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={column.numeric ? 'numeric' : undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          {footer && (
            <tfoot>
              <tr>
                {columns.map((column, i) => {
                  if (i === 0)
                    return (
                      <th key={column.id} scope="row">
                        {footer.label}
                      </th>
                    );
                  const value = footer.values[column.id];
                  return (
                    <td key={column.id} className={column.numeric ? 'numeric' : undefined}>
                      {isMissingMarker(value) ? <Missing /> : typeof value === 'number' ? shown(column, value) : (value ?? '')}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <button type="button" className="csv-button" onClick={exportCsv}>
        Ladda ner CSV<span className="visually-hidden">: {caption}</span>
      </button>
    </div>
  );
}

/** A number as the table shows it: the column's fixed decimals, else sv-SE with up to two. */
function shown(column: { decimals?: number }, value: number): string {
  return column.decimals === undefined ? formatNumber(value) : formatFixed(value, column.decimals);
}

/** A value as the CSV holds it: a column's fixed decimals as text ("2,0"), which Swedish Excel reads as a number. */
function exported(column: { decimals?: number }, value: CsvValue): CsvValue {
  return typeof value === 'number' && column.decimals !== undefined ? csvFixed(value, column.decimals) : value;
}

function csvFooterValue(value: CsvValue | { missing: true }): CsvValue {
  return isMissingMarker(value) ? MISSING_TEXT : value;
}
