import { useId, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { decisionStatusLabel, decisionStatusMoves } from '../../format/labels';
import { graphql } from '../../gql';
import type { DecisionDetailFieldsFragment, DecisionStatus } from '../../gql/graphql';
import { hasCode, messageFor } from '../../graphql/error-messages';

const AddDecisionNoteMutation = graphql(`
  mutation AddDecisionNote($input: AddDecisionNoteInput!) {
    addDecisionNote(input: $input) {
      ...DecisionDetailFields
    }
  }
`);

const ChangeDecisionStatusMutation = graphql(`
  mutation ChangeDecisionStatus($input: ChangeDecisionStatusInput!) {
    changeDecisionStatus(input: $input) {
      ...DecisionDetailFields
    }
  }
`);

type Outcome = { kind: 'saved'; text: string } | { kind: 'conflict' } | { kind: 'error'; text: string } | null;

/**
 * The secretariat's follow-up of a decision: a note, optionally moving the status. Based on the
 * `version` shown: if someone changed the decision since, the graph refuses with CONFLICT, nothing is
 * overwritten, and this says so.
 */
export function DecisionFollowUp({ decision }: { decision: DecisionDetailFieldsFragment }) {
  const moves = decisionStatusMoves[decision.status] ?? [];
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [addNote, addState] = useMutation(AddDecisionNoteMutation);
  const [changeStatus, changeState] = useMutation(ChangeDecisionStatusMutation);
  const client = useApolloClient();
  const noteId = useId();
  const busy = addState.loading || changeState.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const text = note.trim();
    if (!text) {
      setOutcome({ kind: 'error', text: 'Skriv en uppföljning.' });
      return;
    }
    try {
      if (status) {
        await changeStatus({ variables: { input: { decisionId: decision.id, expectedVersion: decision.version, status: status as DecisionStatus, note: text } } });
        setOutcome({ kind: 'saved', text: `Status ändrad till ${decisionStatusLabel[status]?.toLowerCase()} och uppföljningen sparad.` });
      } else {
        await addNote({ variables: { input: { decisionId: decision.id, expectedVersion: decision.version, text } } });
        setOutcome({ kind: 'saved', text: 'Uppföljningen sparad.' });
      }
      setNote('');
      setStatus('');
    } catch (error) {
      setOutcome(hasCode(error, 'CONFLICT') ? { kind: 'conflict' } : { kind: 'error', text: messageFor(error) });
    }
  };

  return (
    <section aria-labelledby={`${noteId}-heading`}>
      <h2 id={`${noteId}-heading`}>Registrera uppföljning</h2>
      <form className="stacked" onSubmit={submit}>
        <div className="field">
          <label htmlFor={noteId}>Uppföljning</label>
          <textarea id={noteId} rows={3} value={note} onChange={(e) => setNote(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`${noteId}-status`}>Ny status</label>
          <select id={`${noteId}-status`} value={status} onChange={(e) => setStatus(e.target.value)} disabled={moves.length === 0}>
            <option value="">Oförändrad ({decisionStatusLabel[decision.status]?.toLowerCase()})</option>
            {moves.map((m) => (
              <option key={m} value={m}>
                {decisionStatusLabel[m]}
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
              <strong>Någon har ändrat detta sedan du öppnade det.</strong> Ingenting har skrivits över och din ändring är inte sparad. Hämta
              den senaste versionen och gör sedan om din ändring; det du skrev finns kvar i fältet.
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void client.refetchQueries({ include: ['DecisionDetail'] }).then(() => setOutcome(null))}
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
