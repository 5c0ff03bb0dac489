import { Module, type DynamicModule } from '@nestjs/common';
import { TEMPORAL_OPTIONS, TemporalRuntime, type TemporalRuntimeOptions } from './temporal-runtime';

/** A service's Temporal worker and client: its task queue, workflows, search attributes and activities. */
@Module({})
export class TemporalModule {
  static forRoot(options: TemporalRuntimeOptions): DynamicModule {
    return {
      module: TemporalModule,
      global: true,
      providers: [{ provide: TEMPORAL_OPTIONS, useValue: options }, TemporalRuntime],
      exports: [TemporalRuntime],
    };
  }
}
