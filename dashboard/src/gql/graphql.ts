/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An amount in whole Swedish kronor (SEK), as a JSON integer; may exceed 32 bits. Never a fraction. */
  Sek: { input: any; output: any; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  join__FieldValue: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** An area (område) grouping a färdplan's goals and activities, e.g. "Samordning och partnerskap". */
export type ActivityArea = {
  __typename?: 'ActivityArea';
  /** The area's activities in document order, optionally one status. */
  activities: Array<PlanActivity>;
  /** The goals (mål) listed under the area. */
  goals: Array<JointPlanGoal>;
  /** The heading the area's table carries in the plan, where it differs from the name. */
  heading?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. "fardplan-nara-vard-2023-2026/samordning-och-partnerskap". */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** What the plan says about the area as a whole (e.g. where its activities are handled); null if nothing. */
  note?: Maybe<Scalars['String']['output']>;
  plan: JointPlan;
};


/** An area (område) grouping a färdplan's goals and activities, e.g. "Samordning och partnerskap". */
export type ActivityAreaActivitiesArgs = {
  status?: InputMaybe<PlanActivityStatus>;
};

/** The uppdragsdirektiv (assignment directive) of an activity. Each field is null where the plan leaves it open. */
export type ActivityDirective = {
  __typename?: 'ActivityDirective';
  /** Uppdrag: what the assignment is. */
  assignment?: Maybe<Scalars['String']['output']>;
  /** Genomförande: how it is to be carried out. */
  execution?: Maybe<Scalars['String']['output']>;
  /** Finansiering: how it is financed. */
  financing?: Maybe<Scalars['String']['output']>;
  /** Uppföljning: how it is followed up. */
  followUp?: Maybe<Scalars['String']['output']>;
  /** Tidsplan: when it is to be done. */
  timeline?: Maybe<Scalars['String']['output']>;
};

/** One follow-up (uppföljning) of an activity. */
export type ActivityFollowUp = {
  __typename?: 'ActivityFollowUp';
  /** Status before. */
  fromStatus: PlanActivityStatus;
  /** What happened, in the secretariat's words. */
  note: Scalars['String']['output'];
  /** When it was recorded (ISO 8601). */
  recordedAt: Scalars['String']['output'];
  /** The huvudman whose secretariat staff recorded it. */
  recordedBy?: Maybe<Huvudman>;
  /** Status after (the same when only a note was recorded). */
  toStatus: PlanActivityStatus;
};

/** Who is responsible for an activity. */
export type ActivityResponsibility = {
  __typename?: 'ActivityResponsibility';
  /** What the responsibility rests on, in words (e.g. the plan's statement). */
  basis?: Maybe<Scalars['String']['output']>;
  /** The responsible body's name for BODY; null otherwise. */
  bodyName?: Maybe<Scalars['String']['output']>;
  /** The responsible huvudmän: every participating huvudman for JOINT, the named ones for HUVUDMAN, none for BODY. */
  huvudmen: Array<Huvudman>;
  kind: ResponsibilityKind;
};

/** An agenda item to add. */
export type AddAgendaItemInput = {
  /** The protocol's decision sentence, e.g. "Chefsgruppen beslutar att godkänna förslaget till beslut.". At most 2000 characters. */
  decisionWording?: InputMaybe<Scalars['String']['input']>;
  /**
   * A key the client chooses for this write (e.g. a UUID). The write adds a new item each time, so one sent
   * again after an unknown outcome (OUTCOME_UNKNOWN) would add a copy; with the same key it answers the
   * first one instead. The same key with other arguments is refused (CONFLICT). At most 100 characters.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The meeting, e.g. "chefsgrupp-2021-05-28". At most 100 characters. */
  meetingId: Scalars['ID']['input'];
  /** The protocol's number, e.g. "6"; required for a top-level item, left out for a part. At most 20 characters. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** For an unnumbered part of an item, that item's id; leave out for a numbered item. At most 100 characters. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Who presents it, in order. */
  presenters?: InputMaybe<Array<PresenterInput>>;
  /** Proposals (förslag till beslut), one per "att"-clause, in order. At most 4000 characters. */
  proposals?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Questions and views raised, as written. At most 4000 characters. */
  questions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A body whose work the item reports, e.g. "lag-suicid". At most 100 characters. */
  reportingBodyId?: InputMaybe<Scalars['ID']['input']>;
  /** The protocol's text for the item; no personnummer. At most 20000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The heading as written. At most 300 characters. */
  title: Scalars['String']['input'];
};

/** A follow-up note to add. */
export type AddDecisionNoteInput = {
  /** The huvudman the note reports for; default the caller's own huvudman. At most 100 characters. */
  authorHuvudmanId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO date of the follow-up; default today. Not in the future, not before the decision was raised. At most 10 characters. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The decision to follow up, e.g. "chefsgrupp-2021-05-28-b03". At most 100 characters. */
  decisionId: Scalars['ID']['input'];
  /** The decision's `version` as last read; a newer one in the store means someone else wrote first (CONFLICT). */
  expectedVersion: Scalars['Int']['input'];
  /** The note; must not contain a personnummer or samordningsnummer. At most 4000 characters. */
  text: Scalars['String']['input'];
};

/** An agenda item (ärende) of a meeting, or an unnumbered part of one. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** The protocol's decision sentence, e.g. "Chefsgruppen beslutar att godkänna förslaget till beslut." */
  decisionWording?: Maybe<Scalars['String']['output']>;
  /** The decision points of this item. */
  decisions: Array<Decision>;
  /** Stable id of the item. */
  id: Scalars['ID']['output'];
  /** The meeting it belongs to. */
  meeting: Meeting;
  /** The protocol's number, e.g. "6"; null for a sub-item, which the protocol does not number. */
  number?: Maybe<Scalars['String']['output']>;
  /** For a sub-item, the item it belongs to. */
  parent?: Maybe<AgendaItem>;
  /** Order among its siblings. */
  position: Scalars['Int']['output'];
  /** Who presented it (föredragande) and for which huvudman. */
  presenters: Array<Presenter>;
  /** Proposals (förslag till beslut), one per "att"-clause, as written. */
  proposals: Array<Proposal>;
  /** Questions and views raised (frågor/synpunkter), as written. */
  questions: Array<Scalars['String']['output']>;
  /** A body whose work the item reports, e.g. a LAG presenting its analysis. */
  reportingBody?: Maybe<Body>;
  /** The item's unnumbered parts, in order. */
  subItems: Array<AgendaItem>;
  /** The protocol's text for the item, as written (Swedish, paragraphs separated by blank lines). */
  summary?: Maybe<Scalars['String']['output']>;
  /** The heading as written, e.g. "Patientsäkerhet – uppföljning av konferensdag med socialstyrelsen". */
  title: Scalars['String']['output'];
};

/** An agreement (överenskommelse, ÖK) between huvudmän. */
export type Agreement = {
  __typename?: 'Agreement';
  /** The decision that adopted it; null where the documents do not record one. */
  adoptedBy?: Maybe<Decision>;
  /** The body that adopted it; null where the documents do not say. */
  adoptedByBody?: Maybe<Body>;
  /** What the documents say about it (Swedish). */
  description: Scalars['String']['output'];
  /** Agenda items that handled it. */
  discussedIn: Array<AgendaItem>;
  /** Stable id, e.g. "utskrivning", "nutritionsvardsprocessen". */
  id: Scalars['ID']['output'];
  /** Whether it is in force on `asOf` (ISO date, default today in Sweden); null when validFrom is unknown. */
  inForce?: Maybe<Scalars['Boolean']['output']>;
  /** The law it implements, e.g. "Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård". */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** When that law came into force (ISO date). */
  legalBasisInForceFrom?: Maybe<Scalars['String']['output']>;
  /** Name as in the documents, e.g. "Gemensam överenskommelse för nutritionsvårdsprocessen". */
  name: Scalars['String']['output'];
  /** The parties (parter), by huvudman id. */
  parties: Array<Huvudman>;
  /** True when the documents do not name the parties and they are recorded as the region and all twelve kommuner. */
  partiesUnverified: Scalars['Boolean']['output'];
  /** The documents it comes from. */
  source: Scalars['String']['output'];
  /** Where it stands according to the latest document. */
  stage: AgreementStage;
  /** The document's words the stage rests on. */
  stageBasis: Scalars['String']['output'];
  /** First day in force (ISO date); null where the documents do not say. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Last day in force (ISO date); null when open-ended or not stated. */
  validTo?: Maybe<Scalars['String']['output']>;
};


/** An agreement (överenskommelse, ÖK) between huvudmän. */
export type AgreementInForceArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** Where an agreement stands, according to the latest document that mentions it. */
export type AgreementStage =
  /** No longer in force. */
  | 'ENDED'
  /** In force (gäller). */
  | 'IN_FORCE'
  /** Being drawn up (tas fram). */
  | 'IN_PREPARATION'
  /** In force and being reviewed (översyn). */
  | 'UNDER_REVIEW';

/** One name on a meeting's attendance list. */
export type Attendance = {
  __typename?: 'Attendance';
  /** The huvudman the person is listed for. */
  huvudman: Huvudman;
  /** The seat the person holds in the body; null for a guest. */
  membership?: Maybe<Membership>;
  /** A remark as written, e.g. "till ca kl 15" or "ers Ewa-Lena". */
  note?: Maybe<Scalars['String']['output']>;
  /** Who is listed. */
  person: Person;
  /** False for a name struck through on the list (absent). */
  present: Scalars['Boolean']['output'];
  /** What the list writes beside the name, e.g. "USÖ - Medicin och Rehab" or "Askersund". */
  representing: Scalars['String']['output'];
  /** Their role at the meeting. */
  role: AttendanceRole;
};

/** One name on an attendance list. */
export type AttendanceInput = {
  /** The huvudman the person is listed for. At most 100 characters. */
  huvudmanId: Scalars['ID']['input'];
  /** A remark as written, e.g. "till ca kl 15"; no personnummer. At most 255 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A registered person's id, e.g. "stina-engelheart". At most 100 characters. */
  personId: Scalars['ID']['input'];
  /** False for a name struck through on the list (absent). */
  present: Scalars['Boolean']['input'];
  /** What the list writes beside the name, e.g. "Askersund". At most 200 characters. */
  representing: Scalars['String']['input'];
  /** Their role at the meeting; GUEST for someone without a seat in the body. */
  role: AttendanceRole;
};

/** A role at a meeting: a member's role, or a guest who presents an item. */
export type AttendanceRole =
  /** A deputy (ersättare). */
  | 'DEPUTY'
  /** A guest presenting an item (föredragande), not a member. */
  | 'GUEST'
  /** A member representing their huvudman. */
  | 'MEMBER'
  /** The secretary (sekreterare). */
  | 'SECRETARY'
  /** The body's own support, listed apart from the huvudmän's representatives. */
  | 'SUPPORT';

/**
 * One audited event (loggning): a write, or a read of internal data, in this subgraph. Holds who,
 * what, when and the outcome; never a token.
 */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** read or write. */
  action: Scalars['String']['output'];
  /** When, as an ISO timestamp. */
  at: Scalars['String']['output'];
  /** The error code of a denied, failed or refused request (never the request's own text). */
  detail?: Maybe<Scalars['String']['output']>;
  /** The kind of record touched. */
  entity: Scalars['String']['output'];
  /** The ids of the records touched, as far as the request names them. */
  entityIds: Array<Scalars['String']['output']>;
  /** The caller's huvudman. */
  huvudman?: Maybe<Scalars['String']['output']>;
  /** The GraphQL field, e.g. Mutation.reportPopulation. */
  operation: Scalars['String']['output'];
  /** allowed or denied (reads); succeeded, denied or failed (writes), or refused: a write that never ran because the request was invalid (unknown field or argument, wrong variable type, a query limit). */
  outcome: Scalars['String']['output'];
  roles: Array<Scalars['String']['output']>;
  /** The caller's subject at the identity provider; null for an anonymous caller. */
  subject?: Maybe<Scalars['String']['output']>;
};

/**
 * One owner's staff and costs for one co-owned service, as `CoOwnedService.balance` needs them. Only the
 * gateway asks for these (to complete `balance`, which declares @requires on them); they are not part of the
 * public graph (@inaccessible). For a caller who may not read internal figures they are withheld without an
 * error (`withheld` true, lists empty): the one denial is then `balance`'s own, at the path the caller asked
 * for, rather than one per owner at fields the caller never selected.
 */
export type BalanceFigures = {
  __typename?: 'BalanceFigures';
  /** Costs the owner paid for the service, per year; empty when withheld. */
  costs: Array<CostContribution>;
  /** The reporting owner: "18" for the region, a kommun's SCB code. */
  huvudmanId: Scalars['ID']['output'];
  /** The co-owned service reported on. */
  serviceId: Scalars['ID']['output'];
  /** Staff the owner puts into the service, by role; empty when withheld. */
  staff: Array<StaffContribution>;
  /** True when the caller may not read the figures (not staff of a participating huvudman); the lists are then empty. */
  withheld: Scalars['Boolean']['output'];
};

/** An uppdrag (assignment) the nämnd gives in its verksamhetsplan, e.g. nr 12 to the beredning för närsjukvård. */
export type BoardAssignment = {
  __typename?: 'BoardAssignment';
  /** Who the plan gives it to, by name, e.g. "Hälso- och sjukvårdsförvaltningen" or a beredning. */
  assignee: Scalars['String']['output'];
  /** The beredning(ar) that follow the uppdrag; empty where the plan names none. */
  followedBy: Array<PreparatoryCommittee>;
  /** Stable id, e.g. "hsn-verksamhetsplan-2024/uppdrag-12". */
  id: Scalars['ID']['output'];
  /** The joint plan (in the samverkan subgraph) the uppdrag follows, where it names one (nr 12: the färdplan för nära vård). */
  jointPlan?: Maybe<JointPlan>;
  /** Nr 1–19 in the plan. */
  number: Scalars['Int']['output'];
  /** Its lettered parts (a, b, c …) where the plan lists them; empty otherwise. */
  parts: Array<BoardAssignmentPart>;
  /** The perspektiv the plan files it under; empty for the beredningar's uppdrag, which the plan files under none. */
  perspectives: Array<OperationalPerspective>;
  status: BoardAssignmentStatus;
  /** Status reports, oldest first. */
  statusChanges: Array<BoardAssignmentStatusChange>;
  /** The uppdrag as worded in the plan. */
  text: Scalars['String']['output'];
  /** Increases with every status report; pass it as expectedVersion when reporting next. */
  version: Scalars['Int']['output'];
};

/** A lettered part of an uppdrag. */
export type BoardAssignmentPart = {
  __typename?: 'BoardAssignmentPart';
  /** a, b, c … */
  letter: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** Where an uppdrag stands. */
export type BoardAssignmentStatus =
  /** Givet: given in the plan, nothing reported yet. */
  | 'ASSIGNED'
  /** Avslutat utan att genomföras. */
  | 'CANCELLED'
  /** Slutfört/återrapporterat to the nämnd. */
  | 'DONE'
  /** Pågår: under way (seeded where the uppdrag says to continue work already under way). */
  | 'IN_PROGRESS';

/** A status report on an uppdrag. */
export type BoardAssignmentStatusChange = {
  __typename?: 'BoardAssignmentStatusChange';
  fromStatus: BoardAssignmentStatus;
  note: Scalars['String']['output'];
  /** When it was recorded (ISO 8601). */
  recordedAt: Scalars['String']['output'];
  /** The same as fromStatus when only a note was recorded. */
  toStatus: BoardAssignmentStatus;
};

/** A joint body (samverkansorgan). */
export type Body = {
  __typename?: 'Body';
  /** Its decisions in protocol order; optionally only some statuses. */
  decisions: Array<Decision>;
  /** What the documents say the body is and does (Swedish). */
  description: Scalars['String']['output'];
  /** Stable id, e.g. "chefsgrupp", "lansdelsgrupp-norr", "lag-suicid". */
  id: Scalars['ID']['output'];
  /** What kind of body it is. */
  kind: BodyKind;
  /** For a länsdelsgrupp, its länsdel. */
  lansdel?: Maybe<Lansdel>;
  /** Its meetings, held and planned, oldest first. */
  meetings: Array<Meeting>;
  /** Its seats, in the documents' order; with `asOf`, only seats held on that ISO date. */
  members: Array<Membership>;
  /** Full name as in the documents, e.g. "Chefsgrupp för samverkan social välfärd samt vård och omsorg". */
  name: Scalars['String']['output'];
  /** Its decisions still to be done: PROPOSED, DECIDED or IN_PROGRESS. */
  openDecisions: Array<Decision>;
  /** True for a political body, false for officials; null where the documents do not say. */
  political?: Maybe<Scalars['Boolean']['output']>;
  /** How this body relates to others, in either direction. */
  relations: Array<BodyRelation>;
  /** Short name as used in the documents, e.g. "Chefsgruppen". */
  shortName: Scalars['String']['output'];
  /** Where the documents describe the body. */
  source: Scalars['String']['output'];
};


/** A joint body (samverkansorgan). */
export type BodyDecisionsArgs = {
  statuses?: InputMaybe<Array<DecisionStatus>>;
};


/** A joint body (samverkansorgan). */
export type BodyMembersArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of body (samverkansorgan). */
export type BodyKind =
  /** A samverkansråd. */
  | 'COUNCIL'
  /** The group of a länsdel (länsdelsgrupp). */
  | 'LANSDEL_GROUP'
  /** A chefsgrupp of officials (tjänstemannagrupp). */
  | 'MANAGEMENT_GROUP'
  /** A network (nätverk), e.g. KCRD. */
  | 'NETWORK'
  /** A local working group (lokal arbetsgrupp, LAG). */
  | 'WORKING_GROUP';

/** A relation between two bodies, with the words of the document that states it. */
export type BodyRelation = {
  __typename?: 'BodyRelation';
  /** The document's words, e.g. "Till rådet är ett tjänstemannastöd knutet i form av en Chefsgrupp ...". */
  basis: Scalars['String']['output'];
  /** The body the relation starts from (e.g. the one that supports). */
  from: Body;
  /** How the first body stands to the second. */
  kind: BodyRelationKind;
  /** The document that states it. */
  source: Scalars['String']['output'];
  /** The body the relation points to (e.g. the one supported). */
  to: Body;
};

/** How one body stands to another. */
export type BodyRelationKind =
  /** The first body gives the second its assignments (uppdrag). */
  | 'ASSIGNS_TO'
  /** The first body reports its work to the second (redovisar). */
  | 'REPORTS_TO'
  /** The first body supports the second (stöd), e.g. the Chefsgrupp supports Specifika samverkansrådet. */
  | 'SUPPORTS';

/** An owner's part of a year's budget: budget × share, rounded to whole kronor so the parts add up exactly. */
export type BudgetPart = {
  __typename?: 'BudgetPart';
  /** This owner's part of the year's budget, whole SEK. */
  amountSek: Scalars['Sek']['output'];
  /** Always true: computed from the budget and the agreed shares, not a figure of its own. */
  computed: Scalars['Boolean']['output'];
  /** True when the budget or the share it is computed from is example data. */
  isExample: Scalars['Boolean']['output'];
  /** The budget year. */
  year: Scalars['Int']['output'];
};

/**
 * Who may share a cached answer: PUBLIC answers are the same for every anonymous caller; PRIVATE ones
 * depend on the caller and are never cached by the gateway.
 */
export type CacheControlScope =
  /** Depends on the caller (internal data): never cached. */
  | 'PRIVATE'
  /** The same for every caller: may be cached for anonymous callers. */
  | 'PUBLIC';

/** A change of a decision's status, with the note that explains it. */
export type ChangeDecisionStatusInput = {
  /** The huvudman the note reports for; default the caller's own huvudman. At most 100 characters. */
  authorHuvudmanId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO date of the change; default today. Not in the future, not before the decision was raised. At most 10 characters. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The decision to move, e.g. "chefsgrupp-2021-05-28-b03". At most 100 characters. */
  decisionId: Scalars['ID']['input'];
  /** The decision's `version` as last read; a newer one in the store means someone else wrote first (CONFLICT). */
  expectedVersion: Scalars['Int']['input'];
  /** Why; must not contain a personnummer or samordningsnummer. At most 4000 characters. */
  note: Scalars['String']['input'];
  /** The status to move to. */
  status: DecisionStatus;
};

/** A co-owned service (samägd verksamhet) of Region Örebro län and one or more kommuner. */
export type CoOwnedService = {
  __typename?: 'CoOwnedService';
  /** Name of the agreement (överenskommelse) the service rests on; null when not given. */
  agreement?: Maybe<Scalars['String']['output']>;
  /**
   * Agreed share against actual contribution per owner for one year: each owner's agreed part of the
   * budget against the costs it reported in its own subgraph, and its agreed share against its actual share
   * of all owners' costs and average FTE. An owner whose figures are missing (not reported, or its subgraph
   * unavailable: see the errors) shows `reported: false` and nulls, never zeros.
   * Access: internal (staff of a participating huvudman).
   */
  balance?: Maybe<ServiceBalance>;
  /** The agreed budget of one year; null when none is set. */
  budget?: Maybe<ServiceBudget>;
  /** The agreed budget per year, oldest first. */
  budgets: Array<ServiceBudget>;
  /** The huvudman that employs the service's own staff (arbetsgivare); null when the documents do not say. */
  employer?: Maybe<Huvudman>;
  /** When the service ends or ended, same format; null while it runs. */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** Project, pilot or permanent; null when the documents do not say. */
  form?: Maybe<ServiceForm>;
  /** Decisions to fund this service with grant money, oldest first. */
  fundingDecisions: Array<GrantDecision>;
  /** Name of the body that governs the service (e.g. "Chefsgrupp för samverkan social välfärd samt vård och omsorg"); null when not given. */
  governingBody?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. "dietist-direkt". */
  id: Scalars['ID']['output'];
  /** What the service does. */
  kind: CoOwnedServiceKind;
  /**
   * Each kommun's staff and costs as `balance` needs them, from that kommun's own instance (empty for a kommun
   * that has reported nothing for the service). Not part of the public graph: only the gateway asks for it, to
   * complete `balance`.
   */
  kommunBalanceFigures?: Maybe<Array<BalanceFigures>>;
  /**
   * Each kommun's own report on this service, from that kommun's own instance (empty for a kommun that has
   * reported nothing for it). When an instance is unavailable its report is missing and the answer carries
   * a HUVUDMAN_UNAVAILABLE error naming the kommun; null only when no kommun instance answered.
   */
  kommunContributions?: Maybe<Array<OwnerContribution>>;
  /** The länsdelar the service covers. */
  lansdelar: Array<Lansdel>;
  /**
   * Who leads the service and who takes part in leading it (samleder), as the documents state it: those who
   * lead first, then those who take part, each in huvudman-id order. Empty when the documents do not say.
   * Separate from `owners`: the färdplan speaks of services the huvudmän co-own and/or co-lead, and a
   * document can name who leads without giving any share.
   */
  leadership: Array<ServiceLeadership>;
  /** Name as in the documents, e.g. "Mobilt närsjukvårdsteam Örebro". */
  name: Scalars['String']['output'];
  /** The owners (huvudmän) with their agreed shares, which add up to 100 %; the region first, then kommuner by code. */
  owners: Array<ServiceOwnership>;
  /** The period in words where the documents say more, e.g. "projekt från 2017, permanent från juni 2019". */
  periodNote?: Maybe<Scalars['String']['output']>;
  /** What the service is for (syfte), in the documents' words. */
  purpose: Scalars['String']['output'];
  /**
   * The region's staff and costs as `balance` needs them; null when it has reported nothing for the service.
   * Not part of the public graph: only the gateway asks for it, to complete `balance`.
   */
  regionBalanceFigures?: Maybe<BalanceFigures>;
  /**
   * Region Örebro län's own report on this service; null when the region has reported nothing for it, or when
   * the region's subgraph did not answer (then the errors name it: HUVUDMAN_UNAVAILABLE, huvudman "18").
   */
  regionContribution?: Maybe<OwnerContribution>;
  /** Where the facts about the service come from. */
  source: Scalars['String']['output'];
  /** When the service started, at the precision the documents give: "2017", "2019-06" or "2022-01-01". */
  startsOn?: Maybe<Scalars['String']['output']>;
};


/** A co-owned service (samägd verksamhet) of Region Örebro län and one or more kommuner. */
export type CoOwnedServiceBalanceArgs = {
  year: Scalars['Int']['input'];
};


/** A co-owned service (samägd verksamhet) of Region Örebro län and one or more kommuner. */
export type CoOwnedServiceBudgetArgs = {
  year: Scalars['Int']['input'];
};

/** A co-owned service with its owners' shares. Access: the secretariat role. */
export type CoOwnedServiceInput = {
  /** Name of the agreement (överenskommelse) the service rests on. At most 200 characters. */
  agreement?: InputMaybe<Scalars['String']['input']>;
  /** Id of the employing huvudman, e.g. "18". At most 100 characters. */
  employerId?: InputMaybe<Scalars['ID']['input']>;
  /** When the service ends, same format as startsOn; not before it. At most 10 characters. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** Project, pilot or permanent; leave out when the documents do not say. */
  form?: InputMaybe<ServiceForm>;
  /** Name of the governing body. At most 200 characters. */
  governingBody?: InputMaybe<Scalars['String']['input']>;
  /** Lower-case words joined by hyphens, e.g. "hemtagningsteam-kumla"; an existing id replaces that service. At most 100 characters. */
  id: Scalars['ID']['input'];
  /** What the service does. */
  kind: CoOwnedServiceKind;
  /** Ids of the länsdelar the service covers, e.g. ["orebro"]. At most 100 characters. */
  lansdelIds: Array<Scalars['ID']['input']>;
  /**
   * Who leads the service and who takes part in leading it; leave out when the documents do not say. Each
   * huvudman once; a list that names anyone names at least one who leads (LEADS).
   */
  leadership?: InputMaybe<Array<ServiceLeadershipInput>>;
  /** Name as in the documents. At most 200 characters. */
  name: Scalars['String']['input'];
  /** The owners and their shares; the shares must add up to exactly 100 %. */
  owners: Array<OwnerShareInput>;
  /** The period in words, where the documents say more. At most 2000 characters. */
  periodNote?: InputMaybe<Scalars['String']['input']>;
  /** What the service is for (syfte). At most 2000 characters. */
  purpose: Scalars['String']['input'];
  /** True when the shares are invented for demonstration. */
  sharesAreExample: Scalars['Boolean']['input'];
  /** Where the shares come from ("Exempeldata" for invented shares). At most 255 characters. */
  sharesSource: Scalars['String']['input'];
  /** Where the facts about the service come from. At most 255 characters. */
  source: Scalars['String']['input'];
  /** "2017", "2019-06" or "2022-01-01". At most 10 characters. */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

/** What a co-owned service does. */
export type CoOwnedServiceKind =
  /** Hemtagningsteam: support at discharge from hospital to home. */
  | 'DISCHARGE_TEAM'
  /** Familjecentral: mödra- and barnhälsovård, öppen förskola and socialtjänst together. */
  | 'FAMILY_CENTRE'
  /** Första linjen / en väg in for children and youth with mental ill-health. */
  | 'FIRST_LINE_CHILD_YOUTH'
  /** Sammanhållen hemrehabilitering. */
  | 'HOME_REHABILITATION'
  /** Mellanvård, rehabilitation and assessment places (e.g. Tullhuset). */
  | 'INTERMEDIATE_CARE'
  /** Mobilt närsjukvårdsteam: region and kommun give care in the home together. */
  | 'MOBILE_CARE_TEAM'
  /** Support in the nutrition care process (e.g. dietist direkt). */
  | 'NUTRITION_SUPPORT';

/** What an owner paid for a service in one year. Access: internal (staff of a participating huvudman). */
export type CostContribution = {
  __typename?: 'CostContribution';
  /** What the owner paid, whole SEK. */
  amountSek: Scalars['Sek']['output'];
  /** True when invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** Where the figure comes from. */
  source: Scalars['String']['output'];
  /** The year the cost was paid. */
  year: Scalars['Int']['output'];
};

/** A cost paid in one year. */
export type CostContributionInput = {
  /** Whole kronor, non-negative. */
  amountSek: Scalars['Sek']['input'];
  /** The year the cost was paid (2000–2100). */
  year: Scalars['Int']['input'];
};

/** A genomsyrande perspektiv (cross-cutting perspective), e.g. "Delaktighet". */
export type CrossCuttingPerspective = {
  __typename?: 'CrossCuttingPerspective';
  /** The plan's text on the perspective (sentences quoted from it). */
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 1-based position in the plan. */
  number: Scalars['Int']['output'];
};

/** A decision point (beslut) of a body, with its owner and follow-up. */
export type Decision = {
  __typename?: 'Decision';
  /** An addition the body made to the proposal when deciding (tillägg). */
  addition?: Maybe<Scalars['String']['output']>;
  /** The agreements this decision adopted. */
  adoptsAgreements: Array<Agreement>;
  /** Days from decidedOn (or raisedOn while PROPOSED) to `asOf` (ISO date, default today in Sweden); null when asOf is earlier. */
  ageInDays?: Maybe<Scalars['Int']['output']>;
  /** The body that decided. */
  body: Body;
  /** A condition the decision depends on, as written. */
  condition?: Maybe<Scalars['String']['output']>;
  /** The body the condition depends on, e.g. LAG suicid. */
  conditionBody?: Maybe<Body>;
  /** ISO date it was decided; null while PROPOSED. */
  decidedOn?: Maybe<Scalars['String']['output']>;
  /** ISO date set by the decision; null where it sets none. */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** `<meeting id>-b<n>`, e.g. "chefsgrupp-2021-05-28-b03". */
  id: Scalars['ID']['output'];
  /** The agenda item (or part of one) it belongs to. */
  item: AgendaItem;
  /** ISO date of the latest follow-up note. */
  lastNoteOn?: Maybe<Scalars['String']['output']>;
  /** The meeting that raised it. */
  meeting: Meeting;
  /** Follow-up notes, oldest first. */
  notes: Array<DecisionNote>;
  /** A body responsible for carrying it out, where that is a body. */
  ownerBody?: Maybe<Body>;
  /** The owner in the protocol's words, e.g. "Nutritionscontroller i Region Örebro län". */
  ownerDescription?: Maybe<Scalars['String']['output']>;
  /** The huvudman responsible for carrying it out, where the decision names one. */
  ownerHuvudman?: Maybe<Huvudman>;
  /** The person responsible, where the decision names one. */
  ownerPerson?: Maybe<Person>;
  /** The proposal it decides; null for a decision stated without one (e.g. approving the agenda). */
  proposal?: Maybe<Proposal>;
  /** ISO date of the meeting that raised it. */
  raisedOn: Scalars['String']['output'];
  /** Where it stands; see DecisionStatus. */
  status: DecisionStatus;
  /** What was decided, as written. */
  text: Scalars['String']['output'];
  /** When, in the protocol's words, e.g. "under hösten 2021". */
  timeframe?: Maybe<Scalars['String']['output']>;
  /** Increases with every change; send it back as `expectedVersion` when writing. */
  version: Scalars['Int']['output'];
};


/** A decision point (beslut) of a body, with its owner and follow-up. */
export type DecisionAgeInDaysArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A follow-up note (uppföljning) on a decision. */
export type DecisionNote = {
  __typename?: 'DecisionNote';
  /** The huvudman the note reports for. */
  authorHuvudman: Huvudman;
  /** ISO date of the follow-up. */
  date: Scalars['String']['output'];
  /** Stable id of the note. */
  id: Scalars['ID']['output'];
  /**
   * The identity-provider subject of whoever recorded the note.
   * Access: internal (staff of a participating huvudman).
   */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** For a change of status, the status before. */
  statusFrom?: Maybe<DecisionStatus>;
  /** For a change of status, the status after. */
  statusTo?: Maybe<DecisionStatus>;
  /** What the follow-up says. */
  text: Scalars['String']['output'];
};

/** Where a decision stands. */
export type DecisionStatus =
  /** Withdrawn or not to be carried out (final). */
  | 'CANCELLED'
  /** Decided; no follow-up recorded yet. */
  | 'DECIDED'
  /** Carried out (final). */
  | 'DONE'
  /** Being carried out. */
  | 'IN_PROGRESS'
  /** Proposed, not yet decided. */
  | 'PROPOSED';

/**
 * A deviation in samverkan: a joint entity (like a co-owned service) because its records have several owners,
 * the reporter and each concerned huvudman. Each kommun instance adds its own records as lists.
 */
export type Deviation = {
  __typename?: 'Deviation';
  /** The deviation's id, e.g. "1881-6f1c…". */
  id: Scalars['ID']['output'];
  /** The report, when this kommun reported the deviation (a list, so every instance's answer can be joined). Access: internal. */
  kommunReports?: Maybe<Array<DeviationReport>>;
  /** This kommun's response, when it is concerned and has responded (a list, joined over every instance). Access: internal. */
  kommunResponses?: Maybe<Array<DeviationResponse>>;
  /** The joint process the report names; null while the report is unknown. */
  process?: Maybe<JointProcess>;
  /** The report, when the region reported the deviation; else null. Access: internal. */
  regionReport?: Maybe<DeviationReport>;
  /** The region's response, when it is concerned and has responded; else null. Access: internal. */
  regionResponse?: Maybe<DeviationResponse>;
  /**
   * The report, from the reporter's own subgraph; null when that subgraph did not answer (the errors then name
   * it, HUVUDMAN_UNAVAILABLE) or holds no such deviation.
   */
  report?: Maybe<DeviationReport>;
  /** The reporting huvudman (from the id). */
  reporter: Huvudman;
  /**
   * The concerned huvudmän's responses, each from its own subgraph, in register order. Only responses by a
   * huvudman the report names as concerned are joined.
   */
  responses: Array<DeviationResponse>;
  /** The risks in joint risk analyses this deviation is linked to. */
  risks: Array<JointRisk>;
};

/** A change to a deviation's content, while it is not CLOSED or WITHDRAWN. Only the fields given change. */
export type DeviationChangeInput = {
  /** The huvudmän it concerns; replaces the list. Each id: At most 4 characters. */
  concernedHuvudmanIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What happened, without personal data. At most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The day it happened (YYYY-MM-DD). At most 10 characters. */
  occurredOn?: InputMaybe<Scalars['String']['input']>;
  /** Code of the joint process. At most 60 characters. */
  processCode?: InputMaybe<Scalars['ID']['input']>;
  /** Version of the process. */
  processVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The day by which each concerned huvudman should respond (YYYY-MM-DD). At most 10 characters. */
  responseDueOn?: InputMaybe<Scalars['String']['input']>;
  /** How serious it is. */
  severity?: InputMaybe<DeviationSeverity>;
};

/** A deviation in samverkan (avvikelse i samverkan) to report. No personal data in any text. */
export type DeviationInput = {
  /** The huvudmän it concerns: "18" for the region, kommun SCB codes; one or more, never the reporter itself. Each id: At most 4 characters. */
  concernedHuvudmanIds: Array<Scalars['ID']['input']>;
  /**
   * What happened, in free text (2–4 000 characters) without personal data: a personnummer or
   * samordningsnummer is refused. At most 4000 characters.
   */
  description: Scalars['String']['input'];
  /** True for a deviation invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** The day it happened (YYYY-MM-DD); not in the future. At most 10 characters. */
  occurredOn: Scalars['String']['input'];
  /** Code of the joint process in samverkan's list (`jointProcesses`), e.g. "utskrivning". At most 60 characters. */
  processCode: Scalars['ID']['input'];
  /** Version of that process; it must have been in force on `occurredOn`. Defaults to the version in force then. */
  processVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The day by which each concerned huvudman should respond (YYYY-MM-DD); defaults to 30 days after reporting. At most 10 characters. */
  responseDueOn?: InputMaybe<Scalars['String']['input']>;
  /** How serious it is. */
  severity: DeviationSeverity;
  /** Where the record comes from; defaults to the reporting huvudman's staff. "Exempeldata" marks example data. At most 255 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One huvudman's own deviation records for a period, as `DeviationOverview`'s views need them. Only the gateway
 * asks for these (the views declare @requires on them); not part of the public graph. For a caller who may not
 * read internal records they are withheld without an error (`withheld` true, lists empty), so the one denial is
 * the view's own.
 */
export type DeviationLedgerPart = {
  __typename?: 'DeviationLedgerPart';
  /** The huvudman whose records these are. */
  huvudmanId: Scalars['ID']['output'];
  /** The kommun's latest population (folkmängd) in or before the period's last year; null for the region. */
  population?: Maybe<Scalars['Int']['output']>;
  /** The year of `population`; null when there is none. */
  populationYear?: Maybe<Scalars['Int']['output']>;
  /** Deviations this huvudman reported that occurred in the period. */
  reports: Array<DeviationReport>;
  /** Every response this huvudman recorded (the view keeps those to deviations in the period). */
  responses: Array<DeviationResponse>;
  /** True when the caller may not read them; the lists are then empty. */
  withheld: Scalars['Boolean']['output'];
};

/** The län-wide deviation views for a period; each kommun instance adds its own records. */
export type DeviationOverview = {
  __typename?: 'DeviationOverview';
  /**
   * Number of deviations per pair of huvudmän (reporter → concerned) and month: a deviation concerning two
   * huvudmän counts once for each pair. Ordered by reporter, concerned, month.
   */
  byPair: Array<DeviationPairCount>;
  /** Number of deviations per joint process and month (months with none left out), by process code then month. */
  byProcess: Array<DeviationProcessCount>;
  /** True when every huvudman answered. */
  complete: Scalars['Boolean']['output'];
  /** First month (YYYY-MM). */
  fromMonth: Scalars['String']['output'];
  /** This kommun's records for the period, for the views to require (one item, its own). */
  kommunDeviationParts?: Maybe<Array<DeviationLedgerPart>>;
  /** Huvudmän whose subgraph did not answer: their records are missing from every figure, in register order. */
  missing: Array<Huvudman>;
  /**
   * Deviations of the period still open past their response date: one row per concerned huvudman that has not
   * closed its response, oldest due date first. `asOf` (YYYY-MM-DD) is the day judged; today when left out.
   */
  openPastDue: Array<DeviationPastDue>;
  /**
   * Deviations reported by each kommun in the period per 10 000 inhabitants (population from the kommun's own
   * instance), and the region's per 10 000 inhabitants of the län (the sum of the kommuner's populations, only
   * when every kommun answered). In register order.
   */
  perTenThousand: Array<DeviationRate>;
  /** The region's records for the period, for the views to require. */
  regionDeviationPart?: Maybe<DeviationLedgerPart>;
  /**
   * Time to response per concerned huvudman: days from a deviation's report to that huvudman's first recorded
   * response, over the period's deviations that concern it. In register order.
   */
  responseTimes: Array<DeviationResponseTime>;
  /** Last month (YYYY-MM). */
  toMonth: Scalars['String']['output'];
};


/** The län-wide deviation views for a period; each kommun instance adds its own records. */
export type DeviationOverviewOpenPastDueArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** Deviations one huvudman reported concerning another, in one month. */
export type DeviationPairCount = {
  __typename?: 'DeviationPairCount';
  /** The concerned huvudman. */
  concerned: Huvudman;
  /** How many. */
  count: Scalars['Int']['output'];
  /** The month (YYYY-MM) the deviations occurred in. */
  month: Scalars['String']['output'];
  /** The reporting huvudman. */
  reporter: Huvudman;
};

/** A deviation open past its response date at one concerned huvudman. */
export type DeviationPastDue = {
  __typename?: 'DeviationPastDue';
  /** The concerned huvudman that has not closed its response. */
  concerned: Huvudman;
  /** Whole days past the response date on `asOf`. */
  daysOverdue: Scalars['Int']['output'];
  /** The deviation (its report and responses resolve through the graph). */
  deviation: Deviation;
  /** True when the concerned huvudman has started investigating (a response is recorded, not closed). */
  investigating: Scalars['Boolean']['output'];
  /** The day it happened. */
  occurredOn: Scalars['String']['output'];
  /** The joint process's code. */
  processCode: Scalars['ID']['output'];
  /** The reporting huvudman. */
  reporter: Huvudman;
  /** The response date passed. */
  responseDueOn: Scalars['String']['output'];
  /** How serious it is. */
  severity: DeviationSeverity;
};

/** Deviations in one joint process and month. */
export type DeviationProcessCount = {
  __typename?: 'DeviationProcessCount';
  /** How many occurred, over the huvudmän that answered. */
  count: Scalars['Int']['output'];
  /** The month (YYYY-MM) the deviations occurred in. */
  month: Scalars['String']['output'];
  /** The process. */
  process: JointProcess;
};

/** Deviations a huvudman reported in the period, per 10 000 inhabitants. */
export type DeviationRate = {
  __typename?: 'DeviationRate';
  /** The reporting huvudman. */
  huvudman: Huvudman;
  /** Reported per 10 000 inhabitants, one decimal; null when the count or the population is unknown. */
  perTenThousand?: Maybe<Scalars['Float']['output']>;
  /** The population used: the kommun's own figure, or for the region the sum of all kommuner; null when unknown. */
  population?: Maybe<Scalars['Int']['output']>;
  /** The year of the population figure. */
  populationYear?: Maybe<Scalars['Int']['output']>;
  /** How many it reported; null when its subgraph did not answer (unknown, not zero). */
  reported?: Maybe<Scalars['Int']['output']>;
};

/**
 * A deviation in samverkan (avvikelse i samverkan) as its reporter stores it, in its own subgraph. Holds no
 * personal data: the description is refused when it contains a personnummer or samordningsnummer.
 * Access: internal (staff of a participating huvudman); every read is audited by the reporter's subgraph.
 */
export type DeviationReport = {
  __typename?: 'DeviationReport';
  /** The huvudmän it concerns (who must respond), in id order; never the reporter itself. */
  concernedHuvudmanIds: Array<Scalars['ID']['output']>;
  /** What happened, in free text without personal data. */
  description: Scalars['String']['output'];
  /** The deviation's id, e.g. "1881-6f1c…": the reporter's id, a dash, and a unique suffix. */
  deviationId: Scalars['ID']['output'];
  /** True for a deviation invented for demonstration. */
  isExample: Scalars['Boolean']['output'];
  /** The day the deviation happened (YYYY-MM-DD). */
  occurredOn: Scalars['String']['output'];
  /** Code of the joint process it belongs to (samverkan's list), e.g. "utskrivning". */
  processCode: Scalars['ID']['output'];
  /** Version of that process in samverkan's list. */
  processVersion: Scalars['Int']['output'];
  /** When it was reported (ISO 8601, UTC). */
  reportedAt: Scalars['String']['output'];
  /** The reporting huvudman: "18" for the region, a kommun's SCB code. */
  reporterId: Scalars['ID']['output'];
  /** The day by which each concerned huvudman should have responded (YYYY-MM-DD). */
  responseDueOn: Scalars['String']['output'];
  /** How serious it is. */
  severity: DeviationSeverity;
  /** Where the record comes from: "Exempeldata" for example data, else the reporting huvudman's staff. */
  source: Scalars['String']['output'];
  /** Where it stands at the reporter. */
  status: DeviationStatus;
  /** When it was last changed (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; send it back as `expectedVersion` to change the deviation. */
  version: Scalars['Int']['output'];
};

/**
 * A concerned huvudman's response to a deviation (its investigation, measures and closing), stored in the
 * concerned huvudman's own subgraph. Access: internal (staff of a participating huvudman), reads audited.
 */
export type DeviationResponse = {
  __typename?: 'DeviationResponse';
  /** The day the response was closed (YYYY-MM-DD); null while investigating. */
  closedOn?: Maybe<Scalars['String']['output']>;
  /** The deviation responded to. */
  deviationId: Scalars['ID']['output'];
  /** What the investigation found (utredning), without personal data. */
  investigation: Scalars['String']['output'];
  /** True for a response invented for demonstration. */
  isExample: Scalars['Boolean']['output'];
  /** The measures (åtgärder) taken or decided; null while none are decided. */
  measures?: Maybe<Scalars['String']['output']>;
  /** When the response was first recorded (ISO 8601, UTC). */
  recordedAt: Scalars['String']['output'];
  /** The responding (concerned) huvudman: "18" for the region, a kommun's SCB code. */
  responderId: Scalars['ID']['output'];
  /** Where the record comes from: "Exempeldata" for example data, else the responding huvudman's staff. */
  source: Scalars['String']['output'];
  /** Where the response stands. */
  status: DeviationResponseStatus;
  /** When it was last changed (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; send it back as `expectedVersion` to change the response. */
  version: Scalars['Int']['output'];
};

/** A concerned huvudman's investigation of a deviation, recorded in its own subgraph. */
export type DeviationResponseInput = {
  /** The deviation responded to, e.g. "1881-6f1c…" (its reporter's id comes first). At most 80 characters. */
  deviationId: Scalars['ID']['input'];
  /** What the investigation found (utredning), without personal data. At most 4000 characters. */
  investigation: Scalars['String']['input'];
  /** True for a response invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** Measures (åtgärder) taken or decided, without personal data. At most 4000 characters. */
  measures?: InputMaybe<Scalars['String']['input']>;
  /** Where the record comes from; defaults to the responding huvudman's staff. At most 255 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Where a concerned huvudman's response stands. INVESTIGATING → CLOSED; CLOSED is final. */
export type DeviationResponseStatus =
  /** Avslutad: investigation and measures recorded, closed by the concerned huvudman. */
  | 'CLOSED'
  /** Utredning pågår: the concerned huvudman is investigating. */
  | 'INVESTIGATING';

/** How fast one huvudman responds to the deviations that concern it. */
export type DeviationResponseTime = {
  __typename?: 'DeviationResponseTime';
  /** False when its own subgraph did not answer: its responses are then unknown, not missing. */
  answered: Scalars['Boolean']['output'];
  /** How many of them it has closed its response to; null when its subgraph did not answer. */
  closed?: Maybe<Scalars['Int']['output']>;
  /** Deviations of the period that concern it (from the reporters that answered). */
  concerning: Scalars['Int']['output'];
  /** The concerned huvudman. */
  huvudman: Huvudman;
  /** Mean days from report to first response; null when none responded. */
  meanDays?: Maybe<Scalars['Float']['output']>;
  /** Median days from report to first response; null when none responded. */
  medianDays?: Maybe<Scalars['Float']['output']>;
  /** How many of them it has responded to; null when its subgraph did not answer (unknown, not zero). */
  responded?: Maybe<Scalars['Int']['output']>;
};

/** How serious a deviation is, as the reporter judges it. */
export type DeviationSeverity =
  /** Hög: caused harm, or could have caused serious harm. */
  | 'HIGH'
  /** Låg: no harm and little risk of harm. */
  | 'LOW'
  /** Måttlig: could have caused harm, or caused minor harm. */
  | 'MODERATE'
  /** Allvarlig: caused serious harm; may need a report to IVO (lex Maria / lex Sarah) by the huvudman concerned. */
  | 'SEVERE';

/**
 * Where a deviation stands at its reporter. REPORTED → UNDER_INVESTIGATION, CLOSED or WITHDRAWN;
 * UNDER_INVESTIGATION → CLOSED or WITHDRAWN; CLOSED and WITHDRAWN are final.
 */
export type DeviationStatus =
  /** Avslutad: handled; the reporter has closed it. */
  | 'CLOSED'
  /** Rapporterad: reported, no concerned huvudman has started investigating. */
  | 'REPORTED'
  /** Under utredning: being investigated by one or more concerned huvudmän. */
  | 'UNDER_INVESTIGATION'
  /** Återtagen: the reporter withdrew it (reported by mistake). */
  | 'WITHDRAWN';

/**
 * What one huvudman would receive of a programme, computed by its population share. A computed figure,
 * NOT an official one.
 */
export type GrantAllocation = {
  __typename?: 'GrantAllocation';
  /** The computed allocation, whole SEK. */
  amountSek: Scalars['Sek']['output'];
  /** How the figure is computed, in words. */
  basis: Scalars['String']['output'];
  /** Always true: computed, not an official figure. */
  computed: Scalars['Boolean']['output'];
  /** The receiving huvudman. */
  huvudman: Huvudman;
  /** True when computed from example figures. */
  isExample: Scalars['Boolean']['output'];
  /** The population the share is computed from (the whole län for the region). */
  population: Scalars['Int']['output'];
  /** Share of the national population, in percent (four decimals). */
  populationSharePercent: Scalars['Float']['output'];
  /** The national part it is computed from. */
  recipients: GrantRecipientGroup;
};

/** The area a state grant is for. */
export type GrantArea =
  /** God och nära vård: the change to good and close care (omställningen till nära vård). */
  | 'NARA_VARD'
  /** Psykisk hälsa. */
  | 'PSYKISK_HALSA'
  /** Suicidprevention. */
  | 'SUICIDPREVENTION';

/** A decision (beslut) on the use of grant money. */
export type GrantDecision = {
  __typename?: 'GrantDecision';
  /** The amount decided; null when the decision gives none (e.g. a budget proposal not in the protocol). */
  amountSek?: Maybe<Scalars['Sek']['output']>;
  /** What the money is for. */
  area: GrantArea;
  /** Conditions and limits the decision sets. */
  condition?: Maybe<Scalars['String']['output']>;
  /** Name of the deciding body, e.g. "Chefsgrupp för samverkan social välfärd samt vård och omsorg". */
  decidedBy: Scalars['String']['output'];
  /** When it was decided, at the precision the documents give: "2020-10" or "2021-05-28". */
  decidedOn: Scalars['String']['output'];
  /** Stable id, e.g. "yam-pilot-2021". */
  id: Scalars['ID']['output'];
  /** True when the decision is invented for demonstration. */
  isExample: Scalars['Boolean']['output'];
  /** The joint pot the money comes from; null when none. */
  pot?: Maybe<GrantPot>;
  /** The programme whose money is used; null when the documents do not name it (e.g. "nära vård-medel"). */
  programme?: Maybe<GrantProgramme>;
  /** Where the decision is recorded, e.g. the protocol and paragraph (§). */
  reference?: Maybe<Scalars['String']['output']>;
  /** The co-owned service the money funds; null when none. */
  service?: Maybe<CoOwnedService>;
  /** Where the decision is documented. */
  source: Scalars['String']['output'];
  /** What was decided, in the protocol's words. */
  title: Scalars['String']['output'];
};

/** A decision on the use of grant money. Access: the secretariat role. */
export type GrantDecisionInput = {
  /** Whole SEK, non-negative; leave out when the decision gives none. */
  amountSek?: InputMaybe<Scalars['Sek']['input']>;
  /** What the money is for; must be the programme's area. */
  area: GrantArea;
  /** Conditions and limits the decision sets. At most 2000 characters. */
  condition?: InputMaybe<Scalars['String']['input']>;
  /** Name of the deciding body. At most 200 characters. */
  decidedBy: Scalars['String']['input'];
  /** "2020-10" or "2021-05-28". At most 10 characters. */
  decidedOn: Scalars['String']['input'];
  /** Lower-case words joined by hyphens; must be new. At most 100 characters. */
  id: Scalars['ID']['input'];
  /** True for a decision invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** The joint pot the money comes from; the amount must fit in what is left. At most 100 characters. */
  potId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the pot's programme when a pot is given. At most 100 characters. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the decision is recorded, e.g. the protocol and paragraph (§). At most 100 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The co-owned service the money funds. At most 100 characters. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the decision is documented. At most 255 characters. */
  source: Scalars['String']['input'];
  /** What was decided, in the protocol's words. At most 300 characters. */
  title: Scalars['String']['input'];
};

/** A joint pot (länsgemensamma medel): grant money the huvudmän of the län hold and decide on together. */
export type GrantPot = {
  __typename?: 'GrantPot';
  /** The huvudman that administers the pot; null when the documents do not say. */
  administeredBy?: Maybe<Huvudman>;
  /** The amount in the pot; null when not known. */
  amountSek?: Maybe<Scalars['Sek']['output']>;
  /** What the decisions with an amount take from the pot. */
  decidedSek: Scalars['Sek']['output'];
  /** Decisions that use money from this pot, oldest first. */
  decisions: Array<GrantDecision>;
  /** Stable id, e.g. "lansgemensamma-medel-psykisk-halsa-2020". */
  id: Scalars['ID']['output'];
  /** True when the amount is invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** Name as in the documents, e.g. "Länsgemensamma stimulansmedel för psykisk hälsa". */
  name: Scalars['String']['output'];
  /** What else the documents say about the pot. */
  note?: Maybe<Scalars['String']['output']>;
  /** The programme the money comes from. */
  programme: GrantProgramme;
  /** amountSek minus decidedSek; null when the pot's amount is not known. */
  remainingSek?: Maybe<Scalars['Sek']['output']>;
  /** Where the facts come from. */
  source: Scalars['String']['output'];
};

/** A joint pot. Access: the secretariat role. */
export type GrantPotInput = {
  /** The administering huvudman's id, e.g. "18". At most 100 characters. */
  administeredById?: InputMaybe<Scalars['ID']['input']>;
  /** Whole SEK, non-negative; at least what decisions already take from it. */
  amountSek?: InputMaybe<Scalars['Sek']['input']>;
  /** Lower-case words joined by hyphens; an existing id replaces that pot. At most 100 characters. */
  id: Scalars['ID']['input'];
  /** True for figures invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** Name as in the documents. At most 200 characters. */
  name: Scalars['String']['input'];
  /** What else the documents say about the pot. At most 4000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The programme the money comes from. At most 100 characters. */
  programmeId: Scalars['ID']['input'];
  /** Where the facts come from ("Exempeldata" for invented ones). At most 255 characters. */
  source: Scalars['String']['input'];
};

/** A state grant programme (stimulansmedel) for one year, under a national agreement between the state and SKR. */
export type GrantProgramme = {
  __typename?: 'GrantProgramme';
  /** The national agreement (överenskommelse) behind the grant; null when not given. */
  agreement?: Maybe<Scalars['String']['output']>;
  /** One huvudman's computed allocation; null when it gets none of this programme. */
  allocation?: Maybe<GrantAllocation>;
  /** Each huvudman's allocation, computed by population: the region's of the regions' part, each kommun's of the kommuner's part. */
  allocations: Array<GrantAllocation>;
  /** What the grant is for. */
  area: GrantArea;
  /** Decisions on the use of this programme's money, oldest first. */
  decisions: Array<GrantDecision>;
  /** How the money is normally distributed, in words. */
  distribution?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. "god-och-nara-vard-2024". */
  id: Scalars['ID']['output'];
  /** True when the programme's figures are invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /**
   * Each kommun's own reports of how it used its allocation, from that kommun's own instance, in kommun-code
   * order. When an instance is unavailable its reports are missing and the answer carries a
   * HUVUDMAN_UNAVAILABLE error naming the kommun; null only when no kommun instance answered.
   */
  kommunGrantUse?: Maybe<Array<GrantUse>>;
  /** The län's share, computed by population; null when the programme has no parts to share. */
  lanShare?: Maybe<LanGrantShare>;
  /** Name, e.g. "God och nära vård 2023". */
  name: Scalars['String']['output'];
  /** The national total split by recipient group. */
  nationalParts: Array<NationalGrantPart>;
  /** The national total in whole SEK; null when not known. */
  nationalTotalSek?: Maybe<Scalars['Sek']['output']>;
  /** Joint pots (länsgemensamma medel) of this programme. */
  pots: Array<GrantPot>;
  /**
   * Region Örebro län's own reports of how it used its allocation, in the order reported. Null in an answer
   * when the region's subgraph did not answer (the errors name it: HUVUDMAN_UNAVAILABLE, huvudman "18").
   */
  regionGrantUse?: Maybe<Array<GrantUse>>;
  /** Where the figures come from. */
  source: Scalars['String']['output'];
  /** The part of the national total the source does not break down (total minus parts); null when nothing is missing or the total is unknown. */
  unspecifiedSek?: Maybe<Scalars['Sek']['output']>;
  /** The year the grant is for. */
  year: Scalars['Int']['output'];
};


/** A state grant programme (stimulansmedel) for one year, under a national agreement between the state and SKR. */
export type GrantProgrammeAllocationArgs = {
  huvudmanId: Scalars['ID']['input'];
};

/** A grant programme with its national parts. Access: the secretariat role. */
export type GrantProgrammeInput = {
  /** The national agreement (överenskommelse). At most 200 characters. */
  agreement?: InputMaybe<Scalars['String']['input']>;
  /** What the grant is for. */
  area: GrantArea;
  /** How the money is normally distributed, in words. At most 4000 characters. */
  distribution?: InputMaybe<Scalars['String']['input']>;
  /** Lower-case words joined by hyphens, e.g. "god-och-nara-vard-2025"; an existing id replaces that programme. At most 100 characters. */
  id: Scalars['ID']['input'];
  /** True for figures invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** Name, e.g. "God och nära vård 2025". At most 200 characters. */
  name: Scalars['String']['input'];
  /** The national total, whole SEK; the parts may not exceed it. */
  nationalTotalSek?: InputMaybe<Scalars['Sek']['input']>;
  /** The national total split by recipient group, each group at most once. */
  parts: Array<NationalGrantPartInput>;
  /** Where the figures come from ("Exempeldata" for invented ones). At most 255 characters. */
  source: Scalars['String']['input'];
  /** The year the grant is for (2000–2100). */
  year: Scalars['Int']['input'];
};

/** Who a national part of a programme goes to. */
export type GrantRecipientGroup =
  /** Regions and kommuner jointly. */
  | 'JOINT'
  /** The 290 kommuner, shared by population. */
  | 'KOMMUNER'
  /** The 21 regions, shared by population. */
  | 'REGIONS'
  /** Sveriges Kommuner och Regioner (SKR), for national support. */
  | 'SKR';

/** One use of a huvudman's grant allocation, reported by that huvudman in its own subgraph. */
export type GrantUse = {
  __typename?: 'GrantUse';
  /** How much was used, whole SEK. */
  amountSek: Scalars['Sek']['output'];
  /** The reporting huvudman: "18" for the region, a kommun's SCB code. */
  huvudmanId: Scalars['ID']['output'];
  /** True when invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** The programme whose money was used. */
  programmeId: Scalars['ID']['output'];
  /** What the money was used for. */
  purpose: Scalars['String']['output'];
  /** The co-owned service the money went to; null when none. */
  service?: Maybe<CoOwnedService>;
  /** Where the figure comes from. */
  source: Scalars['String']['output'];
  /** The year the money was used. */
  year: Scalars['Int']['output'];
};

/** A use of a grant allocation. */
export type GrantUseInput = {
  /** Whole kronor, non-negative. */
  amountSek: Scalars['Sek']['input'];
  /**
   * A key the client chooses for this report (e.g. a UUID). Each report adds a use, so a report sent again
   * after an unknown outcome (OUTCOME_UNKNOWN) would count twice; with the same key it answers the first
   * report instead. The same key with other figures is refused (CONFLICT). At most 100 characters.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** True for a figure invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** The programme, e.g. "god-och-nara-vard-2024". At most 100 characters. */
  programmeId: Scalars['ID']['input'];
  /** What the money was used for. At most 2000 characters. */
  purpose: Scalars['String']['input'];
  /** The co-owned service the money went to, if any. At most 100 characters. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the figure comes from ("Exempeldata" for invented ones). At most 255 characters. */
  source: Scalars['String']['input'];
  /** The year the money was used (2000–2100). */
  year: Scalars['Int']['input'];
};

/** A vägledande princip (guiding principle), e.g. "Vi är likvärdiga parter …". */
export type GuidingPrinciple = {
  __typename?: 'GuidingPrinciple';
  /** 1-based position in the plan. */
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A hospital (sjukhus) run by the region. */
export type Hospital = {
  __typename?: 'Hospital';
  /** Approximate number of beds (vårdplatser); a rounded public figure. */
  approxBeds?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** The närsjukvårdsområde the hospital lies in; null for the university hospital, which serves the whole län. */
  narsjukvardsomrade?: Maybe<Narsjukvardsomrade>;
  /** Common abbreviation, e.g. "USÖ". */
  shortName?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
};

/** A participating huvudman: a public body responsible for care (the region or a kommun). */
export type Huvudman = {
  __typename?: 'Huvudman';
  /** The agreements this huvudman is a party to. */
  agreements: Array<Agreement>;
  /** The co-owned services this huvudman owns a share of, with its share and its part of each budget. */
  coOwnedServices: Array<ServiceOwnership>;
  /** "18" for Region Örebro län, the SCB kommun code (e.g. "1880") for a kommun. */
  id: Scalars['ID']['output'];
  kind: HuvudmanKind;
  /** The länsdel a kommun belongs to; null for the region, which spans the whole län. */
  lansdel?: Maybe<Lansdel>;
  /** The huvudman's seats in joint bodies, by person where the documents name one; with `asOf`, only seats held on that ISO date. */
  memberships: Array<Membership>;
  /** The kommun's own facts, served by that kommun's own subgraph instance; null for the region. */
  municipality?: Maybe<Municipality>;
  /** Name as used in the joint documents, e.g. "Örebro kommun". */
  name: Scalars['String']['output'];
  /** Organisationsnummer where a public register gives it; null rather than a guess. */
  orgNumber?: Maybe<Scalars['String']['output']>;
  /** Decisions of joint bodies that name this huvudman as owner; `open: true` keeps those still to be done. */
  ownedDecisions: Array<Decision>;
  /** The region's own organisation, served by the region subgraph; null for a kommun. */
  region?: Maybe<Region>;
  /**
   * The plan activities this huvudman is responsible for, in plan order: those assigned to it and every
   * jointly owned activity (a joint responsibility is every participating huvudman's). Optionally one status.
   */
  responsibleActivities: Array<PlanActivity>;
};


/** A participating huvudman: a public body responsible for care (the region or a kommun). */
export type HuvudmanMembershipsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A participating huvudman: a public body responsible for care (the region or a kommun). */
export type HuvudmanOwnedDecisionsArgs = {
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A participating huvudman: a public body responsible for care (the region or a kommun). */
export type HuvudmanResponsibleActivitiesArgs = {
  status?: InputMaybe<PlanActivityStatus>;
};

/** What kind of public body a huvudman is. */
export type HuvudmanKind =
  /** A kommun (socialtjänst, kommunal hälso- och sjukvård). */
  | 'MUNICIPALITY'
  /** Region Örebro län (hälso- och sjukvård). */
  | 'REGION';

/** An indicator of the joint follow-up model, defined in the samverkan subgraph. */
export type Indicator = {
  __typename?: 'Indicator';
  /** How values combine into länsdel and län figures; follows from the unit. */
  aggregation: IndicatorAggregation;
  /** Why the aggregation rule is what it is, in Swedish; always given when there is no aggregate. */
  aggregationNote?: Maybe<Scalars['String']['output']>;
  /** What is measured, in Swedish. */
  description: Scalars['String']['output'];
  /** Which way is better; targets and `met` follow it. */
  direction: IndicatorDirection;
  /** The goals this indicator follows up: handlingsplan delmål, färdplan goals, the nämnd's effektmål. */
  goals: Array<IndicatorGoalReference>;
  /** The indicator's id, as in the samverkan subgraph. */
  id: Scalars['ID']['output'];
  /** The Kolada KPI id when the indicator is a Kolada KPI (then it is also the id); null otherwise. */
  koladaKpi?: Maybe<Scalars['String']['output']>;
  /**
   * The values the kommuner report, each from its own instance, concatenated in kommun-code order. A kommun
   * whose instance did not answer is missing here (the response's errors say which, HUVUDMAN_UNAVAILABLE);
   * null only when no kommun instance answered.
   */
  kommunValues?: Maybe<Array<IndicatorValue>>;
  /** Who reports a value for this indicator. */
  level: IndicatorLevel;
  /**
   * Every huvudman side by side for one period (e.g. "2024", or "2024-03" for a monthly indicator) and one
   * gender (T totalt, K kvinnor, M män), with the target, whether each value meets it, and länsdel and län
   * figures. The view degrades per owner: a huvudman whose subgraph does not answer (a kommun instance, or
   * the region's subgraph) is marked HUVUDMAN_UNAVAILABLE in its cell and listed in `unavailable`, the
   * response's errors name it (HUVUDMAN_UNAVAILABLE with `extensions.huvudman`), and everything else is
   * computed from the owners that answered; aggregates that lack a member say so (`complete`, `missing`).
   */
  matrix?: Maybe<IndicatorMatrix>;
  /** Name in Swedish, as the deciding document or Kolada words it. */
  name: Scalars['String']['output'];
  /** Whether values are per year or per month. */
  periodType: IndicatorPeriodType;
  /**
   * The values Region Örebro län reports, from the region subgraph, oldest first. Null in an answer when the
   * region's subgraph did not answer (the errors name it: HUVUDMAN_UNAVAILABLE, huvudman "18"), so views
   * computed from every owner's values still answer for the others.
   */
  regionValues?: Maybe<Array<IndicatorValue>>;
  /** The huvudmän expected to report a value, by `level`, in register order. */
  reporters: Array<Huvudman>;
  /**
   * Who has reported for one period and gender, who has not, and whose subgraph did not answer: the
   * matrix's `notReported` and `unavailable` without its values, targets or aggregates, for follow-up
   * over many indicators at once (examples/indicator-reporting-gaps). It requires only which periods each
   * huvudman reported, so the gateway gathers and hands over a fraction of what `matrix` needs. A kommun
   * whose instance did not answer, or the region when its subgraph did not, is in `unavailable` (and the
   * response's errors name it), never in `notReported`.
   */
  reporting?: Maybe<IndicatorReporting>;
  /** The kommun codes whose instance answered for this list, in kommun-code order; null when none answered. */
  respondingKommuner?: Maybe<Array<Scalars['ID']['output']>>;
  /** Where the definition comes from: the deciding plan and section, or that it is a proposal not yet decided. */
  source: Scalars['String']['output'];
  /** The target for one year; null when none is set. */
  target?: Maybe<IndicatorTarget>;
  /** Target values (målvärden) per year, oldest first. */
  targets: Array<IndicatorTarget>;
  /**
   * The matrix for every period from `fromYear` to `toYear` (years, or each month of them for a monthly
   * indicator), oldest first: at most 30 periods.
   */
  trend?: Maybe<Array<IndicatorMatrix>>;
  /** What a value counts or measures. */
  unit: IndicatorUnit;
  /** The unit as it reads in Swedish, e.g. "antal per 100 000 invånare 65 år och äldre". */
  unitLabel: Scalars['String']['output'];
};


/** An indicator of the joint follow-up model, defined in the samverkan subgraph. */
export type IndicatorMatrixArgs = {
  gender?: IndicatorGender;
  period: Scalars['String']['input'];
};


/** An indicator of the joint follow-up model, defined in the samverkan subgraph. */
export type IndicatorReportingArgs = {
  gender?: IndicatorGender;
  period: Scalars['String']['input'];
};


/** An indicator of the joint follow-up model, defined in the samverkan subgraph. */
export type IndicatorTargetArgs = {
  year: Scalars['Int']['input'];
};


/** An indicator of the joint follow-up model, defined in the samverkan subgraph. */
export type IndicatorTrendArgs = {
  fromYear: Scalars['Int']['input'];
  gender?: IndicatorGender;
  toYear: Scalars['Int']['input'];
};

/**
 * A länsdel or län figure, computed by the indicator's aggregation rule over the members' reported values.
 * Never counts a missing value as zero: when any member's value is missing the figure is incomplete, `value`
 * is null, and `missing` says who and why; `inputs` gives every value and weight used.
 */
export type IndicatorAggregate = {
  __typename?: 'IndicatorAggregate';
  /** True when every member's value (and weight, for a weighted mean) is there. */
  complete: Scalars['Boolean']['output'];
  /** Each member's value and, for a population-weighted mean, its weight. */
  inputs: Array<IndicatorAggregateInput>;
  /** True when any value used is example data. */
  isExample: Scalars['Boolean']['output'];
  /** The länsdel; null for the län. */
  lansdel?: Maybe<Lansdel>;
  /** Whether the figure meets the period's target; null when there is no target or no figure. */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** The rule used, from the indicator's definition. */
  method: IndicatorAggregation;
  /** Members whose value could not be used, with the reason. */
  missing: Array<IndicatorAggregateGap>;
  /** Why there is no figure, in Swedish; null when there is one. */
  note?: Maybe<Scalars['String']['output']>;
  /** Länsdel or län. */
  scope: IndicatorAggregateScope;
  /** The figure (unrounded); null when the rule is NONE or the figure is incomplete. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A member whose value could not go into an aggregate. */
export type IndicatorAggregateGap = {
  __typename?: 'IndicatorAggregateGap';
  /** Whose value is missing. */
  huvudman: Huvudman;
  /** Why it is missing. */
  reason: IndicatorGapReason;
};

/** One value that went into an aggregate. */
export type IndicatorAggregateInput = {
  __typename?: 'IndicatorAggregateInput';
  /** Whose value it is. */
  huvudman: Huvudman;
  /** The value as reported. */
  value: Scalars['Float']['output'];
  /** The population weight used; null for a sum. */
  weight?: Maybe<Scalars['Int']['output']>;
  /** The year of that population figure: the value's year, or the nearest year the kommun holds (an approximation then). */
  weightYear?: Maybe<Scalars['Int']['output']>;
};

/** What an aggregate covers. */
export type IndicatorAggregateScope =
  /** The whole län: every reporting huvudman. */
  | 'LAN'
  /** One länsdel: its kommuner. */
  | 'LANSDEL';

/** How values combine across huvudmän, decided by the unit. */
export type IndicatorAggregation =
  /** No länsdel or län figure: it would be meaningless (an index, a mean without its base, a single reporter). */
  | 'NONE'
  /**
   * Σ(value × weight) / Σ weight, the weight being each kommun's total population (folkmängd, N01951) as
   * its own instance reports it, also for the K and M breakdowns: for rates and shares.
   */
  | 'POPULATION_WEIGHTED_MEAN'
  /** Sum of the values (counts, amounts). */
  | 'SUM';

/** One huvudman's value in a matrix. */
export type IndicatorCell = {
  __typename?: 'IndicatorCell';
  /** The huvudman this cell is about. */
  huvudman: Huvudman;
  /** True when the reported value is example data (Exempeldata), not a real figure. */
  isExample: Scalars['Boolean']['output'];
  /** Whether the value meets the period's target; null when there is no target or nothing to judge. */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** The weight this value carries in population-weighted means: the kommun's population; null for the region. */
  populationWeight?: Maybe<Scalars['Int']['output']>;
  /** The year of that population figure (the value's year, or the nearest year the kommun holds). */
  populationYear?: Maybe<Scalars['Int']['output']>;
  /** Where the reported value comes from. */
  source?: Maybe<Scalars['String']['output']>;
  /** Whether the huvudman reported, did not, could not be reached, or does not report this indicator. */
  status: IndicatorReportStatus;
  /** The reported value; null unless status is REPORTED (and then null when the source gives none). */
  value?: Maybe<Scalars['Float']['output']>;
  /** Status code of the value as the source gives it (Kolada's `status`), null when none. */
  valueStatus?: Maybe<Scalars['String']['output']>;
};

/** Which way is better. */
export type IndicatorDirection =
  /** A higher value is better (e.g. a share meeting a goal). */
  | 'HIGHER_IS_BETTER'
  /** A lower value is better (e.g. fall injuries, re-admissions). */
  | 'LOWER_IS_BETTER'
  /** Neither: a context figure such as population, or one where either way can be good news. */
  | 'NEUTRAL';

/** Why a member's value could not be used. */
export type IndicatorGapReason =
  /** The huvudman's subgraph did not answer. */
  | 'HUVUDMAN_UNAVAILABLE'
  /** The value (or its population weight) is implausible, outside the bounds writes are checked against; left out so the others still combine. */
  | 'IMPLAUSIBLE_VALUE'
  /** The huvudman's subgraph answered without a value for the period. */
  | 'NOT_REPORTED'
  /** The kommun holds no population figure to weight its value with. */
  | 'NO_POPULATION_WEIGHT'
  /** Reported, but without a value (e.g. suppressed in Kolada). */
  | 'NO_VALUE';

/** Gender breakdown as Kolada gives it. */
export type IndicatorGender =
  /** Kvinnor (women). */
  | 'K'
  /** Män (men). */
  | 'M'
  /** Totalt (all). */
  | 'T';

/** A goal reference, as on `IndicatorGoalReference`. */
export type IndicatorGoalInput = {
  /** Stable id `<plan id>/<slug>`, e.g. "handlingsplan-2019-2022/delmal-3". At most 100 characters. */
  id: Scalars['ID']['input'];
  /** The goal as the plan words it. At most 300 characters. */
  name: Scalars['String']['input'];
  /** The plan's name. At most 200 characters. */
  plan: Scalars['String']['input'];
};

/** A goal an indicator follows up, referenced by a stable id; the plans themselves are modelled elsewhere. */
export type IndicatorGoalReference = {
  __typename?: 'IndicatorGoalReference';
  /** Stable id, e.g. "handlingsplan-2019-2022/delmal-3" or "hsn-verksamhetsplan-2024/effektmal-9". */
  id: Scalars['ID']['output'];
  /** The goal as the plan words it, e.g. "Delmål 3: Stärka vård och omsorg nära den enskilde". */
  name: Scalars['String']['output'];
  /** The plan, e.g. "Handlingsplan sammanhållen vård och omsorg 2019–2022". */
  plan: Scalars['String']['output'];
};

/** The file formats an import reads. */
export type IndicatorImportFormat =
  /** CSV with the header kpi,municipality,period,gender,value[,status]; `;` or tab also work, then with a decimal comma. */
  | 'CSV'
  /** Kolada API JSON: a list of { kpi, municipality, period, values: [{ gender, count, status, value }] }, or { values: [...] } around it. */
  | 'KOLADA_JSON';

/** A file to import: its text and its format. */
export type IndicatorImportInput = {
  /** The whole file as text. Through the gateway a request is limited in size (BODY_LIMIT_BYTES); larger files go through the import command. At most 1000000 characters. */
  content: Scalars['String']['input'];
  /** How the file is written. */
  format: IndicatorImportFormat;
  /** True for invented demonstration figures; their source is then marked "Exempeldata". */
  isExample?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the figures come from; default "Källa: Kolada". At most 255 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** What an import stored. */
export type IndicatorImportResult = {
  __typename?: 'IndicatorImportResult';
  /** Values stored for the first time. */
  created: Scalars['Int']['output'];
  /** The huvudman whose values were imported. */
  huvudmanId: Scalars['ID']['output'];
  /** Values in the file (one per period and gender). */
  rows: Scalars['Int']['output'];
  /** Values already stored exactly so. */
  unchanged: Scalars['Int']['output'];
  /** Values that replaced a different stored value. */
  updated: Scalars['Int']['output'];
};

/** A new or replacing indicator definition; the fields mean what they mean on `Indicator`. */
export type IndicatorInput = {
  /** Must fit the unit and level: SUM for counts and amounts, POPULATION_WEIGHTED_MEAN for rates and shares per kommun, else NONE. */
  aggregation: IndicatorAggregation;
  /** Required with NONE: why there is no aggregate. At most 2000 characters. */
  aggregationNote?: InputMaybe<Scalars['String']['input']>;
  /** What is measured, in Swedish. At most 4000 characters. */
  description: Scalars['String']['input'];
  direction: IndicatorDirection;
  /** Every goal reference; replaces the stored ones. */
  goals: Array<IndicatorGoalInput>;
  /** The Kolada KPI id where one maps (then also `koladaKpi`), else a slug of letters, digits and dashes. At most 100 characters. */
  id: Scalars['ID']['input'];
  /** The Kolada KPI id, e.g. "N01951"; must equal `id` when given. At most 100 characters. */
  koladaKpi?: InputMaybe<Scalars['String']['input']>;
  level: IndicatorLevel;
  /** Name in Swedish. At most 200 characters. */
  name: Scalars['String']['input'];
  periodType: IndicatorPeriodType;
  /** The deciding document and section, or that the definition is a proposal. At most 255 characters. */
  source: Scalars['String']['input'];
  /** Every target; replaces the stored ones. One per year. */
  targets: Array<IndicatorTargetInput>;
  unit: IndicatorUnit;
  /** The unit as it reads in Swedish. At most 100 characters. */
  unitLabel: Scalars['String']['input'];
};

/** Who reports a value. */
export type IndicatorLevel =
  /** Each of the thirteen huvudmän (the region and the twelve kommuner), for its own organisation. */
  | 'HUVUDMAN'
  /** Each of the twelve kommuner, for its own kommun, from its own instance. */
  | 'KOMMUN'
  /** Region Örebro län, one value for the whole län (länet). */
  | 'LAN'
  /** Region Örebro län, for its own organisation (e.g. the nämnd's staff indicators). */
  | 'REGION';

/** One indicator for one period: every huvudman side by side, with target, met/not met and aggregates. */
export type IndicatorMatrix = {
  __typename?: 'IndicatorMatrix';
  /** All thirteen huvudmän in register order (the region first), each with its status. */
  cells: Array<IndicatorCell>;
  gender: IndicatorGender;
  /** The figure for the whole län, over every reporting huvudman. */
  lan: IndicatorAggregate;
  /** One figure per länsdel, over its kommuner, in länsdel id order. */
  lansdelar: Array<IndicatorAggregate>;
  /** Huvudmän expected to report whose subgraph answered without a value for this period. */
  notReported: Array<Huvudman>;
  /** The period asked for, e.g. "2024". */
  period: Scalars['String']['output'];
  /** The target for the period's year; null when none is set. */
  target?: Maybe<IndicatorTarget>;
  /** Huvudmän whose subgraph did not answer (the response carries a HUVUDMAN_UNAVAILABLE error naming each). */
  unavailable: Array<Huvudman>;
};

/** How an indicator's periods are written. */
export type IndicatorPeriodType =
  /** Periods are months: "2024-03". */
  | 'MONTH'
  /** Periods are years: "2024". */
  | 'YEAR';

/** Where a huvudman stands for one indicator and period. */
export type IndicatorReportStatus =
  /**
   * The huvudman's subgraph did not answer through the gateway: its value is unknown, not missing and not
   * zero. The response's errors carry extensions.code HUVUDMAN_UNAVAILABLE with extensions.huvudman.
   */
  | 'HUVUDMAN_UNAVAILABLE'
  /** The huvudman does not report this indicator (see `Indicator.level`). */
  | 'NOT_APPLICABLE'
  /** The huvudman's subgraph answered but holds no value for the period. */
  | 'NOT_REPORTED'
  /** The huvudman's subgraph reported a value (which may still be null with a Kolada status). */
  | 'REPORTED';

/**
 * Who reported one indicator for one period and gender (`Indicator.reporting`): the same status per huvudman
 * as the matrix's cells, without the values. Huvudmän that do not report the indicator (see
 * `Indicator.level`) are in none of the lists.
 */
export type IndicatorReporting = {
  __typename?: 'IndicatorReporting';
  /** The gender asked for (T totalt, K kvinnor, M män). */
  gender: IndicatorGender;
  /** Huvudmän expected to report whose subgraph answered without a value for this period, in register order. */
  notReported: Array<Huvudman>;
  /** The period asked for, e.g. "2024". */
  period: Scalars['String']['output'];
  /** Huvudmän whose subgraph answered with a value for this period (which may be null with a Kolada status), in register order. */
  reported: Array<Huvudman>;
  /** Huvudmän whose subgraph did not answer (the response carries a HUVUDMAN_UNAVAILABLE error naming each). */
  unavailable: Array<Huvudman>;
};

/** A target value (målvärde) for one year. */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  /** True when the target is invented for demonstration, not decided. */
  isExample: Scalars['Boolean']['output'];
  /** Whether the target is a level or an improvement on the previous year. */
  kind: IndicatorTargetKind;
  /** Upper bound, or null; see `maxInclusive`. */
  max?: Maybe<Scalars['Float']['output']>;
  /** True when the upper bound itself meets the target ("högst 3,0", "intervallet 77–80"). */
  maxInclusive: Scalars['Boolean']['output'];
  /** Lower bound, or null; see `minInclusive`. */
  min?: Maybe<Scalars['Float']['output']>;
  /** True when the bound itself meets the target ("minst 90"), false when it must be exceeded ("mer än 85"). */
  minInclusive: Scalars['Boolean']['output'];
  /** The deciding document and section, or that it is an example. */
  source: Scalars['String']['output'];
  /** The target in the document's own words, e.g. "ska uppgå till minst 90 procent". */
  text: Scalars['String']['output'];
  /** The year the target applies to. */
  year: Scalars['Int']['output'];
};

/** A target for one year, as on `IndicatorTarget`. */
export type IndicatorTargetInput = {
  /** True for a target invented for demonstration. */
  isExample: Scalars['Boolean']['input'];
  /** LEVEL takes a min and/or max; IMPROVEMENT takes neither. */
  kind: IndicatorTargetKind;
  /** Upper bound. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Whether the upper bound itself meets the target; default true. */
  maxInclusive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lower bound. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Whether the lower bound itself meets the target; default true. */
  minInclusive?: InputMaybe<Scalars['Boolean']['input']>;
  /** The deciding document and section; for an example target it must say "Exempel". At most 255 characters. */
  source: Scalars['String']['input'];
  /** The target in the document's own words. At most 4000 characters. */
  text: Scalars['String']['input'];
  /** The year the target applies to. */
  year: Scalars['Int']['input'];
};

/** How a target is judged. */
export type IndicatorTargetKind =
  /** The value must be better than the same period a year before ("ska öka jämfört med föregående år"). */
  | 'IMPROVEMENT'
  /** The value must lie within the bounds. */
  | 'LEVEL';

/** What a value counts or measures. */
export type IndicatorUnit =
  /** An amount in whole kronor. */
  | 'AMOUNT_SEK'
  /** A number of things (antal); adds up across huvudmän. */
  | 'COUNT'
  /** A number of days, typically a mean (medelvärde). */
  | 'DAYS'
  /** An index on its own scale (e.g. HME); does not combine across huvudmän. */
  | 'INDEX'
  /** A rate per 1 000 of a population. */
  | 'RATE_PER_1000'
  /** A rate per 100 000 of a population. */
  | 'RATE_PER_100000'
  /** A share in percent (andel, %). */
  | 'SHARE_PERCENT';

/** A value reported by one huvudman for one indicator, period and gender, from that huvudman's own subgraph. Public. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** Totalt, kvinnor or män, as Kolada breaks values down. */
  gender: IndicatorGender;
  /** The reporting huvudman: a kommun code such as "1880", or "18" for the region. */
  huvudmanId: Scalars['ID']['output'];
  /** The indicator's id (its Kolada KPI id where one maps). */
  indicatorId: Scalars['ID']['output'];
  /** True when the value is invented for demonstration, not an official figure. */
  isExample: Scalars['Boolean']['output'];
  /** "2024", or "2024-03" for a monthly indicator. */
  period: Scalars['String']['output'];
  /**
   * The reporting kommun's population (folkmängd, N01951) used as this value's weight in population-weighted
   * means: of the value's year, else of the nearest year the kommun holds (see `populationYear`). Null for
   * the region, and when the kommun holds no population figure.
   */
  populationWeight?: Maybe<Scalars['Int']['output']>;
  /** The year of `populationWeight`. */
  populationYear?: Maybe<Scalars['Int']['output']>;
  /** Where the value comes from, e.g. "Källa: Kolada", or "Exempeldata: ..." for invented figures. */
  source: Scalars['String']['output'];
  /** Status code as the source gives it (Kolada's `status`); null when none. */
  status?: Maybe<Scalars['String']['output']>;
  /** The value in the indicator's unit; null when the source gives none (see `status`). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A joint plan, owned by the samverkan subgraph. */
export type JointPlan = {
  __typename?: 'JointPlan';
  /** All the plan's activities in document order, optionally one status. */
  activities: Array<PlanActivity>;
  /** The body that adopted (fastställde) the plan, by name; null when the document does not say. */
  adoptedBy?: Maybe<Scalars['String']['output']>;
  /** Date of adoption, YYYY-MM-DD (the handlingsplan: 2019-12-04); null when the document does not say. */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** Bodies that approved (godkände) the plan before adoption, by name. */
  approvedBy: Array<Scalars['String']['output']>;
  /** The areas (områden) the plan's activities are grouped under, in document order. */
  areas: Array<ActivityArea>;
  /** The region's diarienummer for the plan, e.g. "18 RS7506"; null when none is given. */
  diarienummer?: Maybe<Scalars['String']['output']>;
  /** How the plan is followed up (uppföljning), in its own words. */
  followUp?: Maybe<Scalars['String']['output']>;
  /**
   * The nodes of the plan's goal tree in document order, optionally one kind. Roots have no parent; a
   * delmål's parent is the insatsområde; a färdplan goal (mål) belongs to an area.
   */
  goals: Array<JointPlanGoal>;
  /** Stable id, e.g. "fardplan-nara-vard-2023-2026". */
  id: Scalars['ID']['output'];
  kind: JointPlanKind;
  /** Name as in the document, e.g. "Färdplan nära vård". */
  name: Scalars['String']['output'];
  /** Genomsyrande perspektiv (cross-cutting perspectives) the plan says every delmål must consider. */
  perspectives: Array<CrossCuttingPerspective>;
  /** Förutsättningar på systemnivå (system-level prerequisites), each with its activity. */
  prerequisites: Array<SystemPrerequisite>;
  /** Bodies the plan was presented to, by name. */
  presentedTo: Array<Scalars['String']['output']>;
  /** Vägledande principer (guiding principles: "Så samarbetar vi"). */
  principles: Array<GuidingPrinciple>;
  /** The plan that replaced this one, if any. */
  replacedBy?: Maybe<JointPlan>;
  /** The plan this one replaces (the färdplan replaces the handlingsplan). */
  replaces?: Maybe<JointPlan>;
  /** Who is responsible for what under the plan (ansvar), in the plan's words. */
  responsibilities: Array<PlanResponsibility>;
  /** Risks (risker) the plan's own risk analysis names. */
  risks: Array<PlanRisk>;
  /** Where the facts come from: the source document. */
  source: Scalars['String']['output'];
  /** The plan's direction in its own words (strategisk inriktning / why the plan exists). */
  summary: Scalars['String']['output'];
  /** First year the plan applies (e.g. 2019). */
  validFrom: Scalars['Int']['output'];
  /** Last year the plan applies (e.g. 2022). */
  validTo: Scalars['Int']['output'];
};


/** A joint plan, owned by the samverkan subgraph. */
export type JointPlanActivitiesArgs = {
  status?: InputMaybe<PlanActivityStatus>;
};


/** A joint plan, owned by the samverkan subgraph. */
export type JointPlanGoalsArgs = {
  kind?: InputMaybe<JointPlanGoalKind>;
};

/** A node in a plan's goal tree: effektmål, önskvärt läge, insatsområde, delmål or mål. */
export type JointPlanGoal = {
  __typename?: 'JointPlanGoal';
  /** The activities serving this goal. */
  activities: Array<PlanActivity>;
  /** The färdplan area the goal is listed under; null for handlingsplan goals. */
  area?: Maybe<ActivityArea>;
  /** The nodes under this one, in document order. */
  children: Array<JointPlanGoal>;
  /** The plan's text about the goal (sentences quoted from the plan); null where it has none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id `<plan id>/<slug>`, e.g. "handlingsplan-2019-2022/delmal-3" (the id indicators refer to). */
  id: Scalars['ID']['output'];
  kind: JointPlanGoalKind;
  /** The number the plan gives it (delmål 1–5); null where the plan does not number it. */
  number?: Maybe<Scalars['Int']['output']>;
  /** The node this one belongs under (a delmål's insatsområde); null for a root. */
  parent?: Maybe<JointPlanGoal>;
  /** For a delmål: the plan's genomsyrande perspektiv, which are to be considered in every delmål. Empty otherwise. */
  perspectives: Array<CrossCuttingPerspective>;
  plan: JointPlan;
  /** The goal as worded in the plan, e.g. "Stärka vård och omsorg nära den enskilde". */
  title: Scalars['String']['output'];
};

/** The kind of a node in a plan's goal tree. */
export type JointPlanGoalKind =
  /** Önskvärt läge 2030: a focus of the desired state the plan's insatsområde aims at. */
  | 'DESIRED_STATE'
  /** Effektmål in the regional utvecklingsstrategi (RUS) that the plan mainly concerns. */
  | 'EFFECT_GOAL'
  /** Insatsområde (prioritised area of action). */
  | 'FOCUS_AREA'
  /** Mål (goal) in a färdplan area, served by the area's activities. */
  | 'GOAL'
  /** Delmål (sub-goal) of an insatsområde, numbered 1–5 in the handlingsplan. */
  | 'SUB_GOAL';

/** What kind of joint plan it is. */
export type JointPlanKind =
  /** Handlingsplan (action plan) under the regional utvecklingsstrategi (RUS). */
  | 'ACTION_PLAN'
  /** Färdplan (roadmap): the joint strategy for reaching a shared målbild. */
  | 'ROADMAP';

/**
 * A joint process (process i samverkan) that involves both kommun and region, in one version of samverkan's
 * shared list. Deviations and risk analyses name a process by code and version. Public.
 */
export type JointProcess = {
  __typename?: 'JointProcess';
  /** Stable code, e.g. "utskrivning". */
  code: Scalars['ID']['output'];
  /** What the process covers, in Swedish. */
  description: Scalars['String']['output'];
  /** True when the list is example data (no list is decided yet). */
  isExample: Scalars['Boolean']['output'];
  /** Name in Swedish, e.g. "Utskrivning från sluten vård". */
  name: Scalars['String']['output'];
  /** The joint risk analyses of this process version. Access: internal. */
  riskAnalyses: Array<JointRiskAnalysis>;
  /** Where the definition comes from. */
  source: Scalars['String']['output'];
  /** First day this version applies (YYYY-MM-DD). */
  validFrom: Scalars['String']['output'];
  /** Last day this version applies; null while in force. */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Version of the definition; a changed definition is a new version. */
  version: Scalars['Int']['output'];
};

/** A risk found in a step, scored on the risk matrix. */
export type JointRisk = {
  __typename?: 'JointRisk';
  /** Consequence (konsekvens), 1–4. */
  consequence: Scalars['Int']['output'];
  /** What could go wrong, in Swedish. */
  description: Scalars['String']['output'];
  /** Deviations linked as showing this risk occurring (resolved from their reporters' subgraphs). */
  deviations: Array<Deviation>;
  /** The level the score gives on the risk matrix. */
  level: RiskLevel;
  /** Measures decided against the risk. */
  measures: Array<JointRiskMeasure>;
  /** Its number within the analysis (1, 2, ...). */
  number: Scalars['Int']['output'];
  /** Probability (sannolikhet), 1–4. */
  probability: Scalars['Int']['output'];
  /** probability × consequence, 1–16. */
  score: Scalars['Int']['output'];
  /** The step it belongs to. */
  stepPosition: Scalars['Int']['output'];
};

/** A joint risk analysis (gemensam riskanalys) of a process that involves kommun and region. Access: internal. */
export type JointRiskAnalysis = {
  __typename?: 'JointRiskAnalysis';
  /** The day the analysis was made (YYYY-MM-DD). */
  analysedOn: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for an analysis invented for demonstration. */
  isExample: Scalars['Boolean']['output'];
  /** The huvudmän that took part. */
  participants: Array<Huvudman>;
  /** The process analysed. */
  process: JointProcess;
  /** When it was recorded and last changed (ISO 8601, UTC). */
  recordedAt: Scalars['String']['output'];
  /** The risks found, by number. */
  risks: Array<JointRisk>;
  /** Where the analysis comes from. */
  source: Scalars['String']['output'];
  /** Where the analysis stands. */
  status: JointRiskAnalysisStatus;
  /** The process steps, in order. */
  steps: Array<JointRiskStep>;
  /** Title in Swedish. */
  title: Scalars['String']['output'];
  /** When it was last changed (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A joint risk analysis to record. */
export type JointRiskAnalysisInput = {
  /** The day the analysis was made (YYYY-MM-DD), not in the future. At most 10 characters. */
  analysedOn: Scalars['String']['input'];
  /** True for an analysis invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** The huvudmän that took part: at least the region and one kommun (it is a joint analysis). Each id: At most 4 characters. */
  participantIds: Array<Scalars['ID']['input']>;
  /** Code of the process analysed, from `jointProcesses`. At most 60 characters. */
  processCode: Scalars['ID']['input'];
  /** Its version; the latest when left out. */
  processVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The risks found. */
  risks: Array<JointRiskInput>;
  /** Where the analysis comes from. At most 255 characters. */
  source: Scalars['String']['input'];
  /** The process steps, in order; at least one. */
  steps: Array<JointRiskStepInput>;
  /** Title in Swedish. At most 200 characters. */
  title: Scalars['String']['input'];
};

/** Where a joint risk analysis stands. */
export type JointRiskAnalysisStatus =
  /** Fastställd: adopted; its measures are being carried out. */
  | 'ADOPTED'
  /** Avbruten: not carried on. */
  | 'CANCELLED'
  /** Utkast: being worked out. */
  | 'DRAFT'
  /** Uppföljd: the measures have been followed up. */
  | 'FOLLOWED_UP';

/** A risk found in a step. */
export type JointRiskInput = {
  /** Consequence (konsekvens) on the matrix, 1–4. */
  consequence: Scalars['Int']['input'];
  /** What could go wrong, in Swedish, without personal data. At most 2000 characters. */
  description: Scalars['String']['input'];
  /** Measures decided against it. */
  measures?: Array<JointRiskMeasureInput>;
  /** Probability (sannolikhet) on the matrix, 1–4. */
  probability: Scalars['Int']['input'];
  /** The step's position (1 first). */
  stepPosition: Scalars['Int']['input'];
};

/** A measure (åtgärd) against a risk, owned by one huvudman. */
export type JointRiskMeasure = {
  __typename?: 'JointRiskMeasure';
  /** What is to be done, in Swedish. */
  description: Scalars['String']['output'];
  /** The day it is due (YYYY-MM-DD). */
  dueOn: Scalars['String']['output'];
  /** The owning huvudman. */
  owner: Huvudman;
};

/** A measure against a risk. */
export type JointRiskMeasureInput = {
  /** What is to be done, in Swedish, without personal data. At most 2000 characters. */
  description: Scalars['String']['input'];
  /** The day it is due (YYYY-MM-DD). At most 10 characters. */
  dueOn: Scalars['String']['input'];
  /** The owning huvudman: "18" or a kommun code. At most 4 characters. */
  ownerId: Scalars['ID']['input'];
};

/** A step of the analysed process. */
export type JointRiskStep = {
  __typename?: 'JointRiskStep';
  /** What happens in the step, in Swedish. */
  name: Scalars['String']['output'];
  /** Its position, 1 first. */
  position: Scalars['Int']['output'];
  /** The huvudman responsible for the step; null when shared. */
  responsible?: Maybe<Huvudman>;
};

/** A step of the analysed process. */
export type JointRiskStepInput = {
  /** What happens in the step, in Swedish. At most 300 characters. */
  name: Scalars['String']['input'];
  /** The huvudman responsible for the step, if one is; a participant. At most 4 characters. */
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The län's share of a programme, computed by population (the 2024 population from SCB). A computed
 * figure, NOT an official one: the actual distribution is decided nationally.
 */
export type LanGrantShare = {
  __typename?: 'LanGrantShare';
  /** The huvudmän's allocations plus the joint share. */
  amountSek: Scalars['Sek']['output'];
  /** How the figure is computed, in words. */
  basis: Scalars['String']['output'];
  /** Always true: computed, not an official figure. */
  computed: Scalars['Boolean']['output'];
  /** True when computed from example figures. */
  isExample: Scalars['Boolean']['output'];
  /** The län's share of the part for regions and kommuner jointly; null when the programme has no such part. */
  jointSek?: Maybe<Scalars['Sek']['output']>;
  /** Population of Sweden, the denominator. */
  nationalPopulation: Scalars['Int']['output'];
  /** Population of the län's twelve kommuner. */
  population: Scalars['Int']['output'];
  /** The län's share of the national population, in percent (four decimals). */
  populationSharePercent: Scalars['Float']['output'];
};

/** A länsdel, owned by the samverkan subgraph. */
export type Lansdel = {
  __typename?: 'Lansdel';
  /** The co-owned services that cover this länsdel (services for the whole län are in every länsdel). */
  coOwnedServices: Array<CoOwnedService>;
  /** The länsdel's länsdelsgrupp. */
  group?: Maybe<Body>;
  /** The kommuner in this länsdel. */
  huvudmen: Array<Huvudman>;
  /** Stable id: norr, vaster, soder or orebro. */
  id: Scalars['ID']['output'];
  /** True when the public sources do not confirm which kommuner belong here (only Norr is confirmed). */
  membershipUnverified: Scalars['Boolean']['output'];
  /** Name as in the documents, e.g. "Väster". */
  name: Scalars['String']['output'];
};

/** A meeting (sammanträde) of a body. */
export type Meeting = {
  __typename?: 'Meeting';
  /** The meeting whose protocol announced this one. */
  announcedIn?: Maybe<Meeting>;
  /** The attendance list (närvaro) in its written order, present and absent. */
  attendance: Array<Attendance>;
  /** The body that met. */
  body: Body;
  /** Meetings announced in this meeting's protocol (kommande möten). */
  comingMeetings: Array<Meeting>;
  /** ISO date (the first day of a meeting over several days). */
  date: Scalars['String']['output'];
  /** Every decision point taken or proposed at the meeting, in protocol order. */
  decisions: Array<Decision>;
  /** Last day of a meeting over several days, e.g. 14–15 oktober; null otherwise. */
  endDate?: Maybe<Scalars['String']['output']>;
  /** HH:MM, e.g. "16:00"; null when not given. */
  endTime?: Maybe<Scalars['String']['output']>;
  /** `<body id>-<date>`, e.g. "chefsgrupp-2021-05-28". */
  id: Scalars['ID']['output'];
  /** The numbered agenda items (ärenden) in order, each with its sub-items. */
  items: Array<AgendaItem>;
  /** Tjänsteställe: the administration that keeps the records, e.g. "Förvaltningen för Regional utveckling". */
  organiser?: Maybe<Scalars['String']['output']>;
  /** Where, as written, e.g. "Digitalt via Zoom". */
  place?: Maybe<Scalars['String']['output']>;
  /** The secretary (sekreterare) named in the protocol. */
  secretary?: Maybe<Person>;
  /** The protocol or notice it comes from. */
  source: Scalars['String']['output'];
  /** HH:MM, e.g. "13:00"; null when not given. */
  startTime?: Maybe<Scalars['String']['output']>;
  /** Held or planned. */
  status: MeetingStatus;
  /** Increases with every change; send it back as `expectedVersion` when recording a planned meeting as held. */
  version: Scalars['Int']['output'];
};

/** Whether a meeting has been held or is planned. */
export type MeetingStatus =
  /** Held, with a protocol. */
  | 'HELD'
  /** Announced, e.g. under a protocol's kommande möten. */
  | 'PLANNED';

/** A seat in a body for a huvudman (ledamot), held by a named person where the documents name one. */
export type Membership = {
  __typename?: 'Membership';
  /** The body the seat is in. */
  body: Body;
  /** For a deputy, the member they stand in for. */
  deputyFor?: Maybe<Person>;
  /** The huvudman the seat is for. */
  huvudman: Huvudman;
  /** Stable id of the seat. */
  id: Scalars['ID']['output'];
  /** First day of the seat (ISO date); null where the documents do not say. */
  periodFrom?: Maybe<Scalars['String']['output']>;
  /** Why the period ends as it does, as written. */
  periodNote?: Maybe<Scalars['String']['output']>;
  /** Last day of the seat (ISO date) where the documents end it, e.g. those thanked off on 2021-05-28. */
  periodTo?: Maybe<Scalars['String']['output']>;
  /** Who holds it; null where the documents give the huvudman only (e.g. the councils). */
  person?: Maybe<Person>;
  /** The part of the huvudman represented, as written, e.g. "Närsjukvårdsområde väster" or "Kommunchef". */
  representing?: Maybe<Scalars['String']['output']>;
  /** The seat's role in the body. */
  role: MembershipRole;
  /** The document that records the seat. */
  source: Scalars['String']['output'];
};

/** A seat's role in a body. */
export type MembershipRole =
  /** A deputy (ersättare) for a member. */
  | 'DEPUTY'
  /** A member representing their huvudman. */
  | 'MEMBER'
  /** The body's secretary (sekreterare). */
  | 'SECRETARY'
  /** The body's own support, listed apart from the huvudmän's representatives (e.g. who opens the meeting). */
  | 'SUPPORT';

/** A kommun in Örebro län, as recorded by the kommun itself. */
export type Municipality = {
  __typename?: 'Municipality';
  /** SCB kommun code, e.g. "1880" for Örebro. */
  code: Scalars['ID']['output'];
  /** The kommun's name, e.g. "Örebro". */
  name: Scalars['String']['output'];
  /** Population (folkmängd) on 31 December of the given year; null when the kommun has no figure for it. */
  population?: Maybe<Scalars['Int']['output']>;
  /** Every population figure the kommun holds, oldest first, with its source. */
  populations: Array<PopulationFigure>;
};


/** A kommun in Örebro län, as recorded by the kommun itself. */
export type MunicipalityPopulationArgs = {
  year: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds an agenda item (ärende) to a meeting, or an unnumbered part of one (`parentId`), with its
   * presenters, proposals (förslag till beslut, one per "att"-clause) and questions. All or nothing.
   * Access: the secretariat role.
   */
  addAgendaItem?: Maybe<AgendaItem>;
  /**
   * Adds a follow-up note (uppföljning) to a decision. Refused, with nothing changed, when the decision's
   * version is not `expectedVersion` (CONFLICT), the text holds a personnummer, or the date is in the
   * future or before the decision was raised.
   * Access: the secretariat role.
   */
  addDecisionNote?: Maybe<Decision>;
  /**
   * Moves a decision to another status, with a note saying why. Allowed: PROPOSED → DECIDED or
   * CANCELLED; DECIDED → IN_PROGRESS, DONE or CANCELLED; IN_PROGRESS → DONE or CANCELLED. DONE and
   * CANCELLED are final. Refused, with nothing changed, like addDecisionNote.
   * Access: the secretariat role.
   */
  changeDecisionStatus?: Maybe<Decision>;
  /**
   * Moves an analysis to another status with a note (DRAFT → ADOPTED or CANCELLED; ADOPTED → FOLLOWED_UP or
   * CANCELLED; FOLLOWED_UP and CANCELLED are final). Refused when the transition is not allowed or the version is
   * stale (CONFLICT). Access: the secretariat role.
   */
  changeJointRiskAnalysisStatus?: Maybe<JointRiskAnalysis>;
  /**
   * Changes a deviation's content. Refused (CONFLICT, nothing saved) when `expectedVersion` is not the stored
   * version, and (BAD_USER_INPUT) once it is CLOSED or WITHDRAWN. Access: writers of this kommun.
   */
  changeKommunDeviation?: Maybe<DeviationReport>;
  /**
   * Moves a deviation to another status with a note saying why (see DeviationStatus for the allowed
   * transitions). Refused when the transition is not allowed or the version is stale. Access: writers of this kommun.
   */
  changeKommunDeviationStatus?: Maybe<DeviationReport>;
  /**
   * Changes a deviation's content. Refused (CONFLICT, nothing saved) when `expectedVersion` is not the stored
   * version, and (BAD_USER_INPUT) once it is CLOSED or WITHDRAWN. Access: writers of the region.
   */
  changeRegionDeviation?: Maybe<DeviationReport>;
  /**
   * Moves a deviation to another status with a note saying why (see DeviationStatus for the allowed
   * transitions). Refused when the transition is not allowed or the version is stale. Access: writers of the region.
   */
  changeRegionDeviationStatus?: Maybe<DeviationReport>;
  /** Closes this kommun's response with the measures taken (INVESTIGATING → CLOSED). Access: writers of this kommun. */
  closeKommunDeviationResponse?: Maybe<DeviationResponse>;
  /** Closes the region's response with the measures taken (INVESTIGATING → CLOSED). Access: writers of the region. */
  closeRegionDeviationResponse?: Maybe<DeviationResponse>;
  /**
   * Creates an indicator or replaces its definition, targets and goal references as a whole. Refused with
   * BAD_USER_INPUT naming the field when the definition is inconsistent (e.g. a sum over a share); nothing
   * is stored then. Access: the secretariat role.
   */
  defineIndicator?: Maybe<Indicator>;
  /**
   * Loads a Kolada-format export (JSON as the Kolada API gives it, or CSV) into this kommun's own values, all
   * or nothing. Every row's `municipality` must be this kommun's code: if any row is for another huvudman, or
   * malformed, the whole file is refused with BAD_USER_INPUT and `extensions.refused` lists every refused row
   * ({ row, kpi, municipality, period, gender, reason }); nothing is stored then. Importing the same file
   * again updates values instead of adding copies. The total population (N01951, T) updates the kommun's
   * population figure. Access: writers of the owning huvudman (this kommun).
   */
  importKommunIndicatorValues?: Maybe<IndicatorImportResult>;
  /**
   * Loads a Kolada-format export (JSON as the Kolada API gives it, or CSV) into the region's own values, all
   * or nothing. Every row's `municipality` must be the region ("0018" as Kolada names it, or "18"): if any row
   * is for another huvudman, or malformed, the whole file is refused with BAD_USER_INPUT and
   * `extensions.refused` lists every refused row ({ row, kpi, municipality, period, gender, reason });
   * nothing is stored then. Importing the same file again updates values instead of adding copies.
   * Access: writers of the owning huvudman (the region, "18").
   */
  importRegionIndicatorValues?: Maybe<IndicatorImportResult>;
  /**
   * Links a deviation that shows a risk occurring to that risk (by reference: the deviation stays in its
   * reporter's subgraph). Refused for an id that names no participating huvudman or a stale version.
   * Access: the secretariat role.
   */
  linkDeviationToRisk?: Maybe<JointRiskAnalysis>;
  /**
   * Adds names to a held meeting's attendance list, after those already listed. A member's row is tied
   * to their seat in the body; someone without a seat is recorded as GUEST. All or nothing.
   * Access: the secretariat role.
   */
  recordAttendance?: Maybe<Meeting>;
  /**
   * Records a decision point of an agenda item, optionally deciding one of its proposals. At a held
   * meeting it is PROPOSED, DECIDED or DONE (done at the meeting, e.g. approving the agenda); at a
   * planned one PROPOSED. Later statuses come through changeDecisionStatus with a note. Owners must be
   * existing bodies, huvudmän and people; a due date cannot be before the meeting.
   * Access: the secretariat role.
   */
  recordDecision?: Maybe<Decision>;
  /**
   * Records a decision (beslut) on the use of grant money. The programme, pot and service must exist and
   * agree with each other, and a decision may not take more from a pot than is left in it. Text containing
   * a personnummer is refused. Access: the secretariat role.
   */
  recordGrantDecision?: Maybe<GrantDecision>;
  /**
   * Records a joint risk analysis of a process: its steps, the risks found (probability × consequence on
   * `riskMatrix`), and measures with an owning huvudman and a due date. Refused with BAD_USER_INPUT naming the
   * field for an unknown process or huvudman, a value off the matrix, a risk on a step that is not listed, or a
   * personnummer in any text; nothing is stored then. Access: the secretariat role.
   */
  recordJointRiskAnalysis?: Maybe<JointRiskAnalysis>;
  /**
   * Records (or, with `expectedVersion`, revises) this kommun's investigation of a deviation that concerns it,
   * reported by another huvudman. Stored here only; it joins the deviation through the graph. Access: writers of this kommun.
   */
  recordKommunDeviationResponse?: Maybe<DeviationResponse>;
  /**
   * Records a meeting of a body, optionally with its attendance list, all or nothing. Recording a HELD
   * meeting on the date of the body's PLANNED one completes that meeting (give its `version` as
   * `expectedVersion`; a stale one is refused with CONFLICT). A held meeting cannot be in the future; a
   * coming meeting must be after the meeting that announced it.
   * Access: the secretariat role.
   */
  recordMeeting?: Maybe<Meeting>;
  /**
   * Records (or, with `expectedVersion`, revises) the region's investigation of a deviation that concerns it,
   * reported by a kommun. Stored here only; it joins the deviation through the graph. Access: writers of the region.
   */
  recordRegionDeviationResponse?: Maybe<DeviationResponse>;
  /**
   * Registers a person named in the records (e.g. a new member or a guest presenting an item), so that
   * seats, attendance and owners can refer to them. The id derives from the name ("Anna Svensson" →
   * "anna-svensson"); someone already registered for the same huvudman is returned as is.
   * Access: the secretariat role.
   */
  registerPerson?: Maybe<Person>;
  /**
   * Reports the kommun's own contribution to a co-owned service: staff by role with FTE and period, costs
   * paid per year and activity volumes per month. Routed to the instance named by `kommunCode`; an instance
   * refuses any other kommun's report. A row for a key already reported (role and start date; year; month,
   * measure and home kommun) is replaced. FTE, amounts and counts must be non-negative (FTE with at most two
   * decimals, amounts in whole SEK); a refused report changes nothing.
   * Access: writers of the owning kommun.
   */
  reportKommunContribution?: Maybe<OwnerContribution>;
  /**
   * Reports a deviation in samverkan (avvikelse i samverkan) found by this kommun's staff. Refused with
   * BAD_USER_INPUT naming the field (nothing stored) for an unknown process, a process version not in force on
   * the day, a date in the future, no or unknown concerned huvudmän, or a personnummer in the description.
   * Access: writers of this kommun (the token's huvudman must be `kommunCode`).
   */
  reportKommunDeviation?: Maybe<DeviationReport>;
  /**
   * Reports a use of the kommun's allocation from a grant programme: what for and how much (whole SEK,
   * non-negative). Routed to the instance named by `kommunCode`; an instance refuses any other kommun's
   * report. Text containing a personnummer is refused.
   * Access: writers of the owning kommun.
   */
  reportKommunGrantUse?: Maybe<GrantUse>;
  /**
   * Records the kommun's population for a year (replacing a figure already reported for that year).
   * Routed to the instance named by `input.kommunCode`; an instance refuses any other kommun's figure.
   * Access: writers of the owning kommun.
   */
  reportPopulation?: Maybe<PopulationFigure>;
  /**
   * Reports Region Örebro län's own contribution to a co-owned service: staff by role with FTE and period,
   * costs paid per year and activity volumes per month. A row for a key already reported (role and start
   * date; year; month, measure and home kommun) is replaced. FTE, amounts and counts must be non-negative
   * (FTE with at most two decimals, amounts in whole SEK); a refused report changes nothing.
   * Access: writers of the owning huvudman (Region Örebro län, "18").
   */
  reportRegionContribution?: Maybe<OwnerContribution>;
  /**
   * Reports a deviation in samverkan (avvikelse i samverkan) found by the region's staff. Refused with
   * BAD_USER_INPUT naming the field (nothing stored) for an unknown process, a process version not in force on
   * the day, a date in the future, no or unknown concerned huvudmän, or a personnummer in the description.
   * Access: writers of the region (token huvudman "18").
   */
  reportRegionDeviation?: Maybe<DeviationReport>;
  /**
   * Reports a use of Region Örebro län's allocation from a grant programme: what for and how much (whole
   * SEK, non-negative). Text containing a personnummer is refused.
   * Access: writers of the owning huvudman (Region Örebro län, "18").
   */
  reportRegionGrantUse?: Maybe<GrantUse>;
  /**
   * Creates a co-owned service, or replaces it (with its owners, leadership and länsdelar) when the id exists. The
   * owners' shares must add up to exactly 100 % (at most two decimals each); owners and employer must be
   * in the register. Free text containing a personnummer is refused. A refused input changes nothing.
   * Access: the secretariat role.
   */
  saveCoOwnedService?: Maybe<CoOwnedService>;
  /**
   * Creates or replaces a joint pot (länsgemensamma medel) of a programme; its amount may not fall below
   * what decisions already take from it. Access: the secretariat role.
   */
  saveGrantPot?: Maybe<GrantPot>;
  /**
   * Creates or replaces a grant programme with its national parts (whole SEK, non-negative, each recipient
   * group once, together at most the national total). Access: the secretariat role.
   */
  saveGrantProgramme?: Maybe<GrantProgramme>;
  /**
   * Sets a service's agreed budget for one year (replacing that year's budget). The amount is a
   * non-negative whole number of kronor. Access: the secretariat role.
   */
  setCoOwnedServiceBudget?: Maybe<CoOwnedService>;
  /**
   * Reports on an uppdrag of the nämnd's verksamhetsplan: moves it to `status` (or keeps it, to record a note
   * only) with a note. Allowed moves: ASSIGNED → IN_PROGRESS, DONE or CANCELLED; IN_PROGRESS → DONE or
   * CANCELLED; DONE and CANCELLED are final. A stale `expectedVersion` is refused with CONFLICT; a refused
   * write changes nothing. A note containing a personnummer or samordningsnummer is refused.
   * Access: writers of the owning huvudman (Region Örebro län, "18").
   */
  updateBoardAssignmentStatus?: Maybe<BoardAssignment>;
  /**
   * Records a follow-up (uppföljning) of a plan activity: moves it to `status` (or keeps its status, to
   * record a note only) with a note. Allowed moves: PLANNED → IN_PROGRESS, DONE or CANCELLED;
   * IN_PROGRESS → DONE or CANCELLED; DONE and CANCELLED are final. The write is based on the version the
   * caller read: a stale `expectedVersion` is refused with CONFLICT, and a refused write changes nothing.
   * A note containing a personnummer or samordningsnummer is refused.
   * Access: the secretariat role.
   */
  updatePlanActivityStatus?: Maybe<PlanActivity>;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddDecisionNoteArgs = {
  input: AddDecisionNoteInput;
};


export type MutationChangeDecisionStatusArgs = {
  input: ChangeDecisionStatusInput;
};


export type MutationChangeJointRiskAnalysisStatusArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  status: JointRiskAnalysisStatus;
};


export type MutationChangeKommunDeviationArgs = {
  deviationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: DeviationChangeInput;
  kommunCode: Scalars['ID']['input'];
};


export type MutationChangeKommunDeviationStatusArgs = {
  deviationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  kommunCode: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  status: DeviationStatus;
};


export type MutationChangeRegionDeviationArgs = {
  deviationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: DeviationChangeInput;
};


export type MutationChangeRegionDeviationStatusArgs = {
  deviationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  note: Scalars['String']['input'];
  status: DeviationStatus;
};


export type MutationCloseKommunDeviationResponseArgs = {
  deviationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  kommunCode: Scalars['ID']['input'];
  measures: Scalars['String']['input'];
};


export type MutationCloseRegionDeviationResponseArgs = {
  deviationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  measures: Scalars['String']['input'];
};


export type MutationDefineIndicatorArgs = {
  input: IndicatorInput;
};


export type MutationImportKommunIndicatorValuesArgs = {
  input: IndicatorImportInput;
  kommunCode: Scalars['ID']['input'];
};


export type MutationImportRegionIndicatorValuesArgs = {
  input: IndicatorImportInput;
};


export type MutationLinkDeviationToRiskArgs = {
  analysisId: Scalars['ID']['input'];
  deviationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  riskNumber: Scalars['Int']['input'];
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
};


export type MutationRecordGrantDecisionArgs = {
  input: GrantDecisionInput;
};


export type MutationRecordJointRiskAnalysisArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: JointRiskAnalysisInput;
};


export type MutationRecordKommunDeviationResponseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DeviationResponseInput;
  kommunCode: Scalars['ID']['input'];
};


export type MutationRecordMeetingArgs = {
  input: RecordMeetingInput;
};


export type MutationRecordRegionDeviationResponseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DeviationResponseInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationReportKommunContributionArgs = {
  input: ServiceContributionInput;
  kommunCode: Scalars['ID']['input'];
};


export type MutationReportKommunDeviationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DeviationInput;
  kommunCode: Scalars['ID']['input'];
};


export type MutationReportKommunGrantUseArgs = {
  input: GrantUseInput;
  kommunCode: Scalars['ID']['input'];
};


export type MutationReportPopulationArgs = {
  input: PopulationInput;
};


export type MutationReportRegionContributionArgs = {
  input: ServiceContributionInput;
};


export type MutationReportRegionDeviationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DeviationInput;
};


export type MutationReportRegionGrantUseArgs = {
  input: GrantUseInput;
};


export type MutationSaveCoOwnedServiceArgs = {
  input: CoOwnedServiceInput;
};


export type MutationSaveGrantPotArgs = {
  input: GrantPotInput;
};


export type MutationSaveGrantProgrammeArgs = {
  input: GrantProgrammeInput;
};


export type MutationSetCoOwnedServiceBudgetArgs = {
  input: ServiceBudgetInput;
};


export type MutationUpdateBoardAssignmentStatusArgs = {
  input: UpdateBoardAssignmentStatusInput;
};


export type MutationUpdatePlanActivityStatusArgs = {
  input: UpdatePlanActivityStatusInput;
};

/** A närsjukvårdsområde: the region's organisation of local health care in part of the län. */
export type Narsjukvardsomrade = {
  __typename?: 'Narsjukvardsomrade';
  /** Stable id, e.g. "soder-orebro". */
  id: Scalars['ID']['output'];
  /** The länsdelar the area covers. */
  lansdelar: Array<Lansdel>;
  /** Name as in the documents, e.g. "Närsjukvårdsområde söder och Örebro". */
  name: Scalars['String']['output'];
  /** Where the fact comes from. */
  source: Scalars['String']['output'];
};

/** One recipient group's part of a programme's national total. */
export type NationalGrantPart = {
  __typename?: 'NationalGrantPart';
  /** The part, whole SEK. */
  amountSek: Scalars['Sek']['output'];
  /** True when invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** Who the part goes to. */
  recipients: GrantRecipientGroup;
  /** Where the figure comes from. */
  source: Scalars['String']['output'];
};

/** One recipient group's part of the national total. */
export type NationalGrantPartInput = {
  /** Whole kronor, non-negative. */
  amountSek: Scalars['Sek']['input'];
  /** Who the part goes to. */
  recipients: GrantRecipientGroup;
};

/** An effektmål or mål of the verksamhetsplan, with its indicators. */
export type OperationalGoal = {
  __typename?: 'OperationalGoal';
  /** Stable id, e.g. "hsn-verksamhetsplan-2024/effektmal-9" (the id indicators in the joint follow-up model refer to). */
  id: Scalars['ID']['output'];
  /** The goal's indikatorer, in document order. */
  indicators: Array<OperationalIndicator>;
  kind: OperationalGoalKind;
  /** The effektmål number; null for an unnumbered mål. */
  number?: Maybe<Scalars['Int']['output']>;
  perspective: OperationalPerspective;
  /** The goal as worded in the plan. */
  text: Scalars['String']['output'];
};

/** Whether a goal is a numbered effektmål or an unnumbered mål. */
export type OperationalGoalKind =
  /** Effektmål nr N (the region's numbering; the plan uses nr 1, 2, 6, 7, 8, 9 and 10). */
  | 'EFFECT_GOAL'
  /** Mål without a number (the Process perspective's goal). */
  | 'GOAL';

/** An indikator of a goal. */
export type OperationalIndicator = {
  __typename?: 'OperationalIndicator';
  /** Stable id, e.g. "hsn-verksamhetsplan-2024/effektmal-9/indikator-1". */
  id: Scalars['ID']['output'];
  /** 1-based position under its goal. */
  number: Scalars['Int']['output'];
  /** The numeric target (målvärde) where the plan states one; null where it states none. */
  target?: Maybe<OperationalTarget>;
  /** The indicator as worded in the plan. */
  text: Scalars['String']['output'];
};

/** A perspektiv of the verksamhetsplan, e.g. "Invånare och samhälle". */
export type OperationalPerspective = {
  __typename?: 'OperationalPerspective';
  /** The uppdrag the plan gives under this perspective. */
  assignments: Array<BoardAssignment>;
  /** The effektmål and mål under this perspective. */
  goals: Array<OperationalGoal>;
  /** Stable id, e.g. "hsn-verksamhetsplan-2024/resurs". */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Hälso- och sjukvårdsnämndens verksamhetsplan (operational plan) for one year. */
export type OperationalPlan = {
  __typename?: 'OperationalPlan';
  /** The uppdrag (assignments) nr 1–19, in number order; optionally one status and/or one beredning's. */
  assignments: Array<BoardAssignment>;
  /** The nämnd's beredningar (preparatory committees). */
  committees: Array<PreparatoryCommittee>;
  /** Every effektmål and mål of the plan, in document order. */
  goals: Array<OperationalGoal>;
  /** Stable id, e.g. "hsn-verksamhetsplan-2024". */
  id: Scalars['ID']['output'];
  /** Name as in the document, e.g. "Hälso- och sjukvårdsnämndens verksamhetsplan 2024". */
  name: Scalars['String']['output'];
  /** The body whose plan it is: "Hälso- och sjukvårdsnämnden". */
  owner: Scalars['String']['output'];
  /** The plan's three perspektiv: Invånare och samhälle, Process, Resurs. */
  perspectives: Array<OperationalPerspective>;
  /** Where the facts come from: the source document. */
  source: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};


/** Hälso- och sjukvårdsnämndens verksamhetsplan (operational plan) for one year. */
export type OperationalPlanAssignmentsArgs = {
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<BoardAssignmentStatus>;
};

/** A numeric target value stated in the plan. */
export type OperationalTarget = {
  __typename?: 'OperationalTarget';
  comparison: OperationalTargetComparison;
  /** The upper bound of a BETWEEN target; null otherwise. */
  high?: Maybe<Scalars['Int']['output']>;
  low: Scalars['Int']['output'];
  /** The unit, e.g. "procent" or "HME (index)". */
  unit: Scalars['String']['output'];
};

/** How a value is compared with a target. */
export type OperationalTargetComparison =
  /** At least `low` (e.g. minst 90 procent). */
  | 'AT_LEAST'
  /** From `low` to `high`, both included (e.g. HME 77–80). */
  | 'BETWEEN'
  /** More than `low` (e.g. mer än 85 procent). */
  | 'GREATER_THAN';

/**
 * One owner's agreed share against its actual contribution in a year. Percent figures have two decimals;
 * a difference is actual minus agreed. Access: internal (staff of a participating huvudman).
 */
export type OwnerBalance = {
  __typename?: 'OwnerBalance';
  /** The agreed part of the year's budget; null when the year has no budget. */
  agreedAmountSek?: Maybe<Scalars['Sek']['output']>;
  /** The agreed share in percent. */
  agreedSharePercent: Scalars['Float']['output'];
  /** The owner's staff in the service, in FTE (årsarbetare) averaged over the year. */
  averageFte?: Maybe<Scalars['Float']['output']>;
  /** costSek minus agreedAmountSek: positive when the owner paid more than its agreed part. */
  costDifferenceSek?: Maybe<Scalars['Sek']['output']>;
  /** Costs the owner reported paying for the service in the year. */
  costSek?: Maybe<Scalars['Sek']['output']>;
  /** costSharePercent minus the agreed share, in percentage points. */
  costShareDifference?: Maybe<Scalars['Float']['output']>;
  /** The owner's share of all owners' costs in the year, in percent; null unless every owner reported. */
  costSharePercent?: Maybe<Scalars['Float']['output']>;
  /**
   * Why the owner's reported figures for the year were left out (an implausible figure, e.g. a cost above
   * the bound every write is checked against); null when they were used. Then costSek and averageFte are
   * null, and the totals are null as for a missing owner; every other owner's row is computed.
   */
  excludedBecause?: Maybe<Scalars['String']['output']>;
  /** fteSharePercent minus the agreed share, in percentage points. */
  fteShareDifference?: Maybe<Scalars['Float']['output']>;
  /** The owner's share of all owners' average FTE, in percent; null unless every owner reported. */
  fteSharePercent?: Maybe<Scalars['Float']['output']>;
  /** The owner. */
  huvudman: Huvudman;
  /** False when the owner's figures for the year are missing (not reported, or its subgraph unavailable). */
  reported: Scalars['Boolean']['output'];
};

/** One owner's own report on a co-owned service, read from the owner's own subgraph. */
export type OwnerContribution = {
  __typename?: 'OwnerContribution';
  /** Monthly activity volumes by the patient's home kommun. Access: internal (staff of a participating huvudman). */
  activity: Array<ServiceActivityVolume>;
  /** Costs the owner paid for the service, per year. Access: internal (staff of a participating huvudman). */
  costs: Array<CostContribution>;
  /** The reporting owner: "18" for the region, a kommun's SCB code. */
  huvudmanId: Scalars['ID']['output'];
  /** Years the owner has reported costs or activity for (public: shows what is reported, not the figures). */
  reportedYears: Array<Scalars['Int']['output']>;
  /** The co-owned service reported on. */
  serviceId: Scalars['ID']['output'];
  /** Staff the owner puts into the service, by role. Access: internal (staff of a participating huvudman). */
  staff: Array<StaffContribution>;
};

/** One owner's share. */
export type OwnerShareInput = {
  /** The owning huvudman's id: "18" or a kommun's SCB code. At most 100 characters. */
  huvudmanId: Scalars['ID']['input'];
  /** Share in percent, above 0 and at most 100, with at most two decimals (e.g. 33.33). */
  sharePercent: Scalars['Float']['input'];
};

/** A person named in the governance records (an official or politician as written in a protocol). */
export type Person = {
  __typename?: 'Person';
  /** The huvudman the person works for. */
  huvudman: Huvudman;
  /** Derived from the name, e.g. "stina-engelheart". */
  id: Scalars['ID']['output'];
  /** Their seats in joint bodies. */
  memberships: Array<Membership>;
  /** The name as written on the attendance list. */
  name: Scalars['String']['output'];
  /** Decisions that name them as owner. */
  ownedDecisions: Array<Decision>;
};

/** A plan activity (aktivitet): what is to be done, for which goals, by whom, and how it stands. */
export type PlanActivity = {
  __typename?: 'PlanActivity';
  /** The area it is listed under; null for a system-level prerequisite's activity. */
  area?: Maybe<ActivityArea>;
  /**
   * The uppdragsdirektiv fields the färdplan demands of every activity (tidsplan, uppdrag, genomförande,
   * finansiering, uppföljning); null where the plan leaves a field open.
   */
  directive: ActivityDirective;
  /** Follow-ups recorded by the secretariat, oldest first. */
  followUps: Array<ActivityFollowUp>;
  /** The goals (mål) the activity serves. */
  goals: Array<JointPlanGoal>;
  /** Another joint plan in which the activity is concretised and followed up, by name (e.g. "Regional e-hälsoplan"). */
  handledIn?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. "fardplan-nara-vard-2023-2026/2023-samordning-och-partnerskap-1" (2023: the version of the activity list). */
  id: Scalars['ID']['output'];
  plan: JointPlan;
  /** The system-level prerequisite it serves, if it is one's activity. */
  prerequisite?: Maybe<SystemPrerequisite>;
  /** Who is responsible for the activity. */
  responsibility: ActivityResponsibility;
  status: PlanActivityStatus;
  /** The activity as worded in the plan. */
  title: Scalars['String']['output'];
  /** Increases with every follow-up; pass it as expectedVersion when recording the next one. */
  version: Scalars['Int']['output'];
};

/** Where a plan activity stands. */
export type PlanActivityStatus =
  /** Avbruten: cancelled. */
  | 'CANCELLED'
  /** Genomförd: done. */
  | 'DONE'
  /** Pågår: under way (seeded where the plan says the work is ongoing or continues). */
  | 'IN_PROGRESS'
  /** Planerad: set in the plan, not reported as started. */
  | 'PLANNED';

/** Who is responsible for what under a plan (ansvar), as the plan words it. */
export type PlanResponsibility = {
  __typename?: 'PlanResponsibility';
  /** Who holds the responsibility, by name, e.g. "Länsdelsgrupperna". */
  holder: Scalars['String']['output'];
  /** 1-based position. */
  number: Scalars['Int']['output'];
  /** What they are responsible for, in the plan's words. */
  responsibility: Scalars['String']['output'];
};

/** A risk (risk) from the plan's risk analysis. */
export type PlanRisk = {
  __typename?: 'PlanRisk';
  /** 1-based position in the plan's list. */
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A population figure (folkmängd, Kolada N01951) reported by the kommun. */
export type PopulationFigure = {
  __typename?: 'PopulationFigure';
  /** True when the figure is invented for demonstration, not an official statistic. */
  isExample: Scalars['Boolean']['output'];
  /** Where the figure comes from, e.g. "SCB, folkmängd 31 December 2024". */
  source: Scalars['String']['output'];
  value: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A population figure as reported by the kommun. */
export type PopulationInput = {
  /** True for a figure invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** The reporting kommun's SCB code; must be the instance's own. At most 100 characters. */
  kommunCode: Scalars['ID']['input'];
  /** Where the figure comes from, e.g. "SCB, folkmängd 31 December 2025". At most 255 characters. */
  source: Scalars['String']['input'];
  /** Folkmängd on 31 December of the year; a non-negative whole number. */
  value: Scalars['Int']['input'];
  /** The year of the figure (1968–2100: SCB's population series per kommun start in 1968). */
  year: Scalars['Int']['input'];
};

/** A beredning (preparatory committee) of Hälso- och sjukvårdsnämnden. */
export type PreparatoryCommittee = {
  __typename?: 'PreparatoryCommittee';
  /** The uppdrag it follows, in number order. */
  assignments: Array<BoardAssignment>;
  /** Stable id, e.g. "narsjukvard". */
  id: Scalars['ID']['output'];
  /** e.g. "Hälso- och sjukvårdsnämndens beredning för närsjukvård". */
  name: Scalars['String']['output'];
  /** A remark on how the document names it; null if none. */
  note?: Maybe<Scalars['String']['output']>;
};

/** Who presents an agenda item, and the huvudman they speak for. */
export type Presenter = {
  __typename?: 'Presenter';
  /** The huvudman they spoke for. */
  huvudman: Huvudman;
  /** Who presented. */
  person: Person;
};

/** Who presents an agenda item. */
export type PresenterInput = {
  /** The huvudman they speak for. At most 100 characters. */
  huvudmanId: Scalars['ID']['input'];
  /** A registered person's id. At most 100 characters. */
  personId: Scalars['ID']['input'];
};

/** Primary care in the län: counts from the region's public site. */
export type PrimaryCareSummary = {
  __typename?: 'PrimaryCareSummary';
  /** Caveats on the figure, e.g. an unknown date. */
  note?: Maybe<Scalars['String']['output']>;
  /** How many of them are privately run. */
  privateVardcentraler: Scalars['Int']['output'];
  source: Scalars['String']['output'];
  /** Number of vårdcentraler, public and private. */
  vardcentraler: Scalars['Int']['output'];
};

/** A proposal (förslag till beslut): one "att"-clause. */
export type Proposal = {
  __typename?: 'Proposal';
  /** The decision taken on it; null while none is recorded. */
  decision?: Maybe<Decision>;
  /** Stable id of the proposal. */
  id: Scalars['ID']['output'];
  /** The "att"-clause as written. */
  text: Scalars['String']['output'];
};

/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type Query = {
  __typename?: 'Query';
  /** One agreement by id, e.g. "nutritionsvardsprocessen"; null when there is none. */
  agreement?: Maybe<Agreement>;
  /** The agreements the joint documents name, by name; optionally only those at one stage. */
  agreements: Array<Agreement>;
  /** The joint bodies of the samverkansstruktur, councils first; optionally of one kind. */
  bodies: Array<Body>;
  /** One body by id, e.g. "chefsgrupp"; null when there is none. */
  body?: Maybe<Body>;
  /** One co-owned service by id, e.g. "mobilt-narsjukvardsteam-orebro". Null when there is none. */
  coOwnedService?: Maybe<CoOwnedService>;
  /** Co-owned services by name, optionally only those in one länsdel and/or of one kind. */
  coOwnedServices: Array<CoOwnedService>;
  /** One decision by id, e.g. "chefsgrupp-2021-05-28-b03"; null when there is none. */
  decision?: Maybe<Decision>;
  /** Decisions in protocol order; optionally of one body, in some statuses, or owned by one huvudman. */
  decisions: Array<Decision>;
  /**
   * One deviation by id, e.g. "1881-6f1c…": its report from the reporter's subgraph and the responses from each
   * concerned huvudman's. Null for an id that names no participating huvudman. Access: internal.
   */
  deviation?: Maybe<Deviation>;
  /**
   * Deviations across all 13 huvudmän for the months `fromMonth` to `toMonth` (YYYY-MM, at most 36 months),
   * computed when asked from each huvudman's own records. Access: internal (staff of a participating huvudman).
   */
  deviationOverview?: Maybe<DeviationOverview>;
  /** Decisions on the use of grant money, oldest first, optionally only one area's. */
  grantDecisions: Array<GrantDecision>;
  /** One programme by id, e.g. "god-och-nara-vard-2023". Null when there is none. */
  grantProgramme?: Maybe<GrantProgramme>;
  /** Grant programmes, newest year first, optionally only one area and/or one year. */
  grantProgrammes: Array<GrantProgramme>;
  /**
   * One huvudman by id: "18" is Region Örebro län; a kommun's id is its SCB kommun code, e.g. "1880"
   * for Örebro. Null when no participant has that id.
   */
  huvudman?: Maybe<Huvudman>;
  /** All participating huvudmän: Region Örebro län and the län's twelve kommuner (13 in all). */
  huvudmen: Array<Huvudman>;
  /** One indicator by id, e.g. "N01951" or "fallskador-65". Null when there is none. */
  indicator?: Maybe<Indicator>;
  /**
   * The indicators of the joint follow-up model, ordered by id. With `goal`, only those following up that
   * goal (a goal id such as "handlingsplan-2019-2022/delmal-3"; see `Indicator.goals`).
   */
  indicators: Array<Indicator>;
  /**
   * One joint plan by id: "handlingsplan-2019-2022" or "fardplan-nara-vard-2023-2026". Null when there is
   * no plan with that id.
   */
  jointPlan?: Maybe<JointPlan>;
  /** The joint plans, oldest first: Handlingsplan sammanhållen vård och omsorg 2019–2022 and Färdplan nära vård 2023–2026. */
  jointPlans: Array<JointPlan>;
  /** One joint process version; without `version`, the latest. Null when there is none. Public. */
  jointProcess?: Maybe<JointProcess>;
  /** The joint processes, by code and version; with `onDate` (YYYY-MM-DD) only the versions in force that day. Public. */
  jointProcesses: Array<JointProcess>;
  /**
   * The joint risk analyses, newest first; with `processCode` only that process's, with `status` only those in
   * that status. Access: internal (staff of a participating huvudman).
   */
  jointRiskAnalyses: Array<JointRiskAnalysis>;
  /** One joint risk analysis by id; null when there is none. Access: internal. */
  jointRiskAnalysis?: Maybe<JointRiskAnalysis>;
  /**
   * One kommun's audit log, newest first: every write and every read of internal data in that kommun's
   * instance. Routed to the instance named by kommunCode.
   * Access: auditors of that kommun.
   */
  kommunAuditRecords: Array<AuditRecord>;
  /**
   * Deviations this kommun reported, newest first; with `status`, only those in that status. Answered by the
   * kommun's own instance. Access: internal (staff of a participating huvudman), reads audited.
   */
  kommunDeviations: Array<DeviationReport>;
  /**
   * This kommun's own values for one indicator, oldest first; answered by that kommun's instance only (empty
   * for another kommun). Public. Null in an answer only when that kommun's instance did not answer (the
   * errors name it, HUVUDMAN_UNAVAILABLE), so the rest of the answer stands.
   */
  kommunIndicatorValues?: Maybe<Array<IndicatorValue>>;
  /** The four länsdelar (sub-areas of the län): Norr, Väster, Söder and Örebro. */
  lansdelar: Array<Lansdel>;
  /** One meeting by id, `<body id>-<date>`, e.g. "chefsgrupp-2021-05-28"; null when there is none. */
  meeting?: Maybe<Meeting>;
  /** Meetings, oldest first; optionally of one body and from/to an ISO date (inclusive). */
  meetings: Array<Meeting>;
  /**
   * Every kommun whose instance is reachable, in kommun-code order (the errors name each one missing,
   * HUVUDMAN_UNAVAILABLE). Null only when no kommun instance answered, so the rest of the answer stands.
   */
  municipalities?: Maybe<Array<Municipality>>;
  /** One kommun by SCB code, e.g. "1880"; answered by that kommun's own instance. Null for an unknown code. */
  municipality?: Maybe<Municipality>;
  /** Hälso- och sjukvårdsnämndens verksamhetsplan (operational plan) for a year; 2024 is held. Null when there is none. */
  operationalPlan?: Maybe<OperationalPlan>;
  /** One person named in the governance records, by id (e.g. "stina-engelheart"). */
  person?: Maybe<Person>;
  /**
   * Plan activities (aktiviteter) in plan order, optionally only one plan's, one area's (e.g.
   * "fardplan-nara-vard-2023-2026/samordning-och-partnerskap") and/or one status.
   */
  planActivities: Array<PlanActivity>;
  /**
   * Region Örebro län and its own organisation. Null in an answer only when the region's subgraph did not
   * answer (the errors name it: HUVUDMAN_UNAVAILABLE, huvudman "18"), so the rest of the answer stands.
   */
  region?: Maybe<Region>;
  /**
   * The region subgraph's audit log, newest first: every write and every read of internal data.
   * Access: auditors of Region Örebro län (huvudman 18).
   */
  regionAuditRecords: Array<AuditRecord>;
  /**
   * Deviations the region reported, newest first; with `status`, only those in that status.
   * Access: internal (staff of a participating huvudman), reads audited.
   */
  regionDeviations: Array<DeviationReport>;
  /**
   * The region's own values for one indicator, oldest first. Public. Null in an answer only when the region's
   * subgraph did not answer (the errors name it), so the rest of the answer stands.
   */
  regionIndicatorValues?: Maybe<Array<IndicatorValue>>;
  /** The risk matrix every joint risk analysis uses (sannolikhet × konsekvens). Public. */
  riskMatrix: RiskMatrix;
  /**
   * The joint subgraph's audit log, newest first: every write and every read of internal data.
   * Access: auditors with the secretariat role.
   */
  samverkanAuditRecords: Array<AuditRecord>;
  /**
   * Finds decisions, joint plans, plan goals, plan activities and agreements that contain every word of
   * `text` in any inflection (Swedish stemming: "utskrivning" finds "utskrivningen" and "utskrivningar")
   * or as the start of a compound ("utskrivning" finds "utskrivningsklar"). Stop words such as "och" and
   * "att" are ignored. Best first: words in the heading count more than words in the text. At most 200
   * characters and 8 words; `limit` 1–100 (default 20). Optionally only some kinds of record.
   */
  search: Array<SearchHit>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryAgreementsArgs = {
  stage?: InputMaybe<AgreementStage>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryBodiesArgs = {
  kind?: InputMaybe<BodyKind>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryBodyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryCoOwnedServiceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryCoOwnedServicesArgs = {
  kind?: InputMaybe<CoOwnedServiceKind>;
  lansdelId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryDecisionsArgs = {
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  ownerHuvudmanId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<DecisionStatus>>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryDeviationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryDeviationOverviewArgs = {
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryGrantDecisionsArgs = {
  area?: InputMaybe<GrantArea>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryGrantProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryGrantProgrammesArgs = {
  area?: InputMaybe<GrantArea>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryHuvudmanArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryIndicatorsArgs = {
  goal?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryJointPlanArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryJointProcessArgs = {
  code: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryJointProcessesArgs = {
  onDate?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryJointRiskAnalysesArgs = {
  processCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<JointRiskAnalysisStatus>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryJointRiskAnalysisArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryKommunAuditRecordsArgs = {
  kommunCode: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryKommunDeviationsArgs = {
  kommunCode: Scalars['ID']['input'];
  status?: InputMaybe<DeviationStatus>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryKommunIndicatorValuesArgs = {
  indicatorId: Scalars['ID']['input'];
  kommunCode: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryMeetingsArgs = {
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryMunicipalityArgs = {
  code: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryOperationalPlanArgs = {
  year: Scalars['Int']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryPlanActivitiesArgs = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PlanActivityStatus>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryRegionAuditRecordsArgs = {
  limit?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryRegionDeviationsArgs = {
  status?: InputMaybe<DeviationStatus>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QueryRegionIndicatorValuesArgs = {
  indicatorId: Scalars['ID']['input'];
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QuerySamverkanAuditRecordsArgs = {
  limit?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The kommun subgraph: one code base deployed once per kommun, each instance with its own database.
 * An instance answers only for its own kommun; the gateway routes by kommun code. Each domain area
 * extends Query/Mutation in its own .graphql file; a mutation names its kommun in a `kommunCode` argument.
 */
export type QuerySearchArgs = {
  kinds?: InputMaybe<Array<SearchKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** Names to add to a held meeting's attendance list. */
export type RecordAttendanceInput = {
  /** The names in their written order. */
  attendance: Array<AttendanceInput>;
  /** The meeting, e.g. "chefsgrupp-2021-05-28". At most 100 characters. */
  meetingId: Scalars['ID']['input'];
};

/** A decision point to record. */
export type RecordDecisionInput = {
  /** An addition the body made to the proposal when deciding (tillägg). At most 2000 characters. */
  addition?: InputMaybe<Scalars['String']['input']>;
  /** A condition the decision depends on, as written. At most 2000 characters. */
  condition?: InputMaybe<Scalars['String']['input']>;
  /** The body the condition depends on. At most 100 characters. */
  conditionBodyId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO date the decision sets; not before the meeting. At most 10 characters. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /**
   * A key the client chooses for this write (e.g. a UUID). The write adds a new decision each time, so one sent
   * again after an unknown outcome (OUTCOME_UNKNOWN) would add a copy; with the same key it answers the
   * first one instead. The same key with other arguments is refused (CONFLICT). At most 100 characters.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The agenda item (or part of one) it belongs to. At most 100 characters. */
  itemId: Scalars['ID']['input'];
  /** A body responsible for carrying it out. At most 100 characters. */
  ownerBodyId?: InputMaybe<Scalars['ID']['input']>;
  /** The owner in the protocol's words. At most 300 characters. */
  ownerDescription?: InputMaybe<Scalars['String']['input']>;
  /** The huvudman responsible: "18" for the region or a kommun code. At most 100 characters. */
  ownerHuvudmanId?: InputMaybe<Scalars['ID']['input']>;
  /** The person responsible, a registered person's id. At most 100 characters. */
  ownerPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** The proposal of that item it decides, if any; a proposal has at most one decision. At most 100 characters. */
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  /** PROPOSED, DECIDED or DONE (see recordDecision). */
  status: DecisionStatus;
  /** What was decided, as written; no personnummer. At most 4000 characters. */
  text: Scalars['String']['input'];
  /** When, in the protocol's words, e.g. "under hösten 2021". At most 200 characters. */
  timeframe?: InputMaybe<Scalars['String']['input']>;
};

/** A meeting to record. */
export type RecordMeetingInput = {
  /** For a coming meeting, the meeting whose protocol announced it. At most 100 characters. */
  announcedInMeetingId?: InputMaybe<Scalars['ID']['input']>;
  /** The attendance list, in its written order (a HELD meeting only). */
  attendance?: InputMaybe<Array<AttendanceInput>>;
  /** The body that meets, e.g. "chefsgrupp". At most 100 characters. */
  bodyId: Scalars['ID']['input'];
  /** ISO date (the first day of a meeting over several days). At most 10 characters. */
  date: Scalars['String']['input'];
  /** Last day of a meeting over several days; leave out for a one-day meeting. At most 10 characters. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM, after startTime. At most 5 characters. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** When completing the body's PLANNED meeting on this date: its `version` as last read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Tjänsteställe: the administration that keeps the records. At most 200 characters. */
  organiser?: InputMaybe<Scalars['String']['input']>;
  /** Where, as written, e.g. "Digitalt via Zoom". At most 200 characters. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** The secretary, a registered person's id. At most 100 characters. */
  secretaryPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** The protocol or notice the record comes from, e.g. "Protokoll Chefsgruppen 2021-09-03". At most 255 characters. */
  source: Scalars['String']['input'];
  /** HH:MM, e.g. "13:00". At most 5 characters. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** HELD for a meeting with a protocol, PLANNED for a coming one. */
  status: MeetingStatus;
};

/** Region Örebro län (huvudman id "18"): responsible for hälso- och sjukvård in the län. */
export type Region = {
  __typename?: 'Region';
  /** The region's hospitals (sjukhus). */
  hospitals: Array<Hospital>;
  /** "18", the län code (Kolada id 0018). */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The region's närsjukvårdsområden (local health-care areas), each covering one or more länsdelar. */
  narsjukvardsomraden: Array<Narsjukvardsomrade>;
  /** The nämnd's verksamhetsplan for one year (e.g. 2024); null when there is none. */
  operationalPlan?: Maybe<OperationalPlan>;
  /** Hälso- och sjukvårdsnämndens verksamhetsplaner (operational plans), newest first. */
  operationalPlans: Array<OperationalPlan>;
  orgNumber?: Maybe<Scalars['String']['output']>;
  /** Primary care (vårdcentraler) in the län, as far as public figures go. */
  primaryCare?: Maybe<PrimaryCareSummary>;
};


/** Region Örebro län (huvudman id "18"): responsible for hälso- och sjukvård in the län. */
export type RegionOperationalPlanArgs = {
  year: Scalars['Int']['input'];
};

/** A person to register. */
export type RegisterPersonInput = {
  /** The huvudman the person works for: "18" for the region or a kommun code. At most 100 characters. */
  huvudmanId: Scalars['ID']['input'];
  /** The name as written in the records, e.g. "Anna Svensson". At most 200 characters. */
  name: Scalars['String']['input'];
};

/** How responsibility for an activity is held. */
export type ResponsibilityKind =
  /** A named body (e.g. a chefsgrupp or länsdelsgrupp). */
  | 'BODY'
  /** Named huvudmän. */
  | 'HUVUDMAN'
  /** Gemensamt: a joint (länsgemensam) responsibility of every participating huvudman. */
  | 'JOINT';

/** How high a risk is, from its score (probability × consequence) on the risk matrix. */
export type RiskLevel =
  /** Hög risk. */
  | 'HIGH'
  /** Låg risk. */
  | 'LOW'
  /** Måttlig risk. */
  | 'MODERATE'
  /** Mycket hög risk. */
  | 'VERY_HIGH';

/** A band of scores and the level it gives. */
export type RiskLevelBand = {
  __typename?: 'RiskLevelBand';
  /** The level in Swedish, e.g. "Hög risk". */
  label: Scalars['String']['output'];
  /** The level. */
  level: RiskLevel;
  /** Highest score in the band. */
  maxScore: Scalars['Int']['output'];
  /** Lowest score in the band. */
  minScore: Scalars['Int']['output'];
};

/**
 * The stated risk matrix: probability (sannolikhet) 1–4 × consequence (konsekvens) 1–4, each step named, and
 * the score bands that give a risk's level. After Socialstyrelsen's model for riskanalys in health care.
 */
export type RiskMatrix = {
  __typename?: 'RiskMatrix';
  /** The consequence steps, 1 to 4. */
  consequence: Array<RiskScaleStep>;
  /** Score bands (probability × consequence) and the level each gives, lowest first. */
  levels: Array<RiskLevelBand>;
  /** The probability steps, 1 to 4. */
  probability: Array<RiskScaleStep>;
  /** Where the matrix comes from. */
  source: Scalars['String']['output'];
};

/** One step of a risk scale. */
export type RiskScaleStep = {
  __typename?: 'RiskScaleStep';
  /** Its name in Swedish, e.g. "Möjlig". */
  label: Scalars['String']['output'];
  /** The step's value, 1 to 4. */
  value: Scalars['Int']['output'];
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** About 200 characters of the record's text around the first matching word; null when it has no text beyond the heading. */
  excerpt?: Maybe<Scalars['String']['output']>;
  /** What kind of record it is. */
  kind: SearchKind;
  /** The record's own words that matched, as written, e.g. ["utskrivningen"], for highlighting. */
  matchedWords: Array<Scalars['String']['output']>;
  /** The record itself, with all its fields. */
  record: SearchRecord;
  /** Relevance, higher is better: per searched word 4 for a whole word of the heading, 3 for a compound of it, 2 and 1 in the text. */
  score: Scalars['Int']['output'];
  /** The record's heading as written (a decision's text, a plan's or agreement's name, a goal's or activity's title). */
  title: Scalars['String']['output'];
};

/** A kind of record the search finds. */
export type SearchKind =
  /** An agreement, överenskommelse (Agreement). */
  | 'AGREEMENT'
  /** A decision point of a joint body (Decision). */
  | 'DECISION'
  /** A joint plan (JointPlan). */
  | 'PLAN'
  /** A plan activity (PlanActivity). */
  | 'PLAN_ACTIVITY'
  /** A goal in a joint plan's goal tree, e.g. a delmål (JointPlanGoal). */
  | 'PLAN_GOAL';

/** A record the search found. */
export type SearchRecord = Agreement | Decision | JointPlan | JointPlanGoal | PlanActivity;

/** What an activity volume counts. */
export type ServiceActivityMeasure =
  /** Contacts (kontakter): advice, assessments, calls. */
  | 'CONTACTS'
  /** Patients enrolled (inskrivna) during the month. */
  | 'ENROLLED_PATIENTS'
  /** Visits (besök), in the home or at the unit. */
  | 'VISITS';

/**
 * An activity volume of an owner's part of a service in one month, by the patient's home kommun.
 * Access: internal (staff of a participating huvudman).
 */
export type ServiceActivityVolume = {
  __typename?: 'ServiceActivityVolume';
  /** How many in the month. */
  count: Scalars['Int']['output'];
  /** True when invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** What is counted. */
  measure: ServiceActivityMeasure;
  /** The month, e.g. "2024-03". */
  month: Scalars['String']['output'];
  /** SCB code of the kommun the patients live in (folkbokföringskommun). */
  patientHomeKommunCode: Scalars['ID']['output'];
  /** Where the figure comes from. */
  source: Scalars['String']['output'];
};

/** An activity volume for one month. */
export type ServiceActivityVolumeInput = {
  /** Non-negative. */
  count: Scalars['Int']['input'];
  /** What is counted. */
  measure: ServiceActivityMeasure;
  /** "2024-03". At most 7 characters. */
  month: Scalars['String']['input'];
  /** SCB code of the patients' home kommun in Örebro län. At most 100 characters. */
  patientHomeKommunCode: Scalars['ID']['input'];
};

/** Agreed against actual for one service and year. Access: internal (staff of a participating huvudman). */
export type ServiceBalance = {
  __typename?: 'ServiceBalance';
  /** The agreed budget of the year; null when none is set. */
  budgetSek?: Maybe<Scalars['Sek']['output']>;
  /** True when every owner reported a cost for the year; actual shares are only computed then. */
  complete: Scalars['Boolean']['output'];
  /** One row per owner, in the order of `owners`; optionally only one huvudman's. */
  owners: Array<OwnerBalance>;
  /** All owners' reported costs for the year; null unless complete. */
  totalCostSek?: Maybe<Scalars['Sek']['output']>;
  /** All owners' average FTE over the year; null unless complete. */
  totalFte?: Maybe<Scalars['Float']['output']>;
  /** The year compared. */
  year: Scalars['Int']['output'];
};


/** Agreed against actual for one service and year. Access: internal (staff of a participating huvudman). */
export type ServiceBalanceOwnersArgs = {
  huvudmanId?: InputMaybe<Scalars['ID']['input']>;
};

/** The agreed budget of a co-owned service for one year. */
export type ServiceBudget = {
  __typename?: 'ServiceBudget';
  /** The agreed budget of the year, whole SEK. */
  amountSek: Scalars['Sek']['output'];
  /** True when the figure is invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** Where the figure comes from ("Exempeldata" for invented ones). */
  source: Scalars['String']['output'];
  /** The budget year. */
  year: Scalars['Int']['output'];
};

/** A service's agreed budget for one year. */
export type ServiceBudgetInput = {
  /** Whole kronor, non-negative. */
  amountSek: Scalars['Sek']['input'];
  /** True for a figure invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** The co-owned service, e.g. "tullhuset". At most 100 characters. */
  serviceId: Scalars['ID']['input'];
  /** Where the figure comes from ("Exempeldata" for invented ones). At most 255 characters. */
  source: Scalars['String']['input'];
  /** The budget year (2000–2100). */
  year: Scalars['Int']['input'];
};

/** An owner's report on one co-owned service. */
export type ServiceContributionInput = {
  /** Activity volumes per month; a month, measure and home kommun already reported is replaced. */
  activity?: InputMaybe<Array<ServiceActivityVolumeInput>>;
  /** Costs per year, each year once; a year already reported is replaced. */
  costs?: InputMaybe<Array<CostContributionInput>>;
  /** True for figures invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** The co-owned service, e.g. "mobilt-narsjukvardsteam-orebro". At most 100 characters. */
  serviceId: Scalars['ID']['input'];
  /** Where the figures come from ("Exempeldata" for invented ones). At most 255 characters. */
  source: Scalars['String']['input'];
  /** Staff by role; a row with a role and start date already reported replaces it. */
  staff?: InputMaybe<Array<StaffContributionInput>>;
};

/** How the service is run. */
export type ServiceForm =
  /** Permanent verksamhet. */
  | 'PERMANENT'
  /** A pilot in part of the län, to be spread later. */
  | 'PILOT'
  /** Projektform: time-limited, followed up before it continues. */
  | 'PROJECT';

/** One huvudman's part in leading a service, as the documents state it. */
export type ServiceLeadership = {
  __typename?: 'ServiceLeadership';
  /** What the documents say about this huvudman's part, in their words. */
  basis: Scalars['String']['output'];
  /** The huvudman. */
  huvudman: Huvudman;
  /** True when the statement is invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** Whether it leads the service or takes part in leading it. */
  role: ServiceLeadershipRole;
  /** The service. */
  service: CoOwnedService;
  /** Where that is said. */
  source: Scalars['String']['output'];
};

/** One huvudman's part in leading a service. */
export type ServiceLeadershipInput = {
  /** What the documents say about its part, in their words. At most 2000 characters. */
  basis: Scalars['String']['input'];
  /** The huvudman's id: "18" or a kommun's SCB code. At most 100 characters. */
  huvudmanId: Scalars['ID']['input'];
  /** True for a statement invented for demonstration. */
  isExample?: Scalars['Boolean']['input'];
  /** Whether it leads the service or takes part in leading it. */
  role: ServiceLeadershipRole;
  /** Where that is said. At most 255 characters. */
  source: Scalars['String']['input'];
};

/** A huvudman's part in leading a co-owned or co-led service (samledd verksamhet). */
export type ServiceLeadershipRole =
  /** Leads the service: runs it (driver verksamheten) and answers for it day to day. */
  | 'LEADS'
  /** Takes part in leading it (samleder) beside the one who leads: joint development, pilots and follow-up. */
  | 'TAKES_PART';

/** One owner's agreed share of a co-owned service. */
export type ServiceOwnership = {
  __typename?: 'ServiceOwnership';
  /** This owner's part of one year's budget; null when the year has no budget. */
  budgetPart?: Maybe<BudgetPart>;
  /** This owner's part of each year's budget, computed from the shares (the parts add up to the budget exactly). */
  budgetParts: Array<BudgetPart>;
  /** The owning huvudman. */
  huvudman: Huvudman;
  /** True when the share is invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** The co-owned service the share is of. */
  service: CoOwnedService;
  /** The agreed share in basis points: 10000 is 100 %. */
  shareBasisPoints: Scalars['Int']['output'];
  /** The agreed share in percent, e.g. 50.0 (at most two decimals). */
  sharePercent: Scalars['Float']['output'];
  /** Where the share comes from. */
  source: Scalars['String']['output'];
};


/** One owner's agreed share of a co-owned service. */
export type ServiceOwnershipBudgetPartArgs = {
  year: Scalars['Int']['input'];
};

/** Staff in one role that an owner puts into a service for a period. Access: internal (staff of a participating huvudman). */
export type StaffContribution = {
  __typename?: 'StaffContribution';
  /** Last day; null while it continues. */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** Full-time equivalents (årsarbetare), at most two decimals. */
  fte: Scalars['Float']['output'];
  /** True when invented for demonstration (source "Exempeldata"). */
  isExample: Scalars['Boolean']['output'];
  /** The role (yrkesroll), e.g. "Sjuksköterska". */
  role: Scalars['String']['output'];
  /** Where the figure comes from. */
  source: Scalars['String']['output'];
  /** First day, e.g. "2024-01-01". */
  startsOn: Scalars['String']['output'];
};

/** Staff in one role for a period. */
export type StaffContributionInput = {
  /** Last day, on or after startsOn; leave out while it continues. At most 10 characters. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** Non-negative, at most two decimals. */
  fte: Scalars['Float']['input'];
  /** The role (yrkesroll), e.g. "Sjuksköterska". At most 200 characters. */
  role: Scalars['String']['input'];
  /** "2024-01-01". At most 10 characters. */
  startsOn: Scalars['String']['input'];
};

/**
 * Events about deviations in samverkan, over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) at
 * the gateway's /graphql. Opened on every kommun instance and merged, or only on one kommun's instance when
 * `kommunCode` is given; an instance dropping out is an error event naming it (HUVUDMAN_UNAVAILABLE). Each
 * event is the Deviation: select any of its fields, the gateway resolves them through the graph. Access:
 * staff of a participating huvudman, for their own huvudman only; checked when subscribing and for every event.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A change to a deviation the subscriber's huvudman reported, as kommun instances store it: the report's
   * own changes (content, status) when a kommun reported it, and each concerned kommun's response (recorded,
   * revised, closed). Access: internal; `reportedBy` other than the token's huvudman is refused (FORBIDDEN).
   */
  kommunDeviationChanged: Deviation;
  /**
   * A new deviation a kommun reported that concerns the subscriber's huvudman, as soon as it is stored.
   * Access: internal; `concerning` other than the token's huvudman is refused (FORBIDDEN).
   */
  kommunDeviationReported: Deviation;
  /**
   * A change to a deviation the subscriber's huvudman reported, as the region stores it: the region's
   * response (investigation recorded, revised or closed) when the deviation concerns the region. Access:
   * internal; `reportedBy` other than the token's huvudman is refused (FORBIDDEN).
   */
  regionDeviationChanged: Deviation;
  /**
   * A new deviation the region reported that concerns the subscriber's huvudman, as soon as it is stored.
   * Access: internal; `concerning` other than the token's huvudman is refused (FORBIDDEN).
   */
  regionDeviationReported: Deviation;
};


/**
 * Events about deviations in samverkan, over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) at
 * the gateway's /graphql. Opened on every kommun instance and merged, or only on one kommun's instance when
 * `kommunCode` is given; an instance dropping out is an error event naming it (HUVUDMAN_UNAVAILABLE). Each
 * event is the Deviation: select any of its fields, the gateway resolves them through the graph. Access:
 * staff of a participating huvudman, for their own huvudman only; checked when subscribing and for every event.
 */
export type SubscriptionKommunDeviationChangedArgs = {
  deviationId?: InputMaybe<Scalars['ID']['input']>;
  kommunCode?: InputMaybe<Scalars['ID']['input']>;
  reportedBy?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Events about deviations in samverkan, over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) at
 * the gateway's /graphql. Opened on every kommun instance and merged, or only on one kommun's instance when
 * `kommunCode` is given; an instance dropping out is an error event naming it (HUVUDMAN_UNAVAILABLE). Each
 * event is the Deviation: select any of its fields, the gateway resolves them through the graph. Access:
 * staff of a participating huvudman, for their own huvudman only; checked when subscribing and for every event.
 */
export type SubscriptionKommunDeviationReportedArgs = {
  concerning?: InputMaybe<Scalars['ID']['input']>;
  kommunCode?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Events about deviations in samverkan, over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) at
 * the gateway's /graphql. Opened on every kommun instance and merged, or only on one kommun's instance when
 * `kommunCode` is given; an instance dropping out is an error event naming it (HUVUDMAN_UNAVAILABLE). Each
 * event is the Deviation: select any of its fields, the gateway resolves them through the graph. Access:
 * staff of a participating huvudman, for their own huvudman only; checked when subscribing and for every event.
 */
export type SubscriptionRegionDeviationChangedArgs = {
  deviationId?: InputMaybe<Scalars['ID']['input']>;
  reportedBy?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Events about deviations in samverkan, over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) at
 * the gateway's /graphql. Opened on every kommun instance and merged, or only on one kommun's instance when
 * `kommunCode` is given; an instance dropping out is an error event naming it (HUVUDMAN_UNAVAILABLE). Each
 * event is the Deviation: select any of its fields, the gateway resolves them through the graph. Access:
 * staff of a participating huvudman, for their own huvudman only; checked when subscribing and for every event.
 */
export type SubscriptionRegionDeviationReportedArgs = {
  concerning?: InputMaybe<Scalars['ID']['input']>;
};

/** A förutsättning på systemnivå (system-level prerequisite) the färdplan says must be in place. */
export type SystemPrerequisite = {
  __typename?: 'SystemPrerequisite';
  /** The activity the plan sets for it (e.g. an uppdragsdirektiv to be drawn up). */
  activities: Array<PlanActivity>;
  /** Why it is needed, in the plan's words. */
  description: Scalars['String']['output'];
  /** 1–3 in the färdplan. */
  number: Scalars['Int']['output'];
  /** e.g. "Utveckla gemensam systemledning för omställningen". */
  title: Scalars['String']['output'];
};

/** A status report on an uppdrag. */
export type UpdateBoardAssignmentStatusInput = {
  /** The uppdrag, e.g. "hsn-verksamhetsplan-2024/uppdrag-12". At most 100 characters. */
  assignmentId: Scalars['ID']['input'];
  /** The uppdrag's version as you read it; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** What happened (required; no personnummer or samordningsnummer). At most 4000 characters. */
  note: Scalars['String']['input'];
  /** The new status; the current one to record a note only. */
  status: BoardAssignmentStatus;
};

/** A follow-up of a plan activity. */
export type UpdatePlanActivityStatusInput = {
  /** The activity, e.g. "fardplan-nara-vard-2023-2026/2023-borja-med-barnen-4". At most 100 characters. */
  activityId: Scalars['ID']['input'];
  /** The activity's version as you read it; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** What happened (required; no personnummer or samordningsnummer). At most 4000 characters. */
  note: Scalars['String']['input'];
  /** The new status; the current one to record a note only. */
  status: PlanActivityStatus;
};

export type Join__ContextArgument = {
  context: Scalars['String']['input'];
  name: Scalars['String']['input'];
  selection: Scalars['join__FieldValue']['input'];
  type: Scalars['String']['input'];
};

export type Join__Graph =
  | 'KOMMUN'
  | 'REGION'
  | 'SAMVERKAN';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type HuvudmanNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type HuvudmanNamesQuery = { __typename: 'Query', huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }> };

export type ActivityDetailFieldsFragment = { __typename: 'PlanActivity', id: string, title: string, status: PlanActivityStatus, version: number, handledIn?: string | null, plan: { __typename: 'JointPlan', id: string, name: string }, area?: { __typename: 'ActivityArea', id: string, name: string } | null, goals: Array<{ __typename: 'JointPlanGoal', id: string, title: string }>, responsibility: { __typename: 'ActivityResponsibility', kind: ResponsibilityKind, bodyName?: string | null, basis?: string | null, huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }> }, directive: { __typename: 'ActivityDirective', timeline?: string | null, assignment?: string | null, execution?: string | null, financing?: string | null, followUp?: string | null }, followUps: Array<{ __typename: 'ActivityFollowUp', recordedAt: string, fromStatus: PlanActivityStatus, toStatus: PlanActivityStatus, note: string, recordedBy?: { __typename: 'Huvudman', id: string, name: string } | null }> };

export type ActivityDetailQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityDetailQuery = { __typename: 'Query', planActivities: Array<{ __typename: 'PlanActivity', id: string, title: string, status: PlanActivityStatus, version: number, handledIn?: string | null, plan: { __typename: 'JointPlan', id: string, name: string }, area?: { __typename: 'ActivityArea', id: string, name: string } | null, goals: Array<{ __typename: 'JointPlanGoal', id: string, title: string }>, responsibility: { __typename: 'ActivityResponsibility', kind: ResponsibilityKind, bodyName?: string | null, basis?: string | null, huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }> }, directive: { __typename: 'ActivityDirective', timeline?: string | null, assignment?: string | null, execution?: string | null, financing?: string | null, followUp?: string | null }, followUps: Array<{ __typename: 'ActivityFollowUp', recordedAt: string, fromStatus: PlanActivityStatus, toStatus: PlanActivityStatus, note: string, recordedBy?: { __typename: 'Huvudman', id: string, name: string } | null }> }> };

export type UpdatePlanActivityStatusMutationVariables = Exact<{
  input: UpdatePlanActivityStatusInput;
}>;


export type UpdatePlanActivityStatusMutation = { __typename: 'Mutation', updatePlanActivityStatus?: { __typename: 'PlanActivity', id: string, title: string, status: PlanActivityStatus, version: number, handledIn?: string | null, plan: { __typename: 'JointPlan', id: string, name: string }, area?: { __typename: 'ActivityArea', id: string, name: string } | null, goals: Array<{ __typename: 'JointPlanGoal', id: string, title: string }>, responsibility: { __typename: 'ActivityResponsibility', kind: ResponsibilityKind, bodyName?: string | null, basis?: string | null, huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }> }, directive: { __typename: 'ActivityDirective', timeline?: string | null, assignment?: string | null, execution?: string | null, financing?: string | null, followUp?: string | null }, followUps: Array<{ __typename: 'ActivityFollowUp', recordedAt: string, fromStatus: PlanActivityStatus, toStatus: PlanActivityStatus, note: string, recordedBy?: { __typename: 'Huvudman', id: string, name: string } | null }> } | null };

export type CoOwnedServicesQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  serviceId: Scalars['ID']['input'];
  withBalance: Scalars['Boolean']['input'];
}>;


export type CoOwnedServicesQuery = { __typename: 'Query', coOwnedServices: Array<{ __typename: 'CoOwnedService', id: string, name: string, kind: CoOwnedServiceKind, form?: ServiceForm | null, purpose: string, startsOn?: string | null, endsOn?: string | null, periodNote?: string | null, governingBody?: string | null, agreement?: string | null, employer?: { __typename: 'Huvudman', id: string, name: string } | null, lansdelar: Array<{ __typename: 'Lansdel', id: string, name: string }>, budget?: { __typename: 'ServiceBudget', year: number, amountSek: any, isExample: boolean } | null, owners: Array<{ __typename: 'ServiceOwnership', sharePercent: number, isExample: boolean, huvudman: { __typename: 'Huvudman', id: string, name: string }, budgetPart?: { __typename: 'BudgetPart', amountSek: any, computed: boolean, isExample: boolean } | null }>, regionContribution?: { __typename: 'OwnerContribution', huvudmanId: string, reportedYears: Array<number> } | null, kommunContributions?: Array<{ __typename: 'OwnerContribution', huvudmanId: string, reportedYears: Array<number> }> | null, fundingDecisions: Array<{ __typename: 'GrantDecision', id: string, title: string, decidedOn: string, decidedBy: string, amountSek?: any | null }> }>, chosen?: { __typename: 'CoOwnedService', id: string, balance?: { __typename: 'ServiceBalance', year: number, budgetSek?: any | null, complete: boolean, totalCostSek?: any | null, totalFte?: number | null, owners: Array<{ __typename: 'OwnerBalance', agreedSharePercent: number, agreedAmountSek?: any | null, reported: boolean, costSek?: any | null, costDifferenceSek?: any | null, averageFte?: number | null, costSharePercent?: number | null, fteSharePercent?: number | null, huvudman: { __typename: 'Huvudman', id: string, name: string } }> } | null } | null };

export type AddDecisionNoteMutationVariables = Exact<{
  input: AddDecisionNoteInput;
}>;


export type AddDecisionNoteMutation = { __typename: 'Mutation', addDecisionNote?: { __typename: 'Decision', id: string, text: string, status: DecisionStatus, raisedOn: string, decidedOn?: string | null, ageInDays?: number | null, dueDate?: string | null, timeframe?: string | null, condition?: string | null, addition?: string | null, ownerDescription?: string | null, lastNoteOn?: string | null, version: number, ownerBody?: { __typename: 'Body', id: string, shortName: string } | null, ownerHuvudman?: { __typename: 'Huvudman', id: string, name: string } | null, ownerPerson?: { __typename: 'Person', id: string, name: string } | null, body: { __typename: 'Body', id: string, name: string, shortName: string }, meeting: { __typename: 'Meeting', id: string, date: string }, item: { __typename: 'AgendaItem', id: string, number?: string | null, title: string }, notes: Array<{ __typename: 'DecisionNote', id: string, date: string, text: string, statusFrom?: DecisionStatus | null, statusTo?: DecisionStatus | null, recordedBy?: string | null, authorHuvudman: { __typename: 'Huvudman', id: string, name: string } }> } | null };

export type ChangeDecisionStatusMutationVariables = Exact<{
  input: ChangeDecisionStatusInput;
}>;


export type ChangeDecisionStatusMutation = { __typename: 'Mutation', changeDecisionStatus?: { __typename: 'Decision', id: string, text: string, status: DecisionStatus, raisedOn: string, decidedOn?: string | null, ageInDays?: number | null, dueDate?: string | null, timeframe?: string | null, condition?: string | null, addition?: string | null, ownerDescription?: string | null, lastNoteOn?: string | null, version: number, ownerBody?: { __typename: 'Body', id: string, shortName: string } | null, ownerHuvudman?: { __typename: 'Huvudman', id: string, name: string } | null, ownerPerson?: { __typename: 'Person', id: string, name: string } | null, body: { __typename: 'Body', id: string, name: string, shortName: string }, meeting: { __typename: 'Meeting', id: string, date: string }, item: { __typename: 'AgendaItem', id: string, number?: string | null, title: string }, notes: Array<{ __typename: 'DecisionNote', id: string, date: string, text: string, statusFrom?: DecisionStatus | null, statusTo?: DecisionStatus | null, recordedBy?: string | null, authorHuvudman: { __typename: 'Huvudman', id: string, name: string } }> } | null };

export type DecisionDetailFieldsFragment = { __typename: 'Decision', id: string, text: string, status: DecisionStatus, raisedOn: string, decidedOn?: string | null, ageInDays?: number | null, dueDate?: string | null, timeframe?: string | null, condition?: string | null, addition?: string | null, ownerDescription?: string | null, lastNoteOn?: string | null, version: number, ownerBody?: { __typename: 'Body', id: string, shortName: string } | null, ownerHuvudman?: { __typename: 'Huvudman', id: string, name: string } | null, ownerPerson?: { __typename: 'Person', id: string, name: string } | null, body: { __typename: 'Body', id: string, name: string, shortName: string }, meeting: { __typename: 'Meeting', id: string, date: string }, item: { __typename: 'AgendaItem', id: string, number?: string | null, title: string }, notes: Array<{ __typename: 'DecisionNote', id: string, date: string, text: string, statusFrom?: DecisionStatus | null, statusTo?: DecisionStatus | null, recordedBy?: string | null, authorHuvudman: { __typename: 'Huvudman', id: string, name: string } }> };

export type DecisionDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionDetailQuery = { __typename: 'Query', decision?: { __typename: 'Decision', id: string, text: string, status: DecisionStatus, raisedOn: string, decidedOn?: string | null, ageInDays?: number | null, dueDate?: string | null, timeframe?: string | null, condition?: string | null, addition?: string | null, ownerDescription?: string | null, lastNoteOn?: string | null, version: number, ownerBody?: { __typename: 'Body', id: string, shortName: string } | null, ownerHuvudman?: { __typename: 'Huvudman', id: string, name: string } | null, ownerPerson?: { __typename: 'Person', id: string, name: string } | null, body: { __typename: 'Body', id: string, name: string, shortName: string }, meeting: { __typename: 'Meeting', id: string, date: string }, item: { __typename: 'AgendaItem', id: string, number?: string | null, title: string }, notes: Array<{ __typename: 'DecisionNote', id: string, date: string, text: string, statusFrom?: DecisionStatus | null, statusTo?: DecisionStatus | null, recordedBy?: string | null, authorHuvudman: { __typename: 'Huvudman', id: string, name: string } }> } | null };

export type DecisionListQueryVariables = Exact<{
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<DecisionStatus> | DecisionStatus>;
  ownerHuvudmanId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DecisionListQuery = { __typename: 'Query', decisions: Array<{ __typename: 'Decision', id: string, text: string, status: DecisionStatus, decidedOn?: string | null, raisedOn: string, ageInDays?: number | null, dueDate?: string | null, timeframe?: string | null, ownerDescription?: string | null, lastNoteOn?: string | null, ownerBody?: { __typename: 'Body', id: string, shortName: string } | null, ownerHuvudman?: { __typename: 'Huvudman', id: string, name: string } | null, ownerPerson?: { __typename: 'Person', id: string, name: string } | null, body: { __typename: 'Body', id: string, shortName: string }, meeting: { __typename: 'Meeting', id: string, date: string } }>, bodies: Array<{ __typename: 'Body', id: string, shortName: string, name: string }>, huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }> };

export type DeviationsQueryVariables = Exact<{
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
}>;


export type DeviationsQuery = { __typename: 'Query', jointProcesses: Array<{ __typename: 'JointProcess', code: string, version: number, name: string }>, riskMatrix: { __typename: 'RiskMatrix', source: string, levels: Array<{ __typename: 'RiskLevelBand', level: RiskLevel, label: string, minScore: number, maxScore: number }> }, deviationOverview?: { __typename: 'DeviationOverview', fromMonth: string, toMonth: string, complete: boolean, missing: Array<{ __typename: 'Huvudman', id: string, name: string }>, byProcess: Array<{ __typename: 'DeviationProcessCount', month: string, count: number, process: { __typename: 'JointProcess', code: string, version: number, name: string } }>, byPair: Array<{ __typename: 'DeviationPairCount', month: string, count: number, reporter: { __typename: 'Huvudman', id: string, name: string }, concerned: { __typename: 'Huvudman', id: string, name: string } }>, responseTimes: Array<{ __typename: 'DeviationResponseTime', concerning: number, responded?: number | null, closed?: number | null, medianDays?: number | null, meanDays?: number | null, answered: boolean, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, openPastDue: Array<{ __typename: 'DeviationPastDue', processCode: string, occurredOn: string, severity: DeviationSeverity, responseDueOn: string, daysOverdue: number, investigating: boolean, deviation: { __typename: 'Deviation', id: string }, concerned: { __typename: 'Huvudman', id: string, name: string }, reporter: { __typename: 'Huvudman', id: string, name: string } }>, perTenThousand: Array<{ __typename: 'DeviationRate', reported?: number | null, population?: number | null, populationYear?: number | null, perTenThousand?: number | null, huvudman: { __typename: 'Huvudman', id: string, name: string } }> } | null, jointRiskAnalyses: Array<{ __typename: 'JointRiskAnalysis', id: string, title: string, status: JointRiskAnalysisStatus, analysedOn: string, isExample: boolean, source: string, process: { __typename: 'JointProcess', code: string, version: number, name: string }, participants: Array<{ __typename: 'Huvudman', id: string, name: string }>, steps: Array<{ __typename: 'JointRiskStep', position: number, name: string, responsible?: { __typename: 'Huvudman', id: string, name: string } | null }>, risks: Array<{ __typename: 'JointRisk', number: number, stepPosition: number, description: string, probability: number, consequence: number, score: number, level: RiskLevel, measures: Array<{ __typename: 'JointRiskMeasure', description: string, dueOn: string, owner: { __typename: 'Huvudman', id: string, name: string } }>, deviations: Array<{ __typename: 'Deviation', id: string }> }> }> };

export type IndicatorFollowUpQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
}>;


export type IndicatorFollowUpQuery = { __typename: 'Query', indicators: Array<{ __typename: 'Indicator', id: string, name: string }>, indicator?: { __typename: 'Indicator', id: string, name: string, description: string, unitLabel: string, direction: IndicatorDirection, aggregation: IndicatorAggregation, aggregationNote?: string | null, source: string, matrix?: { __typename: 'IndicatorMatrix', period: string, target?: { __typename: 'IndicatorTarget', text: string, isExample: boolean } | null, cells: Array<{ __typename: 'IndicatorCell', status: IndicatorReportStatus, value?: number | null, met?: boolean | null, isExample: boolean, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, lansdelar: Array<{ __typename: 'IndicatorAggregate', scope: IndicatorAggregateScope, method: IndicatorAggregation, value?: number | null, complete: boolean, met?: boolean | null, isExample: boolean, note?: string | null, lansdel?: { __typename: 'Lansdel', id: string, name: string } | null, inputs: Array<{ __typename: 'IndicatorAggregateInput', value: number, weight?: number | null, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, missing: Array<{ __typename: 'IndicatorAggregateGap', reason: IndicatorGapReason, huvudman: { __typename: 'Huvudman', id: string, name: string } }> }>, lan: { __typename: 'IndicatorAggregate', scope: IndicatorAggregateScope, method: IndicatorAggregation, value?: number | null, complete: boolean, met?: boolean | null, isExample: boolean, note?: string | null, lansdel?: { __typename: 'Lansdel', id: string, name: string } | null, inputs: Array<{ __typename: 'IndicatorAggregateInput', value: number, weight?: number | null, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, missing: Array<{ __typename: 'IndicatorAggregateGap', reason: IndicatorGapReason, huvudman: { __typename: 'Huvudman', id: string, name: string } }> }, notReported: Array<{ __typename: 'Huvudman', id: string, name: string }>, unavailable: Array<{ __typename: 'Huvudman', id: string, name: string }> } | null, trend?: Array<{ __typename: 'IndicatorMatrix', period: string, target?: { __typename: 'IndicatorTarget', text: string } | null, lan: { __typename: 'IndicatorAggregate', value?: number | null, complete: boolean, met?: boolean | null }, lansdelar: Array<{ __typename: 'IndicatorAggregate', value?: number | null, complete: boolean, lansdel?: { __typename: 'Lansdel', id: string, name: string } | null }>, cells: Array<{ __typename: 'IndicatorCell', status: IndicatorReportStatus, value?: number | null, huvudman: { __typename: 'Huvudman', id: string, name: string } }> }> | null } | null };

export type IndicatorAggregateFigureFragment = { __typename: 'IndicatorAggregate', scope: IndicatorAggregateScope, method: IndicatorAggregation, value?: number | null, complete: boolean, met?: boolean | null, isExample: boolean, note?: string | null, lansdel?: { __typename: 'Lansdel', id: string, name: string } | null, inputs: Array<{ __typename: 'IndicatorAggregateInput', value: number, weight?: number | null, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, missing: Array<{ __typename: 'IndicatorAggregateGap', reason: IndicatorGapReason, huvudman: { __typename: 'Huvudman', id: string, name: string } }> };

export type GrantProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantProgrammesQuery = { __typename: 'Query', grantProgrammes: Array<{ __typename: 'GrantProgramme', id: string, name: string, area: GrantArea, year: number, agreement?: string | null, nationalTotalSek?: any | null, unspecifiedSek?: any | null, distribution?: string | null, source: string, isExample: boolean, nationalParts: Array<{ __typename: 'NationalGrantPart', recipients: GrantRecipientGroup, amountSek: any }>, lanShare?: { __typename: 'LanGrantShare', population: number, nationalPopulation: number, populationSharePercent: number, jointSek?: any | null, amountSek: any, computed: boolean, basis: string } | null, allocations: Array<{ __typename: 'GrantAllocation', recipients: GrantRecipientGroup, population: number, populationSharePercent: number, amountSek: any, computed: boolean, isExample: boolean, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, pots: Array<{ __typename: 'GrantPot', id: string, name: string, amountSek?: any | null, decidedSek: any, remainingSek?: any | null, isExample: boolean }>, decisions: Array<{ __typename: 'GrantDecision', id: string, title: string, amountSek?: any | null, decidedOn: string, decidedBy: string, reference?: string | null, condition?: string | null, service?: { __typename: 'CoOwnedService', id: string, name: string } | null }>, regionGrantUse?: Array<{ __typename: 'GrantUse', huvudmanId: string, year: number, purpose: string, amountSek: any, isExample: boolean, service?: { __typename: 'CoOwnedService', id: string, name: string } | null }> | null, kommunGrantUse?: Array<{ __typename: 'GrantUse', huvudmanId: string, year: number, purpose: string, amountSek: any, isExample: boolean, service?: { __typename: 'CoOwnedService', id: string, name: string } | null }> | null }> };

export type HuvudmanPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  period: Scalars['String']['input'];
}>;


export type HuvudmanPageQuery = { __typename: 'Query', huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }>, huvudman?: { __typename: 'Huvudman', id: string, name: string, kind: HuvudmanKind, orgNumber?: string | null, lansdel?: { __typename: 'Lansdel', id: string, name: string } | null, memberships: Array<{ __typename: 'Membership', id: string, role: MembershipRole, representing?: string | null, periodFrom?: string | null, periodTo?: string | null, body: { __typename: 'Body', id: string, shortName: string, name: string, kind: BodyKind }, person?: { __typename: 'Person', id: string, name: string } | null }>, ownedDecisions: Array<{ __typename: 'Decision', id: string, text: string, status: DecisionStatus, raisedOn: string, ownerDescription?: string | null, dueDate?: string | null, timeframe?: string | null, body: { __typename: 'Body', id: string, shortName: string }, meeting: { __typename: 'Meeting', id: string, date: string }, ownerPerson?: { __typename: 'Person', id: string, name: string } | null }>, responsibleActivities: Array<{ __typename: 'PlanActivity', id: string, title: string, status: PlanActivityStatus, plan: { __typename: 'JointPlan', id: string, name: string }, area?: { __typename: 'ActivityArea', id: string, name: string } | null, responsibility: { __typename: 'ActivityResponsibility', kind: ResponsibilityKind } }>, agreements: Array<{ __typename: 'Agreement', id: string, name: string, stage: AgreementStage, validFrom?: string | null, validTo?: string | null }>, coOwnedServices: Array<{ __typename: 'ServiceOwnership', sharePercent: number, budgetPart?: { __typename: 'BudgetPart', amountSek: any, isExample: boolean } | null, service: { __typename: 'CoOwnedService', id: string, name: string, kind: CoOwnedServiceKind, employer?: { __typename: 'Huvudman', id: string, name: string } | null } }> } | null, grantProgrammes: Array<{ __typename: 'GrantProgramme', id: string, name: string, year: number, allocation?: { __typename: 'GrantAllocation', recipients: GrantRecipientGroup, amountSek: any, computed: boolean } | null }>, indicators: Array<{ __typename: 'Indicator', id: string, name: string, unitLabel: string, matrix?: { __typename: 'IndicatorMatrix', target?: { __typename: 'IndicatorTarget', text: string } | null, cells: Array<{ __typename: 'IndicatorCell', status: IndicatorReportStatus, value?: number | null, met?: boolean | null, huvudman: { __typename: 'Huvudman', id: string } }> } | null }> };

export type MeetingRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingRecordQuery = { __typename: 'Query', meeting?: { __typename: 'Meeting', id: string, status: MeetingStatus, date: string, startTime?: string | null, endTime?: string | null, place?: string | null, organiser?: string | null, source: string, body: { __typename: 'Body', id: string, name: string, shortName: string }, secretary?: { __typename: 'Person', id: string, name: string } | null, attendance: Array<{ __typename: 'Attendance', representing: string, role: AttendanceRole, present: boolean, note?: string | null, person: { __typename: 'Person', id: string, name: string }, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, items: Array<{ __typename: 'AgendaItem', id: string, number?: string | null, title: string, summary?: string | null, questions: Array<string>, decisionWording?: string | null, subItems: Array<{ __typename: 'AgendaItem', id: string, number?: string | null, title: string, summary?: string | null, questions: Array<string>, decisionWording?: string | null, presenters: Array<{ __typename: 'Presenter', person: { __typename: 'Person', id: string, name: string }, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, reportingBody?: { __typename: 'Body', id: string, shortName: string } | null, proposals: Array<{ __typename: 'Proposal', id: string, text: string }>, decisions: Array<{ __typename: 'Decision', id: string, text: string, status: DecisionStatus, decidedOn?: string | null, addition?: string | null, condition?: string | null, ownerDescription?: string | null, dueDate?: string | null, timeframe?: string | null, conditionBody?: { __typename: 'Body', id: string, shortName: string } | null, ownerHuvudman?: { __typename: 'Huvudman', id: string, name: string } | null, ownerPerson?: { __typename: 'Person', id: string, name: string } | null, ownerBody?: { __typename: 'Body', id: string, shortName: string } | null }> }>, presenters: Array<{ __typename: 'Presenter', person: { __typename: 'Person', id: string, name: string }, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, reportingBody?: { __typename: 'Body', id: string, shortName: string } | null, proposals: Array<{ __typename: 'Proposal', id: string, text: string }>, decisions: Array<{ __typename: 'Decision', id: string, text: string, status: DecisionStatus, decidedOn?: string | null, addition?: string | null, condition?: string | null, ownerDescription?: string | null, dueDate?: string | null, timeframe?: string | null, conditionBody?: { __typename: 'Body', id: string, shortName: string } | null, ownerHuvudman?: { __typename: 'Huvudman', id: string, name: string } | null, ownerPerson?: { __typename: 'Person', id: string, name: string } | null, ownerBody?: { __typename: 'Body', id: string, shortName: string } | null }> }>, comingMeetings: Array<{ __typename: 'Meeting', id: string, date: string, endDate?: string | null, status: MeetingStatus }> } | null };

export type MeetingRecordItemFragment = { __typename: 'AgendaItem', id: string, number?: string | null, title: string, summary?: string | null, questions: Array<string>, decisionWording?: string | null, presenters: Array<{ __typename: 'Presenter', person: { __typename: 'Person', id: string, name: string }, huvudman: { __typename: 'Huvudman', id: string, name: string } }>, reportingBody?: { __typename: 'Body', id: string, shortName: string } | null, proposals: Array<{ __typename: 'Proposal', id: string, text: string }>, decisions: Array<{ __typename: 'Decision', id: string, text: string, status: DecisionStatus, decidedOn?: string | null, addition?: string | null, condition?: string | null, ownerDescription?: string | null, dueDate?: string | null, timeframe?: string | null, conditionBody?: { __typename: 'Body', id: string, shortName: string } | null, ownerHuvudman?: { __typename: 'Huvudman', id: string, name: string } | null, ownerPerson?: { __typename: 'Person', id: string, name: string } | null, ownerBody?: { __typename: 'Body', id: string, shortName: string } | null }> };

export type MeetingListQueryVariables = Exact<{
  bodyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MeetingListQuery = { __typename: 'Query', meetings: Array<{ __typename: 'Meeting', id: string, date: string, status: MeetingStatus, place?: string | null, body: { __typename: 'Body', id: string, shortName: string }, items: Array<{ __typename: 'AgendaItem', id: string }>, decisions: Array<{ __typename: 'Decision', id: string }> }>, bodies: Array<{ __typename: 'Body', id: string, shortName: string }> };

export type OverviewQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type OverviewQuery = { __typename: 'Query', huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string, kind: HuvudmanKind, lansdel?: { __typename: 'Lansdel', id: string, name: string } | null, municipality?: { __typename: 'Municipality', code: string, population?: number | null } | null, region?: { __typename: 'Region', id: string, name: string } | null }> };

export type PlanActivityRowFragment = { __typename: 'PlanActivity', id: string, title: string, status: PlanActivityStatus, handledIn?: string | null, goals: Array<{ __typename: 'JointPlanGoal', id: string, title: string }>, responsibility: { __typename: 'ActivityResponsibility', kind: ResponsibilityKind, bodyName?: string | null, huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }> }, directive: { __typename: 'ActivityDirective', timeline?: string | null, assignment?: string | null, execution?: string | null, financing?: string | null, followUp?: string | null } };

export type PlansQueryVariables = Exact<{
  activityStatus?: InputMaybe<PlanActivityStatus>;
  year: Scalars['Int']['input'];
  regionId: Scalars['ID']['input'];
}>;


export type PlansQuery = { __typename: 'Query', jointPlans: Array<{ __typename: 'JointPlan', id: string, kind: JointPlanKind, name: string, validFrom: number, validTo: number, summary: string, adoptedBy?: string | null, adoptedOn?: string | null, followUp?: string | null, effectGoals: Array<{ __typename: 'JointPlanGoal', id: string, title: string, description?: string | null }>, focusAreas: Array<{ __typename: 'JointPlanGoal', id: string, title: string, description?: string | null, children: Array<{ __typename: 'JointPlanGoal', id: string, number?: number | null, title: string, description?: string | null, perspectives: Array<{ __typename: 'CrossCuttingPerspective', number: number, name: string }> }> }>, perspectives: Array<{ __typename: 'CrossCuttingPerspective', number: number, name: string, description: string }>, areas: Array<{ __typename: 'ActivityArea', id: string, name: string, note?: string | null, activities: Array<{ __typename: 'PlanActivity', id: string, title: string, status: PlanActivityStatus, handledIn?: string | null, goals: Array<{ __typename: 'JointPlanGoal', id: string, title: string }>, responsibility: { __typename: 'ActivityResponsibility', kind: ResponsibilityKind, bodyName?: string | null, huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }> }, directive: { __typename: 'ActivityDirective', timeline?: string | null, assignment?: string | null, execution?: string | null, financing?: string | null, followUp?: string | null } }> }>, prerequisites: Array<{ __typename: 'SystemPrerequisite', number: number, title: string, activities: Array<{ __typename: 'PlanActivity', id: string, title: string, status: PlanActivityStatus, handledIn?: string | null, goals: Array<{ __typename: 'JointPlanGoal', id: string, title: string }>, responsibility: { __typename: 'ActivityResponsibility', kind: ResponsibilityKind, bodyName?: string | null, huvudmen: Array<{ __typename: 'Huvudman', id: string, name: string }> }, directive: { __typename: 'ActivityDirective', timeline?: string | null, assignment?: string | null, execution?: string | null, financing?: string | null, followUp?: string | null } }> }> }>, huvudman?: { __typename: 'Huvudman', id: string, name: string, region?: { __typename: 'Region', id: string, operationalPlan?: { __typename: 'OperationalPlan', id: string, name: string, owner: string, assignments: Array<{ __typename: 'BoardAssignment', id: string, number: number, text: string, assignee: string, status: BoardAssignmentStatus, parts: Array<{ __typename: 'BoardAssignmentPart', letter: string, text: string }>, perspectives: Array<{ __typename: 'OperationalPerspective', id: string, name: string }>, followedBy: Array<{ __typename: 'PreparatoryCommittee', id: string, name: string }> }> } | null } | null } | null };

export type SearchViewQueryVariables = Exact<{
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<SearchKind> | SearchKind>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchViewQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', kind: SearchKind, title: string, excerpt?: string | null, matchedWords: Array<string>, score: number, record:
      | { __typename: 'Agreement', id: string, stage: AgreementStage, adoptedBy?: { __typename: 'Decision', id: string } | null, parties: Array<{ __typename: 'Huvudman', id: string, name: string }> }
      | { __typename: 'Decision', id: string, raisedOn: string, decisionStatus: DecisionStatus, body: { __typename: 'Body', id: string, shortName: string }, meeting: { __typename: 'Meeting', id: string, date: string } }
      | { __typename: 'JointPlan', id: string, name: string }
      | { __typename: 'JointPlanGoal', id: string, goalPlan: { __typename: 'JointPlan', id: string, name: string } }
      | { __typename: 'PlanActivity', id: string, activityStatus: PlanActivityStatus, plan: { __typename: 'JointPlan', id: string, name: string } }
     }> };

export const ActivityDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"execution"}},{"kind":"Field","name":{"kind":"Name","value":"financing"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledIn"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDetailFieldsFragment, unknown>;
export const DecisionDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"addition"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusFrom"}},{"kind":"Field","name":{"kind":"Name","value":"statusTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastNoteOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DecisionDetailFieldsFragment, unknown>;
export const IndicatorAggregateFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorAggregateFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorAggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"lansdel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<IndicatorAggregateFigureFragment, unknown>;
export const MeetingRecordItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRecordItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWording"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"addition"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"conditionBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}}]}}]}}]} as unknown as DocumentNode<MeetingRecordItemFragment, unknown>;
export const PlanActivityRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActivityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"execution"}},{"kind":"Field","name":{"kind":"Name","value":"financing"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledIn"}}]}}]} as unknown as DocumentNode<PlanActivityRowFragment, unknown>;
export const HuvudmanNamesDocument = {"__meta__":{"hash":"d241aebc53196adf0a5e7d52c377f8b66bfde60240f00e884faa96fbe099e877"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuvudmanNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HuvudmanNamesQuery, HuvudmanNamesQueryVariables>;
export const ActivityDetailDocument = {"__meta__":{"hash":"ae14cadca84c951e756ba5b73e21380f1897dd54add9cd1990a88da675d43792"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"execution"}},{"kind":"Field","name":{"kind":"Name","value":"financing"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledIn"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const UpdatePlanActivityStatusDocument = {"__meta__":{"hash":"02470d4ab0e00b036128886e3eeb94af6a205996cb01c34d42687bf784ce36c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanActivityStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanActivityStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePlanActivityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"execution"}},{"kind":"Field","name":{"kind":"Name","value":"financing"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledIn"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlanActivityStatusMutation, UpdatePlanActivityStatusMutationVariables>;
export const CoOwnedServicesDocument = {"__meta__":{"hash":"acf46456ff908643c93c6601c72247152417c53981885be259939f2986add7b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoOwnedServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withBalance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coOwnedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodNote"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governingBody"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"lansdelar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmanId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedYears"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommunContributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmanId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedYears"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"chosen"},"name":{"kind":"Name","value":"coOwnedService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withBalance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"totalFte"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreedSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAmountSek"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"costSek"}},{"kind":"Field","name":{"kind":"Name","value":"costDifferenceSek"}},{"kind":"Field","name":{"kind":"Name","value":"averageFte"}},{"kind":"Field","name":{"kind":"Name","value":"costSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"fteSharePercent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoOwnedServicesQuery, CoOwnedServicesQueryVariables>;
export const AddDecisionNoteDocument = {"__meta__":{"hash":"f7dd72ee5aa355fedea697c14e6ed718ad01a24bb25a04765740bc880ff20e91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDecisionNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDecisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addDecisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"addition"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusFrom"}},{"kind":"Field","name":{"kind":"Name","value":"statusTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastNoteOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddDecisionNoteMutation, AddDecisionNoteMutationVariables>;
export const ChangeDecisionStatusDocument = {"__meta__":{"hash":"8e1f3426a16c69924577c500124d7ad8e2ac3054934474a1955bd23f85b01ca4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeDecisionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeDecisionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeDecisionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"addition"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusFrom"}},{"kind":"Field","name":{"kind":"Name","value":"statusTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastNoteOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ChangeDecisionStatusMutation, ChangeDecisionStatusMutationVariables>;
export const DecisionDetailDocument = {"__meta__":{"hash":"2b496a69de3c62ef7b30bb7746b71b08f9d37ae7697fe3740d56d609dd5f31dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"addition"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusFrom"}},{"kind":"Field","name":{"kind":"Name","value":"statusTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastNoteOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DecisionDetailQuery, DecisionDetailQueryVariables>;
export const DecisionListDocument = {"__meta__":{"hash":"52f50f71800afbfa010559a0b9b2524fae766fc00855019005d0be12dd0f35b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerHuvudmanId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerHuvudmanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerHuvudmanId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastNoteOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DecisionListQuery, DecisionListQueryVariables>;
export const DeviationsDocument = {"__meta__":{"hash":"b453fcd1da6c75d6e38a975fc3575379e8a8190545f65839387e17fec2d7a0e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deviations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"jointProcesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deviationOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concerned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concerning"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"meanDays"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openPastDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concerned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processCode"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"investigating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perTenThousand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"perTenThousand"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointRiskAnalyses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysedOn"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stepPosition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deviations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeviationsQuery, DeviationsQueryVariables>;
export const IndicatorFollowUpDocument = {"__meta__":{"hash":"dac493d19c85c803f8f34933655bdd1ec8890b03e2f634eda21df645916fddac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"aggregationNote"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lansdelar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorAggregateFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorAggregateFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lansdelar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lansdel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorAggregateFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorAggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"lansdel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<IndicatorFollowUpQuery, IndicatorFollowUpQueryVariables>;
export const GrantProgrammesDocument = {"__meta__":{"hash":"7b077079ec4c8384bfd3c4ba6caa9deec8992e15ec19e8b7f1c5166be415ea3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"nationalTotalSek"}},{"kind":"Field","name":{"kind":"Name","value":"unspecifiedSek"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"nationalParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lanShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"nationalPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"populationSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"jointSek"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"decidedSek"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSek"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionGrantUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmanId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommunGrantUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmanId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}}]}}]}}]} as unknown as DocumentNode<GrantProgrammesQuery, GrantProgrammesQueryVariables>;
export const HuvudmanPageDocument = {"__meta__":{"hash":"7e3a6d86ef68c0dee76223646a47057c240d102d27e2e32407447ca289261bbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuvudmanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lansdel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representing"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownedDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOwnedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"huvudmanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HuvudmanPageQuery, HuvudmanPageQueryVariables>;
export const MeetingRecordDocument = {"__meta__":{"hash":"cd3585bf526c9a7f343ce725cac2b92492bcb9f7cf4c0a0a7f61eb917d62fc9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representing"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRecordItem"}},{"kind":"Field","name":{"kind":"Name","value":"subItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRecordItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comingMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRecordItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWording"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"addition"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"conditionBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}}]}}]}}]} as unknown as DocumentNode<MeetingRecordQuery, MeetingRecordQueryVariables>;
export const MeetingListDocument = {"__meta__":{"hash":"74a554cd05e602105983b77b9a6a456f7f13c7d8844bc983175a64ec27a659c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<MeetingListQuery, MeetingListQueryVariables>;
export const OverviewDocument = {"__meta__":{"hash":"52eadd77d941ab6fe85cde95d83f3cfd2ab4ee90af810cae9c89be9f8fd724c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lansdel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const PlansDocument = {"__meta__":{"hash":"26e30e8aef96adb7b87d266a5daf9342bd6fa95d21b7025c2eb61bed6ed2441d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivityStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"jointPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","alias":{"kind":"Name","value":"effectGoals"},"name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"EFFECT_GOAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"focusAreas"},"name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"FOCUS_AREA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanActivityRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanActivityRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationalPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActivityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"huvudmen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"execution"}},{"kind":"Field","name":{"kind":"Name","value":"financing"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledIn"}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const SearchViewDocument = {"__meta__":{"hash":"ac3bd86ce1ae7070c32b470a328ff29ada9e75f4278cdb41a9dbb9306be0af5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"matchedWords"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"decisionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"activityStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointPlanGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"goalPlan"},"name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchViewQuery, SearchViewQueryVariables>;