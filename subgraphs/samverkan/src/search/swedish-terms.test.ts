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
    expect(swedishTerms('Samverkan vid utskrivning – och att förbättra Hälso- och sjukvården!')).toEqual([
      'samverkan',
      'utskrivning',
      'förbättr',
      'hälso',
      'sjukvård',
    ]);
  });

  it('gives no terms for stop words only, and each term once from distinctTerms', () => {
    expect(swedishTerms('och att för')).toEqual([]);
    expect(distinctTerms('utskrivning utskrivningen utskrivningar')).toEqual(['utskrivning']);
  });
});

describe('composed and decomposed text', () => {
  it.each([
    ['a\u0308ldre', 'äldre'],
    ['O\u0308REBRO', 'Örebro'],
    ['uppfo\u0308ljningen', 'uppföljning'],
    ['na\u0308rsjukva\u030ard', 'närsjukvård'],
  ])('gives %j the terms of %j', (decomposed, composed) => {
    expect(swedishTerms(decomposed)).toEqual(swedishTerms(composed));
    expect(swedishTerms(decomposed)).toHaveLength(1);
  });

  it('keeps a combining mark with no composed letter inside its word', () => {
    expect(swedishTerms('q\u0308rt')).toHaveLength(1);
  });
});
