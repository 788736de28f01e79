import { withParticle } from "@/lib/korean";
import type { Metadata } from "next";
import { getOrganisation } from "@/lib/data/organisation";
import { KOGL_TERMS, koglType, licenceOf } from "@/lib/organisation";

export const metadata: Metadata = { title: "저작권정책" };

export default async function CopyrightPage() {
  const org = await getOrganisation();
  const licence = licenceOf(org);
  return (
    <main id="main" className="container narrow">
      <h1>저작권정책</h1>
      <p>
        이 누리집에서 {withParticle(org.name, "이/가")} 게시하는 자료는 {licence.name} 조건에 따라 이용할 수 있습니다.{" "}
        {KOGL_TERMS[koglType(org.koglType)]}
      </p>
      <h2>출처 표시</h2>
      <p>자료를 이용할 때에는 다음과 같이 출처를 밝혀 주십시오.</p>
      <p>
        <strong>{licence.sourceLine}</strong>
      </p>
      <h2>제3자의 권리</h2>
      <p>
        자료 가운데 제3자가 저작권을 가진 부분(사진, 외부 기관의 문서 등)은 이 조건에 포함되지 않으며, 그 권리자의
        허락을 받아야 합니다.
      </p>
      <h2>문의</h2>
      <p>
        {org.reviewOffice}
        {org.phone ? ` (${org.phone})` : ""}
      </p>
    </main>
  );
}
