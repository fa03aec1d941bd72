/** A synthetic kommun: invented, deterministic data, used only to measure the fan-out over many shards. */
export interface SyntheticKommun {
  code: string;
  name: string;
  lansdel: string;
  population: Record<number, number>;
}

/** N synthetic kommuner with codes 9001, 9002, ... spread over four länsdelar. */
export function syntheticKommuner(count: number): SyntheticKommun[] {
  return Array.from({ length: count }, (_, i) => ({
    code: String(9001 + i),
    name: `Exempelkommun ${i + 1}`,
    lansdel: ['norr', 'vaster', 'soder', 'orebro'][i % 4],
    population: { 2023: 10_000 + 137 * i, 2024: 10_050 + 139 * i },
  }));
}
