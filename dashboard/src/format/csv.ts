import Papa from 'papaparse';

/** A CSV cell: text, a number (written with decimal comma) or absent. */
export type CsvValue = string | number | null | undefined;

/**
 * CSV that Swedish Excel opens correctly: UTF-8 with a byte-order mark, semicolons between fields,
 * decimal comma, CRLF line ends; quoting (fields holding ; " or line breaks) is papaparse's.
 */
export function toSwedishCsv(header: string[], rows: CsvValue[][]): string {
  const cell = (value: CsvValue): string => (value === null || value === undefined ? '' : typeof value === 'number' ? String(value).replace('.', ',') : value);
  return `\uFEFF${Papa.unparse({ fields: header, data: rows.map((row) => row.map(cell)) }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}

/** Offers the text as a file download named `fileName` (no server round trip). */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
