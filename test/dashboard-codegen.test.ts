// The app's typed documents (dashboard/src/gql/) are generated from the committed supergraph and the
// app's operations, and committed. Generating them again must give the same files: after
// `npm run compose` or an operation change, run `npm run codegen -w dashboard` and commit.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '@orebro/dashboard/codegen';

const dashboardDir = join(__dirname, '../dashboard');

it("dashboard/src/gql is what codegen makes of gateway/supergraph.graphql and the app's operations", async () => {
  const outputs = await generate({ ...config, cwd: dashboardDir, silent: true }, false);
  expect(outputs.length).toBeGreaterThanOrEqual(4);
  for (const output of outputs) {
    const committed = readFileSync(resolve(dashboardDir, output.filename), 'utf8');
    expect({ file: output.filename, upToDate: committed === output.content }).toEqual({ file: output.filename, upToDate: true });
  }
});
