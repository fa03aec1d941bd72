import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PopulationFigure = defineEntity({
  name: 'PopulationFigure',
  tableName: 'population_figure',
  uniques: [{ properties: ['kommunCode', 'year'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    kommunCode: p.string().index(),
    year: p.integer(),
    value: p.integer(),
    source: p.string(),
    isExample: p.boolean(),
  },
});
export type PopulationFigure = InferEntity<typeof PopulationFigure>;
