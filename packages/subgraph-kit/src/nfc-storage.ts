import type { EntityMetadata, EventArgs, EventSubscriber } from '@mikro-orm/core';

/**
 * Stores every text in Unicode NFC, whatever path it came by (a GraphQL write, a seed, an import file or
 * a service called directly): "Ö" typed as O + U+0308 is stored as the one letter Ö, so stored text
 * compares, sorts, searches and deduplicates the same however it was typed. Primary keys are left alone:
 * the services refuse ids that are not plain ASCII slugs or codes, and an entity's key must not change
 * under the identity map.
 */
export class NfcTextSubscriber implements EventSubscriber {
  beforeCreate(args: EventArgs<object>): void {
    toNfc(args.entity as Record<string, unknown>, args.meta);
  }

  beforeUpdate(args: EventArgs<object>): void {
    toNfc(args.entity as Record<string, unknown>, args.meta);
  }
}

function toNfc(entity: Record<string, unknown>, meta: EntityMetadata | undefined): void {
  if (!meta) return;
  for (const prop of meta.props) {
    if (prop.primary) continue;
    const value = entity[prop.name];
    if (typeof value !== 'string') continue;
    const normalised = value.normalize('NFC');
    if (normalised !== value) entity[prop.name] = normalised;
  }
}
