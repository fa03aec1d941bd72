import { useMutation } from '@apollo/client/react';
import { FollowUpForm } from '../../components/FollowUpForm';
import { decisionStatusLabel, decisionStatusMoves } from '../../format/labels';
import { graphql } from '../../gql';
import type { DecisionDetailFieldsFragment, DecisionStatus } from '../../gql/graphql';

// Both return the detail's fields, so Apollo's cache updates the page from the answer.
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

/** The secretariat's follow-up of a decision: a note (addDecisionNote) or a status move with a note (changeDecisionStatus). */
export function DecisionFollowUp({ decision }: { decision: DecisionDetailFieldsFragment }) {
  const [addNote] = useMutation(AddDecisionNoteMutation);
  const [changeStatus] = useMutation(ChangeDecisionStatusMutation);
  const save = (note: string, status: string) => {
    const base = { decisionId: decision.id, expectedVersion: decision.version };
    return status
      ? changeStatus({ variables: { input: { ...base, status: status as DecisionStatus, note } } })
      : addNote({ variables: { input: { ...base, text: note } } });
  };
  return (
    <FollowUpForm
      status={decision.status}
      moves={decisionStatusMoves[decision.status] ?? []}
      statusLabel={decisionStatusLabel}
      save={save}
      refetch={['DecisionDetail']}
    />
  );
}
