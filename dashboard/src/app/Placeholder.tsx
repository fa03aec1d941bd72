import { ViewHeading } from './Layout';

/** A view not built yet: its route and navigation entry exist so URLs are stable from the start. */
export function Placeholder({ title }: { title: string }) {
  return (
    <>
      <ViewHeading>{title}</ViewHeading>
      <p>Den här vyn är under arbete.</p>
    </>
  );
}
