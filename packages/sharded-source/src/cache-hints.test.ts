import { cacheHintOf, restrictCachePolicy, UNCACHEABLE, type CacheHint } from './cache-hints';
import { INCOMING_OPERATION } from './test-support/harness';

describe('cacheHintOf: a subgraph answer’s Cache-Control header, read as @apollo/gateway reads it', () => {
  it.each([
    ['max-age=300, public', { maxAge: 300, scope: 'PUBLIC' }],
    ['max-age=60, private', { maxAge: 60, scope: 'PRIVATE' }],
    ['no-store', { maxAge: 0 }],
    ['max-age=abc, public', { maxAge: 0, scope: 'PUBLIC' }],
    [undefined, { maxAge: 0 }],
  ])('%s → %j', (header, hint) => {
    expect(cacheHintOf(header === undefined ? {} : { 'cache-control': header })).toEqual(hint);
  });
});

describe('restrictCachePolicy', () => {
  /** Apollo's CachePolicy.restrict semantics: the lowest maxAge and PRIVATE win. */
  const policy = () => {
    const state: Partial<CacheHint> = {};
    return {
      state,
      restrict(hint: CacheHint) {
        if (hint.maxAge !== undefined && (state.maxAge === undefined || hint.maxAge < state.maxAge)) state.maxAge = hint.maxAge;
        if (hint.scope !== undefined && state.scope !== 'PRIVATE') state.scope = hint.scope;
      },
    };
  };
  const options = (overall: unknown) => ({
    kind: INCOMING_OPERATION,
    request: {},
    context: {},
    incomingRequestContext: { overallCachePolicy: overall } as never,
  });

  it('keeps an answer no longer than its shortest-lived part, PRIVATE if any part is', () => {
    const overall = policy();
    restrictCachePolicy(options(overall), [
      { maxAge: 3600, scope: 'PUBLIC' },
      { maxAge: 120, scope: 'PUBLIC' },
    ]);
    expect(overall.state).toEqual({ maxAge: 120, scope: 'PUBLIC' });
    restrictCachePolicy(options(overall), [{ maxAge: 600, scope: 'PRIVATE' }]);
    expect(overall.state).toEqual({ maxAge: 120, scope: 'PRIVATE' });
  });

  it('makes an answer with a missing part, or with no parts asked, uncacheable', () => {
    const missing = policy();
    restrictCachePolicy(options(missing), [{ maxAge: 3600, scope: 'PUBLIC' }, UNCACHEABLE]);
    expect(missing.state.maxAge).toBe(0);
    const none = policy();
    restrictCachePolicy(options(none), []);
    expect(none.state.maxAge).toBe(0);
  });
});
