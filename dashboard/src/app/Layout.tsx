import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { SignInControl } from '../auth/SignInControl';
import { views } from './navigation';

/**
 * The frame of every view: a skip link, the site header with sign-in, the main navigation and <main>.
 * On each client-side navigation focus moves to the view's heading, so screen-reader and keyboard
 * users hear that the page changed.
 */
export function Layout({ children }: { children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#innehall">
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <div className="site-title">
          <span className="site-name">Systemledning Örebro län</span>
          <span className="site-tagline">Region Örebro län och länets tolv kommuner</span>
        </div>
        <SignInControl />
      </header>
      <nav aria-label="Huvudmeny" className="main-nav">
        <ul>
          {views.map((view) => (
            <li key={view.path}>
              <NavLink to={view.path} end={view.path === '/'}>
                {view.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="innehall" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Uppgifterna kommer från en gemensam graf över huvudmännens system. Utvecklare: <a href="/graphql">GraphQL-gränssnittet</a>.
        </p>
      </footer>
    </>
  );
}

/** A view's heading: focusable (tabIndex -1) so Layout can move focus to it after navigation. */
export function ViewHeading({ children }: { children: ReactNode }) {
  return <h1 tabIndex={-1}>{children}</h1>;
}
