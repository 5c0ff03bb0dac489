import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker } from '@temporalio/worker';
import { WORKFLOWS_PATH } from './index';

jest.setTimeout(120_000);

const HISTORIES = join(__dirname, 'review-timeline', 'histories');

function recorded(): Array<{ workflowId: string; history: ReturnType<typeof historyFromJSON> }> {
  return readdirSync(HISTORIES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ workflowId: name.replace(/\.json$/, ''), history: historyFromJSON(JSON.parse(readFileSync(join(HISTORIES, name), 'utf8'))) }));
}

/**
 * Workflow code is deterministic and stays compatible with running workflows: every history recorded
 * by an earlier version of the code (v1: before reminders and rounds; v2: reminders, escalation, rounds, delivery;
 * v3: the breach judged by instants, ADR 0016)
 * replays through the current code. A change that would break a running workflow fails here, in CI.
 * New histories: tools/workflows/record-review-timeline-histories.ts.
 */
describe('recorded workflow histories replay through the current workflow code', () => {
  const histories = recorded();

  it('has histories of the v1, v2 and v3 timelines to replay', () => {
    expect(histories.map((h) => h.workflowId.split('-')[0]).filter((v, i, all) => all.indexOf(v) === i)).toEqual(['v1', 'v2', 'v3']);
  });

  it('replays every recorded history without a determinism error', async () => {
    const results: Array<{ workflowId: string; error?: unknown }> = [];
    for await (const result of Worker.runReplayHistories({ workflowsPath: WORKFLOWS_PATH, replayName: 'ci-replay' }, histories)) {
      results.push({ workflowId: result.workflowId, error: result.error });
    }
    expect(results.map((r) => [r.workflowId, r.error === undefined ? 'ok' : String(r.error)])).toEqual(histories.map((h) => [h.workflowId, 'ok']));
  });

  it('fails a change that would break running workflows (the check can fail)', async () => {
    const v2 = histories.find((h) => h.workflowId === 'v2-reminded-then-decided')!;
    await expect(
      Worker.runReplayHistory(
        { workflowsPath: require.resolve('./review-timeline/replay-fixtures/workflows-with-reordered-timeline'), replayName: 'ci-replay-broken' },
        v2.history,
        v2.workflowId,
      ),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
