import { Controller, Get, Injectable, NotFoundException, Param } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Model } from 'mongoose';
import type { Principal } from '@athar/identity';
import { CASE_READERS, CurrentPrincipal, Roles } from '../http/auth.guard';
import { ParseIdPipe } from '../http/id-param';

/**
 * How one service sees one case: its stage and the details it owns. Every service keeps one, so the
 * case-status endpoint can show the case as each service sees it.
 */
@Schema({ collection: 'case_views', versionKey: false })
export class CaseView {
  /** `${tenantId}:${caseId}`: tenant in the key, so no query can reach another tenant's case by id. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true, index: true })
  tenantId!: string;

  @Prop({ required: true })
  caseId!: string;

  @Prop({ required: true })
  stage!: string;

  @Prop({ type: Object, default: {} })
  details!: Record<string, unknown>;

  /** Global position of the last event applied; older or repeated events are not applied again. */
  @Prop({ required: true })
  lastPosition!: number;

  @Prop({ required: true })
  updatedAt!: Date;
}
export const CaseViewSchema = SchemaFactory.createForClass(CaseView);

export class CaseViewDto {
  @ApiProperty() caseId!: string;
  @ApiProperty() stage!: string;
  @ApiProperty({ type: Object }) details!: Record<string, unknown>;
  @ApiProperty() updatedAt!: string;
}

@Injectable()
export class CaseViews {
  constructor(@InjectModel(CaseView.name) private readonly model: Model<CaseView>) {}

  /**
   * Applies an event's effect to a case view once: a redelivered or older event (lower global position)
   * changes nothing. FerretDB has no transactions, so the guard sits in the update's filter.
   */
  async apply(tenantId: string, caseId: string, position: string, stage: string, details: Record<string, unknown>): Promise<void> {
    const id = `${tenantId}:${caseId}`;
    const pos = Number(position);
    const set: Record<string, unknown> = { stage, lastPosition: pos, updatedAt: new Date(), tenantId, caseId };
    for (const [key, value] of Object.entries(details)) set[`details.${key}`] = value;
    const update = () => this.model.updateOne({ _id: id, lastPosition: { $lt: pos } }, { $set: set }).exec();
    if ((await update()).matchedCount > 0) return;
    try {
      await this.model.create({ _id: id, tenantId, caseId, stage, details, lastPosition: pos, updatedAt: new Date() });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      // Someone created it meanwhile; apply on top if this event is newer (else it was applied before).
      await update();
    }
  }

  async find(tenantId: string, caseId: string): Promise<CaseViewDto | null> {
    const doc = await this.model
      .findOne({ _id: `${tenantId}:${caseId}`, tenantId })
      .lean()
      .exec();
    if (!doc) return null;
    return { caseId: doc.caseId, stage: doc.stage, details: doc.details ?? {}, updatedAt: new Date(doc.updatedAt).toISOString() };
  }
}

@ApiTags('cases')
@Controller('cases')
export class CaseViewController {
  constructor(private readonly views: CaseViews) {}

  @Get(':caseId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: "This service's view of a case of the caller's tenant (404 for any other tenant's case)." })
  @ApiOkResponse({ type: CaseViewDto })
  async get(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string): Promise<CaseViewDto> {
    const view = await this.views.find(principal.tenantId, caseId);
    if (!view) throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
    return view;
  }
}
