// The GraphQL answer matchers (test/support/matchers.ts) must fail when they should, or every test
// that uses them could not fail.
const denied = { data: null, errors: [{ message: 'Not allowed: this needs the writer role.', extensions: { code: 'FORBIDDEN', huvudman: '1880' } }] };

describe('toHaveErrorCode', () => {
  it('passes on an error with the code and the given extensions', () => {
    expect(denied).toHaveErrorCode('FORBIDDEN');
    expect(denied).toHaveErrorCode('FORBIDDEN', { huvudman: '1880' });
  });

  it('fails on another code, other extensions or no errors, naming what the answer holds', () => {
    expect(() => expect(denied).toHaveErrorCode('UNAUTHENTICATED')).toThrow(/"code":"FORBIDDEN".*this needs the writer role/);
    expect(() => expect(denied).toHaveErrorCode('FORBIDDEN', { huvudman: '1881' })).toThrow(/huvudman/);
    expect(() => expect({ data: {} }).toHaveErrorCode('FORBIDDEN')).toThrow(/no errors/);
  });
});

describe('toHaveNoErrors', () => {
  it('passes on an answer without errors and fails on one with errors, showing them', () => {
    expect({ data: { huvudmen: [] } }).toHaveNoErrors();
    expect(() => expect(denied).toHaveNoErrors()).toThrow(/FORBIDDEN/);
  });
});
