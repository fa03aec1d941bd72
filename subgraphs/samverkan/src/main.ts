import { runSubgraphProcess } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from './subgraph';

runSubgraphProcess(samverkanSubgraph);
