import { distinctTerms, swedishTerms } from './swedish-terms';

describe('swedishTerms', () => {
  it.each([
    ['utskrivning', 'utskrivningen'],
    ['utskrivning', 'utskrivningar'],
    ['överenskommelse', 'Överenskommelserna'],
    ['aktivitet', 'aktiviteterna'],
    ['familjecentral', 'familjecentralerna'],
    ['hemsjukvård', 'hemsjukvården'],
  ])('gives "%s" and "%s" the same term', (a, b) => {
    expect(swedishTerms(a)).toEqual(swedishTerms(b));
    expect(swedishTerms(a)).toHaveLength(1);
  });

  it('keeps å, ä and ö, lower-cases, and drops stop words and punctuation', () => {
    expect(swedishTerms('Samverkan vid utskrivning – och att förbättra Hälso- och sjukvården!')).toEqual(['samverkan', 'utskrivning', 'förbättr', 'hälso', 'sjukvård']);
  });

  it('gives no terms for stop words only, and each term once from distinctTerms', () => {
    expect(swedishTerms('och att för')).toEqual([]);
    expect(distinctTerms('utskrivning utskrivningen utskrivningar')).toEqual(['utskrivning']);
  });
});
