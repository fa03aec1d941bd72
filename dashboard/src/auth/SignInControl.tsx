import { useAuth } from './auth-context';

const roleNames: Record<string, string> = { secretariat: 'sekretariat', writer: 'rapportör', auditor: 'granskare' };

/** Sign in / out in the header, and who is signed in with which roles. Absent when no provider is configured. */
export function SignInControl() {
  const auth = useAuth();
  if (!auth.available) return null;
  if (!auth.user) {
    return (
      <button type="button" className="sign-in" onClick={() => void auth.signIn()}>
        Logga in
      </button>
    );
  }
  const roles = auth.user.roles.map((r) => roleNames[r] ?? r);
  return (
    <div className="signed-in">
      <span>
        Inloggad: {auth.user.name}
        {roles.length > 0 && `. Roller: ${roles.join(', ')}`}
      </span>
      <button type="button" className="sign-in" onClick={() => void auth.signOut()}>
        Logga ut
      </button>
    </div>
  );
}
