# One image for every service of the graph: the gateway, samverkan, region and the kommun subgraph
# (which runs once per kommun). The command chooses the service; the default is the gateway.
#
#   docker build -t orebro-lan-graph .
#   docker run -e KOMMUN_CODE=1880 -e DATABASE_URL=postgres://... orebro-lan-graph \
#     node build/services/subgraphs_kommun_src_main.js
FROM node:22-bookworm-slim

WORKDIR /app

# Manifests first, so the dependency layer is rebuilt only when a manifest or the lockfile changes.
# Every workspace's package.json must be here, or `npm ci` finds the lockfile out of sync
# (test/deployment/dockerfile.test.ts checks this list against the workspaces in package.json).
COPY package.json package-lock.json ./
COPY packages/dev-identity-provider/package.json packages/dev-identity-provider/
COPY packages/http/package.json packages/http/
COPY packages/huvudman-auth/package.json packages/huvudman-auth/
COPY packages/huvudman-reporting/package.json packages/huvudman-reporting/
COPY packages/local-federation/package.json packages/local-federation/
COPY packages/query-limits/package.json packages/query-limits/
COPY packages/reference-data/package.json packages/reference-data/
COPY packages/sharded-source/package.json packages/sharded-source/
COPY packages/subgraph-kit/package.json packages/subgraph-kit/
COPY packages/telemetry/package.json packages/telemetry/
COPY subgraphs/samverkan/package.json subgraphs/samverkan/
COPY subgraphs/region/package.json subgraphs/region/
COPY subgraphs/kommun/package.json subgraphs/kommun/
COPY gateway/package.json gateway/
COPY dashboard/package.json dashboard/
COPY test/package.json test/

# With dev dependencies: the services are compiled with esbuild (through tsx) at build time.
# No dependency needs an install script. NODE_ENV is set only after this step, because
# NODE_ENV=production would make npm omit dev dependencies.
RUN npm ci --include=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

COPY . .

# Each service compiled to one JavaScript file that plain node runs: no TypeScript loader in the
# running process (about 35–40 MB less memory each). Source paths stay valid: built where it runs.
RUN npm run build:services

# The systemledning app, built to static files the gateway serves at /.
RUN npm run build -w dashboard

# The code stays owned by root (read-only to the service); only the embedded-SQLite data folder,
# used when DATABASE_URL is not set, is writable.
RUN mkdir -p /app/data && chown node:node /app/data

# METRICS_PORT: Prometheus' /metrics on a management port of its own, not on the public PORT (README, "Metrics").
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    METRICS_PORT=9464
USER node
EXPOSE 4000 9464

# Every service answers GET /ready (200 when it can serve: a subgraph when its database is reachable).
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]

CMD ["node", "build/services/gateway_src_main.js"]
