import Papa from 'papaparse';

/** A CSV cell: text, a number (written with decimal comma) or absent. */
export type CsvValue = string | number | null | undefined;

/**
 * A number as Swedish Excel reads it (decimal comma). Not a string on purpose: papaparse's
 * `escapeFormulae` neutralises only string cells, so "-12,5" stays a number while a text "-1+1" or
 * "=HYPERLINK(…)" is written as text.
 */
class SwedishNumber {
  constructor(private readonly value: number) {}
  toString(): string {
    return String(this.value).replace('.', ',');
  }
}

/**
 * CSV that Swedish Excel opens correctly: UTF-8 with a byte-order mark, semicolons between fields,
 * decimal comma, CRLF line ends; quoting (fields holding ; " or line breaks) is papaparse's. Text that
 * Excel would run as a formula (starting with = + - @, tab or carriage return: free text written by
 * users) is prefixed with ' by papaparse's `escapeFormulae`, so it is shown, never run.
 */
export function toSwedishCsv(header: string[], rows: CsvValue[][]): string {
  const cell = (value: CsvValue): string | SwedishNumber | null =>
    value === null || value === undefined ? null : typeof value === 'number' ? new SwedishNumber(value) : value;
  return `\uFEFF${Papa.unparse({ fields: header, data: rows.map((row) => row.map(cell)) }, { delimiter: ';', newline: '\r\n', escapeFormulae: true })}\r\n`;
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
