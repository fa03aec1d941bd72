import { depthOf, MAX_DOCUMENT_NESTING, MAX_INPUT_DEPTH, requireShallowParams } from './input-depth';

const nested = (levels: number, leaf: unknown = 'A'): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { x: value };
  return value;
};

describe('requireShallowParams', () => {
  it.each([
    ['a list 9 000 deep (the reported case)', 9_000],
    ['45 000 deep', 45_000],
    ['one past the bound', MAX_INPUT_DEPTH + 1],
  ])('refuses a variable nested %s, naming it, without walking it recursively', (_label, levels) => {
    expect(() => requireShallowParams({ query: 'query($x: [SearchKind!]) { __typename }', variables: { x: nested(levels) } }, '')).toThrow(
      expect.objectContaining({ status: 400, code: 'BAD_USER_INPUT', message: expect.stringMatching(/^Variable "\$x" nests .* more than 32 levels/) }),
    );
  });

  it('accepts a variable at the bound', () => {
    expect(depthOf(nested(MAX_INPUT_DEPTH))).toBe(MAX_INPUT_DEPTH);
    expect(() => requireShallowParams({ variables: { x: nested(MAX_INPUT_DEPTH) } }, '')).not.toThrow();
  });

  it('refuses deep variables and extensions in a GET query string', () => {
    const deep = JSON.stringify(nested(200));
    expect(() => requireShallowParams('', `?variables=${encodeURIComponent(JSON.stringify({ x: nested(200) }))}`)).toThrow(/Variable "\$x"/);
    expect(() => requireShallowParams('', `?extensions=${encodeURIComponent(deep)}`)).toThrow(/extensions parameter/);
    expect(() => requireShallowParams({ query: '{ a }', extensions: nested(200) }, '')).toThrow(/request body/);
  });

  it.each([
    ['selections', `{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }`],
    ['list literals', `{ search(kinds: ${'['.repeat(5000)}A${']'.repeat(5000)}) { id } }`],
    ['object literals', `{ f(input: ${'{ a: '.repeat(3000)}1${' }'.repeat(3000)}) }`],
  ])('refuses a document nesting %s thousands deep before it is parsed', (_label, query) => {
    expect(() => requireShallowParams({ query }, '')).toThrow(expect.objectContaining({ status: 400, message: expect.stringMatching(/more than 64 levels/) }));
    expect(() => requireShallowParams('', `?query=${encodeURIComponent(query)}`)).toThrow(/more than 64 levels/);
  });

  it('accepts ordinary documents, and leaves syntax errors to the parser', () => {
    const deepEnough = `{ ${'a { '.repeat(MAX_DOCUMENT_NESTING - 1)}b${' }'.repeat(MAX_DOCUMENT_NESTING - 1)} }`;
    expect(() => requireShallowParams({ query: deepEnough }, '')).not.toThrow();
    expect(() => requireShallowParams({ query: '{ a(s: "{{{{{{") "unterminated' }, '')).not.toThrow();
  });

  it('remembers only documents it accepted: a deep one is refused each time, however many shallow ones came between', () => {
    const tooDeep = `{ ${'a { '.repeat(MAX_DOCUMENT_NESTING)}b${' }'.repeat(MAX_DOCUMENT_NESTING)} }`;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 250; i++) expect(() => requireShallowParams({ query: `{ a${i} { b } }` }, '')).not.toThrow();
      expect(() => requireShallowParams({ query: tooDeep }, '')).toThrow(/more than 64 levels/);
    }
  });
});
