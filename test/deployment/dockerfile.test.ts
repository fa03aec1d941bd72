// The Dockerfile against the workspaces (npm ci needs every manifest) and the image's contract; and
// `docker compose config` where the compose plugin is installed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayService } from '@orebro/gateway/src/members';
import { imageEnvironment } from '../support/compose-file';
import { commandFor, composeFile, dockerfile, dockerfileCmd, expectNoProblems, root, workspaceFolders } from './deployment-files';

describe('Dockerfile', () => {
  test('copies every workspace manifest before `npm ci`, keeps the build tools, compiles the services, runs as node and defaults to the gateway', () => {
    const problems: string[] = [];
    const lines = dockerfile.split('\n');
    const npmCi = lines.findIndex((line) => /^RUN\b.*\bnpm ci\b/.test(line));
    const copyAll = lines.findIndex((line) => /^COPY\s+\.\s+\.\s*$/.test(line));
    if (npmCi < 0) problems.push('the Dockerfile does not run npm ci');
    else if (/--omit[= ]dev|--production/.test(lines[npmCi]))
      problems.push('npm ci omits dev dependencies, but the services are compiled through tsx and esbuild');
    const nodeEnv = lines.findIndex((line) => !/^\s*#/.test(line) && /NODE_ENV=production/.test(line));
    if (nodeEnv >= 0 && npmCi >= 0 && nodeEnv < npmCi)
      problems.push('NODE_ENV=production is set before npm ci, which then omits dev dependencies (tsx, esbuild)');
    const buildServices = lines.findIndex((line) => /^RUN\b.*\bnpm run build:services\b/.test(line));
    if (buildServices < 0 || buildServices < copyAll)
      problems.push('the Dockerfile should `RUN npm run build:services` after `COPY . .`, so the CMDs find build/services');
    if (copyAll >= 0 && npmCi >= 0 && copyAll < npmCi) problems.push('`COPY . .` comes before npm ci: every source change would reinstall the dependencies');
    const copied = (file: string) =>
      lines
        .slice(0, npmCi < 0 ? lines.length : npmCi)
        .some((line) => new RegExp(`^COPY\\s+(.*\\s)?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`).test(line));
    for (const file of ['package.json', 'package-lock.json', ...workspaceFolders().map((folder) => `${folder}/package.json`)]) {
      if (!copied(file)) problems.push(`the Dockerfile does not copy ${file} before npm ci (npm ci needs every workspace's manifest)`);
    }
    if (!/^USER node\s*$/m.test(dockerfile)) problems.push('the Dockerfile should switch to USER node');
    if (!/^EXPOSE 4000 9464\s*$/m.test(dockerfile)) problems.push('the Dockerfile should EXPOSE 4000 (the public port) and 9464 (METRICS_PORT, /metrics)');
    if (imageEnvironment(root).METRICS_PORT !== '9464') problems.push('the image should set METRICS_PORT=9464: /metrics apart from the public port');
    if (!/^FROM node:22-bookworm-slim\b/m.test(dockerfile)) problems.push('the Dockerfile should build FROM node:22-bookworm-slim');
    if (dockerfileCmd()?.join(' ') !== commandFor(gatewayService.entry).join(' '))
      problems.push(`the default CMD should run the compiled ${gatewayService.entry}, is ${JSON.stringify(dockerfileCmd() ?? null)}`);
    const ignore = readFileSync(join(root, '.dockerignore'), 'utf8');
    // build/: a build from the host would carry the host's source paths into the image.
    for (const pattern of ['node_modules', 'data', 'dist', 'build', '.git', '*.sqlite', '.env']) {
      if (!ignore.split('\n').some((line) => line.trim().replace(/^\*\*\//, '') === pattern)) problems.push(`.dockerignore should exclude ${pattern}`);
    }
    expectNoProblems(problems);
  });
});

const composeAvailable = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;

(composeAvailable ? test : test.skip)('`docker compose config` accepts the file (skipped where the compose plugin is missing)', () => {
  const result = spawnSync('docker', ['compose', '-f', composeFile, 'config', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`docker compose config rejects docker-compose.yml:\n${result.stderr}`);
});
