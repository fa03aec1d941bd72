/**
 * Renders a kustomization the way `kubectl kustomize` (kustomize v5) does, for the fields our
 * manifests under deploy/kubernetes use: `resources` (files and directories), `namespace`, `labels`
 * (metadata labels only), `images` and `patches` with JSON 6902 operations (applied by fast-json-patch).
 * Any other field is refused, so a manifest can never mean more than what the checks render;
 * test/kubernetes-manifests.test.ts compares the result with `kubectl kustomize` where kubectl exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyPatch, type Operation } from 'fast-json-patch';
import { parse, parseAllDocuments } from 'yaml';

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  patches?: { path?: string; patch?: string; target?: { kind?: string; name?: string; group?: string; version?: string } }[];
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'patches']);
/** Kinds without a namespace among those a graph deployment uses. */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PriorityClass', 'StorageClass', 'CustomResourceDefinition']);
const POD_TEMPLATE_OWNERS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** Every object the kustomization in `dir` produces, in the order its resources list them. */
export function renderKustomization(dir: string): KubernetesObject[] {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((name) => join(dir, name)).find(existsSync);
  if (!file) throw new Error(`${dir} has no kustomization.yaml`);
  const k = (parse(readFileSync(file, 'utf8')) ?? {}) as Kustomization;
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0)
    throw new Error(
      `${file}: ${unsupported.join(', ')} not supported by the renderer (scripts/kustomize.ts); use resources, namespace, labels, images or JSON 6902 patches`,
    );

  let objects = (k.resources ?? []).flatMap((entry) => {
    const path = resolve(dir, entry);
    if (!existsSync(path)) throw new Error(`${file}: resource ${entry} does not exist`);
    return statSync(path).isDirectory() ? renderKustomization(path) : readObjects(path);
  });
  for (const patch of k.patches ?? []) objects = objects.map((object) => (matches(object, patch.target) ? applyJson6902(object, patch, dir, file) : object));
  if (k.namespace) for (const object of objects) if (!CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = k.namespace;
  for (const label of k.labels ?? []) {
    if (label.includeSelectors || label.includeTemplates)
      throw new Error(`${file}: labels with includeSelectors or includeTemplates are not supported by the renderer`);
    for (const object of objects) object.metadata.labels = { ...object.metadata.labels, ...label.pairs };
  }
  for (const image of k.images ?? []) for (const object of objects) for (const container of containersOf(object)) retag(container, image);
  return objects;
}

function readObjects(path: string): KubernetesObject[] {
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${path}: ${document.errors[0].message}`);
      return document.toJS() as KubernetesObject | null;
    })
    .filter((object): object is KubernetesObject => object !== null);
}

function matches(object: KubernetesObject, target: NonNullable<Kustomization['patches']>[number]['target']): boolean {
  if (!target) return true;
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  return (
    (target.kind === undefined || target.kind === object.kind) &&
    (target.name === undefined || new RegExp(`^(?:${target.name})$`).test(object.metadata.name)) &&
    (target.group === undefined || target.group === group) &&
    (target.version === undefined || target.version === version)
  );
}

function applyJson6902(object: KubernetesObject, patch: NonNullable<Kustomization['patches']>[number], dir: string, file: string): KubernetesObject {
  const text = patch.patch ?? (patch.path ? readFileSync(join(dir, patch.path), 'utf8') : undefined);
  if (text === undefined) throw new Error(`${file}: a patch needs patch or path`);
  const operations = parse(text) as Operation[] | Record<string, unknown>;
  if (!Array.isArray(operations))
    throw new Error(`${file}: only JSON 6902 patches (a list of operations) are supported by the renderer, not strategic merge patches`);
  try {
    return applyPatch(structuredClone(object), operations, true, false).newDocument;
  } catch (error) {
    throw new Error(`${file}: patch on ${object.kind}/${object.metadata.name} fails: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
}

type Container = { image?: string };

export function containersOf(object: KubernetesObject): Container[] {
  if (!POD_TEMPLATE_OWNERS.has(object.kind)) return [];
  const spec = (object.spec as { template?: { spec?: { containers?: Container[]; initContainers?: Container[] } } } | undefined)?.template?.spec;
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
}

/** kustomize's images transformer: a container whose image name (without tag or digest) is `name`. */
function retag(container: Container, image: NonNullable<Kustomization['images']>[number]): void {
  if (!container.image) return;
  const match = /^(.*?)(?::([^:/@]+))?(?:@(sha256:[a-f0-9]+))?$/.exec(container.image)!;
  const [, name, tag, digest] = match;
  if (name !== image.name) return;
  const newName = image.newName ?? name;
  if (image.digest) container.image = `${newName}@${image.digest}`;
  else if (image.newTag) container.image = `${newName}:${image.newTag}`;
  else container.image = `${newName}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** Folders under `root` that hold a kustomization, in path order. */
export function kustomizationDirs(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'kustomization.yaml'))) found.push(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(join(dir, entry.name));
  };
  walk(root);
  return found.sort();
}
