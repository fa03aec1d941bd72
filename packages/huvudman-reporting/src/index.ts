// The region's and every kommun's own reporting share one implementation; each subgraph stores it in
// its own database and exposes it in its own schema.
export * from './contribution.entity';
export * from './contribution.rules';
export * from './contribution-report';
export * from './contribution-examples';
export * from './example-data';
export * from './contributions.loaders';
export * from './grant-use.entity';
export * from './grant-use.loaders';
export * from './grant-use.service';
export * from './indicator-import';
export * from './indicator-value-view';
export * from './indicator-value.properties';
export * from './kolada-file';
export * from './sek.scalar';
export { deviationRecordsSchemaDir, reportingSchemaDir } from './schema-dir';
export * from './contributions.resolvers';
export * from './deviation.entity';
export * from './deviations.service';
export * from './deviations.loaders';
export * from './deviations.resolvers';
export * from './deviations.area';
export * from './deviations.example-data';
export * from './deviations.subscriptions';
