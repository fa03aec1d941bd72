/**
 * Renders every kustomization under deploy/kubernetes (or the folders given) and checks each object
 * against the Kubernetes API schemas shipped by the `kubernetes-models` package (ajv validators
 * generated from the Kubernetes OpenAPI definitions, offline), then against the graph's rules
 * (scripts/kubernetes-rules.ts).
 *   npm run kubernetes:check                          every base and overlay
 *   npm run kubernetes:check -- deploy/kubernetes/kommun/overlays/1880 [--json]
 * Exits 1 when anything is wrong, naming the object and the problem.
 */
import { join, relative, resolve } from 'node:path';
import { repoRoot } from '@orebro/local-federation';
import { kustomizationDirs, renderKustomization, type KubernetesObject } from './kustomize';
import { kubernetesRuleProblems } from './kubernetes-rules';

export interface CheckReport {
  dir: string;
  objects: number;
  kinds: string[];
  problems: string[];
}

type Model = new (data: unknown) => { validate(): void };

/** The `kubernetes-models` class for an apiVersion and kind, e.g. apps/v1 Deployment. */
async function modelFor(apiVersion: string, kind: string): Promise<Model | undefined> {
  if (!/^[\w.-]+(\/[\w.-]+)?$/.test(apiVersion) || !/^\w+$/.test(kind)) return undefined;
  // Core kinds live under `kubernetes-models/v1/<Kind>`, grouped ones under `kubernetes-models/<group>/<version>/<Kind>`.
  try {
    const module = (await import(`kubernetes-models/${apiVersion}/${kind}`)) as Record<string, Model>;
    return module[kind];
  } catch {
    return undefined;
  }
}

export async function schemaProblems(object: KubernetesObject): Promise<string[]> {
  const name = `${object.kind} ${object.metadata?.name ?? '(no name)'}`;
  const model = await modelFor(String(object.apiVersion), String(object.kind));
  if (!model) return [`${name}: no Kubernetes schema for ${object.apiVersion} ${object.kind}`];
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    return [`${name}: ${error instanceof Error ? error.message : String(error)}`];
  }
}

export async function checkKustomization(dir: string): Promise<CheckReport> {
  const report: CheckReport = { dir: relative(repoRoot, dir), objects: 0, kinds: [], problems: [] };
  let objects: KubernetesObject[];
  try {
    objects = renderKustomization(dir);
  } catch (error) {
    report.problems.push(error instanceof Error ? error.message : String(error));
    return report;
  }
  report.objects = objects.length;
  report.kinds = objects.map((o) => o.kind);
  for (const object of objects) report.problems.push(...(await schemaProblems(object)));
  report.problems.push(...kubernetesRuleProblems(objects));
  return report;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const given = args.filter((a) => a !== '--json').map((a) => resolve(a));
  const dirs = given.length > 0 ? given : kustomizationDirs(join(repoRoot, 'deploy/kubernetes'));
  const reports: CheckReport[] = [];
  for (const dir of dirs) reports.push(await checkKustomization(dir));
  if (json) console.log(JSON.stringify(reports, null, 2));
  else {
    for (const report of reports) {
      console.log(`${report.problems.length === 0 ? 'ok  ' : 'FAIL'} ${report.dir} (${report.objects} objects)`);
      for (const problem of report.problems) console.log(`     - ${problem}`);
    }
  }
  if (reports.some((r) => r.problems.length > 0)) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
