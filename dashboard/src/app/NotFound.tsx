import { Link } from 'react-router';
import { ViewHeading } from './Layout';

export function NotFound() {
  return (
    <>
      <ViewHeading>Sidan finns inte</ViewHeading>
      <p>
        Adressen leder inte till någon vy. <Link to="/">Till översikten</Link>
      </p>
    </>
  );
}
