import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@athar/identity';
import { tenantScope } from './operations-scope';
import { filterClauses, riskOf } from './workflow-operations';

const now = new Date('2026-03-01T12:00:00.000Z');
const person = (roles: Principal['roles'], tenantId = 'tuwaiq'): Principal => ({ userId: 'u1', tenantId, roles });

describe('operations: the tenant a caller looks at (docs/adr/0045)', () => {
  it('operations: every tenant, or the one named', () => {
    expect(tenantScope(person(['operations']), undefined)).toBeNull();
    expect(tenantScope(person(['operations']), 'awj')).toBe('awj');
  });

  it('a tenant admin: its own tenant only, another one named is refused', () => {
    expect(tenantScope(person(['tenant-admin']), undefined)).toBe('tuwaiq');
    expect(tenantScope(person(['tenant-admin']), 'tuwaiq')).toBe('tuwaiq');
    expect(() => tenantScope(person(['tenant-admin']), 'awj')).toThrow(ForbiddenException);
  });

  it('a role the routes do not admit does not widen the scope (an applicant who is also tenant admin stays in its tenant)', () => {
    expect(tenantScope(person(['applicant', 'tenant-admin']), undefined)).toBe('tuwaiq');
  });
});

describe('operations: the visibility filters', () => {
  it('narrows a tenant caller to its tenant and combines the filters', () => {
    expect(filterClauses('tuwaiq', { type: 'reviewTimeline', stage: 'at-risk' }, now)).toBe(
      'TenantId = "tuwaiq" AND WorkflowType = "reviewTimeline" AND Stage = "at-risk"',
    );
    expect(filterClauses(null, {}, now)).toBeUndefined();
  });

  it('breached: the deadline passed; at risk: due within the window', () => {
    expect(filterClauses(null, { status: 'breached' }, now)).toBe('Deadline < "2026-03-01T12:00:00.000Z"');
    expect(filterClauses(null, { status: 'at-risk', atRiskHours: 24 }, now)).toBe(
      'Deadline >= "2026-03-01T12:00:00.000Z" AND Deadline < "2026-03-02T12:00:00.000Z"',
    );
  });

  it('judges risk and lateness by the instants', () => {
    expect(riskOf('2026-03-01T10:00:00.000Z', now)).toEqual({ risk: 'breached', lateBySeconds: 7200 });
    expect(riskOf('2026-03-01T12:00:00.000Z', now)).toEqual({ risk: 'breached', lateBySeconds: 0 });
    expect(riskOf('2026-03-02T11:00:00.000Z', now)).toEqual({ risk: 'at-risk', lateBySeconds: 0 });
    expect(riskOf('2026-03-04T12:00:00.000Z', now)).toEqual({ risk: 'on-track', lateBySeconds: 0 });
    expect(riskOf(null, now)).toEqual({ risk: 'no-deadline', lateBySeconds: 0 });
  });
});
