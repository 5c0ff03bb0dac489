import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { EventHandlers } from '@athar/service-kit';
import { PersonCases } from './person-cases.schema';

/** Every case a person opened with the tenant, from the open-request registry (`intake.open-request.<tenant>.<personKey>.<service>`). */
@Injectable()
export class PersonCasesProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    @InjectModel(PersonCases.name) private readonly people: Model<PersonCases>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('OpenRequestRegistered', async (event) => {
      const personKey = event.streamId.split('.')[3];
      const { caseId } = event.data;
      // Adding to a set: a redelivery changes nothing.
      await this.people
        .updateOne(
          { _id: `${event.tenantId}:${personKey}` },
          { $set: { tenantId: event.tenantId, personKey }, $addToSet: { caseIds: caseId } },
          { upsert: true },
        )
        .exec();
    });
  }
}
