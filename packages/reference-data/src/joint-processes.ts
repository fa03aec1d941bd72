/**
 * The joint processes (processer i samverkan) that involve both kommun and region, where a deviation in
 * samverkan (avvikelse i samverkan) and a joint risk analysis belong. Chefsgruppen decided on 2021-05-28
 * (§ 6, "Patientsäkerhet") to start building a structure for joint risk analyses and for joint handling of
 * deviations, beginning with a process mapping; the protocol names no processes. This list is therefore
 * example data (Exempeldata): the processes the issue names, as a first version.
 *
 * Why here, in reference data, and not only in samverkan's database: the list is kept by samverkan (its
 * subgraph serves it, versioned), but every huvudman's subgraph must check a deviation's process when the
 * deviation is reported, and a subgraph never calls another (nor the gateway) to validate a write: that
 * would make one huvudman's writes stop when samverkan is down, and turn the gateway into a dependency of
 * its own subgraphs. So the list is versioned configuration shipped with every subgraph, one source for
 * samverkan's table and for the region's and every kommun's check. A new version is a release of this
 * list (a new entry with a later `version` and `validFrom`); earlier versions stay valid for deviations
 * that occurred while they were in force.
 */
export interface JointProcessFacts {
  /** Stable code, e.g. "utskrivning". */
  code: string;
  /** Version of the process definition; a changed definition is a new version, the old stays. */
  version: number;
  /** Name in Swedish, e.g. "Utskrivning från sluten vård". */
  name: string;
  /** What the process covers, in Swedish. */
  description: string;
  /** First day this version applies (YYYY-MM-DD). */
  validFrom: string;
  /** Last day this version applies; null while in force. */
  validTo: string | null;
  /** Where the definition comes from. */
  source: string;
  /** True for an invented example (not a list decided by the Chefsgrupp). */
  isExample: boolean;
}

const SOURCE = 'Exempeldata: förslag utifrån Chefsgruppens beslut 2021-05-28 § 6 (processkartläggning); ingen beslutad lista';

const process = (code: string, name: string, description: string): JointProcessFacts => ({
  code,
  version: 1,
  name,
  description,
  validFrom: '2022-01-01',
  validTo: null,
  source: SOURCE,
  isExample: true,
});

export const jointProcesses: readonly JointProcessFacts[] = [
  process(
    'utskrivning',
    'Utskrivning från sluten vård',
    'Samverkan vid utskrivning från sluten hälso- och sjukvård (lag 2017:612): inskrivningsmeddelande, planering och hemgång.',
  ),
  process('lakemedel', 'Läkemedel', 'Läkemedelshantering där kommun och region delar ansvar: ordination, delegering, läkemedelslistor.'),
  process('sip', 'Samordnad individuell plan (SIP)', 'Kallelse till, upprättande och uppföljning av samordnad individuell plan.'),
  process('informationsoverforing', 'Informationsöverföring', 'Överföring av information mellan huvudmännen, i journalsystem och vid överrapportering.'),
  process('hjalpmedel', 'Hjälpmedel', 'Förskrivning, leverans och återlämning av hjälpmedel.'),
  process('hemsjukvard', 'Hälso- och sjukvård i hemmet', 'Hälso- och sjukvård i hemmet (hemsjukvård) där kommun och region delar ansvar.'),
];

/** The process with this code and version, or undefined. */
export function jointProcess(code: string, version: number): JointProcessFacts | undefined {
  return jointProcesses.find((p) => p.code === code && p.version === version);
}
