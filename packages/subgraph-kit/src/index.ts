export { databaseFromEnv, describeDatabase, type DatabaseConfig } from './database-config';
export { initORM, ormEntities, type OrmDefinition, type OrmOptions } from './orm';
export { NfcTextSubscriber } from './nfc-storage';
export {
  onCommittedChanges,
  committedChangesStream,
  eventsFromCommittedChanges,
  CommittedChangesSubscriber,
  type ChangeOrigin,
  type CommittedChange,
  type CommittedChangesListener,
} from './committed-changes';
export { badUserInput, notFound, formatError, staleWrite } from './errors';
export { batchLoader, groupLoader, groupRows, loadWithSiblings, once, primeGroups } from './loaders';
export { allRows, rowsWhereIn } from './rows-where-in';
export { selectedFieldNames } from './selected-fields';
export { keptStatement } from './kept-statements';
export { loadTypeDefs, readSchemaFiles } from './type-defs';
export { seedEmptyAreas, type AreaSeed } from './seed';
export { defineSubgraph, type SubgraphContext, type SubgraphDefinition, type SubgraphResolvers } from './subgraph-definition';
export { startSubgraph, type RunningSubgraph, type StartSubgraphOptions } from './start-subgraph';
export { runSubgraphProcess } from './run-subgraph-process';
export { createTestDatabase, dropPostgresDatabase, testsUsePostgres, testPostgresServer, type TestDatabase } from './test-database';
export { startTestSubgraph, useTestSubgraph, type TestSubgraph } from './test-subgraph';
export { requireNoIdentityNumber, compatibilityForm, findIdentityNumber, storedForm } from './free-text';
export { guardArguments, guardTextInputs, maxLengthOf, textInputsOf, type TextInput } from './text-inputs';
export { defineArea, combineAreas, type SubgraphArea } from './area';
export { AuditRecord } from './audit-record.entity';
export { AuditTrail, type AuditEvent } from './audit-trail';
export { readInternal } from './access';
export { requireRole, requireStaff, requireWriterFor, forbidden, type Caller } from '@orebro/huvudman-auth';
export { auditArea, auditorOf, type AuditAreaOptions } from './audit-area';
export {
  isIsoDate,
  isSlug,
  MAX_COUNT,
  MAX_INDICATOR_MAGNITUDE,
  MAX_SEK,
  requireChildSlug,
  requireCount,
  requireIsoDate,
  requireIsoMonth,
  requireOneOf,
  requireSek,
  requireSlug,
  requireSource,
  requireText,
  requireTransition,
  requireYear,
  YEARS,
  POPULATION_YEARS,
} from './rules';
export { sourcedRecord } from './entity-properties';
export { MAX_NOTE_LENGTH, writeFollowUp, type FollowedUp, type FollowUpChange, type FollowUpRules, type FollowUpWrite } from './follow-up';
export { writeOnce, type WriteOnceOptions } from './idempotency';
export { IdempotentWrite } from './idempotent-write.entity';
export { subgraphLimitsFromEnv, type SubgraphLimits } from './subgraph-limits';
export { ChangeBroadcaster, CHANGES_PATH, changesChannel, dataVersionKey, newDataVersion, type ChangeSignal } from './change-signal';
