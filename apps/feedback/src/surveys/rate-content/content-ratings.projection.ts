import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { riyadhMonth } from '@athar/domain-feedback';
import { EventHandlers } from '@athar/service-kit';
import { ContentRatingRow } from '../survey-records.schema';

/** ContentRated into the rows the content-ratings figures read (one row per rating, idempotent). */
@Injectable()
export class ContentRatingsProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    @InjectModel(ContentRatingRow.name) private readonly rows: Model<ContentRatingRow>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ContentRated', async (event) => {
      const { ratingId, contentItemId, channel, rating, ratedAt } = event.data;
      await this.rows
        .updateOne(
          { _id: `${event.tenantId}:${ratingId}` },
          { $set: { tenantId: event.tenantId, contentItemId, channel, rating, ratedAt, month: riyadhMonth(ratedAt) } },
          { upsert: true },
        )
        .exec();
    });
  }
}
