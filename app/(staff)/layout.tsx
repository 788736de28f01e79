import { Suspense } from "react";
import { StaffFrame } from "@/components/staff/staff-frame";

// Staff pages depend on who is signed in, so they render per request behind this boundary while
// the public pages stay prerendered. Each page and data function checks the viewer itself.
export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={<p className="container">불러오는 중…</p>}>
      <StaffFrame>{children}</StaffFrame>
    </Suspense>
  );
}
