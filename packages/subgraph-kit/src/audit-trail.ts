import type { MikroORM } from '@mikro-orm/core';
import { describeCaller, type Caller } from '@orebro/huvudman-auth';
import { auditWriterOf, type AuditRow } from './audit-writer';
import { auditWriteFailures, countAudited } from './metrics';

export interface AuditEvent {
  action: 'read' | 'write';
  operation: string;
  entity: string;
  entityIds: string[];
  /** `refused`: a write that never ran because the request was invalid (denied-attempts.ts). */
  outcome: 'allowed' | 'succeeded' | 'denied' | 'failed' | 'refused';
  detail?: string | null;
}

/** The audit events of one request, written after the response in their own transaction. */
export class AuditTrail {
  private readonly events: AuditEvent[] = [];

  constructor(private readonly caller: Caller) {}

  add(event: AuditEvent): void {
    this.events.push(event);
  }

  get size(): number {
    return this.events.length;
  }

  /**
   * Separate from the request's own unit of work, so a failed write still leaves its audit record. Plain
   * rows in one INSERT (`insertMany`, with other requests' rows: audit-writer.ts), not entities through a
   * unit of work: every read of internal data writes its record, in each instance a view asks, and the
   * unit of work's change sets, hooks and transaction cost 740 against 280 µs of CPU per one-record trail
   * (libsql, 2000 trails, this machine). The kit's NFC rule (nfc-storage.ts) runs on the unit of work's
   * hooks, so it is applied here. Resolves once the records are committed.
   */
  async flush(orm: MikroORM): Promise<void> {
    if (this.events.length === 0) return;
    const who = describeCaller(this.caller);
    const at = new Date();
    const events = this.events.splice(0);
    const rows = events.map((event): AuditRow => ({
      at,
      subject: nfc(who.subject),
      huvudman: who.huvudman,
      roles: who.roles,
      action: event.action,
      operation: event.operation,
      entity: event.entity,
      entityIds: event.entityIds.map((id) => id.normalize('NFC')),
      outcome: event.outcome,
      detail: nfc(event.detail ?? null),
    }));
    try {
      await auditWriterOf(orm).write(rows);
    } catch (error) {
      auditWriteFailures.inc();
      throw error;
    }
    countAudited(events);
  }
}

const nfc = (text: string | null): string | null => text?.normalize('NFC') ?? null;
