export declare const regionAuditArea: import("@orebro/subgraph-kit").SubgraphArea<{}>;
