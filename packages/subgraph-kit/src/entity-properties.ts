import { p } from '@mikro-orm/core';

/**
 * The properties every sourced record carries, written once and spread into each entity's properties
 * (MikroORM's guide does the same with a base entity): `source`, where the record comes from (a
 * document by name, a file, a public source; required by requireSource), and `isExample`, whether it is
 * example data the documents do not give. A function, so each entity gets builders of its own.
 */
export function sourcedRecord() {
  return {
    source: p.text(),
    isExample: p.boolean(),
  };
}
