import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { readOrganisation } from "@/lib/data/organisation";

export const metadata: Metadata = { title: "기관 정보" };

export default async function OrganisationPage() {
  const viewer = await requireStaff();
  if (!can(viewer, "organisation.edit")) forbidden();
  // Read uncached: the form's version must be the stored one.
  const org = await readOrganisation();
  return (
    <main id="main" className="container narrow">
      <h1 id="organisation-heading">기관 정보</h1>
      <p>
        기관 이름, 검토 부서, 연락처, 이용 조건과 개인정보 보호책임자는 모든 공개 화면의 제목, 머리글, 바닥글, 내려받는
        파일과 공개 API에 쓰입니다. 저장하면 다음 요청부터 바로 보입니다.
      </p>
      <OrganisationForm org={org} labelledBy="organisation-heading" />
    </main>
  );
}
