import { requireNoIdentityNumber, compatibilityForm, findIdentityNumber, storedForm } from './free-text';

describe('findIdentityNumber', () => {
  it.each([
    ['a personnummer with separator', 'Patient 811218-9876 ringde'],
    ['a personnummer with century', 'pnr 198112189876'],
    ['a samordningsnummer (day + 60)', 'samordningsnr 701063-2391'],
  ])('finds %s', (_label, text) => {
    expect(findIdentityNumber(text)).toBeDefined();
  });

  it.each([
    ['an organisationsnummer', 'Region Örebro län 232100-0164'],
    ['a date and an amount', 'Beslut 2021-05-28, 1400000 kr'],
    ['a dnr', 'dnr 18 RS7506'],
    ['ten digits failing the Luhn check', '811218-9875'],
  ])('lets %s pass', (_label, text) => {
    expect(findIdentityNumber(text)).toBeUndefined();
  });
});

describe('requireNoIdentityNumber', () => {
  it('refuses with BAD_USER_INPUT naming the field', () => {
    expect(() => requireNoIdentityNumber('Kontakt 811218-9876', 'note')).toThrow(/note contains what looks like a personnummer/);
  });
});

describe('compatibilityForm and storedForm', () => {
  it('folds every dash and space variant and fullwidth digits; stores NFC', () => {
    expect(compatibilityForm('８１１２１８\u00a0–\u2009９８７６')).toBe('811218 - 9876');
    expect(storedForm('Lo\u0308ne')).toBe('Löne');
  });
});
