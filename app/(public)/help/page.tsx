import type { Metadata } from "next";
import Link from "next/link";
import { getOrganisation } from "@/lib/data/organisation";
import { withParticle } from "@/lib/korean";
import { roleLabels } from "@/lib/labels";

export const metadata: Metadata = { title: "도움말" };

/** A short guide for each kind of user, reachable from the public footer and the staff header. */
export default async function HelpPage() {
  const org = await getOrganisation();
  const labels = roleLabels(org.reviewOffice);
  const office = org.reviewOffice;
  const phone = org.reviewOfficePhone || org.phone;
  return (
    <main id="main" className="container narrow">
      <h1>도움말</h1>
      <p>
        이 누리집은 {org.name}의 주요 성과(기관표창 수상 실적과 분야별 성과 지표)를 공개합니다. 공개 화면의 숫자는{" "}
        {withParticle(office, "이/가")} 승인한 기록입니다.
      </p>
      <nav aria-label="도움말 차례">
        <ul>
          <li>
            <a href="#visitor">방문자</a>
          </li>
          <li>
            <a href="#officer">{labels.officer}</a>
          </li>
          <li>
            <a href="#planner">기획부서({office})</a>
          </li>
          <li>
            <a href="#admin">{labels.admin}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="visitor">
        <h2 id="visitor">방문자</h2>
        <ul>
          <li>
            <Link href="/">대시보드</Link>에서 연도별 수상 건수와 인센티브 합계, 분야별 지표를 봅니다. 다른 해는 연도를
            골라 봅니다.
          </li>
          <li>
            <Link href="/awards">수상 실적</Link>에서 연도, 부서, 주관기관으로 거르고 수상명으로 찾습니다. 조건은 주소에
            남으므로 그 주소를 그대로 다른 사람에게 보낼 수 있습니다.
          </li>
          <li>
            <Link href="/downloads">자료 내려받기</Link>에서 CSV, 엑셀(XLSX), 공개 API로 같은 자료를 받습니다.
          </li>
          <li>숫자가 이상해 보이면 아래 문의처로 연락해 주세요.</li>
        </ul>
      </section>

      <section aria-labelledby="officer">
        <h2 id="officer">{labels.officer}</h2>
        <ol>
          <li>
            <Link href="/login">로그인</Link>한 뒤 <strong>수상 실적</strong>에서 새 실적을 입력하거나 우리 부서 실적을
            고칩니다. <span aria-hidden="true">(필수)</span> 표시가 있는 칸은 꼭 채워야 합니다.
          </li>
          <li>
            저장하면 {office}에 제출됩니다. 승인되기 전에는 목록에 <strong>검토 중</strong>으로 보이고, 공개 화면은
            그대로입니다.
          </li>
          <li>
            반려되면 <strong>내 제출</strong>에 사유가 나옵니다. 고쳐서 다시 제출합니다. <strong>알림 설정</strong>에서
            이메일 주소를 적고 알림 받기를 고르면 반려 사유를 메일로도 받습니다.
          </li>
          <li>마감된 연도의 실적은 고칠 수 없습니다. 정정이 필요하면 {office}에 마감 해제를 요청합니다.</li>
        </ol>
      </section>

      <section aria-labelledby="planner">
        <h2 id="planner">기획부서({office})</h2>
        <ol>
          <li>
            <strong>검토</strong>에서 제출을 보고 승인하거나 사유를 적어 반려합니다. 승인하면 바로 공개됩니다. 승인 전에
            공개 합계가 어떻게 바뀌는지 함께 보입니다. <strong>알림 설정</strong>에서 알림을 받기로 하면 새 제출이
            들어올 때 메일로 알려 드립니다.
          </li>
          <li>
            <strong>일괄 등록</strong>은 파일을 먼저 검사하고, 공개 합계에 미치는 영향을 확인한 뒤 게시합니다.
          </li>
          <li>
            한 해의 기록이 끝나면 <strong>연도 마감</strong>을 합니다. 마감은 다시 묻고 나서 처리됩니다.
          </li>
          <li>
            <strong>감사 기록</strong>에서 기간과 사람, 대상을 골라 누가 무엇을 바꿨는지 보고 엑셀로 내려받습니다.
          </li>
          <li>
            <strong>역할 관리</strong>에서 직원을 {labels.officer} 또는 {office} 역할로 바꿉니다.
          </li>
        </ol>
      </section>

      <section aria-labelledby="admin">
        <h2 id="admin">{labels.admin}</h2>
        <ul>
          <li>
            <strong>계정 관리</strong>에서 계정을 만들고, 임시 비밀번호를 정하고, 부서를 옮기고, 비활성화합니다.
            비활성화는 다시 묻고 나서 처리되며 그 사람의 로그인이 바로 끝납니다.
          </li>
          <li>
            <strong>부서·기관 관리</strong>에서 부서와 주관기관의 이름을 바꿉니다(바뀐 날짜를 함께 적습니다).
          </li>
          <li>
            <strong>기관 정보</strong>에서 기관 이름, 주소, 대표전화, 검토 부서와 그 전화, 공공누리 유형, 개인정보
            보호책임자를 고칩니다.
          </li>
        </ul>
      </section>

      <h2>문의</h2>
      <p>
        자료 담당: {office}
        {phone ? (
          <>
            {" "}
            (전화 <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>)
          </>
        ) : null}
      </p>
    </main>
  );
}
