import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { ApolloGateway, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  execute,
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { supergraphFile } from '../subgraph-files';
import { seededRandom } from '../result-shaping/seeded-random';
import { exampleOperations } from '../test-support/example-operations';
import { apolloGateway } from './apollo-modules';
import { executeQueryPlanFast } from './execute-query-plan';
import { currentPlanExecution, planExecutionFromEnv, usePlanExecution } from './plan-execution';

/**
 * Our executor against Apollo Gateway's, on the whole request path: one ApolloGateway over our
 * supergraph answers every example operation (the graph's @requires and @provides fields, interfaces
 * and unions, @include/@skip, fragments, aliases, and each boolean variable also flipped) once with
 * each executor. Each subgraph is played by a data source that executes the fetch it is sent against
 * that subgraph's schema with generated values: deterministic per fetch (seeded by the fetch's text
 * and variables), so both executors get the same subgraph answers whatever their order. Some runs
 * damage those answers: a field that fails (a subgraph error with its path, and null propagated as
 * graphql-js does), a null entity, a subgraph that does not answer at all. The answers (data, errors
 * with their paths and extensions) must be the same text.
 */
const supergraphSdl = readFileSync(supergraphFile, 'utf8');
const subgraphSchemas = new Map([...Supergraph.build(supergraphSdl).subgraphs()].map((s) => [s.name, s.schema.toGraphQLJSSchema()]));

interface Damage {
  /** Chance that a field's resolver fails (an error at its path) or answers null. */
  fieldFailure: number;
  /** A subgraph whose every fetch fails as an unreachable one does. */
  unreachable?: string;
}

let damage: Damage = { fieldFailure: 0 };
let salt = 0;

/** A subgraph played from its schema: each fetch executed by graphql-js over generated values. */
class GeneratedSubgraph implements GraphQLDataSource {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly name: string,
    private readonly schema: GraphQLSchema,
  ) {}

  async process({ request }: GraphQLDataSourceProcessOptions) {
    if (damage.unreachable === this.name) throw new Error(`connect ECONNREFUSED (${this.name})`);
    const query = request.query!;
    let document = this.documents.get(query);
    if (!document) this.documents.set(query, (document = parse(query)));
    const next = seededRandom(hash(`${salt}:${query}:${JSON.stringify(request.variables ?? {})}`));
    const result = await execute({
      schema: this.schema,
      document,
      rootValue: {},
      variableValues: request.variables,
      fieldResolver: generatedField(next),
      typeResolver: (value: { __typename?: string }) => value.__typename,
    });
    return JSON.parse(JSON.stringify(result)) as { data?: Record<string, unknown> | null };
  }
}

function generatedField(next: () => number): GraphQLFieldResolver<Record<string, unknown>, unknown> {
  return (source, args, _context, info) => {
    if (info.fieldName === '_entities') {
      return (args.representations as Record<string, unknown>[]).map((representation) => (next() < damage.fieldFailure ? null : { ...representation }));
    }
    if (Object.prototype.hasOwnProperty.call(source, info.fieldName)) return source[info.fieldName];
    const roll = next();
    if (roll < damage.fieldFailure / 2) throw new Error(`generated failure of ${info.parentType.name}.${info.fieldName}`);
    if (roll < damage.fieldFailure && !isNonNullType(info.returnType)) return null;
    return valueOf(info.returnType, info.schema, next, listDepth(info.path));
  };
}

function valueOf(type: GraphQLOutputType, schema: GraphQLSchema, next: () => number, depth: number): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, schema, next, depth);
  if (isListType(type)) return Array.from({ length: depth > 2 ? 1 : Math.floor(next() * 3) + 1 }, () => valueOf(type.ofType, schema, next, depth + 1));
  const named = getNamedType(type);
  if (isAbstractType(named)) {
    const possible = schema.getPossibleTypes(named);
    return { __typename: possible[Math.floor(next() * possible.length)].name };
  }
  if (isObjectType(named)) return {};
  if (isEnumType(named)) {
    const values = named.getValues();
    return values[Math.floor(next() * values.length)].value;
  }
  switch (named.name) {
    case 'Int':
      return Math.floor(next() * 1000);
    case 'Float':
      return Math.round(next() * 10_000) / 100;
    case 'Boolean':
      return next() < 0.5;
    default:
      return `${named.name.toLowerCase()}-${Math.floor(next() * 50)}`;
  }
}

/** How many lists the path crosses: lists below that many get one element, so answers stay small. */
function listDepth(path: { prev: unknown; key: string | number } | undefined): number {
  let depth = 0;
  for (let p = path; p; p = p.prev as typeof path) if (typeof p.key === 'number') depth++;
  return depth;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Each example as it is, and with each of its boolean variables flipped (the other branch of @include/@skip). */
function operations() {
  return exampleOperations().flatMap((example) => {
    const flips = Object.entries(example.variables)
      .filter(([, value]) => typeof value === 'boolean')
      .map(([name, value]) => ({ ...example, name: `${example.name} (${name}: ${String(!value)})`, variables: { ...example.variables, [name]: !value } }));
    return [example, ...flips];
  });
}

describe('the fast query plan executor answers as Apollo Gateway does', () => {
  let server: ApolloServer;

  beforeAll(async () => {
    const gateway = new ApolloGateway({
      supergraphSdl,
      buildService: ({ name }) => new GeneratedSubgraph(name, subgraphSchemas.get(name)!),
    });
    server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    usePlanExecution('fast');
  });

  async function answer(execution: 'fast' | 'apollo', query: string, variables: Record<string, unknown>): Promise<string> {
    usePlanExecution(execution);
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single answer');
    return JSON.stringify(response.body.singleResult);
  }

  it.each(operations().map((o) => [o.name, o] as const))('examples/%s', async (_name, { query, variables }) => {
    let withErrors = 0;
    let withData = 0;
    const subgraphs = [...subgraphSchemas.keys()];
    for (let run = 0; run < 9 + subgraphs.length; run++) {
      salt = run;
      damage = run < 3 ? { fieldFailure: 0 } : run < 9 ? { fieldFailure: 0.02 } : { fieldFailure: 0, unreachable: subgraphs[run - 9] };
      const apollos = await answer('apollo', query, variables);
      expect(await answer('fast', query, variables)).toBe(apollos);
      if (apollos.includes('"errors"')) withErrors++;
      if (/"data":\{"[^"]+":[[{"\d]/.test(apollos)) withData++;
    }
    // The runs compared something: answers with data, and damaged ones with errors.
    expect(withData).toBeGreaterThan(0);
    expect(withErrors).toBeGreaterThan(0);
  });
});

describe('the GATEWAY_PLAN_EXECUTION switch', () => {
  afterEach(() => usePlanExecution('fast'));

  it("sets the executor Apollo Gateway calls for each request, and sets Apollo's back", () => {
    usePlanExecution('apollo');
    expect(apolloGateway.executeQueryPlanModule.executeQueryPlan).toBe(apolloGateway.originalExecuteQueryPlan);
    expect(currentPlanExecution()).toBe('apollo');
    usePlanExecution('fast');
    expect(apolloGateway.executeQueryPlanModule.executeQueryPlan).toBe(executeQueryPlanFast);
    expect(currentPlanExecution()).toBe('fast');
  });

  it('is read by Apollo Gateway through the module on every request (a release that binds it once would ignore the switch)', () => {
    const source = readFileSync(require.resolve('@apollo/gateway/dist/index.js'), 'utf8');
    expect(source).toContain('require("./executeQueryPlan")');
    expect(source).toMatch(/\(0, executeQueryPlan_1\.executeQueryPlan\)\(/);
  });

  it('reads the variable: unset is fast, apollo or fast by name, anything else refused naming it', () => {
    expect(planExecutionFromEnv(undefined)).toBe('fast');
    expect(planExecutionFromEnv(' Apollo ')).toBe('apollo');
    expect(planExecutionFromEnv('fast')).toBe('fast');
    expect(() => planExecutionFromEnv('compiled')).toThrow(/GATEWAY_PLAN_EXECUTION must be fast or apollo, got "compiled"/);
  });
});
