import { ApolloServer } from '@apollo/server';
import { BoundedLabel, operationErrors, operationSeconds } from './metrics';
import { operationMetricsPlugin } from './operation-metrics';

async function count(labels: Record<string, string>): Promise<number> {
  const { values } = await operationSeconds.get();
  return values
    .filter((v) => v.metricName === 'orebro_graphql_operation_duration_seconds_count')
    .filter((v) => Object.entries(labels).every(([k, value]) => (v.labels as Record<string, unknown>)[k] === value))
    .reduce((sum, v) => sum + v.value, 0);
}

describe('operation metrics', () => {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ok: Int, fails: Int }',
    resolvers: {
      Query: {
        ok: () => 1,
        fails: () => {
          throw new Error('no');
        },
      },
    },
    plugins: [operationMetricsPlugin(2)],
  });
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());
  const run = (query: string) => apollo.executeOperation({ query });

  it('counts each operation by its declared name, type and outcome; unnamed and unresolvable ones in their own buckets', async () => {
    await run('query First { ok }');
    await run('query Second { ok fails }');
    await run('{ ok }');
    await run('query Broken { nothing }');
    expect(await count({ operation: 'First', type: 'query', outcome: 'ok' })).toBe(1);
    expect(await count({ operation: 'Second', type: 'query', outcome: 'partial' })).toBe(1);
    expect(await count({ operation: 'anonymous', type: 'query', outcome: 'ok' })).toBe(1);
    expect(await count({ operation: 'invalid', type: 'unknown', outcome: 'error' })).toBe(1);
    const { values } = await operationErrors.get();
    expect(values.find((v) => v.labels.operation === 'invalid')?.labels.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts names past its bound as other, so clients cannot grow the scrape', async () => {
    await run('query Third { ok }');
    expect(await count({ operation: 'Third' })).toBe(0);
    expect(await count({ operation: 'other' })).toBe(1);
    const label = new BoundedLabel(1);
    expect([label.of('a'), label.of('b'), label.of('a')]).toEqual(['a', 'other', 'a']);
  });
});
