import { describe, expect, it } from "vitest";
import { authorize, can, POLICY_ACTIONS, REFUSALS, refusalFor } from "./can";
import { PUBLIC_VIEWER, type StaffViewer } from "./viewer";

const staff = (role: StaffViewer["role"], departmentId: number | null = 7): StaffViewer => ({
  kind: "staff",
  userId: 3,
  username: role,
  displayName: role,
  role,
  departmentId,
  mustChangePassword: false,
});

describe("the policy table", () => {
  it("refuses a visitor everything", () => {
    for (const action of POLICY_ACTIONS) expect(can(PUBLIC_VIEWER, action, { departmentIds: [7] })).toBe(false);
  });

  it("lets an officer change only rows that list their department", () => {
    expect(can(staff("officer"), "record.edit", { departmentIds: [5, 7] })).toBe(true);
    expect(can(staff("officer"), "record.edit", { departmentIds: [5] })).toBe(false);
    expect(can(staff("officer", null), "record.edit", { departmentIds: [5] })).toBe(false);
    expect(can(staff("planner", null), "record.edit", { departmentIds: [5] })).toBe(true);
  });

  it("keeps an admin from deactivating their own account", () => {
    expect(can(staff("admin"), "users.deactivate", { userId: 4 })).toBe(true);
    expect(() => authorize(staff("admin"), "users.deactivate", { userId: 3 })).toThrow(
      "자기 계정은 비활성화할 수 없습니다.",
    );
  });

  it("words refusals neutrally, and pages put the organisation's office in", () => {
    for (const action of POLICY_ACTIONS) expect(REFUSALS[action]).not.toMatch(/기획감사실/);
    expect(refusalFor("audit.read", "기획감사실")).toBe("감사 기록은 기획감사실과 관리자만 볼 수 있습니다.");
    expect(refusalFor("trash.read", "기획예산담당관")).toBe("휴지통은 기획예산담당관만 볼 수 있습니다.");
    expect(refusalFor("users.manage", "기획감사실")).toBe(REFUSALS["users.manage"]);
  });
});
