/**
 * Paths of the app's detail pages, written once. A plan activity's id holds a slash ("<plan>/<activity>"),
 * so each segment is encoded and the slash kept: /planer/aktivitet/fardplan-nara-vard-2023-2026/2023-….
 */
export const activityPath = (id: string): string => `/planer/aktivitet/${id.split('/').map(encodeURIComponent).join('/')}`;
