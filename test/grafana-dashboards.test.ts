import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@orebro/local-federation';
import { startTestFederation, type TestFederation } from './support/test-federation';

/**
 * The Grafana dashboards in deploy/grafana cannot drift from the code: every metric name their PromQL
 * uses (panels and variables) is one a running service exports on /metrics: the gateway's for the
 * operator's dashboard, a kommun instance's and samverkan's for the huvudman's. A metric renamed or
 * dropped in the code fails here, naming the dashboard, the panel and the name.
 */
const folder = join(repoRoot, 'deploy/grafana');
/** Which services each dashboard watches: all of them must export every name it uses. */
const watches: Record<string, string[]> = {
  'gateway.json': ['gateway'],
  'huvudman-subgraph.json': ['kommun-1880', 'samverkan', 'region'],
};

interface Panel {
  title: string;
  type: string;
  targets?: { expr: string }[];
  panels?: Panel[];
}
interface Dashboard {
  uid: string;
  title: string;
  panels: Panel[];
  templating: { list: { name: string; query?: string | { query: string } }[] };
}

const dashboard = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Dashboard;

/** Each PromQL expression of the dashboard, with where it is (panel title, or variable name). */
function expressions(board: Dashboard): { where: string; expr: string }[] {
  const panels = (list: Panel[]): Panel[] => list.flatMap((p) => [p, ...panels(p.panels ?? [])]);
  return [
    ...panels(board.panels).flatMap((p) => (p.targets ?? []).map((t) => ({ where: `panel "${p.title}"`, expr: t.expr }))),
    ...board.templating.list
      .filter((v) => v.query !== undefined && v.name !== 'datasource')
      .map((v) => ({ where: `variable $${v.name}`, expr: typeof v.query === 'string' ? v.query! : (v.query as { query: string }).query })),
  ];
}

/** Metric names in an expression: every identifier of ours or of Node's default metrics, outside label matchers and strings. */
function metricNames(expr: string): string[] {
  const bare = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\{[^}]*\}/g, '{}');
  return [...bare.matchAll(/\b(?:orebro|process|nodejs)_[a-z0-9_]+\b/g)].map((m) => m[0]);
}

/** The names a scrape exposes: each metric's own name, and `_bucket`, `_sum`, `_count` of histograms (from `# TYPE` lines). */
function exposedNames(scrape: string): Set<string> {
  const names = new Set<string>();
  for (const [, name, type] of scrape.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(name + suffix);
    else if (type === 'summary') for (const suffix of ['', '_sum', '_count']) names.add(name + suffix);
    else names.add(name);
  }
  return names;
}

test('the dashboards are well-formed Grafana dashboards with unique ids, each panel with a query', () => {
  expect(readdirSync(folder).sort()).toEqual(Object.keys(watches).sort());
  const uids = Object.keys(watches).map((file) => dashboard(file).uid);
  expect(new Set(uids).size).toBe(uids.length);
  for (const file of Object.keys(watches)) {
    const board = dashboard(file);
    expect(board.title).toMatch(/\S/);
    const empty = board.panels.filter((p) => p.type !== 'row' && (p.targets ?? []).length === 0).map((p) => p.title);
    expect({ file, empty }).toEqual({ file, empty: [] });
    for (const { where, expr } of expressions(board)) expect({ file, where, names: metricNames(expr).length > 0 }).toEqual({ file, where, names: true });
  }
});

describe('every metric a dashboard uses is exported by the services it watches', () => {
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation({ kommuner: ['1880'] });
    // Some traffic, so the scrape holds what a running graph's does (unused labelled metrics still list their TYPE).
    await federation.query('query Kommuner { municipalities { code } }');
  });
  afterAll(() => federation?.stop());

  test.each(Object.entries(watches))('%s', async (file, services) => {
    for (const service of services) {
      const url = service === 'gateway' ? federation.gatewayUrl : federation.instance(service).url;
      const exposed = exposedNames(await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text());
      const missing = expressions(dashboard(file)).flatMap(({ where, expr }) =>
        metricNames(expr)
          .filter((name) => !exposed.has(name))
          .map((name) => `${where}: ${name}`),
      );
      expect({ file, service, missing }).toEqual({ file, service, missing: [] });
    }
  });

  test.each(['gateway', 'kommun-1880', 'samverkan', 'region'])(
    "%s's /metrics holds exactly the orebro_* families README's table names for it",
    async (service) => {
      const url = service === 'gateway' ? federation.gatewayUrl : federation.instance(service).url;
      const scrape = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      const families = [...scrape.matchAll(/^# TYPE (orebro_\S+) /gm)].map((m) => m[1]!).sort();
      const documented = readmeMetrics()
        .filter((row) => exportedBy(row.where, service))
        .map((row) => row.name)
        .sort();
      expect(documented.length).toBeGreaterThan(2);
      expect({ service, families }).toEqual({ service, families: documented });
    },
  );
});

/** README's metrics table: each `orebro_*` family and which processes export it (its "where" column). */
function readmeMetrics(): { name: string; where: string }[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\| `(orebro_[a-z0-9_]+)`[^|]*\|[^|]*\| *([^|]+?) *\|/gm)].map((m) => ({ name: m[1]!, where: m[2]! }));
}
const exportedBy = (where: string, service: string) =>
  where === 'every service' || (service === 'gateway' ? /\bgateway\b/.test(where) : /\bsubgraphs\b/.test(where));

test('the name check finds names and refuses one no service exports', () => {
  expect(metricNames('histogram_quantile(0.95, sum by (le) (rate(orebro_x_seconds_bucket{job=~"orebro_not_a_name"}[5m])))')).toEqual([
    'orebro_x_seconds_bucket',
  ]);
  const exposed = exposedNames('# HELP orebro_x_seconds x\n# TYPE orebro_x_seconds histogram\n# TYPE orebro_y_total counter\n');
  expect(['orebro_x_seconds_bucket', 'orebro_y_total', 'orebro_x_seconds', 'orebro_y'].map((n) => exposed.has(n))).toEqual([true, true, false, false]);
});
