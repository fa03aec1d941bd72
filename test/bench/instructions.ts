/**
 * Instructions per request of the standard benchmark's query, per gateway, under callgrind (see
 * lib/instructions.ts): a work count that other load on the machine does not change.
 *   node --import tsx test/bench/instructions.ts [peer ids, comma-separated] [requests] [warm-up requests] [repeats]
 * e.g. `ours-no-sharing,apollo,hive-nodedupe 200 500 3`. Also run by `npm run bench` (section "instructions").
 */
import { instructionsReport, measureInstructions } from './sections/instructions';

async function main(): Promise<void> {
  const [ids = 'ours-no-sharing,apollo,hive-nodedupe', requests = '200', warmup = '500', repeats = '1'] = process.argv.slice(2);
  const rows = await measureInstructions({ ids: ids.split(','), requests: Number(requests), warmup: Number(warmup), repeats: Number(repeats) }, (line) =>
    console.error(`[instructions] ${line}`),
  );
  console.log(instructionsReport(rows, { requests: Number(requests), warmup: Number(warmup), repeats: Number(repeats) }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
