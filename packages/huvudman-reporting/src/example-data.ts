/** How example rows are marked in every huvudman's subgraph (the documents give no figures): shown as such in the app. */
export const EXAMPLE_DATA = { source: 'Exempeldata', isExample: true } as const;
