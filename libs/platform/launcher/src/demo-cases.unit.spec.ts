import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCaseFrom, describeDemoCase, readDemoCases, tryCall } from './demo-cases';

const label = (en: string) => ({ ar: en, en });

describe("npm start's demo cases", () => {
  const draft = demoCaseFrom('tuwaiq', {
    caseId: 'c-1',
    caseNumber: 'TWQ-1448-000001',
    status: 'draft',
    checklist: [
      { item: 'declaration', done: true, label: label('declaration') },
      { item: 'cv', done: false, label: label('attach the CV') },
    ],
  });
  const submitted = demoCaseFrom('awj', { caseId: 'c-2', caseNumber: 'AWJ-1448-000001', status: 'submitted', checklist: [] });

  it('calls a draft a draft, with what it lacks, and suggests reading it from intake', () => {
    expect(describeDemoCase(draft)).toBe('draft TWQ-1448-000001 (case id c-1), missing: attach the CV');
    expect(tryCall(draft, 'http://127.0.0.1:3001')).toMatch(/-H 'X-Purpose: case-handling' http:\/\/127\.0\.0\.1:3001\/applications\/c-1$/);
  });

  it("suggests a submitted case's status across the services", () => {
    expect(describeDemoCase(submitted)).toBe('submitted AWJ-1448-000001 (case id c-2)');
    expect(tryCall(submitted, 'http://127.0.0.1:3001')).toMatch(/--tenant awj .*\/cases\/c-2\/status$/);
  });

  it('reads the cases back from the marker; a marker from before they were recorded has none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'athar-demo-'));
    expect(readDemoCases(join(dir, 'absent'))).toBeNull();
    writeFileSync(join(dir, 'old'), new Date().toISOString());
    expect(readDemoCases(join(dir, 'old'))).toEqual([]);
    writeFileSync(join(dir, 'new'), JSON.stringify({ seededAt: 'x', cases: [draft, submitted] }));
    expect(readDemoCases(join(dir, 'new'))).toEqual([draft, submitted]);
  });
});
