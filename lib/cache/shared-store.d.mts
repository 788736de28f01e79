export type SharedStore = {
  read(kind: string, key: string): Promise<unknown>;
  write(kind: string, key: string, record: unknown, ttlSeconds?: number): Promise<void>;
  refreshTags(): Promise<void>;
  expireTags(tags: string[], at: number): Promise<void>;
  close(): Promise<void>;
};
export declare function sharedStore(): SharedStore | null;
export declare function expireTags(tags: string | string[]): Promise<void>;
export declare function tagsExpiredAt(tags: readonly string[] | undefined): number;
