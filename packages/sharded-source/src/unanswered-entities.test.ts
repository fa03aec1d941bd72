import { parse } from 'graphql';
import { placeSource, runFetch } from './test-support/harness';
import { startPlaceShards, type RunningShards } from './test-support/place-shards';
import { unansweredEntities } from './unanswered-entities';

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Place { code name } ... on Service { id label contributions { code amount } also: label ...More } } }
  fragment More on Service { contributions { code } }`;

describe('entities no instance answered (issue 11.13)', () => {
  it('are objects of their own type with every asked field null, per type condition, aliases and fragments included', () => {
    expect(unansweredEntities(parse(ENTITIES), [{ __typename: 'Service', id: 'x' }, { __typename: 'Place', code: '1880' }, null])).toEqual([
      { __typename: 'Service', id: null, label: null, contributions: null, also: null },
      { __typename: 'Place', code: null, name: null },
      {},
    ]);
    expect(unansweredEntities(parse('{ places { code } }'), [])).toBeUndefined();
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
  });
});
