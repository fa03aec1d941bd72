import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ViewHeading } from '../app/Layout';
import { useAuth } from './auth-context';

/** The redirect URI: completes the code flow (PKCE verifier from sessionStorage), then back to where sign-in began. */
export function SignInCallback() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  // The authorization code can be exchanged only once (StrictMode runs effects twice in development).
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !auth.available) return;
    started.current = true;
    auth.completeSignIn().then(
      (returnTo) => navigate(returnTo, { replace: true }),
      () => setFailed(true),
    );
  }, [auth, navigate]);
  return (
    <>
      <ViewHeading>Inloggning</ViewHeading>
      <p role="status">{failed ? 'Inloggningen misslyckades. Försök igen.' : 'Loggar in…'}</p>
    </>
  );
}
