import { badUserInput } from '@orebro/subgraph-kit';

/**
 * An instance holds data for its own kommun only (its KOMMUN_CODE): a write naming another kommun is
 * refused before anything is read or written. The gateway routes by kommunCode, so this catches a
 * misrouted or direct call. `what` names the write in the message, e.g. "a contribution".
 */
export function requireOwnKommun(ownCode: string, kommunCode: string, what: string): void {
  if (kommunCode !== ownCode) throw badUserInput(`This instance holds data for kommun ${ownCode} only; refused ${what} for ${kommunCode}.`, 'kommunCode');
}
