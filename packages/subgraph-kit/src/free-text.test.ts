import { requireNoIdentityNumber, compatibilityForm, findIdentityNumber, storedForm } from './free-text';

/** 1912-12-12 with the last four 1212 passes the Luhn check (Skatteverket's test personnummer). */
describe('findIdentityNumber', () => {
  it.each([
    ['a personnummer with separator', 'Patient 811218-9876 ringde'],
    ['a personnummer with century', 'pnr 198112189876'],
    ['a samordningsnummer (day + 60)', 'samordningsnr 701063-2391'],
    ['a samordningsnummer with century', 'samordningsnr 19121272-1219'],
    ['twelve digits with a hyphen', '19121212-1212'],
    ['over 100 years old ("+")', 'född 121212+1212'],
    ['groups of four with spaces', 'Patient 1912 1212 1212 ringde'],
    ['a dash inside the date', '1912-12-12-1212'],
    ['ten digits in pairs with dashes', '12-12-12-1212'],
    ['ten digits in pairs with spaces', '12 12 12 12 12'],
    ['dots and slashes', '1912.12.12/1212'],
    ['an en dash', '19121212\u20131212'],
    ['a minus sign', '19121212\u22121212'],
    ['spaced separator', '19121212 - 1212'],
    ['a run of mixed separators', '1912 \u2013 12 . 12 \u00a0-\u00a0 1212'],
    ['fullwidth digits', '\uff11\uff19\uff11\uff12\uff11\uff12\uff11\uff12-\uff11\uff12\uff11\uff12'],
    ['Arabic-Indic digits', '\u0661\u0669\u0661\u0662\u0661\u0662\u0661\u0662-\u0661\u0662\u0661\u0662'],
    ['Extended Arabic-Indic digits', '\u06f1\u06f2\u06f1\u06f2\u06f1\u06f2\u06f1\u06f2\u06f1\u06f2'],
    ['Devanagari digits mixed with ASCII', '\u0967\u096f\u0967\u0968 1212-1212'],
    ['a zero-width space inside the date', '1912\u200b1212-1212'],
    ['a soft hyphen and a word joiner', '1912\u00ad1212\u20601212'],
    ['no-break and narrow spaces', '19121212\u00a0\u202f1212'],
    ['a line break', 'pnr\n19121212\n1212'],
    ['after a date in the same sentence', 'Möte 2026-12-01 19121212-1212'],
    ['before a date', '19121212-1212 2026-12-01'],
    ['inside parentheses', '(121212-1212)'],
  ])('finds %s', (_label, text) => {
    expect(findIdentityNumber(text)).toBeDefined();
  });

  it.each([
    ['an organisationsnummer', 'Region Örebro län 232100-0164'],
    ['a date and an amount', 'Beslut 2021-05-28, 1400000 kr'],
    ['a dnr', 'dnr 18 RS7506'],
    ['ten digits failing the Luhn check', '811218-9875'],
    ['twelve digits failing the Luhn check', '1912 1212 1213'],
    ['a date', 'Beslutat 2026-12-01'],
    ['a date range with dashes', 'perioden 2026-01-01–2027-01-15'],
    ['a date range with spaced dash', 'perioden 2026-12-01 – 2027-01-15'],
    ['an amount in thousands', 'budget 1 234 567 kr'],
    ['an amount in thousands with ten digits', 'totalt 3 012 150 123 kr'],
    ['an amount with thousand dots', '3.012.150.123 kr'],
    ['a phone number with country code', 'ring +46 19-602 10 00'],
    ['a landline', 'tel 019-602 10 00'],
    ['a mobile number that is not a valid date', 'mobil 070-123 45 67'],
    ['twelve digits without century 19/20', '1812 1212 1212'],
    ['an invalid month', '19121312-1212'],
    ['a year span and a count', '2024–2026: 1212 besök'],
    ['eleven digits in one group', 'ärende 12121212121'],
  ])('lets %s pass', (_label, text) => {
    expect(findIdentityNumber(text)).toBeUndefined();
  });

  it('answers the number as found, separators included', () => {
    expect(findIdentityNumber('Patient 1912 1212 1212 ringde')).toBe('1912 1212 1212');
  });
});

describe('requireNoIdentityNumber', () => {
  it('refuses with BAD_USER_INPUT naming the field', () => {
    expect(() => requireNoIdentityNumber('Kontakt 811218-9876', 'note')).toThrow(/note contains what looks like a personnummer/);
  });
});

describe('compatibilityForm and storedForm', () => {
  it('folds every dash and space variant, fullwidth and other scripts\u2019 digits; stores NFC', () => {
    expect(compatibilityForm('８１１２１８\u00a0–\u2009９８７６')).toBe('811218 - 9876');
    expect(compatibilityForm('\u0661\u0669\u0660\u0665 \u0969')).toBe('1905 3');
    expect(storedForm('Lo\u0308ne')).toBe('Löne');
  });
});
