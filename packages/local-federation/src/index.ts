export {
  PortTakenError,
  graphqlUrl,
  isServiceReady,
  ServiceProcess,
  repoRoot,
  startTimeoutFromEnv,
  DEFAULT_START_TIMEOUT_MS,
  type ServiceSpec,
  type ServiceState,
} from './service-process';
export {
  federationPlan,
  IDENTITY_PROVIDER_ENTRY,
  SUBGRAPH_NODE_ARGS,
  type DatabaseMode,
  type FederationPlan,
  type PlannedSubgraph,
  type PlanOptions,
} from './federation-plan';
export { startFederation, type Federation, type StartFederationOptions, type StartProgress } from './federation';
export { freePort } from './free-port';
export { bundleFileName, compileEntry } from './compile-entry';
