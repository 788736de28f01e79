export declare const PUBLISHED_REVISION_SQL: { sqlite: string; postgres: string };
export type Observed = { revision: string | null; since: number };
export type RevisionReader = { observe(): Promise<Observed>; latest(): Observed; now(): number };
export declare function createRevisionReader(url?: string): RevisionReader;
export declare function revisionReader(): RevisionReader;
