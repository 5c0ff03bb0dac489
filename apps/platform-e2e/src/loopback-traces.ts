import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of OTLP's JSON encoding read here (ids are hex strings in it). */
interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: number | string; boolValue?: boolean; doubleValue?: number };
}
interface OtlpTraceRequest {
  resourceSpans?: Array<{
    resource?: { attributes: OtlpAttribute[] };
    scopeSpans: Array<{
      spans?: Array<{ traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; attributes: OtlpAttribute[] }>;
    }>;
  }>;
}

/** One span as the services exported it, with the service that did. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean | undefined>;
}

/**
 * A loopback OTLP/HTTP receiver (docs/adr/0046): the services under test export their spans to it
 * (OTEL_EXPORTER_OTLP_ENDPOINT, JSON encoding), and it keeps each export request as a file, so a test
 * in another process reads what was exported with readTraces(dir).
 */
export class LoopbackTraceReceiver {
  private count = 0;

  private constructor(
    private readonly server: Server,
    readonly dir: string,
  ) {}

  static async start(dir: string): Promise<LoopbackTraceReceiver> {
    mkdirSync(dir, { recursive: true });
    let receiver: LoopbackTraceReceiver | undefined = undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== '/v1/traces' || !String(req.headers['content-type']).includes('json')) {
          res.writeHead(415).end();
          return;
        }
        writeFileSync(join(dir, `${String(++receiver!.count).padStart(6, '0')}.json`), Buffer.concat(chunks));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiver = new LoopbackTraceReceiver(server, dir);
    return receiver;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function value(attribute: OtlpAttribute): string | number | boolean | undefined {
  const v = attribute.value;
  return v.stringValue ?? (v.intValue === undefined ? undefined : Number(v.intValue)) ?? v.boolValue ?? v.doubleValue;
}

/** Every span received so far (ids as hex, the JSON encoding's form). */
export function readTraces(dir: string): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const file of readdirSync(dir).sort()) {
    const request = JSON.parse(readFileSync(join(dir, file), 'utf8')) as OtlpTraceRequest;
    for (const resourceSpans of request.resourceSpans ?? []) {
      const serviceAttribute = resourceSpans.resource?.attributes.find((a) => a.key === 'service.name');
      const service = String(serviceAttribute ? value(serviceAttribute) : 'unknown');
      for (const scope of resourceSpans.scopeSpans) {
        for (const span of scope.spans ?? []) {
          spans.push({
            service,
            traceId: String(span.traceId),
            spanId: String(span.spanId),
            parentSpanId: span.parentSpanId ? String(span.parentSpanId) : undefined,
            name: span.name,
            kind: Number(span.kind),
            attributes: Object.fromEntries(span.attributes.map((a) => [a.key, value(a)])),
          });
        }
      }
    }
  }
  return spans;
}
