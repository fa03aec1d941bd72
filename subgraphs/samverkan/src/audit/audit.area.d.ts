/** The joint records are run by the secretariat on behalf of all: its auditors read the log. */
export declare const samverkanAuditArea: import("@orebro/subgraph-kit").SubgraphArea<{}>;
