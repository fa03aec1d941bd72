import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { isSignInResponse } from '../auth/AuthProvider';
import { SignInCallback } from '../auth/SignInCallback';
import { views } from './navigation';
import { NotFound } from './NotFound';
import { Placeholder } from './Placeholder';

// Each view is its own chunk, loaded when its URL is opened: the first page loads only what it shows.
const OverviewView = lazy(() => import('../views/overview/OverviewView').then((m) => ({ default: m.OverviewView })));
const DecisionsView = lazy(() => import('../views/decisions/DecisionsView').then((m) => ({ default: m.DecisionsView })));
const DecisionView = lazy(() => import('../views/decisions/DecisionView').then((m) => ({ default: m.DecisionView })));
const MeetingsView = lazy(() => import('../views/meetings/MeetingsView').then((m) => ({ default: m.MeetingsView })));
const ActivityView = lazy(() => import('../views/activities/ActivityView').then((m) => ({ default: m.ActivityView })));
const MeetingView = lazy(() => import('../views/meetings/MeetingView').then((m) => ({ default: m.MeetingView })));
const PlansView = lazy(() => import('../views/plans/PlansView').then((m) => ({ default: m.PlansView })));
const FollowUpView = lazy(() => import('../views/follow-up/FollowUpView').then((m) => ({ default: m.FollowUpView })));
const CoOwnedServicesView = lazy(() => import('../views/co-owned-services/CoOwnedServicesView').then((m) => ({ default: m.CoOwnedServicesView })));
const GrantsView = lazy(() => import('../views/grants/GrantsView').then((m) => ({ default: m.GrantsView })));
const HuvudmanView = lazy(() => import('../views/huvudman/HuvudmanView').then((m) => ({ default: m.HuvudmanView })));
const DeviationsView = lazy(() => import('../views/deviations/DeviationsView').then((m) => ({ default: m.DeviationsView })));
const SearchView = lazy(() => import('../views/search/SearchView').then((m) => ({ default: m.SearchView })));

/**
 * Every URL of the app. Filters live in the URL's query string (useSearchParams), so a view with its
 * filters can be shared in a meeting. Add a view: its folder under src/views/, a <Route> here, and
 * `ready: true` in navigation.ts.
 */
export function AppRoutes() {
  const location = useLocation();
  return (
    <Suspense fallback={<p role="status">Laddar vyn…</p>}>
      <Routes>
        <Route path="/" element={isSignInResponse(location) ? <SignInCallback /> : <OverviewView />} />
        <Route path="/beslut" element={<DecisionsView />} />
        <Route path="/beslut/:id" element={<DecisionView />} />
        <Route path="/moten" element={<MeetingsView />} />
        <Route path="/moten/:id" element={<MeetingView />} />
        <Route path="/planer/aktivitet/*" element={<ActivityView />} />
        <Route path="/planer" element={<PlansView />} />
        <Route path="/uppfoljning" element={<FollowUpView />} />
        <Route path="/samagda-verksamheter" element={<CoOwnedServicesView />} />
        <Route path="/samagda" element={<KeepQuery to="/samagda-verksamheter" />} />
        <Route path="/stimulansmedel" element={<GrantsView />} />
        <Route path="/huvudman" element={<HuvudmanView />} />
        <Route path="/huvudman/:id" element={<HuvudmanView />} />
        <Route path="/avvikelser" element={<DeviationsView />} />
        <Route path="/sok" element={<SearchView />} />
        {views
          .filter((view) => !view.ready)
          .map((view) => (
            <Route key={view.path} path={`${view.path}/*`} element={<Placeholder title={view.label} />} />
          ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

/** A short alias of a view's URL: the same view with the same filters. */
function KeepQuery({ to }: { to: string }) {
  const { search, hash } = useLocation();
  return <Navigate to={`${to}${search}${hash}`} replace />;
}
