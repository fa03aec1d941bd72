import { type InferEntity } from '@mikro-orm/core';
export declare const PopulationFigure: import("@mikro-orm/core").EntitySchema<import("@mikro-orm/core").InferEntityFromProperties<{
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
}, undefined>, never>;
export type PopulationFigure = InferEntity<typeof PopulationFigure>;
