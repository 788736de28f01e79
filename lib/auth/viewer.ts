import type { Role } from "@/db/schema";

/** A signed-in member of staff, as loaded fresh from the database for this request. */
export type StaffViewer = {
  kind: "staff";
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  mustChangePassword: boolean;
  /** A confirmed authenticator (TOTP); absent means none. */
  twoFactorEnrolled?: boolean;
};

/** Who is asking. Data functions take one and decide from it what may be seen or changed. */
export type Viewer = { kind: "public" } | StaffViewer;

export const PUBLIC_VIEWER: Viewer = { kind: "public" };
