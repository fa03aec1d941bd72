import type { KommunFacts } from '@orebro/reference-data';
/** A kommun's instance serves its own log only; the gateway routes by kommunCode. */
export declare const kommunAuditArea: (kommun: KommunFacts) => import("@orebro/subgraph-kit").SubgraphArea<{}>;
