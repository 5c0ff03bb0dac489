import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker } from '@temporalio/worker';
import { WORKFLOWS_PATH } from './index';

jest.setTimeout(120_000);

/**
 * The folders whose histories/ hold recorded histories: the review timeline's, the partner-allocation
 * workflows' (ADRs 0037–0039) and the eligibility ones' (a case's document expiries, ADR 0054).
 */
const RECORDED = ['review-timeline', 'needs-study', 'allocation-round', 'partner-agreement', 'eligibility'] as const;

function recorded(folder: (typeof RECORDED)[number]): Array<{ workflowId: string; history: ReturnType<typeof historyFromJSON> }> {
  const dir = join(__dirname, folder, 'histories');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ workflowId: name.replace(/\.json$/, ''), history: historyFromJSON(JSON.parse(readFileSync(join(dir, name), 'utf8'))) }));
}

/**
 * One replay of a history through the given workflow code. A replay worker made while the SDK's runtime is
 * still shutting down after the previous one (it shuts down when its last worker ends) is refused with
 * "failed to downcast any to … Runtime"; that one refusal is tried again, since it says nothing about
 * the workflow code. Any other outcome, a determinism error included, is the replay's.
 */
async function replayOnce(workflowsPath: string, replayName: string, history: ReturnType<typeof historyFromJSON>, workflowId: string): Promise<void> {
  try {
    await Worker.runReplayHistory({ workflowsPath, replayName }, history, workflowId);
  } catch (error) {
    if (!(error instanceof TypeError && /failed to downcast any to .*Runtime/.test(error.message))) throw error;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Worker.runReplayHistory({ workflowsPath, replayName: `${replayName}-again` }, history, workflowId);
  }
}

/**
 * Workflow code is deterministic and stays compatible with running workflows: every history recorded
 * by an earlier version of the code (v1: before reminders and rounds; v2: reminders, escalation, rounds, delivery;
 * v3: the breach judged by instants, ADR 0016)
 * replays through the current code. A change that would break a running workflow fails here, in CI.
 * The partner-allocation workflows' histories (needs study, allocation round, partner agreement; v1: as
 * first built) replay the same way.
 * The eligibility workflows' (v1: a case's document expiries as first built, and the earlier
 * per-document watch still registered) replay the same way.
 * New histories: tools/workflows/record-review-timeline-histories.ts, record-workflow-histories.ts.
 */
describe('recorded workflow histories replay through the current workflow code', () => {
  const timelines = recorded('review-timeline');
  const histories = RECORDED.flatMap((folder) => recorded(folder));

  it('has histories of the v1, v2 and v3 timelines to replay', () => {
    expect(timelines.map((h) => h.workflowId.split('-')[0]).filter((v, i, all) => all.indexOf(v) === i)).toEqual(['v1', 'v2', 'v3']);
  });

  it('has histories of each partner-allocation workflow to replay: study breached and studied, round proposed, agreement lapsed, ended and terminated', () => {
    expect(recorded('needs-study').map((h) => h.workflowId)).toEqual(['v1-studied-after-reminder', 'v1-study-breached']);
    expect(recorded('allocation-round').map((h) => h.workflowId)).toEqual(['v1-round-close-asked-again', 'v1-round-proposed']);
    expect(recorded('partner-agreement').map((h) => h.workflowId)).toEqual([
      'v1-agreement-deciders-not-yet',
      'v1-agreement-in-force-then-ended',
      'v1-agreement-lapsed',
      'v1-agreement-terminated-in-force',
    ]);
  });

  it("has histories of the eligibility workflows to replay: a case's sooner document arriving later, and the per-document watch", () => {
    expect(recorded('eligibility').map((h) => h.workflowId)).toEqual(['v1-case-expiry-sooner-document', 'v1-document-expiry-watch']);
  });

  it('replays every recorded history without a determinism error', async () => {
    const results: Array<{ workflowId: string; error?: unknown }> = [];
    for await (const result of Worker.runReplayHistories({ workflowsPath: WORKFLOWS_PATH, replayName: 'ci-replay' }, histories)) {
      results.push({ workflowId: result.workflowId, error: result.error });
    }
    expect(results.map((r) => [r.workflowId, r.error === undefined ? 'ok' : String(r.error)])).toEqual(histories.map((h) => [h.workflowId, 'ok']));
  });

  it('fails a change that would break running workflows (the check can fail)', async () => {
    const v2 = timelines.find((h) => h.workflowId === 'v2-reminded-then-decided')!;
    await expect(
      replayOnce(require.resolve('./review-timeline/replay-fixtures/workflows-with-reordered-timeline'), 'ci-replay-broken', v2.history, v2.workflowId),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  });

  it('fails a change that would break running partner agreements (the check can fail)', async () => {
    const lapsed = recorded('partner-agreement').find((h) => h.workflowId === 'v1-agreement-lapsed')!;
    await expect(
      replayOnce(
        require.resolve('./partner-agreement/replay-fixtures/workflows-with-reordered-agreement'),
        'ci-replay-broken-agreement',
        lapsed.history,
        lapsed.workflowId,
      ),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
