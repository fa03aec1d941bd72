/**
 * Can this subgraph schema be deployed without breaking a client? Composes the candidate with the
 * other subgraphs' committed schemas (@apollo/composition), compares the resulting API schema with the
 * committed supergraph's (@graphql-inspector/core) and checks every registered operation against it
 * (scripts/registered-operations.ts).
 *
 *   npm run schema:check -- <subgraph> <schema file or folder> [--operations <folder|manifest.json>]... [--json]
 *
 * The candidate is a folder of schema files (read as the subgraph's own folder is: every .graphql
 * file, plus the shared ones), a file inside the subgraph's folder (the subgraph as it now stands), or
 * any other file holding the complete subgraph SDL (e.g. a release's `{ _service { sdl } }`).
 * Exit 1 when composition fails or a registered operation breaks; breaking changes no registered
 * operation uses are reported as warnings.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { parse, TypeInfo, validate, visit, visitWithTypeInfo, getNamedType, type GraphQLSchema } from 'graphql';
import { readSchemaFiles } from '@orebro/subgraph-kit';
import { subgraphSources, supergraphFile } from '@orebro/gateway/src/subgraph-files';
import { DEFAULT_OPERATION_SOURCES, registeredOperations, type RegisteredOperation } from './registered-operations';

export interface SchemaCheckReport {
  subgraph: string;
  composed: boolean;
  compositionErrors: string[];
  /** Registered operations the candidate breaks, each with the reasons. */
  brokenOperations: { source: string; problems: string[] }[];
  /** Breaking schema changes, each with the registered operations that use what changed. */
  breakingChanges: { path?: string; message: string; usedBy: string[] }[];
  dangerousChanges: string[];
  safeChanges: number;
  operationsChecked: number;
  ok: boolean;
}

const apiSchemaOf = (supergraphSdl: string) => Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

/** The candidate SDL of `subgraph` from a folder, a file inside its folder, or a complete SDL file. */
export function candidateSdl(subgraph: string, path: string): string {
  const source = subgraphSources.find((s) => s.name === subgraph);
  if (!source) throw new Error(`Unknown subgraph "${subgraph}"; the graph's subgraphs are ${subgraphSources.map((s) => s.name).join(', ')}.`);
  const full = resolve(path);
  if (!existsSync(full)) throw new Error(`${path} does not exist.`);
  if (statSync(full).isDirectory()) return readSchemaFiles(full, source.sharedDirs);
  if (full.startsWith(`${source.dir}/`)) return readSchemaFiles(source.dir, source.sharedDirs);
  return readFileSync(full, 'utf8');
}

export async function checkSubgraphSchema(
  subgraph: string,
  sdl: string,
  operations: RegisteredOperation[],
  baselineSupergraphSdl: string = readFileSync(supergraphFile, 'utf8'),
): Promise<SchemaCheckReport> {
  const report: SchemaCheckReport = {
    subgraph,
    composed: false,
    compositionErrors: [],
    brokenOperations: [],
    breakingChanges: [],
    dangerousChanges: [],
    safeChanges: 0,
    operationsChecked: operations.length,
    ok: false,
  };
  let candidate;
  try {
    candidate = parse(sdl);
  } catch (error) {
    report.compositionErrors = [`the candidate schema does not parse: ${error instanceof Error ? error.message : String(error)}`];
    return report;
  }
  const services = subgraphSources.map(({ name, dir, sharedDirs, url }) => ({
    name,
    url,
    typeDefs: name === subgraph ? candidate : parse(readSchemaFiles(dir, sharedDirs)),
  }));
  const composition = composeServices(services);
  if (composition.errors) {
    report.compositionErrors = composition.errors.map((e) => e.message);
    return report;
  }
  report.composed = true;
  const before = apiSchemaOf(baselineSupergraphSdl);
  const after = apiSchemaOf(composition.supergraphSdl);

  for (const operation of operations) {
    let problems: string[];
    try {
      problems = validate(after, parse(operation.body)).map((e) => e.message);
    } catch (error) {
      problems = [`does not parse: ${error instanceof Error ? error.message : String(error)}`];
    }
    if (problems.length > 0) report.brokenOperations.push({ source: operation.source, problems });
  }

  const usage = operations.map((op) => ({ source: op.source, coordinates: coordinatesUsed(before, op.body) }));
  const changes: Change[] = await diff(before, after);
  for (const change of changes) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.Breaking) {
      const usedBy = change.path
        ? usage.filter((u) => u.coordinates.has(change.path!) || [...u.coordinates].some((c) => c.startsWith(`${change.path}.`))).map((u) => u.source)
        : [];
      report.breakingChanges.push({ path: change.path, message: change.message, usedBy });
    } else if (level === CriticalityLevel.Dangerous) report.dangerousChanges.push(change.message);
    else report.safeChanges++;
  }
  report.ok = report.brokenOperations.length === 0 && report.breakingChanges.every((c) => c.usedBy.length === 0);
  return report;
}

/**
 * Schema coordinates an operation touches, resolved against the schema it was written for:
 * `Type`, `Type.field`, `Type.field.argument`, and the input and enum types of its variables.
 */
export function coordinatesUsed(schema: GraphQLSchema, body: string): Set<string> {
  const used = new Set<string>();
  let document;
  try {
    document = parse(body);
  } catch {
    return used;
  }
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        used.add(parent.name).add(`${parent.name}.${field.name}`).add(getNamedType(field.type).name);
      },
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) used.add(`${parent.name}.${field.name}.${node.name.value}`);
        const argType = typeInfo.getArgument()?.type;
        if (argType) used.add(getNamedType(argType).name);
      },
      ObjectField() {
        const input = typeInfo.getParentInputType();
        if (input) used.add(getNamedType(input).name);
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        if (type) used.add(`${getNamedType(type).name}.${node.value}`);
      },
      NamedType(node) {
        used.add(node.name.value);
      },
    }),
  );
  return used;
}

function formatReport(report: SchemaCheckReport): string {
  const lines = [`Schema check of ${report.subgraph} against ${report.operationsChecked} registered operations:`];
  if (!report.composed) {
    lines.push('  FAIL the candidate does not compose with the other subgraphs:', ...report.compositionErrors.map((e) => `    - ${e}`));
    return lines.join('\n');
  }
  for (const broken of report.brokenOperations) lines.push(`  FAIL ${broken.source} breaks:`, ...broken.problems.map((p) => `    - ${p}`));
  for (const change of report.breakingChanges.filter((c) => c.usedBy.length > 0))
    lines.push(`  FAIL breaking change used by ${change.usedBy.join(', ')}: ${change.message}`);
  for (const change of report.breakingChanges.filter((c) => c.usedBy.length === 0))
    lines.push(`  warn breaking change no registered operation uses: ${change.message}`);
  for (const change of report.dangerousChanges) lines.push(`  note dangerous change: ${change}`);
  lines.push(
    `  ${report.ok ? 'ok' : 'FAIL'}: composes; ${report.brokenOperations.length} registered operations break; ${report.breakingChanges.length} breaking, ${report.dangerousChanges.length} dangerous, ${report.safeChanges} safe changes against the committed supergraph.`,
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const sources: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') continue;
    if (args[i] === '--operations') sources.push(args[++i]);
    else positional.push(args[i]);
  }
  const [subgraph, path] = positional;
  if (!subgraph || !path)
    throw new Error('Usage: npm run schema:check -- <subgraph> <schema file or folder> [--operations <folder|manifest.json>]... [--json]');
  const root = resolve(__dirname, '..');
  const operations = [...registeredOperations(root, DEFAULT_OPERATION_SOURCES), ...registeredOperations(process.cwd(), sources)];
  const report = await checkSubgraphSchema(subgraph, candidateSdl(subgraph, path), operations);
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (!report.ok) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
