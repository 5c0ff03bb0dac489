import { Module, type DynamicModule, type FactoryProvider } from '@nestjs/common';
import { TEMPORAL_ACTIVITIES, TEMPORAL_OPTIONS, TemporalRuntime, type TemporalRuntimeOptions } from './temporal-runtime';

/** A service's Temporal worker and client: its task queue, workflows, search attributes and activities. */
@Module({})
export class TemporalModule {
  static forRoot(options: TemporalRuntimeOptions & { activities: Omit<FactoryProvider<object>, 'provide'> }): DynamicModule {
    const { activities, ...runtime } = options;
    return {
      module: TemporalModule,
      global: true,
      providers: [{ provide: TEMPORAL_OPTIONS, useValue: runtime }, { provide: TEMPORAL_ACTIVITIES, ...activities }, TemporalRuntime],
      exports: [TemporalRuntime],
    };
  }
}
