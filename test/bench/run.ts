/**
 * `npm run bench`: measures our gateway against its peers, our own graph, the sharded fan-out and
 * the memory of every process, and writes the figures as markdown to bench-results/latest.md.
 * Quick run while developing: BENCH_DURATION=5 BENCH_WARMUP=2 npm run bench (see lib/settings.ts).
 * Run on an otherwise quiet machine: figures from a busy one mean little.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { placeProcesses } from './lib/cpus';
import { repoRoot } from './lib/precompile';
import { benchSettings } from './lib/settings';
import { startBenchFederation, type BenchFederation } from './lib/federation';
import { appSection } from './sections/app';
import { cacheSection } from './sections/cache';
import { fanOutSection } from './sections/fanout';
import { graphSection } from './sections/graph';
import { instructionsReport, measureInstructions } from './sections/instructions';
import { measureIdleMemory, memorySection, type IdleMemory } from './sections/memory';
import { standardSection } from './sections/standard';

async function main(): Promise<void> {
  const settings = benchSettings();
  const placement = placeProcesses();
  const log = (line: string) => console.error(`[bench] ${line}`);
  const started = new Date();
  const loadBefore = loadavg()[0];
  const parts: string[] = [];
  const { sections } = settings;
  if (sections.has('standard')) parts.push(await standardSection(settings, placement, log));
  if (sections.has('instructions')) {
    // Work per request under callgrind: the figure that other load on a shared machine does not change.
    const ids = ['ours-no-sharing', 'apollo', 'hive-nodedupe'];
    try {
      parts.push(instructionsReport(await measureInstructions({ ids, ...settings.instructions }, log), settings.instructions));
    } catch (error) {
      parts.push(`## Work per request (instructions, callgrind)\n\nNot counted: ${(error as Error).message}`);
    }
  }
  let idle: IdleMemory | undefined;
  if (sections.has('memory')) idle = await measureIdleMemory(log);
  let bench: BenchFederation | undefined;
  if (sections.has('graph') || sections.has('fanout') || sections.has('app') || sections.has('cache')) {
    log('starting the federation (four processes: gateway, samverkan, region, and the twelve kommun instances in one)...');
    bench = await startBenchFederation(placement);
  }
  try {
    if (bench && sections.has('graph')) parts.push(await graphSection(settings, bench, log));
    if (bench && sections.has('fanout')) parts.push(await fanOutSection(settings, placement, bench, log));
    if (bench && sections.has('app')) parts.push(await appSection(bench, log));
    if (bench && sections.has('cache')) parts.push(await cacheSection(settings, placement, bench, log));
    if (idle) parts.push(memorySection(idle, bench));
  } finally {
    await bench?.stop();
  }

  const markdown = [
    `# Benchmark results`,
    '',
    `Run ${started.toISOString()} with \`${commandLine()}\`: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${loadBefore.toFixed(2)} at the start and ${loadavg()[0].toFixed(2)} at the end ` +
      `(figures from a machine that was busy with other work are not comparable).`,
    '',
    ...parts.flatMap((p) => [p, '']),
  ].join('\n');
  const dir = join(repoRoot, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), markdown);
  console.log(markdown);
  log(`written to ${join(dir, 'latest.md')}`);
}

function commandLine(): string {
  const env = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_'))
    .map(([name, value]) => `${name}=${value}`);
  return [...env, 'npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
