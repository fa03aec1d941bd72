import type { DecisionInput } from '../decisions.service';

/** A decision point as the protocol gives it: on one proposal ("att"-clause), or stated without one. */
export type DecisionSpec = Omit<DecisionInput, 'itemId' | 'proposalId' | 'text' | 'ownerPersonId'> & {
  /** Index into the item's proposals; the decision's text is then that proposal's text. */
  proposal?: number;
  /** The decision's own words, for a decision without a proposal (e.g. "Agendan godkänns"). */
  text?: string;
  /** The owning person's name as on the attendance list. */
  ownerPerson?: string;
};

/** One agenda item of a protocol, with its sub-items, in the written order. */
export interface ItemSpec {
  number?: string;
  title: string;
  summary?: string;
  decisionWording?: string;
  /** Names as on the attendance list; each speaks for the huvudman the list gives. */
  presenters?: string[];
  reportingBodyId?: string;
  proposals?: string[];
  questions?: string[];
  decisions?: DecisionSpec[];
  subItems?: ItemSpec[];
}
