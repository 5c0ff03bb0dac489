import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';
import type { ReceivedSpan } from './loopback-traces';

jest.setTimeout(180_000);

// OTLP's span kinds (the JSON encoding's numbers).
const SERVER = 2;
const PRODUCER = 4;
const CONSUMER = 5;

/**
 * One case, one trace (docs/adr/0046): the services export to the run's loopback OTLP receiver, and the
 * spans of a submission link, parent to child, from intake's HTTP request through the event store, the
 * relay and Kafka into the other services' consumers and a Temporal workflow start.
 */
describe('a case journey is one trace across the services', () => {
  const platform = PlatformUnderTest.current();

  it('links the HTTP request, the append, the relay publish, the consumers and the workflow start', async () => {
    const token = await platform.token('awj');
    const body = applicationBody('member-service', 'website');
    const response = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    const { caseId } = (await response.json()) as { caseId: string };

    // The append that recorded the submission names the case; its trace is the case's journey.
    const { value: trace } = await eventually(async () => {
      const spans = platform.spans();
      const append = spans.find((s) => s.service === 'intake' && s.name === 'event-store append' && s.attributes['athar.case_id'] === caseId);
      if (!append) return undefined;
      const inTrace = spans.filter((s) => s.traceId === append.traceId);
      // Each service exports its spans in batches of its own: wait until every parent has arrived too.
      const ids = new Set(inTrace.map((s) => s.spanId));
      const complete = inTrace.every((s) => s.parentSpanId === undefined || ids.has(s.parentSpanId));
      return complete && inTrace.some((s) => s.name === 'StartWorkflow:reviewTimeline') ? inTrace : undefined;
    }, 90_000);

    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const parentOf = (span: ReceivedSpan): ReceivedSpan | undefined => (span.parentSpanId ? byId.get(span.parentSpanId) : undefined);
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const chain: ReceivedSpan[] = [];
      for (let at = parentOf(span); at; at = parentOf(at)) chain.push(at);
      return chain;
    };

    // The root is intake's request, named by its route (no value from the URL).
    const roots = trace.filter((s) => s.parentSpanId === undefined);
    expect(roots.map((s) => [s.service, s.name, s.kind])).toEqual([['intake', 'POST /applications', SERVER]]);

    // The append of the submission itself, a child of the request.
    const submittedAppend = trace.find(
      (s) => s.service === 'intake' && s.name === 'event-store append' && String(s.attributes['athar.event_types']).includes('ApplicationSubmitted'),
    )!;
    expect(parentOf(submittedAppend)).toBe(roots[0]);
    // The relay ran later, from the stored event: its publish span is the append's child.
    const publish = trace.find((s) => s.kind === PRODUCER && s.attributes['athar.event_type'] === 'ApplicationSubmitted');
    expect(publish?.service).toBe('intake');
    expect(publish?.name).toMatch(/\.intake\.events publish$/);
    expect(parentOf(publish!)).toBe(submittedAppend);
    // Another service's consumer continues from the producer's span (the traceparent header).
    const consumed = trace.filter((s) => s.kind === CONSUMER && s.service !== 'intake' && parentOf(s) === publish);
    expect(consumed.map((s) => s.service)).toContain('eligibility');
    // The workflow start is a span of the same trace, under a consumer, in committee-review.
    const start = trace.find((s) => s.name === 'StartWorkflow:reviewTimeline')!;
    expect(start.service).toBe('committee-review');
    expect(ancestors(start).some((s) => s.kind === CONSUMER)).toBe(true);
    expect(ancestors(start)).toContain(roots[0]);

    expect(new Set(trace.map((s) => s.service)).size).toBeGreaterThanOrEqual(3);
    // No personal value in any span: the applicant's name, national id and mobile (as sent, or as +966…)
    // never appear. Values, not a pattern: a hex span id may hold "05" and eight digits.
    const spans = JSON.stringify(trace);
    const { fullName, nationalId, mobile } = body.applicant;
    for (const personal of [fullName, nationalId, mobile, `+966${mobile.slice(1)}`]) expect(spans).not.toContain(personal);
  });
});
