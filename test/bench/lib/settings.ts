/**
 * How long and how hard to measure. The standard benchmark's own figures are the defaults (50
 * clients, 15 s warm-up, 60 s measured); every step of the other sections runs for a shorter time.
 * Environment or flags: BENCH_DURATION / --duration, BENCH_WARMUP / --warmup, BENCH_CLIENTS,
 * BENCH_STEP_DURATION, BENCH_STEP_WARMUP, BENCH_ONLY / --only=standard,graph,fanout,memory,app,cache,instructions,
 * BENCH_ROUNDS / --rounds (standard section: gateways alternate over this many rounds, each measured for
 * duration / rounds after its own warm-up; default 3), BENCH_IR_REQUESTS / BENCH_IR_WARMUP /
 * BENCH_IR_REPEATS (instructions section: counted and warm-up requests per gateway, runs per gateway).
 */
export interface BenchSettings {
  durationSeconds: number;
  warmupSeconds: number;
  clients: number;
  stepDurationSeconds: number;
  stepWarmupSeconds: number;
  sections: Set<Section>;
  rounds: number;
  instructions: { requests: number; warmup: number; repeats: number };
}

export const allSections = ['standard', 'instructions', 'graph', 'fanout', 'memory', 'app', 'cache'] as const;
export type Section = (typeof allSections)[number];

export function benchSettings(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const number = (flagName: string, envName: string, fallback: number) => {
    const raw = flag(flagName) ?? env[envName];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${envName} (--${flagName}) must be a non-negative number of seconds or clients, got "${raw}".`);
    return value;
  };
  const durationSeconds = number('duration', 'BENCH_DURATION', 60);
  const warmupSeconds = number('warmup', 'BENCH_WARMUP', 15);
  const only = (flag('only') ?? env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of only) {
    if (!(allSections as readonly string[]).includes(name)) throw new Error(`Unknown section "${name}"; choose from ${allSections.join(', ')}.`);
  }
  return {
    durationSeconds,
    warmupSeconds,
    clients: number('clients', 'BENCH_CLIENTS', 50),
    stepDurationSeconds: number('step-duration', 'BENCH_STEP_DURATION', Math.min(10, durationSeconds)),
    stepWarmupSeconds: number('step-warmup', 'BENCH_STEP_WARMUP', Math.min(3, warmupSeconds)),
    sections: new Set((only.length > 0 ? only : allSections) as Section[]),
    rounds: Math.max(1, Math.round(number('rounds', 'BENCH_ROUNDS', 3))),
    instructions: {
      requests: Math.max(1, Math.round(number('ir-requests', 'BENCH_IR_REQUESTS', 100))),
      warmup: Math.round(number('ir-warmup', 'BENCH_IR_WARMUP', 500)),
      repeats: Math.max(1, Math.round(number('ir-repeats', 'BENCH_IR_REPEATS', 1))),
    },
  };
}
