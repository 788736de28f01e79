import type { Metadata } from "next";
import { ErrorFrame } from "@/components/layout/error-frame";

export const metadata: Metadata = { title: "볼 수 없는 페이지입니다" };

/** forbidden(): a signed-in person whose role does not open the page gets a 403 in Korean. */
export default function Forbidden() {
  return (
    <ErrorFrame title="볼 수 없는 페이지입니다">
      <p>이 페이지를 볼 권한이 없습니다. 권한이 필요하면 관리자에게 문의해 주세요.</p>
    </ErrorFrame>
  );
}
