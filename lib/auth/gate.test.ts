import { describe, expect, it } from "vitest";
import { pendingGate } from "./gate";
import type { StaffViewer } from "./viewer";

const staff = (over: Partial<StaffViewer>): StaffViewer => ({
  kind: "staff",
  userId: 1,
  username: "u",
  displayName: "u",
  role: "planner",
  departmentId: null,
  mustChangePassword: false,
  ...over,
});

describe("pendingGate", () => {
  it("puts the temporary password first, then the required authenticator", () => {
    const required = ["admin", "planner"] as const;
    expect(pendingGate(staff({ mustChangePassword: true }), [...required])).toBe("change_password");
    expect(pendingGate(staff({}), [...required])).toBe("enrol_two_factor");
    expect(pendingGate(staff({ twoFactorEnrolled: true }), [...required])).toBeNull();
    expect(pendingGate(staff({ role: "officer" }), [...required])).toBeNull();
    expect(pendingGate(staff({}), [])).toBeNull();
  });
});
