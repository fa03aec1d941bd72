import { analyseOperation } from './operation';
import { placeSource, runFetch } from './test-support/harness';
import { startPlaceShards, type RunningShards } from './test-support/place-shards';
import { unansweredEntities, unansweredEntityFetch } from './unanswered-entities';

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Place { code name } ... on Service { id label contributions { code amount } also: label ...More } } }
  fragment More on Service { contributions { code } }`;

/**
 * What the query planner may send: one of several operations, the representations in a variable of any
 * name, @skip/@include on fields, inline fragments and spreads (with variables and their defaults), and
 * the same response key twice (graphql-js merges their selections).
 */
const DIRECTIVES = `query Other { places { code } }
  query Fetch($reps: [_Any!]!, $withLabel: Boolean!, $withName: Boolean = false) {
    _entities(representations: $reps) {
      ... on Service { id label @include(if: $withLabel) contributions @skip(if: true) { code } }
      ... on Place @include(if: $withName) { name }
      ...PlaceCode @skip(if: $withLabel)
    }
    _entities(representations: $reps) { ... on Place { extra: code } }
  }
  fragment PlaceCode on Place { code }`;
const REPS = [
  { __typename: 'Service', id: 'x' },
  { __typename: 'Place', code: '1880' },
];
const nulled = (variables: Record<string, unknown>) => unansweredEntities(analyseOperation(DIRECTIVES, 'Fetch', variables), REPS);

describe('entities no instance answered (issue 11.13)', () => {
  it('are objects of their own type with every asked field null, per type condition, aliases and fragments included', () => {
    expect(
      unansweredEntities(analyseOperation(ENTITIES, undefined, {}), [{ __typename: 'Service', id: 'x' }, { __typename: 'Place', code: '1880' }, null]),
    ).toEqual([{ __typename: 'Service', id: null, label: null, contributions: null, also: null }, { __typename: 'Place', code: null, name: null }, {}]);
    expect(unansweredEntities(analyseOperation('{ places { code } }', undefined, {}), [])).toBeUndefined();
  });

  it('hold exactly the fields the executor would resolve: @skip/@include with the variables (and defaults), the named operation, merged keys', () => {
    expect(nulled({ reps: REPS, withLabel: true })).toStrictEqual([
      { __typename: 'Service', id: null, label: null },
      { __typename: 'Place', extra: null },
    ]);
    expect(nulled({ reps: REPS, withLabel: false, withName: true })).toStrictEqual([
      { __typename: 'Service', id: null },
      { __typename: 'Place', name: null, code: null, extra: null },
    ]);
  });

  it('are read from a raw request, its representations from whichever variable _entities names', () => {
    expect(unansweredEntityFetch({ query: DIRECTIVES, operationName: 'Fetch', variables: { reps: REPS, withLabel: true } })).toStrictEqual([
      { __typename: 'Service', id: null, label: null },
      { __typename: 'Place', extra: null },
    ]);
    expect(unansweredEntityFetch({ query: DIRECTIVES, operationName: 'Other', variables: {} })).toBeUndefined();
    // A request the executor would refuse (no Boolean for @include's if:) gets no made-up answer.
    expect(unansweredEntityFetch({ query: DIRECTIVES, operationName: 'Fetch', variables: { reps: REPS } })).toBeUndefined();
  });

  describe('with every shard stopped', () => {
    let running: RunningShards;
    beforeAll(async () => {
      running = await startPlaceShards(['1814', '1880']);
      await running.stop();
    });

    it('answers a joint entity with its fields null (so a @requires on them still runs) and names every missing shard', async () => {
      const result = await runFetch(placeSource(running.shards), ENTITIES, { representations: [{ __typename: 'Service', id: 'mobile-team' }] });
      expect(result.data!._entities).toEqual([{ __typename: 'Service', id: null, label: null, contributions: null, also: null }]);
      expect(result.errors!.map((e) => [e.extensions?.code, e.extensions?.huvudman])).toEqual([
        ['HUVUDMAN_UNAVAILABLE', '1814'],
        ['HUVUDMAN_UNAVAILABLE', '1880'],
      ]);
    });

    it('leaves out of a joint entity the fields the request skips', async () => {
      const result = await runFetch(
        placeSource(running.shards),
        DIRECTIVES,
        { reps: [{ __typename: 'Service', id: 'mobile-team' }], withLabel: false },
        'Fetch',
      );
      expect(result.data!._entities).toStrictEqual([{ __typename: 'Service', id: null }]);
    });
  });
});
