import { Controller, Get, HttpCode, HttpStatus, Injectable, Res } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiOkResponse, ApiResponse, ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../http/public.decorator';

export type HealthCheck = () => Promise<void>;

/** Engines a service depends on register a readiness check here when their module starts. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }

  async run(timeoutMs = 3000): Promise<{ ready: boolean; checks: Record<string, { status: 'up' | 'down'; error?: string; ms: number }> }> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        const started = Date.now();
        try {
          await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs).unref())]);
          return [name, { status: 'up' as const, ms: Date.now() - started }] as const;
        } catch (error) {
          return [name, { status: 'down' as const, error: (error as Error).message, ms: Date.now() - started }] as const;
        }
      }),
    );
    return { ready: entries.every(([, r]) => r.status === 'up'), checks: Object.fromEntries(entries) };
  }
}

/** What readiness answers: up or down, with each engine's check. */
class Readiness {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object' }, description: 'Per engine: status, ms, error' }) checks!: Record<string, unknown>;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up'] } } } })
  @ApiOperation({ summary: 'Liveness: the process answers.' })
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get(['ready', ''])
  @ApiResponse({ status: 200, description: 'Every engine answers', schema: { $ref: '#/components/schemas/Readiness' } })
  @ApiResponse({ status: 503, description: 'An engine does not answer (named in checks)', schema: { $ref: '#/components/schemas/Readiness' } })
  @ApiExtraModels(Readiness)
  @ApiOperation({ summary: 'Readiness: every engine this service needs answers (503 otherwise).' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<unknown> {
    const result = await this.registry.run();
    res.status(result.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: result.ready ? 'up' : 'down', checks: result.checks };
  }
}
