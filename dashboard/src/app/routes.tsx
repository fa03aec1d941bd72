import { Navigate, Route, Routes, useLocation } from 'react-router';
import { CALLBACK_PATH } from '../auth/AuthProvider';
import { SignInCallback } from '../auth/SignInCallback';
import { CoOwnedServicesView } from '../views/co-owned-services/CoOwnedServicesView';
import { DecisionsView } from '../views/decisions/DecisionsView';
import { DecisionView } from '../views/decisions/DecisionView';
import { FollowUpView } from '../views/follow-up/FollowUpView';
import { GrantsView } from '../views/grants/GrantsView';
import { HuvudmanView } from '../views/huvudman/HuvudmanView';
import { MeetingsView } from '../views/meetings/MeetingsView';
import { MeetingView } from '../views/meetings/MeetingView';
import { OverviewView } from '../views/overview/OverviewView';
import { PlansView } from '../views/plans/PlansView';
import { SearchView } from '../views/search/SearchView';
import { views } from './navigation';
import { NotFound } from './NotFound';
import { Placeholder } from './Placeholder';

/**
 * Every URL of the app. Filters live in the URL's query string (useSearchParams), so a view with its
 * filters can be shared in a meeting. Add a view: its folder under src/views/, a <Route> here, and
 * `ready: true` in navigation.ts.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<OverviewView />} />
      <Route path="/beslut" element={<DecisionsView />} />
      <Route path="/beslut/:id" element={<DecisionView />} />
      <Route path="/moten" element={<MeetingsView />} />
      <Route path="/moten/:id" element={<MeetingView />} />
      <Route path="/planer" element={<PlansView />} />
      <Route path="/uppfoljning" element={<FollowUpView />} />
      <Route path="/samagda-verksamheter" element={<CoOwnedServicesView />} />
      <Route path="/samagda" element={<KeepQuery to="/samagda-verksamheter" />} />
      <Route path="/stimulansmedel" element={<GrantsView />} />
      <Route path="/huvudman" element={<HuvudmanView />} />
      <Route path="/huvudman/:id" element={<HuvudmanView />} />
      <Route path="/sok" element={<SearchView />} />
      <Route path={CALLBACK_PATH} element={<SignInCallback />} />
      {views
        .filter((view) => !view.ready)
        .map((view) => (
          <Route key={view.path} path={`${view.path}/*`} element={<Placeholder title={view.label} />} />
        ))}
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** A short alias of a view's URL: the same view with the same filters. */
function KeepQuery({ to }: { to: string }) {
  const { search, hash } = useLocation();
  return <Navigate to={`${to}${search}${hash}`} replace />;
}
