import { getOrganisation } from "@/lib/data/organisation";
import { withParticle } from "@/lib/korean";

function notices(reviewOffice: string): Record<string, string> {
  return {
    published: "저장한 내용을 바로 게시했습니다.",
    submitted: `제출했습니다. ${withParticle(reviewOffice, "이/가")} 승인하면 공개 화면에 반영됩니다.`,
    deleted: "휴지통으로 옮겼습니다.",
    restored: "복원했습니다.",
    evidence: "증빙 파일을 붙였습니다.",
  };
}

/** The one-line confirmation a redirect after a save carries in `?notice=`. */
export async function Notice({ code }: { code: string | string[] | undefined }) {
  if (typeof code !== "string") return null;
  const text = notices((await getOrganisation()).reviewOffice)[code];
  if (!text) return null;
  return (
    <p role="status" className="alert alert--success">
      {text}
    </p>
  );
}
