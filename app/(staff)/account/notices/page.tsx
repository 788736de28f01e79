import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { getNoticeSettings } from "@/lib/data/notice-settings";
import { mailEnabled } from "@/lib/mail/transport";
import { NoticeSettingsForm } from "./notice-settings-form";

export const metadata: Metadata = { title: "알림 설정" };

export default async function NoticeSettingsPage() {
  const viewer = await requireStaff();
  const settings = await getNoticeSettings(viewer);
  return (
    <main id="main" className="container narrow">
      <h1>알림 설정</h1>
      <p>
        {viewer.role === "planner"
          ? "부서에서 수상 실적이나 성과지표를 제출하면 검토할 내용을 이메일로 알려 드립니다."
          : "제출한 내용이 반려되면 반려 사유를 이메일로 알려 드립니다."}{" "}
        이메일 주소는 알림을 보내는 데만 쓰고, 다른 사람에게 보여 주지 않습니다.
      </p>
      {mailEnabled() ? null : (
        <p className="alert alert--warning">
          지금은 이 누리집에 메일 서버가 설정되어 있지 않아 알림을 보내지 않습니다. 설정은 저장해 둘 수 있습니다.
        </p>
      )}
      <NoticeSettingsForm email={settings.email ?? ""} notify={settings.notify} />
    </main>
  );
}
