import { withParticle } from "@/lib/korean";
import type { Metadata } from "next";
import { getOrganisation } from "@/lib/data/organisation";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "개인정보처리방침" };

/**
 * Every item 「개인정보 보호법」 §30 and its decree (§31) ask of a published policy, with the
 * organisation's own name, offices and privacy officer from its identity.
 */
export default async function PrivacyPage() {
  const org = await getOrganisation();
  const effective = org.privacyEffectiveOn ? formatDate(new Date(`${org.privacyEffectiveOn}T00:00:00+09:00`)) : null;
  return (
    <main id="main" className="container narrow">
      <h1>개인정보처리방침</h1>
      <p>
        {withParticle(org.name, "은/는")} 「개인정보 보호법」 제30조에 따라 이 누리집에서 처리하는 개인정보와 그 처리
        방법을 다음과 같이 알려 드립니다.
      </p>

      <h2>1. 처리 목적</h2>
      <p>
        공개 화면(대시보드, 수상 실적, 분야별 성과, 자료 내려받기)은 회원가입이나 로그인 없이 이용하며, 방문자의
        개인정보를 수집하지 않습니다. 방문자를 추적하는 쿠키나 외부 분석 도구도 쓰지 않습니다. 자료를 입력·검토하는
        직원의 계정 정보는 본인 확인, 부서별 권한 부여, 자료 변경 내역의 감사를 위해서만 처리하고, 직원이 알림을 받기로
        한 경우의 이메일 주소는 제출·반려 알림을 보내기 위해서만 처리합니다.
      </p>

      <h2>2. 처리하는 항목</h2>
      <ul>
        <li>직원 계정: 이름, 소속 부서, 아이디, 비밀번호(복원할 수 없는 형태로 변환해 저장)</li>
        <li>
          선택 항목: 이메일 주소(직원이 알림 설정에서 직접 입력하고 알림 받기를 고른 경우에만). 제출·반려 알림을 보내는
          데만 쓰며, 다른 직원에게 보여 주거나 감사 기록에 남기지 않습니다.
        </li>
        <li>자동 생성: 로그인 기록(일시, 접속 주소), 자료 변경 기록(감사 기록)</li>
      </ul>

      <h2>3. 보유 기간과 파기</h2>
      <ul>
        <li>계정 정보: 계정을 쓰는 동안 보유하고, 퇴직·전보로 계정이 필요 없어지면 비활성화한 뒤 파기합니다.</li>
        <li>이메일 주소: 본인이 알림 설정에서 지우면 바로 지우고, 그렇지 않으면 계정 정보와 함께 파기합니다.</li>
        <li>
          로그인 기록과 감사 기록: 「공공기록물 관리에 관한 법률」 등 관계 법령이 정한 기간 동안 보유한 뒤 파기합니다.
        </li>
        <li>파기 방법: 전자 파일은 복구할 수 없는 방법으로 지우고, 출력물은 분쇄하거나 소각합니다.</li>
      </ul>

      <h2>4. 제3자 제공과 처리 위탁</h2>
      <p>개인정보를 제3자에게 제공하지 않으며, 개인정보 처리 업무를 외부에 위탁하지 않습니다.</p>

      <h2>5. 정보주체의 권리와 행사 방법</h2>
      <p>
        정보주체는 언제든지 자신의 개인정보에 대해 열람, 정정·삭제, 처리정지를 요구할 수 있습니다(「개인정보 보호법」
        제35조–제37조). 아래 개인정보 보호책임자에게 서면, 전화 또는 전자우편으로 요구하면 10일 이내에 처리 결과를 알려
        드립니다. 대리인을 통해서도 요구할 수 있습니다.
      </p>

      <h2>6. 안전성 확보 조치</h2>
      <ul>
        <li>비밀번호는 Argon2id로 변환해 저장하고, 로그인 실패가 잦은 계정과 주소는 잠시 막습니다.</li>
        <li>계정마다 권한을 나누고, 30분 동안 쓰지 않거나 8시간이 지나면 로그인이 끝납니다.</li>
        <li>모든 자료 변경은 감사 기록으로 남고, 누리집과의 연결은 암호화(HTTPS)됩니다.</li>
      </ul>

      <h2>7. 개인정보 보호책임자</h2>
      {org.privacyOfficerName || org.privacyOfficerDepartment || org.privacyOfficerContact ? (
        <dl>
          <dt>성명(직위)</dt>
          <dd>{org.privacyOfficerName || "—"}</dd>
          <dt>부서</dt>
          <dd>{org.privacyOfficerDepartment || "—"}</dd>
          <dt>연락처</dt>
          <dd>{org.privacyOfficerContact || "—"}</dd>
        </dl>
      ) : (
        <p>
          {org.name} {org.reviewOffice}
          {org.phone ? ` (${org.phone})` : ""}
        </p>
      )}

      <h2>8. 권익침해 구제 방법</h2>
      <p>개인정보 침해에 대한 상담이나 피해 구제는 다음 기관에 요청할 수 있습니다.</p>
      <ul>
        <li>개인정보분쟁조정위원회: 국번 없이 1833-6972 (www.kopico.go.kr)</li>
        <li>개인정보침해신고센터: 국번 없이 118 (privacy.kisa.or.kr)</li>
        <li>대검찰청: 국번 없이 1301 (www.spo.go.kr)</li>
        <li>경찰청: 국번 없이 182 (ecrm.police.go.kr)</li>
      </ul>

      <h2>9. 시행일과 변경 이력</h2>
      <p>{effective ? `이 방침은 ${effective}부터 시행합니다.` : "이 방침의 시행일은 아직 정해지지 않았습니다."}</p>
      <p>이전 개인정보처리방침: 없음(이 방침이 첫 판입니다). 방침을 바꾸면 이전 판을 이곳에 함께 게시합니다.</p>
    </main>
  );
}
