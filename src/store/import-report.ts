// What a master data import did: rows added, changed, left as they were, and rejected with why.

export interface ImportReport {
  added: number;
  changed: number;
  unchanged: number;
  rejected: { row: number; reason: string }[];
}

export const emptyReport = (): ImportReport => ({ added: 0, changed: 0, unchanged: 0, rejected: [] });
