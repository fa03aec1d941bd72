import type { MikroORM } from '@mikro-orm/core';
import { describeCaller, type Caller } from '@orebro/huvudman-auth';
import { AuditRecord } from './audit-record.entity';

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

  /** Separate from the request's own unit of work, so a failed write still leaves its audit record. */
  async flush(orm: MikroORM): Promise<void> {
    if (this.events.length === 0) return;
    const em = orm.em.fork();
    const who = describeCaller(this.caller);
    const at = new Date();
    for (const event of this.events.splice(0)) {
      em.create(AuditRecord, { at, ...who, ...event, detail: event.detail ?? null });
    }
    await em.flush();
  }
}
