import { AreaLinks } from './common';

/** The empowerment team's links: requests, studies due, rounds, agreements, impact reports. */
export function EmpowermentNav() {
  return (
    <AreaLinks
      label="area.empowerment"
      links={[
        { to: '/empowerment', label: 'empower.nav.requests', exact: true },
        { to: '/empowerment/studies-due', label: 'empower.nav.studiesDue' },
        { to: '/empowerment/rounds', label: 'empower.nav.rounds' },
        { to: '/empowerment/agreements', label: 'empower.nav.agreements' },
        { to: '/empowerment/impact-reports', label: 'empower.nav.reports', needs: 'partner-allocation GET /impact-reports' },
      ]}
    />
  );
}
