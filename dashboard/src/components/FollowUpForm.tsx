import { useId, useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { hasCode, messageFor } from '../graphql/error-messages';

export interface FollowUpFormProps {
  /** The record's status now, its allowed next statuses, and Swedish names for statuses. */
  status: string;
  moves: string[];
  statusLabel: Record<string, string>;
  /** Writes the follow-up; `status` is '' to keep the status. Rejects with the graph's error. */
  save: (note: string, status: string) => Promise<unknown>;
  /** The queries to read again after a conflict (operation names), to show the newer version. */
  refetch: string[];
}

type Outcome = { kind: 'saved'; text: string } | { kind: 'conflict' } | { kind: 'error'; text: string } | null;

/**
 * The secretariat's follow-up of a joint record (a decision, a plan activity): a note, optionally
 * moving the status. The write is based on the `version` the user saw: if someone changed the record
 * since, the graph refuses with CONFLICT, nothing is overwritten, this says so, and what the user wrote
 * stays in the field.
 */
export function FollowUpForm({ status: current, moves, statusLabel, save, refetch }: FollowUpFormProps) {
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const client = useApolloClient();
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const text = note.trim();
    if (!text) return setOutcome({ kind: 'error', text: 'Skriv en uppföljning.' });
    setBusy(true);
    try {
      await save(text, status);
      setOutcome({
        kind: 'saved',
        text: status ? `Status ändrad till ${statusLabel[status]?.toLowerCase()} och uppföljningen sparad.` : 'Uppföljningen sparad.',
      });
      setNote('');
      setStatus('');
    } catch (error) {
      setOutcome(hasCode(error, 'CONFLICT') ? { kind: 'conflict' } : { kind: 'error', text: messageFor(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Registrera uppföljning</h2>
      <form className="stacked" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-note`}>Uppföljning</label>
          <textarea id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Ny status</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)} disabled={moves.length === 0}>
            <option value="">Oförändrad ({statusLabel[current]?.toLowerCase() ?? current})</option>
            {moves.map((m) => (
              <option key={m} value={m}>
                {statusLabel[m] ?? m}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Sparar…' : 'Spara'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome?.kind === 'saved' && (
          <p className="notice notice-success" role="status">
            ✓ {outcome.text}
          </p>
        )}
        {outcome?.kind === 'conflict' && (
          <div className="notice notice-error" role="alert">
            <p>
              <strong>Någon har ändrat detta sedan du öppnade det.</strong> Ingenting har skrivits över och din ändring är inte sparad. Hämta den senaste
              versionen och gör sedan om din ändring; det du skrev finns kvar i fältet.
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void client.refetchQueries({ include: refetch }).then(() => setOutcome(null))}
            >
              Hämta senaste versionen
            </button>
          </div>
        )}
        {outcome?.kind === 'error' && (
          <p className="notice notice-error" role="alert">
            {outcome.text}
          </p>
        )}
      </div>
    </section>
  );
}
