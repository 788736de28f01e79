import { getOrganisation } from "@/lib/data/organisation";
import { koglType, licenceOf } from "@/lib/organisation";
import { NavLink } from "./nav-link";
import { KoglMark } from "./kogl-mark";
import styles from "./site-footer.module.css";

export async function SiteFooter() {
  const org = await getOrganisation();
  // The office that answers for the figures; its own line when an admin has entered one.
  const contactPhone = org.reviewOfficePhone || org.phone;
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.inner}`}>
        <div className={styles.text}>
          <p className={styles.org}>{org.name}</p>
          {org.address || org.phone ? (
            <address className={styles.address}>
              {org.address ? <span>주소: {org.address}</span> : null}
              {org.phone ? (
                <span>
                  대표전화: <a href={`tel:${org.phone.replace(/[^\d+]/g, "")}`}>{org.phone}</a>
                </span>
              ) : null}
            </address>
          ) : null}
          <p>
            자료 담당: {org.reviewOffice}
            {contactPhone ? (
              <>
                {" "}
                (전화 <a href={`tel:${contactPhone.replace(/[^\d+]/g, "")}`}>{contactPhone}</a>)
              </>
            ) : null}
          </p>
          <ul className={styles.links}>
            <li>
              <NavLink href="/help">도움말</NavLink>
            </li>
            <li>
              <NavLink href="/privacy" className={styles.privacy}>
                개인정보처리방침
              </NavLink>
            </li>
            <li>
              <NavLink href="/copyright">저작권정책</NavLink>
            </li>
          </ul>
          <p>{licenceOf(org).sourceLine}</p>
        </div>
        <KoglMark type={koglType(org.koglType)} />
      </div>
    </footer>
  );
}
