import type { KommunFacts } from '@orebro/reference-data';
/** The kommun's own facts: its profile and population by year. */
export declare const factsArea: (kommun: KommunFacts) => import("@orebro/subgraph-kit").SubgraphArea<{
    profile: import("dataloader")<string, import("@mikro-orm/core").InferEntityFromProperties<{
        code: Pick<import("@mikro-orm/core").UniversalPropertyOptionsBuilder<string, Omit<import("@mikro-orm/core").EmptyOptions, "primary"> & {
            primary: true;
        }, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
        name: import("@mikro-orm/core").UniversalPropertyOptionsBuilder<string, import("@mikro-orm/core").EmptyOptions, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
    }, undefined> | null, string>;
    populations: import("dataloader")<string, import("@mikro-orm/core").InferEntityFromProperties<{
        id: Pick<import("@mikro-orm/core").UniversalPropertyOptionsBuilder<number, Omit<Omit<import("@mikro-orm/core").EmptyOptions, "primary"> & {
            primary: true;
        }, "autoincrement"> & {
            autoincrement: true;
        }, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
        kommunCode: Pick<import("@mikro-orm/core").UniversalPropertyOptionsBuilder<string, import("@mikro-orm/core").EmptyOptions, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
        year: import("@mikro-orm/core").UniversalPropertyOptionsBuilder<number, import("@mikro-orm/core").EmptyOptions, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
        value: import("@mikro-orm/core").UniversalPropertyOptionsBuilder<number, import("@mikro-orm/core").EmptyOptions, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
        source: import("@mikro-orm/core").UniversalPropertyOptionsBuilder<string, import("@mikro-orm/core").EmptyOptions, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
        isExample: import("@mikro-orm/core").UniversalPropertyOptionsBuilder<NonNullable<boolean | null | undefined>, import("@mikro-orm/core").EmptyOptions, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
    }, undefined>[], string>;
}>;
