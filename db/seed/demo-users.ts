import type { Role } from "../schema";

/**
 * Demo accounts, created only when the demo command asks for them (`--demo-users`).
 * A production database never gets these: its first admin comes from `npm run user:create`.
 */
export const DEMO_PASSWORD = "seonggwa-demo-2023";

export const demoUsers: { username: string; displayName: string; role: Role; department: string | null }[] = [
  { username: "admin", displayName: "시스템 관리자", role: "admin", department: null },
  { username: "planning", displayName: "기획감사실 담당자", role: "planner", department: "기획감사실" },
  { username: "welfare", displayName: "주민복지과 담당자", role: "officer", department: "주민복지과" },
  { username: "tax", displayName: "세정과 담당자", role: "officer", department: "세정과" },
];
