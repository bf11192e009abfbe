// The columns of every row that is edited with optimistic locking.

export interface Versioned {
  createdAt: string;
  updatedAt: string;
  version: number;
}
