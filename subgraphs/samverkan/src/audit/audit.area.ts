import { auditArea } from '@orebro/subgraph-kit';

/** The joint records are run by the secretariat on behalf of all: its auditors read the log. */
export const samverkanAuditArea = auditArea({
  field: 'samverkanAuditRecords',
  owner: 'the joint secretariat',
  mayRead: (caller) => caller.kind === 'authenticated' && caller.participating && caller.roles.includes('auditor') && caller.roles.includes('secretariat'),
});
