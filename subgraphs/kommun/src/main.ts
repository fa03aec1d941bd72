import { requireEnv } from '@orebro/http';
import { runSubgraphProcess } from '@orebro/subgraph-kit';
import { kommunSubgraph } from './subgraph';

runSubgraphProcess(() => kommunSubgraph(requireEnv('KOMMUN_CODE', 'the SCB code of the kommun this instance serves, e.g. 1880')));
