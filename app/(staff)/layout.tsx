import { StaffFrame } from "@/components/staff/staff-frame";

// Staff pages depend on who is signed in, so they render per request. They are sent whole, without
// a loading boundary: a streamed page is only revealed by a script, and every staff step (the
// confirm questions included) must work with scripts off. Each page and data function checks the
// viewer itself.
export const instant = false;

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <StaffFrame>{children}</StaffFrame>;
}
