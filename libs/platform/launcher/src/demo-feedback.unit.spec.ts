import { loadTenantPolicies } from '@athar/tenancy';
import { describeSurveyDemo, surveyDemoTenant, type SurveyDemo } from './demo-feedback';

describe('the survey demo’s cell per association (docs/adr/0041)', () => {
  it('finds, for each of the five associations, a direct service without documents that a committee reviews and a programme-end survey covers', () => {
    const cells = loadTenantPolicies().map((p) => surveyDemoTenant(p));
    expect(cells.map((c) => c && [c.tenantId, c.serviceId])).toEqual(
      expect.arrayContaining([
        ['awj', 'member-service'],
        ['environment-madinah', 'programmes-and-activities'],
        ['general-assembly-002', 'member-service'],
        ['quwayiyah', 'beneficiary-support'],
        // Tuwaiq's training programme asks for four documents the demo would have to verify
        ['tuwaiq', 'partner-association-services'],
      ]),
    );
    for (const cell of cells) {
      expect(cell!.members).toHaveLength(2);
      expect(cell!.members.every((m) => !m.endsWith('secretary'))).toBe(true);
    }
  });

  it('finds none where no programme-end survey covers the service', () => {
    const [policy] = loadTenantPolicies();
    expect(surveyDemoTenant({ ...policy!, satisfaction: { surveys: [{ trigger: 'inquiry-answered' }] } })).toBeNull();
  });

  it('prints where the figures are and one unanswered survey’s link and SMS', () => {
    const demo: SurveyDemo = {
      seededAt: '2026-12-01T00:00:00.000Z',
      tenants: [
        {
          tenantId: 'awj',
          serviceId: 'member-service',
          channel: 'interview',
          answered: ['a', 'b', 'c', 'd', 'e'],
          unanswered: { caseId: 'f', mobile: '0512345678', link: 'http://127.0.0.1:4200/survey/xyz' },
        },
      ],
    };
    const lines = describeSurveyDemo(demo, 'http://127.0.0.1:4200', 'http://127.0.0.1:3001').join('\n');
    expect(lines).toContain('http://127.0.0.1:4200/feedback-oversight');
    expect(lines).toContain('http://127.0.0.1:4200/survey/xyz');
    expect(lines).toContain('+966512345678');
  });
});
