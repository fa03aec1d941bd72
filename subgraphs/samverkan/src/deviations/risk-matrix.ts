/**
 * The stated risk matrix of every joint risk analysis: probability (sannolikhet) 1–4 × consequence
 * (konsekvens) 1–4, with the steps named as in Socialstyrelsen's model for riskanalys in health care
 * ("Risk- och händelseanalys – handbok för patientsäkerhetsarbete"). The score is the product (1–16); the
 * bands giving a level are this project's reading of the model's four-colour matrix, stated here once.
 */
export type RiskLevel = 'LOW' | 'MODERATE' | 'HIGH' | 'VERY_HIGH';

export const riskMatrix = {
  probability: [
    { value: 1, label: 'Mycket liten' },
    { value: 2, label: 'Liten' },
    { value: 3, label: 'Möjlig' },
    { value: 4, label: 'Stor' },
  ],
  consequence: [
    { value: 1, label: 'Mindre' },
    { value: 2, label: 'Måttlig' },
    { value: 3, label: 'Betydande' },
    { value: 4, label: 'Katastrofal' },
  ],
  levels: [
    { minScore: 1, maxScore: 2, level: 'LOW' as RiskLevel, label: 'Låg risk' },
    { minScore: 3, maxScore: 4, level: 'MODERATE' as RiskLevel, label: 'Måttlig risk' },
    { minScore: 6, maxScore: 8, level: 'HIGH' as RiskLevel, label: 'Hög risk' },
    { minScore: 9, maxScore: 16, level: 'VERY_HIGH' as RiskLevel, label: 'Mycket hög risk' },
  ],
  source: 'Sannolikhet 1–4 × konsekvens 1–4 enligt Socialstyrelsens modell för riskanalys (handbok för patientsäkerhetsarbete); nivågränser fastställda här',
} as const;

/** The level a score (probability × consequence, 1–16) gives; every product of two steps 1–4 falls in a band. */
export function riskLevelOf(score: number): RiskLevel {
  const band = riskMatrix.levels.find((b) => score >= b.minScore && score <= b.maxScore);
  if (!band) throw new Error(`Score ${score} is not a product of two risk matrix steps (1–4).`);
  return band.level;
}
