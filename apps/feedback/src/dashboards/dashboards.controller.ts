import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CASE_STAFF_ROLES, type Principal, type Role } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { ContentRatingsDto, ContentRatingsQuery, DashboardDto, DashboardQuery, StaffDashboardQuery } from './dashboard.dto';
import { ContentRatingsQueryMessage, SatisfactionDashboardQuery, StaffDashboardQueryMessage } from './dashboards.handler';

/** Every staff role: those who handle cases, and the board. Aggregates by service and department are the tenant's shared tool for improvement. */
const STAFF: readonly Role[] = [...CASE_STAFF_ROLES, 'board-member'];

const BELOW_K = 'below-minimum-group: the filters leave no batch of k answers to publish (docs/adr/0041)';

@ApiTags('satisfaction')
@Controller('satisfaction')
export class DashboardsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('dashboard')
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'CSAT, NPS, effort and response rate by service, department, channel or month (Gregorian with its Hijri months), under the k-threshold method: every figure covers a multiple of k answers. Remarks masked for all but the executive director.',
  })
  @ApiOkResponse({ type: DashboardDto })
  @ApiUnprocessableEntityResponse({ description: BELOW_K })
  dashboard(@CurrentPrincipal() principal: Principal, @Query() query: DashboardQuery): Promise<DashboardDto> {
    return this.queries.execute(new SatisfactionDashboardQuery(principal, query));
  }

  @Get('staff/:userId/dashboard')
  @Roles(...STAFF)
  @ApiOperation({ summary: "A staff member's own results, by month: seen by that staff member and the executive director only (coaching, not exposure)." })
  @ApiOkResponse({ type: DashboardDto })
  @ApiForbiddenResponse({ description: 'staff-results-private: neither the staff member nor the executive director (the board included)' })
  @ApiNotFoundResponse({ description: 'staff-results-not-found: no survey of this association names that staff member' })
  @ApiUnprocessableEntityResponse({ description: BELOW_K })
  staff(@CurrentPrincipal() principal: Principal, @Param('userId') staffId: string, @Query() query: StaffDashboardQuery): Promise<DashboardDto> {
    return this.queries.execute(new StaffDashboardQueryMessage(principal, staffId, query));
  }

  @Get('content-ratings')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Anonymous content ratings by content item and channel (indirect beneficiaries), released in batches of k.' })
  @ApiOkResponse({ type: ContentRatingsDto })
  @ApiUnprocessableEntityResponse({ description: BELOW_K })
  contentRatings(@CurrentPrincipal() principal: Principal, @Query() query: ContentRatingsQuery): Promise<ContentRatingsDto> {
    return this.queries.execute(new ContentRatingsQueryMessage(principal, query));
  }
}
