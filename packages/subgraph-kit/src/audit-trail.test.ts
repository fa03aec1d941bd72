import type { MikroORM } from '@mikro-orm/core';
import { createTestDatabase, type TestDatabase } from './test-database';
import { initORM } from './orm';
import { AuditRecord } from './audit-record.entity';
import { AuditTrail } from './audit-trail';
import { auditWriteFailures } from './metrics';

describe('AuditTrail.flush: one record per event, in its own write', () => {
  let database: TestDatabase;
  let orm: MikroORM;

  // The kit's own tables only (no migrations here): the schema generator makes them on either database.
  /** The INSERTs into the audit log since the last look. */
  let inserts: string[] = [];
  const open = async () => {
    const opened = await initORM({ entities: [], migrations: () => [] }, database.config, {
      onQuery: (sql) => {
        if (/^insert into .audit_record./i.test(sql)) inserts.push(sql);
      },
    });
    await opened.schema.updateSchema();
    return opened;
  };

  beforeEach(async () => {
    database = createTestDatabase('audit_trail');
    orm = await open();
  });
  afterEach(async () => {
    await orm.close(true);
    await database.drop();
  });

  it('stores who read what, with lists as lists and text in NFC (written outside the unit of work, which applies NFC elsewhere)', async () => {
    const trail = new AuditTrail({
      kind: 'authenticated',
      subject: 'O\u0308rebro-handla\u0308ggare',
      huvudman: '1880',
      participating: true,
      roles: ['writer'],
    });
    trail.add({ action: 'read', operation: 'DeviationOverview.kommunDeviationParts', entity: 'DeviationLedgerPart', entityIds: ['1880'], outcome: 'allowed' });
    trail.add({
      action: 'write',
      operation: 'Mutation.reportDeviation',
      entity: 'Deviation',
      entityIds: ['1880-a\u0308rende-1'],
      outcome: 'denied',
      detail: 'FORBIDDEN',
    });
    await trail.flush(orm);
    expect(trail.size).toBe(0);
    const stored = await orm.em.fork().find(AuditRecord, {}, { orderBy: { id: 'asc' } });
    expect(
      stored.map(({ subject, huvudman, roles, action, operation, entity, entityIds, outcome, detail }) => ({
        subject,
        huvudman,
        roles,
        action,
        operation,
        entity,
        entityIds,
        outcome,
        detail,
      })),
    ).toEqual([
      {
        subject: 'Örebro-handläggare',
        huvudman: '1880',
        roles: ['writer'],
        action: 'read',
        operation: 'DeviationOverview.kommunDeviationParts',
        entity: 'DeviationLedgerPart',
        entityIds: ['1880'],
        outcome: 'allowed',
        detail: null,
      },
      {
        subject: 'Örebro-handläggare',
        huvudman: '1880',
        roles: ['writer'],
        action: 'write',
        operation: 'Mutation.reportDeviation',
        entity: 'Deviation',
        entityIds: ['1880-ärende-1'],
        outcome: 'denied',
        detail: 'FORBIDDEN',
      },
    ]);
    expect(stored[0].at).toBeInstanceOf(Date);
    expect(stored[0].at.getTime()).toBe(stored[1].at.getTime());
  });

  it('an anonymous caller is stored without subject or huvudman, and a trail with no events writes nothing', async () => {
    const empty = new AuditTrail({ kind: 'anonymous' });
    await empty.flush(orm);
    expect(await orm.em.fork().count(AuditRecord, {})).toBe(0);
    const trail = new AuditTrail({ kind: 'anonymous' });
    trail.add({ action: 'read', operation: 'Query.deviations', entity: 'Deviation', entityIds: [], outcome: 'denied', detail: 'UNAUTHENTICATED' });
    await trail.flush(orm);
    expect(await orm.em.fork().find(AuditRecord, {})).toEqual([
      expect.objectContaining({ subject: null, huvudman: null, roles: [], entityIds: [], detail: 'UNAUTHENTICATED' }),
    ]);
  });

  it('a write that fails is counted and thrown, never swallowed', async () => {
    const trail = new AuditTrail({ kind: 'anonymous' });
    trail.add({ action: 'read', operation: 'Query.deviations', entity: 'Deviation', entityIds: [], outcome: 'allowed' });
    const failures = async () => (await auditWriteFailures.get()).values[0]?.value ?? 0;
    const before = await failures();
    await orm.close(true);
    await expect(trail.flush(orm)).rejects.toThrow();
    expect(await failures()).toBe(before + 1);
    orm = await open();
  });

  const readBy = (subject: string, entityIds: string[] = ['1880']) => {
    const trail = new AuditTrail({ kind: 'authenticated', subject, huvudman: '18', participating: true, roles: [] });
    trail.add({ action: 'read', operation: 'DeviationOverview.kommunDeviationParts', entity: 'DeviationLedgerPart', entityIds, outcome: 'allowed' });
    return trail;
  };

  it('trails of concurrent requests are committed together (group commit), each flush resolving once its own are stored', async () => {
    inserts = [];
    const trails = Array.from({ length: 12 }, (_, i) => readBy(`user-${i}`));
    await Promise.all(
      trails.map(async (trail, i) => {
        await trail.flush(orm);
        // Resolved only once committed: visible to any other connection's read.
        expect(await orm.em.fork().count(AuditRecord, { subject: `user-${i}` })).toBe(1);
      }),
    );
    expect(await orm.em.fork().count(AuditRecord, {})).toBe(12);
    expect(inserts.length).toBeLessThan(12);
    expect(inserts.length).toBeGreaterThanOrEqual(1);
    // Trails handed in while an INSERT is on its way go together in the next one.
    inserts = [];
    const first = readBy('early').flush(orm);
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([first, ...Array.from({ length: 8 }, (_, i) => readBy(`late-${i}`).flush(orm))]);
    expect(await orm.em.fork().count(AuditRecord, {})).toBe(21);
    expect(inserts.length).toBeLessThanOrEqual(2);
  });

  it('a trail the database refuses fails alone: the others in its batch are committed, and only its flush rejects', async () => {
    const failures = async () => (await auditWriteFailures.get()).values[0]?.value ?? 0;
    const before = await failures();
    // NOT NULL on both databases: a row no database takes, whatever a request sent.
    const refused = new AuditTrail({ kind: 'anonymous' });
    refused.add({ action: 'read', operation: null as unknown as string, entity: 'DeviationLedgerPart', entityIds: [], outcome: 'allowed' });
    const outcomes = await Promise.allSettled([readBy('a').flush(orm), refused.flush(orm), readBy('b').flush(orm), readBy('c').flush(orm)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((await orm.em.fork().find(AuditRecord, {}, { orderBy: { subject: 'asc' } })).map((r) => r.subject)).toEqual(['a', 'b', 'c']);
    expect(await failures()).toBe(before + 1);
    // The writer goes on: the next trails are committed as before.
    await Promise.all([readBy('d').flush(orm), readBy('e').flush(orm)]);
    expect(await orm.em.fork().count(AuditRecord, {})).toBe(5);
  });
});
