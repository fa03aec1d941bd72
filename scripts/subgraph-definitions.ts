import { kommunCodes } from '@orebro/reference-data';
import { kommunSubgraph } from '../subgraphs/kommun/src/server';
import { regionSubgraph } from '../subgraphs/region/src/server';
import { samverkanSubgraph } from '../subgraphs/samverkan/src/server';

/** One definition per subgraph code base (the kommun one for its first kommun), with its folder. */
export const subgraphCodeBases = [
  { folder: 'subgraphs/samverkan', definition: samverkanSubgraph() },
  { folder: 'subgraphs/region', definition: regionSubgraph() },
  { folder: 'subgraphs/kommun', definition: kommunSubgraph(kommunCodes[0]) },
];
