/**
 * What every workload of the graph must be on Kubernetes, checked on rendered manifests: probes on
 * /ready and /health, non-root, read-only root filesystem, no privilege escalation, resource requests
 * and limits, secrets only from Secret objects; the gateway with at least two replicas, a
 * PodDisruptionBudget and a HorizontalPodAutoscaler; every subgraph reachable only from the gateway (and
 * Prometheus in a named namespace); every service's pods annotated for Prometheus to scrape /metrics on
 * the management port (METRICS_PORT), which no Service exposes and only Prometheus may reach.
 * Each problem is a sentence naming the object.
 */
import { kommunCodes } from '@orebro/reference-data';
import type { KubernetesObject } from './kustomize';

interface Probe {
  httpGet?: { path?: string; port?: string | number };
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: unknown; configMapKeyRef?: unknown };
}
interface Container {
  name: string;
  image?: string;
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    runAsNonRoot?: boolean;
    runAsUser?: number;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { drop?: string[] };
  };
}
interface PodSpec {
  containers: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
}
interface LabelSelector {
  matchLabels?: Record<string, string>;
}
interface Workload extends KubernetesObject {
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec: PodSpec };
  };
}

/** Names of variables that carry credentials: they must come from a Secret. */
const SECRET_NAME = /(PASSWORD|SECRET|TOKEN|PRIVATE|DATABASE_URL|REDIS_URL|CREDENTIALS)/;

const id = (o: KubernetesObject) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
const selects = (selector: LabelSelector | undefined, labels: Record<string, string> = {}) =>
  !!selector?.matchLabels && Object.keys(selector.matchLabels).length > 0 && Object.entries(selector.matchLabels).every(([k, v]) => labels[k] === v);

export function kubernetesRuleProblems(objects: KubernetesObject[]): string[] {
  const problems: string[] = [];
  const workloads = objects.filter((o): o is Workload => o.kind === 'Deployment');
  const configMaps = new Map(
    objects
      .filter((o) => o.kind === 'ConfigMap')
      .map((o) => [`${o.metadata.namespace}/${o.metadata.name}`, o as KubernetesObject & { data?: Record<string, string> }]),
  );

  for (const workload of workloads) {
    const pod = workload.spec.template.spec;
    const podLabels = workload.spec.template.metadata?.labels ?? {};
    for (const container of pod.containers) {
      const where = `${id(workload)} container ${container.name}`;
      const portNames = new Set((container.ports ?? []).flatMap((p) => [p.name, p.containerPort].filter((x) => x !== undefined).map(String)));
      const probe = (kind: 'readinessProbe' | 'livenessProbe', path: string) => {
        const get = container[kind]?.httpGet;
        if (get?.path !== path) problems.push(`${where}: ${kind} must be an HTTP GET on ${path}, is ${JSON.stringify(container[kind] ?? null)}`);
        else if (!portNames.has(String(get.port))) problems.push(`${where}: ${kind} probes port ${get.port}, which the container does not declare`);
      };
      probe('readinessProbe', '/ready');
      probe('livenessProbe', '/health');
      const security = container.securityContext ?? {};
      if (!(security.runAsNonRoot ?? pod.securityContext?.runAsNonRoot)) problems.push(`${where}: must run as non-root (runAsNonRoot: true)`);
      if ((security.runAsUser ?? pod.securityContext?.runAsUser) === 0) problems.push(`${where}: runs as user 0`);
      if (security.readOnlyRootFilesystem !== true) problems.push(`${where}: needs readOnlyRootFilesystem: true`);
      if (security.allowPrivilegeEscalation !== false) problems.push(`${where}: needs allowPrivilegeEscalation: false`);
      if (!security.capabilities?.drop?.includes('ALL')) problems.push(`${where}: must drop ALL capabilities`);
      for (const kind of ['requests', 'limits'] as const) {
        for (const resource of ['cpu', 'memory']) if (!container.resources?.[kind]?.[resource]) problems.push(`${where}: no ${resource} ${kind}`);
      }
      for (const variable of container.env ?? []) {
        if (SECRET_NAME.test(variable.name) && !variable.valueFrom?.secretKeyRef)
          problems.push(
            `${where}: ${variable.name} must come from a Secret (secretKeyRef), not ${variable.value !== undefined ? 'a literal value' : 'a ConfigMap'}`,
          );
      }
      for (const source of container.envFrom ?? []) {
        const map = source.configMapRef && configMaps.get(`${workload.metadata.namespace}/${source.configMapRef.name}`);
        if (source.configMapRef && !map) problems.push(`${where}: reads ConfigMap ${source.configMapRef.name}, which is not in these manifests`);
        for (const key of Object.keys(map?.data ?? {}))
          if (SECRET_NAME.test(key)) problems.push(`${where}: ConfigMap ${source.configMapRef!.name} holds ${key}, which belongs in a Secret`);
      }
    }

    if (workload.metadata.name === 'gateway') {
      if ((workload.spec.replicas ?? 1) < 2) problems.push(`${id(workload)}: needs at least 2 replicas, has ${workload.spec.replicas ?? 1}`);
      const pdb = objects.find(
        (o) =>
          o.kind === 'PodDisruptionBudget' &&
          o.metadata.namespace === workload.metadata.namespace &&
          selects((o.spec as { selector?: LabelSelector }).selector, podLabels),
      );
      if (!pdb) problems.push(`${id(workload)}: no PodDisruptionBudget selects its pods`);
      else {
        const spec = pdb.spec as { minAvailable?: number | string; maxUnavailable?: number | string };
        if (spec.minAvailable === undefined && spec.maxUnavailable === undefined) problems.push(`${id(pdb)}: sets neither minAvailable nor maxUnavailable`);
        if (spec.minAvailable === 0 || spec.minAvailable === '0%') problems.push(`${id(pdb)}: minAvailable 0 protects nothing`);
      }
      const hpa = objects.find(
        (o) =>
          o.kind === 'HorizontalPodAutoscaler' &&
          o.metadata.namespace === workload.metadata.namespace &&
          (o.spec as { scaleTargetRef?: { kind?: string; name?: string } }).scaleTargetRef?.name === workload.metadata.name,
      );
      if (!hpa) problems.push(`${id(workload)}: no HorizontalPodAutoscaler scales it`);
      else {
        const spec = hpa.spec as { minReplicas?: number; maxReplicas: number; scaleTargetRef: { kind: string; apiVersion?: string } };
        if (spec.scaleTargetRef.kind !== 'Deployment') problems.push(`${id(hpa)}: scales a ${spec.scaleTargetRef.kind}, not the gateway Deployment`);
        if ((spec.minReplicas ?? 1) < 2) problems.push(`${id(hpa)}: minReplicas must be at least 2, is ${spec.minReplicas ?? 1}`);
        if (spec.maxReplicas < (spec.minReplicas ?? 1)) problems.push(`${id(hpa)}: maxReplicas is below minReplicas`);
      }
    }

    problems.push(...scrapeProblems(workload, configMaps));
    problems.push(...metricsPortExposure(workload, podLabels, objects));
    if (podLabels['app.kubernetes.io/component'] === 'subgraph') problems.push(...onlyFromGateway(workload, podLabels, objects));
    if (workload.metadata.name === 'kommun') problems.push(...kommunCodeProblems(workload, configMaps));
  }
  return problems;
}

/** The image's management port when METRICS_PORT is not set (NODE_ENV=production; packages/http env.ts). */
const IMAGE_METRICS_PORT = '9464';

/** The METRICS_PORT a container runs with: its env, else its ConfigMaps, else the image's default. */
function metricsPortOf(workload: Workload, container: Container, configMaps: Map<string, KubernetesObject & { data?: Record<string, string> }>): string {
  const direct = container.env?.find((e) => e.name === 'METRICS_PORT')?.value;
  const fromMaps = (container.envFrom ?? [])
    .map((s) => s.configMapRef && configMaps.get(`${workload.metadata.namespace}/${s.configMapRef.name}`)?.data?.METRICS_PORT)
    .find((v) => v !== undefined);
  return String(direct ?? fromMaps ?? IMAGE_METRICS_PORT);
}

/**
 * Every service serves Prometheus `/metrics` on its management port (METRICS_PORT), not on the public
 * one: its pods say so in the prometheus.io annotations, on a port its container declares as `metrics`.
 */
function scrapeProblems(workload: Workload, configMaps: Map<string, KubernetesObject & { data?: Record<string, string> }>): string[] {
  const annotations = workload.spec.template.metadata?.annotations ?? {};
  const container = workload.spec.template.spec.containers[0];
  const ports = container.ports ?? [];
  const problems: string[] = [];
  if (annotations['prometheus.io/scrape'] !== 'true') problems.push(`${id(workload)}: its pods need the annotation prometheus.io/scrape: 'true'`);
  if (annotations['prometheus.io/path'] !== '/metrics') problems.push(`${id(workload)}: its pods need the annotation prometheus.io/path: /metrics`);
  const scraped = String(annotations['prometheus.io/port']);
  if (!ports.some((p) => String(p.containerPort) === scraped))
    problems.push(
      `${id(workload)}: prometheus.io/port must be a port its container declares (${ports.map((p) => p.containerPort).join(', ')}), is ${annotations['prometheus.io/port'] ?? 'unset'}`,
    );
  const metricsPort = metricsPortOf(workload, container, configMaps);
  const declared = ports.find((p) => p.name === 'metrics');
  if (String(declared?.containerPort) !== metricsPort)
    problems.push(
      `${id(workload)}: its container must declare a port named metrics at its METRICS_PORT ${metricsPort}, declares ${declared?.containerPort ?? 'none'}`,
    );
  if (scraped !== metricsPort)
    problems.push(
      `${id(workload)}: prometheus.io/port must be the management port METRICS_PORT (${metricsPort}), is ${scraped}: the public port serves no /metrics`,
    );
  return problems;
}

/**
 * The management port is for Prometheus only: no Service exposes it (the gateway's Service is the graph's
 * public entry), and every NetworkPolicy rule that admits it admits Prometheus pods alone.
 */
function metricsPortExposure(workload: Workload, podLabels: Record<string, string>, objects: KubernetesObject[]): string[] {
  const container = workload.spec.template.spec.containers[0];
  const metrics = (container.ports ?? []).find((p) => p.name === 'metrics');
  if (!metrics) return []; // scrapeProblems names it
  const isMetrics = (port: string | number | undefined) => port === 'metrics' || String(port) === String(metrics.containerPort);
  const problems: string[] = [];
  const inNamespace = (o: KubernetesObject) => o.metadata.namespace === workload.metadata.namespace;
  for (const service of objects.filter((o) => o.kind === 'Service' && inNamespace(o))) {
    const spec = service.spec as { selector?: Record<string, string>; ports?: { targetPort?: string | number; port: number }[] };
    if (!selects({ matchLabels: spec.selector }, podLabels)) continue;
    for (const port of spec.ports ?? [])
      if (isMetrics(port.targetPort ?? port.port))
        problems.push(`${id(service)}: exposes the metrics port; /metrics is for Prometheus only, scraped from the pods`);
  }
  for (const policy of objects.filter((o) => o.kind === 'NetworkPolicy' && inNamespace(o))) {
    const spec = policy.spec as {
      podSelector?: LabelSelector;
      ingress?: { from?: { podSelector?: LabelSelector }[]; ports?: { port?: string | number }[] }[];
    };
    if (!selects(spec.podSelector, podLabels)) continue;
    for (const [index, rule] of (spec.ingress ?? []).entries()) {
      const admitsMetrics = !rule.ports || rule.ports.length === 0 || rule.ports.some((p) => p.port === undefined || isMetrics(p.port));
      const onlyPrometheus =
        (rule.from ?? []).length > 0 && rule.from!.every((peer) => peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'prometheus');
      if (admitsMetrics && !onlyPrometheus) problems.push(`${id(policy)}: ingress rule ${index} admits the metrics port to others than Prometheus`);
    }
  }
  return problems;
}

/** A subgraph's pods are selected by an Ingress NetworkPolicy whose every rule admits the gateway only. */
function onlyFromGateway(workload: Workload, podLabels: Record<string, string>, objects: KubernetesObject[]): string[] {
  const policies = objects.filter(
    (o) =>
      o.kind === 'NetworkPolicy' &&
      o.metadata.namespace === workload.metadata.namespace &&
      (o.spec as { podSelector?: LabelSelector }).podSelector &&
      selects((o.spec as { podSelector: LabelSelector }).podSelector, podLabels),
  );
  if (policies.length === 0) return [`${id(workload)}: no NetworkPolicy selects its pods, so anything in the cluster can reach this subgraph`];
  const problems: string[] = [];
  for (const policy of policies) {
    const spec = policy.spec as {
      policyTypes?: string[];
      ingress?: { from?: { podSelector?: LabelSelector; namespaceSelector?: LabelSelector; ipBlock?: { cidr: string } }[] }[];
    };
    if (!spec.policyTypes?.includes('Ingress')) problems.push(`${id(policy)}: must restrict Ingress`);
    for (const [index, rule] of (spec.ingress ?? []).entries()) {
      if (!rule.from || rule.from.length === 0) problems.push(`${id(policy)}: ingress rule ${index} admits every source`);
      for (const peer of rule.from ?? []) {
        if (peer.ipBlock) {
          if (/\/0$/.test(peer.ipBlock.cidr)) problems.push(`${id(policy)}: ingress rule ${index} admits ${peer.ipBlock.cidr}, i.e. everyone`);
          continue; // the gateway's egress addresses, when it runs in another cluster
        }
        // The gateway, and Prometheus scraping /metrics (it holds no token: it gets only what anyone anonymous would).
        const peerName = peer.podSelector?.matchLabels?.['app.kubernetes.io/name'];
        if (peerName !== 'gateway' && peerName !== 'prometheus')
          problems.push(`${id(policy)}: ingress rule ${index} admits pods other than the gateway (and Prometheus)`);
        if (!peer.namespaceSelector?.matchLabels || Object.keys(peer.namespaceSelector.matchLabels).length === 0) {
          if (peer.namespaceSelector) problems.push(`${id(policy)}: ingress rule ${index} admits ${peerName ?? 'gateway'}-named pods in every namespace`);
          else if (peerName === 'prometheus') problems.push(`${id(policy)}: ingress rule ${index} admits prometheus-named pods without naming their namespace`);
        }
      }
    }
  }
  return problems;
}

/** A kommun instance serves exactly one kommun of the län, in its own namespace `kommun-<code>`. */
function kommunCodeProblems(workload: Workload, configMaps: Map<string, KubernetesObject & { data?: Record<string, string> }>): string[] {
  if (!workload.metadata.namespace) return []; // the base, before an overlay names the kommun
  const container = workload.spec.template.spec.containers[0];
  const codes = (container.envFrom ?? [])
    .map((s) => s.configMapRef && configMaps.get(`${workload.metadata.namespace}/${s.configMapRef.name}`)?.data?.KOMMUN_CODE)
    .filter(Boolean);
  const direct = container.env?.find((e) => e.name === 'KOMMUN_CODE')?.value;
  const code = direct ?? codes[0];
  if (!code || !kommunCodes.includes(code))
    return [`${id(workload)}: KOMMUN_CODE must be a kommun code of Örebro län (${kommunCodes.join(', ')}), is ${code ?? 'unset'}`];
  if (workload.metadata.namespace !== `kommun-${code}`)
    return [`${id(workload)}: serves kommun ${code} but runs in namespace ${workload.metadata.namespace}, not kommun-${code}`];
  return [];
}
