import { getOrganisation } from "@/lib/data/organisation";

/** What an officer sees on a planning-office page: why, and where to go instead. */
export async function PlannersOnly({ title }: { title: string }) {
  const { reviewOffice } = await getOrganisation();
  return (
    <main id="main" className="container">
      <h1>{title}</h1>
      <p className="alert alert--error" role="alert">
        이 화면은 {reviewOffice}만 볼 수 있습니다. 제출한 내용의 처리 상태는{" "}
        <a href="/workspace/submissions">내 제출</a>
        에서 확인해 주세요.
      </p>
    </main>
  );
}
