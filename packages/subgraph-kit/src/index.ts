export { databaseFromEnv, describeDatabase, type DatabaseConfig } from './database-config';
export { initORM, type OrmDefinition, type OrmOptions } from './orm';
export { badUserInput, notFound, formatError } from './errors';
export { batchLoader, groupLoader } from './loaders';
export { loadTypeDefs } from './type-defs';
export { seedIfEmpty } from './seed';
export { defineSubgraph, type SubgraphContext, type SubgraphDefinition, type SubgraphResolvers } from './subgraph-definition';
export { startSubgraph, type RunningSubgraph, type StartSubgraphOptions } from './start-subgraph';
export { runSubgraphProcess } from './run-subgraph-process';
