/**
 * GraphQL answer matchers for every whole-federation test (a jest setup file, see jest.config.js):
 *   expect(answer).toHaveErrorCode('FORBIDDEN')
 *   expect(answer).toHaveErrorCode('HUVUDMAN_UNAVAILABLE', { huvudman: '1880' })
 *   expect(answer).toHaveNoErrors()
 * `answer` is a GraphQL response body (`{ data?, errors? }`); a failure prints every error it holds.
 */
interface AnswerError {
  message?: string;
  extensions?: Record<string, unknown>;
}

declare global {
  namespace jest {
    interface Matchers<R> {
      /** Some error of the answer has `extensions.code === code`, and these further extensions when given. */
      toHaveErrorCode(code: string, extensions?: Record<string, unknown>): R;
      /** The answer holds no `errors`. */
      toHaveNoErrors(): R;
    }
  }
}

const errorsOf = (answer: unknown): AnswerError[] => ((answer ?? {}) as { errors?: AnswerError[] }).errors ?? [];
const describeErrors = (errors: AnswerError[]) =>
  errors.length === 0 ? 'no errors' : errors.map((e) => `  ${JSON.stringify(e.extensions ?? {})} ${e.message ?? ''}`).join('\n');

expect.extend({
  toHaveErrorCode(answer: unknown, code: string, extensions: Record<string, unknown> = {}) {
    const errors = errorsOf(answer);
    const wanted = { ...extensions, code };
    const pass = errors.some((error) => this.equals(error.extensions ?? {}, expect.objectContaining(wanted)));
    return {
      pass,
      message: () =>
        `expected the answer ${pass ? 'not ' : ''}to have an error with extensions ${this.utils.printExpected(wanted)}; it has\n${describeErrors(errors)}`,
    };
  },
  toHaveNoErrors(answer: unknown) {
    const errors = errorsOf(answer);
    return {
      pass: errors.length === 0,
      message: () => `expected the answer ${errors.length === 0 ? 'to have errors' : 'to have no errors'}; it has\n${describeErrors(errors)}`,
    };
  },
});

export {};
