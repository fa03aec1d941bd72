import { defineArea } from '@orebro/subgraph-kit';
import { Huvudman } from './huvudman.entity';
import { Lansdel } from './lansdel.entity';
import { createRegisterLoaders } from './register.loaders';
import { registerResolvers } from './register.resolvers';
import { seedRegister } from './register.seed';

/** The register of participating huvudmän and länsdelar. */
export const registerArea = defineArea({
  name: 'register',
  entities: [Lansdel, Huvudman],
  loaders: createRegisterLoaders,
  resolvers: registerResolvers,
  seed: seedRegister,
});
