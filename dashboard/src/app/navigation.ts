/**
 * The app's views, in navigation order. A view with `ready: false` is a placeholder route until its
 * view is built; adding a view = a folder under src/views/ and an entry in routes.tsx (see README.md).
 */
export interface ViewLink {
  path: string;
  label: string;
  ready: boolean;
}

export const views: ViewLink[] = [
  { path: '/', label: 'Översikt', ready: true },
  { path: '/beslut', label: 'Beslut', ready: true },
  { path: '/moten', label: 'Möten', ready: true },
  { path: '/planer', label: 'Planer', ready: true },
  { path: '/uppfoljning', label: 'Uppföljning', ready: true },
  { path: '/samagda-verksamheter', label: 'Samägda verksamheter', ready: true },
  { path: '/stimulansmedel', label: 'Stimulansmedel', ready: true },
  { path: '/avvikelser', label: 'Avvikelser', ready: true },
  { path: '/huvudman', label: 'Huvudman', ready: true },
  { path: '/sok', label: 'Sök', ready: true },
];
