import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ViewHeading } from '../../app/Layout';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { QueryStatus } from '../../components/QueryStatus';
import { attendanceRoleLabel, decisionStatusLabel, meetingStatusLabel, ownerText } from '../../format/labels';
import { formatDate } from '../../format/sv';
import { graphql } from '../../gql';
import type { MeetingRecordItemFragment, MeetingRecordQuery } from '../../gql/graphql';

// A meeting's whole record in one request (as examples/meeting-record.graphql).
const MeetingRecordQueryDocument = graphql(`
  query MeetingRecord($id: ID!) {
    meeting(id: $id) {
      id
      body {
        id
        name
        shortName
      }
      status
      date
      startTime
      endTime
      place
      organiser
      secretary {
        id
        name
      }
      attendance {
        person {
          id
          name
        }
        huvudman {
          id
          name
        }
        representing
        role
        present
        note
      }
      items {
        ...MeetingRecordItem
        subItems {
          ...MeetingRecordItem
        }
      }
      comingMeetings {
        id
        date
        endDate
        status
      }
      source
    }
  }

  fragment MeetingRecordItem on AgendaItem {
    id
    number
    title
    presenters {
      person {
        id
        name
      }
      huvudman {
        id
        name
      }
    }
    reportingBody {
      id
      shortName
    }
    summary
    proposals {
      id
      text
    }
    questions
    decisionWording
    decisions {
      id
      text
      status
      decidedOn
      addition
      condition
      conditionBody {
        id
        shortName
      }
      ownerHuvudman {
        id
        name
      }
      ownerPerson {
        id
        name
      }
      ownerBody {
        id
        shortName
      }
      ownerDescription
      dueDate
      timeframe
    }
  }
`);

type Meeting = NonNullable<MeetingRecordQuery['meeting']>;
type Attendance = Meeting['attendance'][number];
type Decision = MeetingRecordItemFragment['decisions'][number] & { itemLabel: string };
interface HuvudmanAttendance {
  id: string;
  name: string;
  present: string[];
  absent: string[];
}

const itemLabel = (item: MeetingRecordItemFragment) => (item.number ? `§ ${item.number} ${item.title}` : item.title);

/** A meeting's record: attendance per huvudman, items with presenters, proposals, questions and decisions, coming meetings. */
export function MeetingView() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(MeetingRecordQueryDocument, { variables: { id } });
  const meeting = data?.meeting;
  const perHuvudman = useMemo(() => attendancePerHuvudman(meeting?.attendance ?? []), [meeting]);
  const decisions = useMemo<Decision[]>(
    () => (meeting?.items ?? []).flatMap((item) => [item, ...item.subItems].flatMap((i) => i.decisions.map((d) => ({ ...d, itemLabel: itemLabel(i) })))),
    [meeting],
  );

  const attendanceColumns: Column<HuvudmanAttendance>[] = [
    { id: 'huvudman', header: 'Huvudman', value: (h) => h.name, rowHeader: true },
    { id: 'presentCount', header: 'Närvarande', numeric: true, value: (h) => h.present.length },
    { id: 'present', header: 'Närvarande personer', value: (h) => h.present.join(', ') || null },
    { id: 'absent', header: 'Frånvarande', value: (h) => h.absent.join(', ') || null },
  ];
  const personColumns: Column<Attendance>[] = [
    { id: 'name', header: 'Namn', value: (a) => a.person.name, rowHeader: true },
    { id: 'representing', header: 'Företräder', value: (a) => a.representing },
    { id: 'role', header: 'Roll', value: (a) => attendanceRoleLabel[a.role] ?? a.role },
    { id: 'present', header: 'Närvarande', value: (a) => (a.present ? 'Ja' : 'Nej (struken)') },
    { id: 'note', header: 'Anteckning', value: (a) => a.note ?? null },
  ];
  const decisionColumns: Column<Decision>[] = [
    { id: 'item', header: 'Ärende', value: (d) => d.itemLabel },
    { id: 'text', header: 'Beslut', value: (d) => d.text, cell: (d) => <Link to={`/beslut/${encodeURIComponent(d.id)}`}>{d.text}</Link> },
    { id: 'status', header: 'Status', value: (d) => decisionStatusLabel[d.status] ?? d.status },
    { id: 'owner', header: 'Ansvarig', value: (d) => ownerText(d) },
    {
      id: 'due',
      header: 'Klart senast',
      value: (d) => d.dueDate ?? d.timeframe ?? null,
      cell: (d) => (d.dueDate ? formatDate(d.dueDate) : (d.timeframe ?? '–')),
    },
  ];

  return (
    <>
      <p>
        <Link to="/moten">← Alla möten</Link>
      </p>
      <QueryStatus loading={loading} error={error} hasData={!!data}>
        {!meeting ? (
          <>
            <ViewHeading>Mötet finns inte</ViewHeading>
            <p>Inget möte har id {id}.</p>
          </>
        ) : (
          <>
            <ViewHeading>
              {meeting.body.name}, {formatDate(meeting.date)}
            </ViewHeading>
            <PartialNotice error={error} />
            <dl className="facts">
              <dt>Status</dt>
              <dd>{meetingStatusLabel[meeting.status] ?? meeting.status}</dd>
              {meeting.startTime && (
                <>
                  <dt>Tid</dt>
                  <dd>
                    {meeting.startTime}
                    {meeting.endTime ? `–${meeting.endTime}` : ''}
                  </dd>
                </>
              )}
              {meeting.place && (
                <>
                  <dt>Plats</dt>
                  <dd>{meeting.place}</dd>
                </>
              )}
              {meeting.organiser && (
                <>
                  <dt>Arrangör</dt>
                  <dd>{meeting.organiser}</dd>
                </>
              )}
              {meeting.secretary && (
                <>
                  <dt>Sekreterare</dt>
                  <dd>{meeting.secretary.name}</dd>
                </>
              )}
              <dt>Källa</dt>
              <dd>{meeting.source}</dd>
            </dl>

            <h2>Närvaro</h2>
            <DataTable caption="Närvaro per huvudman" columns={attendanceColumns} rows={perHuvudman} rowKey={(h) => h.id} csvName={`narvaro-${meeting.id}`} />
            <DataTable
              caption="Närvarolista"
              columns={personColumns}
              rows={meeting.attendance}
              rowKey={(a) => `${a.person.id}-${a.role}`}
              csvName={`narvarolista-${meeting.id}`}
            />

            <h2>Beslut vid mötet</h2>
            <DataTable
              caption="Beslut vid mötet med ansvarig"
              columns={decisionColumns}
              rows={decisions}
              rowKey={(d) => d.id}
              csvName={`beslut-${meeting.id}`}
            />

            <h2>Ärenden</h2>
            {meeting.items.map((item) => (
              <AgendaItemRecord key={item.id} item={item} level={3}>
                {item.subItems.map((sub) => (
                  <AgendaItemRecord key={sub.id} item={sub} level={4} />
                ))}
              </AgendaItemRecord>
            ))}

            <h2>Kommande möten</h2>
            {meeting.comingMeetings.length === 0 ? (
              <p>Inga kommande möten är angivna.</p>
            ) : (
              <ul>
                {meeting.comingMeetings.map((m) => (
                  <li key={m.id}>
                    <Link to={`/moten/${encodeURIComponent(m.id)}`}>
                      {formatDate(m.date)}
                      {m.endDate ? `–${formatDate(m.endDate)}` : ''}
                    </Link>{' '}
                    ({meetingStatusLabel[m.status]?.toLowerCase() ?? m.status})
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryStatus>
    </>
  );
}

function AgendaItemRecord({ item, level, children }: { item: MeetingRecordItemFragment; level: 3 | 4; children?: React.ReactNode }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className="item" aria-label={itemLabel(item)}>
      <Heading>{itemLabel(item)}</Heading>
      {item.presenters.length > 0 && (
        <p>
          <strong>Föredragande:</strong> {item.presenters.map((p) => `${p.person.name} (${p.huvudman.name})`).join(', ')}
        </p>
      )}
      {item.reportingBody && (
        <p>
          <strong>Rapporterande organ:</strong> {item.reportingBody.shortName}
        </p>
      )}
      {item.summary && <p>{item.summary}</p>}
      {item.proposals.length > 0 && (
        <>
          <p>
            <strong>Förslag till beslut:</strong>
          </p>
          <ul>
            {item.proposals.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </>
      )}
      {item.questions.length > 0 && (
        <>
          <p>
            <strong>Frågor som togs upp:</strong>
          </p>
          <ul>
            {item.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        </>
      )}
      {item.decisionWording && (
        <p>
          <strong>Beslut:</strong> {item.decisionWording}
        </p>
      )}
      {item.decisions.length > 0 && (
        <ul>
          {item.decisions.map((d) => (
            <li key={d.id}>
              <Link to={`/beslut/${encodeURIComponent(d.id)}`}>{d.text}</Link> — {decisionStatusLabel[d.status]?.toLowerCase() ?? d.status}; ansvarig:{' '}
              {ownerText(d)}
              {d.condition && `; villkor: ${d.condition}`}
              {d.addition && `; tillägg: ${d.addition}`}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

function attendancePerHuvudman(attendance: Attendance[]): HuvudmanAttendance[] {
  const rows = new Map<string, HuvudmanAttendance>();
  for (const a of attendance) {
    const row = rows.get(a.huvudman.id) ?? { id: a.huvudman.id, name: a.huvudman.name, present: [], absent: [] };
    (a.present ? row.present : row.absent).push(a.person.name);
    rows.set(a.huvudman.id, row);
  }
  return [...rows.values()];
}
