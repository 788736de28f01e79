export declare const PUBLISHED_REVISION_SQL: string;
export type RevisionReader = { observe(): { revision: string | null; since: number }; now(): number };
export declare function createRevisionReader(file?: string): RevisionReader;
export declare function revisionReader(): RevisionReader;
