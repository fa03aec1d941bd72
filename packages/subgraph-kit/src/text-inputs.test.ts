import { buildSchema, type GraphQLError } from 'graphql';
import { guardArguments, guardTextInputs, textInputsOf } from './text-inputs';

const schema = (extra = '') =>
  buildSchema(`
    type Query { find("At most 20 characters." text: String): String }
    type Mutation { write(input: WriteInput!, "At most 10 characters." code: ID!): String }
    input WriteInput {
      "The title. At most 30 characters."
      title: String!
      "Lines, each at most so long. At most 1 000 characters."
      lines: [String!]
      "Rows."
      rows: [RowInput!]
      ${extra}
    }
    input RowInput { "At most 200 characters." representing: String! }
  `);

const refusal = (fn: () => unknown): GraphQLError | undefined => {
  try {
    fn();
  } catch (error) {
    return error as GraphQLError;
  }
  return undefined;
};

describe('textInputsOf', () => {
  it('finds every text argument and input field, recursively, with its documented maximum', () => {
    expect(
      textInputsOf(schema())
        .map((t) => [t.coordinate, t.maxLength])
        .sort(),
    ).toEqual([
      ['Mutation.write(code:)', 10],
      ['Query.find(text:)', 20],
      ['RowInput.representing', 200],
      ['WriteInput.lines', 1000],
      ['WriteInput.title', 30],
    ]);
  });

  it('refuses to guard a schema where a write takes text with no documented maximum', () => {
    expect(() => guardTextInputs(schema('"A new field." note: String'))).toThrow(/WriteInput\.note/);
  });
});

describe('guardArguments', () => {
  const write = () => schema().getMutationType()!.getFields().write;
  const find = () => schema().getQueryType()!.getFields().find;

  it.each([
    ['a hyphen', '811218-9876'],
    ['an en dash', '811218–9876'],
    ['a minus sign', '811218−9876'],
    ['a non-breaking hyphen', '811218‑9876'],
    ['a no-break space', '811218\u00a09876'],
    ['a narrow no-break space', '811218\u202f9876'],
    ['" - "', '811218 - 9876'],
    ['" – " with no-break spaces', '811218\u00a0–\u00a09876'],
    ['a zero-width space', '811218\u200b-9876'],
    ['fullwidth digits and dash', '８１１２１８－９８７６'],
    ['a century and a plus', '19811218+9876'],
    ['no separator', '8112189876'],
  ])('refuses a personnummer written with %s in a nested write field, naming the field', (_label, pnr) => {
    const error = refusal(() =>
      guardArguments(write(), { input: { title: 'x', rows: [{ representing: 'ok' }, { representing: `Askersund ${pnr}` }] }, code: 'a' }, true),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows[1].representing' });
    expect(error?.message).toMatch(/personnummer or samordningsnummer/);
  });

  it('refuses text longer than documented, counting characters not bytes, naming the field', () => {
    expect(refusal(() => guardArguments(write(), { input: { title: 'å'.repeat(30) }, code: 'a' }, true))).toBeUndefined();
    const error = refusal(() => guardArguments(write(), { input: { title: 'å'.repeat(31) }, code: 'a' }, true));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(error?.message).toBe('title is 31 characters long; at most 30 are allowed. Nothing was saved.');
    expect(refusal(() => guardArguments(write(), { input: { title: 'x' }, code: 'x'.repeat(11) }, true))?.extensions).toMatchObject({ field: 'code' });
  });

  it('stores text in NFC, in lists and nested inputs alike', () => {
    const decomposed = 'O\u0308rebro';
    const guarded = guardArguments(write(), { input: { title: decomposed, lines: [decomposed], rows: [{ representing: decomposed }] }, code: 'a' }, true);
    expect(guarded).toEqual({ input: { title: 'Örebro', lines: ['Örebro'], rows: [{ representing: 'Örebro' }] }, code: 'a' });
  });

  it('normalises and bounds query arguments but lets a read name a number (it stores nothing)', () => {
    expect(guardArguments(find(), { text: 'O\u0308rebro 811218-9876' }, false)).toEqual({ text: 'Örebro 811218-9876' });
    expect(refusal(() => guardArguments(find(), { text: 'x'.repeat(21) }, false))?.extensions).toMatchObject({ field: 'text' });
  });

  it('lets ordinary numbers pass: dates, amounts, an organisationsnummer', () => {
    expect(() => guardArguments(write(), { input: { title: 'x', lines: ['Beslut 2021-05-28, 1 400 000 kr, 232100-0164'] }, code: 'a' }, true)).not.toThrow();
  });
});
