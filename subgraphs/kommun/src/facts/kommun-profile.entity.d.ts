import { type InferEntity } from '@mikro-orm/core';
/** The kommun's own record of itself; an instance holds exactly one. */
export declare const KommunProfile: import("@mikro-orm/core").EntitySchema<import("@mikro-orm/core").InferEntityFromProperties<{
    code: Pick<import("@mikro-orm/core").UniversalPropertyOptionsBuilder<string, Omit<import("@mikro-orm/core").EmptyOptions, "primary"> & {
        primary: true;
    }, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
    name: import("@mikro-orm/core").UniversalPropertyOptionsBuilder<string, import("@mikro-orm/core").EmptyOptions, keyof import("@mikro-orm/core").PropertyOptions<any> | ("~options" | "~type" | "$type")>;
}, undefined>, never>;
export type KommunProfile = InferEntity<typeof KommunProfile>;
