import { Controller, Get, Query } from '@nestjs/common';
import { IQueryHandler, Query as CqrsQuery, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import type { Model } from 'mongoose';
import type { Principal } from '@athar/identity';
import { ApiPropertyNullable, CurrentPrincipal, instantRange, Roles } from '@athar/service-kit';
import { ComplaintRow } from '../projection/complaint-row.schema';
import { complaintFigures } from './complaint-figures';

export class ComplaintFiguresQuery {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-01-01T00:00:00Z', description: 'Complaints filed from this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;
  @ApiPropertyOptional({ format: 'date-time', example: '2027-01-01T00:00:00Z', description: 'Complaints filed before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class FigureBucketDto {
  @ApiProperty() key!: string;
  @ApiProperty({ type: 'integer' }) complaints!: number;
  @ApiProperty({ type: 'integer' }) acknowledgedWithinLevel!: number;
  @ApiProperty({ type: 'integer' }) resolved!: number;
  @ApiProperty({ type: 'integer' }) resolvedWithinLevel!: number;
  @ApiProperty({ type: 'integer' }) breached!: number;
  @ApiProperty({ type: Number, nullable: true }) meanDaysToAcknowledge!: number | null;
  @ApiProperty({ type: Number, nullable: true }) meanDaysToResolve!: number | null;
}
export class MonthBucketDto extends FigureBucketDto {
  @ApiProperty({ example: '2026-12' }) gregorian!: string;
  @ApiProperty({ example: '1448-06' }) hijri!: string;
  @ApiProperty({ example: 'جمادى الآخرة ١٤٤٨ هـ' }) hijriLabel!: string;
}
export class StaffFiguresDto {
  @ApiProperty({ type: [FigureBucketDto], description: 'By the member of staff handling' }) assignee!: FigureBucketDto[];
  @ApiProperty({ type: [FigureBucketDto], description: 'Remarks about each member of staff' }) concerning!: FigureBucketDto[];
}
export class ComplaintFiguresDto {
  @ApiProperty({ type: FigureBucketDto }) total!: FigureBucketDto;
  @ApiProperty({ type: [FigureBucketDto] }) byCategory!: FigureBucketDto[];
  @ApiProperty({ type: [FigureBucketDto] }) byService!: FigureBucketDto[];
  @ApiProperty({ type: [FigureBucketDto] }) byDepartment!: FigureBucketDto[];
  @ApiProperty({ type: [FigureBucketDto] }) byChannel!: FigureBucketDto[];
  @ApiProperty({ type: [MonthBucketDto] }) byMonth!: MonthBucketDto[];
  @ApiPropertyNullable(StaffFiguresDto, { description: 'Only for the executive director; null for everyone else' })
  byStaff!: StaffFiguresDto | null;
}

export class GetComplaintFiguresQuery extends CqrsQuery<ComplaintFiguresDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: ComplaintFiguresQuery,
  ) {
    super();
  }
}

@QueryHandler(GetComplaintFiguresQuery)
export class GetComplaintFiguresHandler implements IQueryHandler<GetComplaintFiguresQuery, ComplaintFiguresDto> {
  constructor(@InjectModel(ComplaintRow.name) private readonly rows: Model<ComplaintRow>) {}

  async execute({ principal, filters }: GetComplaintFiguresQuery): Promise<ComplaintFiguresDto> {
    const rows = await this.rows
      .find({ tenantId: principal.tenantId, ...instantRange('filedAt', filters.from, filters.to) })
      .select({
        categoryId: 1,
        serviceId: 1,
        department: 1,
        channel: 1,
        assignee: 1,
        concernedStaffId: 1,
        filedAt: 1,
        acknowledgedAt: 1,
        acknowledgeBy: 1,
        resolveBy: 1,
        resolvedAt: 1,
        breached: 1,
      })
      .lean<ComplaintRow[]>()
      .exec();
    const figures = complaintFigures(
      rows.map((r) => ({
        ...r,
        filedAt: new Date(r.filedAt),
        acknowledgedAt: new Date(r.acknowledgedAt),
        acknowledgeBy: new Date(r.acknowledgeBy),
        resolveBy: new Date(r.resolveBy),
        resolvedAt: r.resolvedAt ? new Date(r.resolvedAt) : null,
      })),
      principal.roles.includes('executive-director'),
    );
    return figures as ComplaintFiguresDto;
  }
}

@ApiTags('complaints')
@ApiExtraModels(StaffFiguresDto)
@Controller('complaint-figures')
export class ComplaintFiguresController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('executive-director', 'board-member', 'tenant-admin', 'auditor')
  @ApiOperation({
    summary:
      'Complaints figures: by category, service, department, channel and month (Gregorian and Hijri), times to acknowledge and resolve against the service levels; per-staff figures only for the executive director.',
  })
  @ApiOkResponse({ type: ComplaintFiguresDto })
  get(@CurrentPrincipal() principal: Principal, @Query() query: ComplaintFiguresQuery): Promise<ComplaintFiguresDto> {
    return this.queries.execute(new GetComplaintFiguresQuery(principal, query));
  }
}
