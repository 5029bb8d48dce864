// The shapes the explorer's operations return (see operations/*.graphql).

export type Status = 'PROPOSED' | 'DRAFT' | 'AGREED' | 'IN_FORCE' | 'ENDED';

export interface EntityRef { id: string; name: string; kind: string }

export interface Source {
  section: string | null;
  quote: string | null;
  document: { id: string; name: string; file: string; publishedOn: string | null; publisher: string | null; title?: string | null; url?: string | null };
}

export interface Line {
  id: string;
  type: string;
  status: Status;
  statusNote: string | null;
  validFrom: string | null;
  validTo: string | null;
  role: string | null;
  from: EntityRef;
  to: EntityRef;
  sources: Source[];
  /** STATED when the line's quotes say it; INFERRED when it is our reading of the passage (rationale says why). */
  basis?: 'STATED' | 'INFERRED';
  rationale?: string | null;
  /** The latest publication date of the documents the line cites. */
  lastEvidencedOn?: string | null;
}

export const isInferred = (line: Line): boolean => line.basis === 'INFERRED';

export interface EntityDetail extends EntityRef {
  description: string | null;
  validFrom: string | null;
  validTo: string | null;
  aliases: string[];
  sources: Source[];
}

export interface ChartNode {
  id: string;
  parentId: string | null;
  depth: number;
  childCount: number;
  entity: EntityRef;
  via: Line | null;
}

export interface OrgChart {
  truncated: boolean;
  root: EntityRef;
  nodes: ChartNode[];
  edges: Line[];
}

export interface Chain {
  truncated: boolean;
  root: EntityRef;
  apexes: EntityRef[];
  paths: { length: number; steps: { relationship: Line }[] }[];
}

export interface Transfer {
  function: { id: string; name: string };
  from: { id: string; name: string };
  to: EntityRef;
  status: Status;
  effectiveFrom: string | null;
  relationship: Line;
}

export interface Transition {
  ccg: { id: string; name: string };
  ceasedOn: string | null;
  successors: { id: string; name: string }[];
  transfers: Transfer[];
}

export interface ScenarioSummary { id: string; name: string; revision: number; changeCount: number; createdBy: string }

/** Which lines the page shows: the include-proposed and include-inferred toggles. */
export interface LineFilter { includeProposed: boolean; includeInferred: boolean }

/** Lines the include-proposed toggle hides: not yet agreed (as accountabilityChain's includeProposed: false). */
export const notYetAgreed = (status: Status): boolean => status === 'PROPOSED' || status === 'DRAFT';

export const statusLabel: Record<Status, string> = {
  PROPOSED: 'Proposed',
  DRAFT: 'Draft',
  AGREED: 'Agreed',
  IN_FORCE: 'In force',
  ENDED: 'Ended',
};

/** Whether the toggles let a line show (the chain asks the API the same with includeProposed / includeInferred). */
export const shows = (line: Line, filter: LineFilter): boolean =>
  (filter.includeProposed || !notYetAgreed(line.status)) && (filter.includeInferred || line.basis !== 'INFERRED');
