// The Kubernetes manifests under deploy/kubernetes: every base and overlay renders (scripts/kustomize.ts,
// the same output as `kubectl kustomize` where kubectl is installed), validates against the Kubernetes
// API schemas of the `kubernetes-models` package, offline, and keeps the graph's rules (probes,
// non-root, read-only root filesystem, limits, secrets from Secrets, gateway replicas with a PDB and an
// HPA, subgraphs reachable only from the gateway and Prometheus, every service annotated for scraping its
// management port, which no Service exposes and only Prometheus reaches). Broken variants of the overlays are refused, each
// naming its problem.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { kommuner } from '@orebro/reference-data';
import { repoRoot } from '@orebro/local-federation';
import { kustomizationDirs, renderKustomization, type KubernetesObject } from '../scripts/kustomize';
import type { CheckReport } from '../scripts/kubernetes-check';
import { commandOf, environment, services as composeServices } from './deployment/deployment-files';

const manifests = join(repoRoot, 'deploy/kubernetes');
const gatewayOverlay = join(manifests, 'gateway/overlays/production');
const kommunOverlay = (code: string) => join(manifests, 'kommun/overlays', code);

/** `npm run kubernetes:check -- --json [dirs]`: schemas (kubernetes-models is ESM-only, so in its own process) and rules. */
function check(...dirs: string[]): CheckReport[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/kubernetes-check.ts'), '--json', ...dirs], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (!result.stdout.trim().startsWith('[')) throw new Error(`kubernetes:check printed no report (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as CheckReport[];
}

const find = (objects: KubernetesObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

test('every base and overlay renders and validates against the Kubernetes API schemas and the rules', () => {
  const reports = check();
  expect(reports.map((r) => r.dir).sort()).toEqual(
    kustomizationDirs(manifests)
      .map((d) => relative(repoRoot, d))
      .sort(),
  );
  expect(reports.filter((r) => r.problems.length > 0)).toEqual([]);
  const gateway = reports.find((r) => r.dir.endsWith('gateway/overlays/production'))!;
  expect([...gateway.kinds].sort()).toEqual([
    'ConfigMap',
    'Deployment',
    'HorizontalPodAutoscaler',
    'Namespace',
    'NetworkPolicy',
    'PodDisruptionBudget',
    'Service',
  ]);
}, 150_000);

test('one overlay per kommun of the län, each serving its own code in its own namespace, and the gateway routes to each', () => {
  const gateway = renderKustomization(gatewayOverlay);
  const kommunUrls = (find(gateway, 'ConfigMap', 'gateway-config') as unknown as { data: Record<string, string> }).data.KOMMUN_URLS.split(',');
  for (const { code } of kommuner) {
    const objects = renderKustomization(kommunOverlay(code));
    const config = find(objects, 'ConfigMap', 'kommun-config') as unknown as { data: Record<string, string>; metadata: { namespace: string } };
    expect({ code, serves: config.data.KOMMUN_CODE, namespace: config.metadata.namespace }).toEqual({ code, serves: code, namespace: `kommun-${code}` });
    const service = find(objects, 'Service', 'kommun')!;
    expect(kommunUrls).toContain(`${code}=http://${service.metadata.name}.${service.metadata.namespace}.svc.cluster.local/graphql`);
    // The kommun's NetworkPolicy admits the gateway's namespace: the one the gateway overlay deploys to.
    const policy = find(objects, 'NetworkPolicy', 'kommun-only-from-gateway') as unknown as {
      spec: { ingress: { from: { namespaceSelector: { matchLabels: Record<string, string> } }[] }[] };
    };
    expect(policy.spec.ingress[0].from[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name']).toBe(
      find(gateway, 'Deployment', 'gateway')!.metadata.namespace,
    );
  }
  expect(kommunUrls).toHaveLength(kommuner.length);
});

test('samverkan and region each in the namespace the gateway routes to, reachable only from the gateway (and Prometheus)', () => {
  const gateway = renderKustomization(gatewayOverlay);
  const gatewayConfig = (find(gateway, 'ConfigMap', 'gateway-config') as unknown as { data: Record<string, string> }).data;
  const gatewayNamespace = find(gateway, 'Deployment', 'gateway')!.metadata.namespace;
  for (const [name, variable] of [
    ['samverkan', 'SAMVERKAN_URL'],
    ['region', 'REGION_URL'],
  ]) {
    const objects = renderKustomization(join(manifests, name, 'overlays/production'));
    expect(objects.map((o) => o.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'Namespace', 'NetworkPolicy', 'Service']);
    const service = find(objects, 'Service', name)!;
    expect(gatewayConfig[variable]).toBe(`http://${service.metadata.name}.${service.metadata.namespace}.svc.cluster.local/graphql`);
    const policy = find(objects, 'NetworkPolicy', `${name}-only-from-gateway`) as unknown as {
      spec: { ingress: { from: { namespaceSelector: { matchLabels: Record<string, string> }; podSelector: { matchLabels: Record<string, string> } }[] }[] };
    };
    const peers = policy.spec.ingress.flatMap((rule) => rule.from);
    expect(peers.map((p) => [p.namespaceSelector.matchLabels['kubernetes.io/metadata.name'], p.podSelector.matchLabels['app.kubernetes.io/name']])).toEqual([
      [gatewayNamespace, 'gateway'],
      ['monitoring', 'prometheus'],
    ]);
  }
});

test("each Deployment runs the same bundle as the service's docker-compose entry (which test/deployment checks against the build)", () => {
  const workloads: [string, string, string][] = [
    [gatewayOverlay, 'gateway', 'gateway'],
    [kommunOverlay('1880'), 'kommun', 'kommun-1880'],
    [join(manifests, 'samverkan/overlays/production'), 'samverkan', 'samverkan'],
    [join(manifests, 'region/overlays/production'), 'region', 'region'],
  ];
  for (const [dir, deployment, service] of workloads) {
    const object = find(renderKustomization(dir), 'Deployment', deployment) as unknown as {
      spec: { template: { spec: { containers: { command: string[] }[] } } };
    };
    expect({ deployment, command: object.spec.template.spec.containers[0].command }).toEqual({ deployment, command: commandOf(composeServices[service]) });
  }
});

/**
 * What compose sets that a cluster does otherwise, each with the reason. Everything else compose gives a
 * service its Deployment sets too (a ConfigMap key or a Secret reference): a variable forgotten on
 * Kubernetes (SUBGRAPH_SDL_SECRET was) leaves a production service without it.
 */
const COMPOSE_ONLY: Record<string, string> = {
  HOST: 'the image sets HOST=0.0.0.0',
  PORT: 'the image sets PORT=4000',
  AUTH_DISCOVERY_URL: "compose's development IdP on the compose network; a cluster reads AUTH_ISSUER's own discovery document",
};

test('each Deployment sets every variable its docker-compose service sets (but those the image or the cluster provide), and the Secrets are named in README', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const workloads: [string, string][] = [
    [gatewayOverlay, 'gateway'],
    [kommunOverlay('1880'), 'kommun-1880'],
    [join(manifests, 'samverkan/overlays/production'), 'samverkan'],
    [join(manifests, 'region/overlays/production'), 'region'],
  ];
  for (const [dir, service] of workloads) {
    const objects = renderKustomization(dir);
    const container = (
      objects.find((o) => o.kind === 'Deployment') as unknown as {
        spec: {
          template: {
            spec: {
              containers: { env?: { name: string; valueFrom?: { secretKeyRef?: { name: string } } }[]; envFrom?: { configMapRef?: { name: string } }[] }[];
            };
          };
        };
      }
    ).spec.template.spec.containers[0];
    const configMapKeys = (container.envFrom ?? []).flatMap((from) =>
      Object.keys((find(objects, 'ConfigMap', from.configMapRef?.name ?? '') as unknown as { data?: Record<string, string> } | undefined)?.data ?? {}),
    );
    const set = new Set([...(container.env ?? []).map((e) => e.name), ...configMapKeys]);
    const missing = Object.keys(environment(composeServices[service])).filter((name) => !set.has(name) && !(name in COMPOSE_ONLY));
    expect({ service, missing }).toEqual({ service, missing: [] });
    const secrets = (container.env ?? []).flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef.name] : []));
    const unexplained = [...new Set(secrets)].filter(
      (secret) => !readme.includes(`create secret generic ${secret}`) && !readme.includes(`\`${secret}\` Secret`),
    );
    expect({ service, unexplained }).toEqual({ service, unexplained: [] });
  }
});

describe('broken variants are refused, naming the problem', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'orebro-k8s-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** An overlay on `base` (a folder in the repo) with JSON 6902 patches: [target kind, name, operations]. */
  function variant(name: string, base: string, patches: [string, string, object[]][], namespace: string): string {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    const lines = [`namespace: ${namespace}`, 'resources:', `  - ${relative(folder, base)}`, 'patches:'];
    for (const [kind, target, operations] of patches)
      lines.push(`  - target: { kind: ${kind}, name: ${target} }`, `    patch: '${JSON.stringify(operations)}'`);
    writeFileSync(join(folder, 'kustomization.yaml'), `${lines.join('\n')}\n`);
    return folder;
  }
  const gatewayVariant = (name: string, patches: [string, string, object[]][]) => variant(name, gatewayOverlay, patches, 'orebro-graph');
  const kommunVariant = (name: string, patches: [string, string, object[]][], namespace = 'kommun-1880') =>
    variant(name, kommunOverlay('1880'), patches, namespace);
  const container = '/spec/template/spec/containers/0';

  const cases: [string, () => string, RegExp][] = [
    [
      'replicas that are not a number (schema)',
      () => gatewayVariant('schema', [['Deployment', 'gateway', [{ op: 'replace', path: '/spec/replicas', value: 'two' }]]]),
      /Deployment gateway: .*replicas must be integer/,
    ],
    [
      'a port that is not a number (schema)',
      () => kommunVariant('port', [['Service', 'kommun', [{ op: 'replace', path: '/spec/ports/0/port', value: 'eighty' }]]]),
      /Service kommun: .*port must be integer/,
    ],
    [
      'one gateway replica',
      () => gatewayVariant('one-replica', [['Deployment', 'gateway', [{ op: 'replace', path: '/spec/replicas', value: 1 }]]]),
      /needs at least 2 replicas/,
    ],
    [
      'no readiness probe',
      () => gatewayVariant('no-probe', [['Deployment', 'gateway', [{ op: 'remove', path: `${container}/readinessProbe` }]]]),
      /readinessProbe must be an HTTP GET on \/ready/,
    ],
    [
      'liveness on another path',
      () => kommunVariant('liveness', [['Deployment', 'kommun', [{ op: 'replace', path: `${container}/livenessProbe/httpGet/path`, value: '/ready' }]]]),
      /livenessProbe must be an HTTP GET on \/health/,
    ],
    [
      'root with a writable filesystem',
      () =>
        kommunVariant('root', [
          [
            'Deployment',
            'kommun',
            [
              { op: 'replace', path: `${container}/securityContext/runAsNonRoot`, value: false },
              { op: 'replace', path: '/spec/template/spec/securityContext/runAsNonRoot', value: false },
              { op: 'replace', path: `${container}/securityContext/readOnlyRootFilesystem`, value: false },
            ],
          ],
        ]),
      /must run as non-root[\s\S]*readOnlyRootFilesystem: true/,
    ],
    [
      'no memory limit',
      () => gatewayVariant('limits', [['Deployment', 'gateway', [{ op: 'remove', path: `${container}/resources/limits/memory` }]]]),
      /no memory limits/,
    ],
    [
      'a database password in plain text',
      () =>
        kommunVariant('secret', [
          [
            'Deployment',
            'kommun',
            [{ op: 'replace', path: `${container}/env/0`, value: { name: 'DATABASE_URL', value: 'postgres://kommun:hunter2@db/kommun' } }],
          ],
        ]),
      /DATABASE_URL must come from a Secret/,
    ],
    [
      'a secret in a ConfigMap',
      () => kommunVariant('configmap-secret', [['ConfigMap', 'kommun-config', [{ op: 'add', path: '/data/DB_PASSWORD', value: 'x' }]]]),
      /ConfigMap kommun-config holds DB_PASSWORD/,
    ],
    [
      'a subgraph open to every pod',
      () => kommunVariant('open', [['NetworkPolicy', 'kommun-only-from-gateway', [{ op: 'replace', path: '/spec/ingress/0/from', value: [] }]]]),
      /admits every source/,
    ],
    [
      'a subgraph open to other pods',
      () =>
        kommunVariant('other-pods', [
          [
            'NetworkPolicy',
            'kommun-only-from-gateway',
            [{ op: 'replace', path: '/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name', value: 'anything' }],
          ],
        ]),
      /admits pods other than the gateway/,
    ],
    [
      'a policy that selects no kommun pod',
      () =>
        kommunVariant('unselected', [
          ['NetworkPolicy', 'kommun-only-from-gateway', [{ op: 'replace', path: '/spec/podSelector/matchLabels/app.kubernetes.io~1name', value: 'other' }]],
        ]),
      /no NetworkPolicy selects its pods/,
    ],
    [
      'an autoscaler that may go down to one',
      () => gatewayVariant('hpa', [['HorizontalPodAutoscaler', 'gateway', [{ op: 'replace', path: '/spec/minReplicas', value: 1 }]]]),
      /minReplicas must be at least 2/,
    ],
    [
      'a disruption budget that selects nothing',
      () =>
        gatewayVariant('pdb', [
          ['PodDisruptionBudget', 'gateway', [{ op: 'replace', path: '/spec/selector/matchLabels/app.kubernetes.io~1name', value: 'nobody' }]],
        ]),
      /no PodDisruptionBudget selects its pods/,
    ],
    [
      'a kommun code outside the län',
      () => kommunVariant('code', [['ConfigMap', 'kommun-config', [{ op: 'replace', path: '/data/KOMMUN_CODE', value: '0180' }]]]),
      /KOMMUN_CODE must be a kommun code of Örebro län/,
    ],
    [
      'a service Prometheus is not told to scrape',
      () =>
        variant(
          'no-scrape',
          join(manifests, 'region/overlays/production'),
          [['Deployment', 'region', [{ op: 'remove', path: '/spec/template/metadata/annotations/prometheus.io~1scrape' }]]],
          'region',
        ),
      /Deployment region\/region: its pods need the annotation prometheus.io\/scrape/,
    ],
    [
      'a scrape port the container does not declare',
      () =>
        variant(
          'scrape-port',
          join(manifests, 'samverkan/overlays/production'),
          [['Deployment', 'samverkan', [{ op: 'replace', path: '/spec/template/metadata/annotations/prometheus.io~1port', value: '9090' }]]],
          'samverkan',
        ),
      /prometheus.io\/port must be a port its container declares/,
    ],
    [
      'a subgraph open to Prometheus-named pods anywhere',
      () =>
        variant(
          'scraper-anywhere',
          join(manifests, 'samverkan/overlays/production'),
          [['NetworkPolicy', 'samverkan-only-from-gateway', [{ op: 'remove', path: '/spec/ingress/1/from/0/namespaceSelector' }]]],
          'samverkan',
        ),
      /admits prometheus-named pods without naming their namespace/,
    ],
    [
      'Prometheus told to scrape the public port',
      () =>
        gatewayVariant('scrape-public', [
          ['Deployment', 'gateway', [{ op: 'replace', path: '/spec/template/metadata/annotations/prometheus.io~1port', value: '4000' }]],
        ]),
      /prometheus.io\/port must be the management port METRICS_PORT \(9464\), is 4000/,
    ],
    [
      'a management port the container runs elsewhere',
      () => kommunVariant('metrics-elsewhere', [['ConfigMap', 'kommun-config', [{ op: 'replace', path: '/data/METRICS_PORT', value: '9100' }]]]),
      /must declare a port named metrics at its METRICS_PORT 9100, declares 9464/,
    ],
    [
      'the gateway Service exposing the metrics port',
      () =>
        gatewayVariant('service-metrics', [
          ['Service', 'gateway', [{ op: 'add', path: '/spec/ports/-', value: { name: 'metrics', port: 9464, targetPort: 'metrics', protocol: 'TCP' } }]],
        ]),
      /Service orebro-graph\/gateway: exposes the metrics port/,
    ],
    [
      'a kommun admitting the gateway to its metrics port',
      () =>
        kommunVariant('metrics-to-gateway', [
          ['NetworkPolicy', 'kommun-only-from-gateway', [{ op: 'add', path: '/spec/ingress/0/ports/-', value: { port: 'metrics', protocol: 'TCP' } }]],
        ]),
      /kommun-only-from-gateway: ingress rule 0 admits the metrics port to others than Prometheus/,
    ],
    [
      'the gateway admitting everyone to every port',
      () => gatewayVariant('metrics-to-all', [['NetworkPolicy', 'gateway', [{ op: 'remove', path: '/spec/ingress/0/ports' }]]]),
      /NetworkPolicy orebro-graph\/gateway: ingress rule 0 admits the metrics port to others than Prometheus/,
    ],
    ['a kommun in another kommun namespace', () => kommunVariant('namespace', [], 'kommun-1881'), /serves kommun 1880 but runs in namespace kommun-1881/],
  ];

  // One check over every variant (each check process loads the schemas once).
  const reports = new Map<string, CheckReport>();
  beforeAll(() => {
    const folders = cases.map(([label, make]) => [label, make()] as const);
    const checked = check(...folders.map(([, folder]) => folder));
    folders.forEach(([label], index) => reports.set(label, checked[index]));
  }, 150_000);

  test.each(cases)('%s', (label, _make, expected) => {
    expect(reports.get(label)!.problems.join('\n')).toMatch(expected);
  });

  test('a kustomization field the renderer does not implement is refused rather than ignored', () => {
    const folder = join(dir, 'unsupported');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'kustomization.yaml'), `resources:\n  - ${relative(folder, gatewayOverlay)}\nnamePrefix: x-\n`);
    expect(() => renderKustomization(folder)).toThrow(/namePrefix not supported by the renderer/);
  });
});

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8', timeout: 30_000 }).status === 0;

/** Objects by kind/namespace/name, key order ignored: the same manifests whatever the serialiser's order. */
function canonical(objects: unknown[]): Record<string, unknown> {
  const sortKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, sortKeys(v)]),
          )
        : value;
  return Object.fromEntries((objects as KubernetesObject[]).map((o) => [`${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`, sortKeys(o)]));
}

(kubectl ? test : test.skip)(
  'the renderer gives what `kubectl kustomize` gives, for every base and overlay (skipped without kubectl)',
  () => {
    for (const dir of kustomizationDirs(manifests)) {
      const result = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000 });
      expect({ dir, status: result.status, stderr: result.stderr }).toEqual({ dir, status: 0, stderr: '' });
      const theirs = parseAllDocuments(result.stdout).map((d) => d.toJS());
      expect({ dir, objects: canonical(renderKustomization(dir)) }).toEqual({ dir, objects: canonical(theirs) });
    }
  },
  120_000,
);
