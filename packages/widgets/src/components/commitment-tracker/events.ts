import type { CommitmentStatus, PillarId } from '@lad/sdk';

/** The tracker's filters, as in `lad-filter-change` and the `sync-url` query string. */
export interface TrackerFilters {
  country: string;
  pillar: PillarId | '';
  actionPackage: string;
  mechanism: string;
  status: CommitmentStatus | '';
  q: string;
}

const init = <T>(detail: T) => ({ detail, bubbles: true, composed: true });

/** A reader changed a filter of `<lad-commitment-tracker>`. */
export class LadFilterChangeEvent extends CustomEvent<TrackerFilters> {
  static readonly type = 'lad-filter-change';
  constructor(filters: TrackerFilters) {
    super(LadFilterChangeEvent.type, init(filters));
  }
}

/** A reader opened a commitment in `<lad-commitment-tracker>`. */
export class LadCommitmentSelectEvent extends CustomEvent<{ id: string }> {
  static readonly type = 'lad-commitment-select';
  constructor(id: string) {
    super(LadCommitmentSelectEvent.type, init({ id }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lad-filter-change': LadFilterChangeEvent;
    'lad-commitment-select': LadCommitmentSelectEvent;
  }
}
