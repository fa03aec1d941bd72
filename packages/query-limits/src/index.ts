export { GATEWAY_QUERY_LIMITS, SUBGRAPH_QUERY_LIMITS, flagFromEnv, queryLimitsFromEnv, type QueryLimitDefaults, type QueryLimits } from './limits-config';
export { costAnnotationsOf, listCostEstimator, operationCost, type CostAnnotations } from './list-cost';
export { costLimitPlugin } from './query-limits-plugin';
export { releaseRequestSignal, releaseSignalPlugin, requestSignal, stopFieldsWhenAborted, type SignalContext } from './execution-deadline';
export { withoutSuggestions } from './suggestions';
export { armorFor } from './armor';
export { limitedServerOptions } from './server-options';
export { SDL_SECRET_HEADER, sdlAccessPlugin, type SdlAccess } from './sdl-access';
