import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FilterQuery, Model } from 'mongoose';
import type { Principal } from '@athar/identity';
import { PersonalDataProtector } from '@athar/personal-data';
import { CurrentPrincipal, keysetPage, Roles, ParseIdPipe, type SortKey } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ReferralView, referralViewId } from './referral-view.schema';
import {
  IncomingReferralPageDto,
  ListIncomingReferralsQuery,
  ListReferralsQuery,
  OutgoingReferralPageDto,
  OutgoingReferralViewDto,
  type ReferralTargetView,
  type SharedDataDto,
} from './referrals.dto';

const notFound = () => new NotFoundException({ code: 'referral-not-found', message: { ar: 'الإحالة غير موجودة', en: 'Referral not found' } });
/** Who refers and decides referrals. */
export const REFERRAL_STAFF = ['relations-officer', 'social-researcher', 'services-officer'] as const;

/** Each side's list in keyset pages (docs/adr/0029): newest first by when the referral was made (received), then by id. */
const OUTGOING_SORT: readonly SortKey[] = [
  { field: 'referredAt', direction: -1, kind: 'date', nullable: true },
  { field: 'referralId', direction: -1, kind: 'string' },
];
const INCOMING_SORT: readonly SortKey[] = [
  // Rows received before the time was kept have none: they come last.
  { field: 'receivedAt', direction: -1, kind: 'date', nullable: true },
  { field: 'referralId', direction: -1, kind: 'string' },
];

/** Both sides' referrals as the read model keeps them; referring and deciding are commands (refer-application, decide-referral). */
@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly personalData: PersonalDataProtector,
    @InjectModel(ReferralView.name) private readonly views: Model<ReferralView>,
  ) {}

  @Get()
  @Roles(...REFERRAL_STAFF, 'executive-director', 'auditor')
  @ApiOperation({
    summary: 'Referrals this association made, newest first, filtered by status and receiving association, in keyset pages (cursor), with the total.',
  })
  @ApiOkResponse({ type: OutgoingReferralPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListReferralsQuery): Promise<OutgoingReferralPageDto> {
    const limit = query.limit ?? 20;
    const filter: FilterQuery<ReferralView> = { tenantId: principal.tenantId, direction: 'outgoing' };
    if (query.status) filter.status = query.status;
    if (query.receivingTenantId) filter['counterpart.tenantId'] = query.receivingTenantId;
    const { rows, nextCursor, total } = await keysetPage(this.views, {
      list: 'referrals-outgoing',
      filter,
      sort: OUTGOING_SORT,
      limit,
      cursor: query.cursor,
      filters: { ...query },
    });
    return {
      items: rows.map((row) => ({
        referralId: row.referralId,
        status: row.status,
        target: this.targetView(row.counterpart),
        requestedService: row.requestedService,
        reason: row.reason,
        referredAt: row.referredAt ? new Date(row.referredAt).toISOString() : null,
        decisionReason: row.decisionReason ?? null,
      })),
      nextCursor,
      total,
    };
  }

  /** The receiving body with its name: an association's as the platform knows it, an external body's as recorded. */
  private targetView(counterpart: Record<string, unknown>): ReferralTargetView {
    if (counterpart.kind === 'tenant') {
      const tenantId = String(counterpart.tenantId);
      const known = this.tenants.all().find((t) => t.tenantId === tenantId);
      return { kind: 'tenant', tenantId, name: known ? known.name : { ar: tenantId, en: tenantId } };
    }
    const name = String(counterpart.name);
    return { kind: 'external', name: { ar: name, en: name } };
  }

  @Get('incoming')
  @Roles(...REFERRAL_STAFF, 'executive-director', 'auditor')
  @ApiOperation({
    summary:
      'Referrals made to this association by others on the platform (consented data only), newest first, filtered by status, in keyset pages (cursor), with the total.',
  })
  @ApiOkResponse({ type: IncomingReferralPageDto })
  async incoming(@CurrentPrincipal() principal: Principal, @Query() query: ListIncomingReferralsQuery): Promise<IncomingReferralPageDto> {
    const filter: FilterQuery<ReferralView> = { tenantId: principal.tenantId, direction: 'incoming' };
    if (query.status) filter.status = query.status;
    const { rows, nextCursor, total } = await keysetPage(this.views, {
      list: 'referrals-incoming',
      filter,
      sort: INCOMING_SORT,
      limit: query.limit ?? 20,
      cursor: query.cursor,
      filters: { ...query },
    });
    // Only the sealed part goes through the protector (at the path it was sealed at: sharedData.<field>).
    const opened = await this.personalData.open(
      rows.map((row) => ({ tenantId: principal.tenantId, type: 'ReferralReceived', data: { sharedData: row.sharedData } })),
    );
    return {
      items: rows.map((row, index) => ({
        referralId: row.referralId,
        status: row.status,
        from: row.counterpart as unknown as ReferralTargetView,
        requestedService: row.requestedService,
        reason: row.reason,
        sharedData: opened[index].data.sharedData as SharedDataDto,
        receivedAt: row.receivedAt ? new Date(row.receivedAt).toISOString() : null,
        decisionReason: row.decisionReason ?? null,
        revision: row.revision,
        personalDataErasedAt: row.personalDataErasedAt ? new Date(row.personalDataErasedAt).toISOString() : null,
      })),
      nextCursor,
      total,
    };
  }

  @Get(':referralId')
  @Roles(...REFERRAL_STAFF, 'executive-director', 'auditor')
  @ApiOkResponse({ type: OutgoingReferralViewDto })
  @ApiOperation({ summary: 'A referral this association made: its target and, once decided, the outcome.' })
  async outgoing(@CurrentPrincipal() principal: Principal, @Param('referralId', ParseIdPipe) referralId: string): Promise<OutgoingReferralViewDto> {
    const row = await this.views
      .findOne({ _id: referralViewId(principal.tenantId, referralId, 'outgoing'), tenantId: principal.tenantId })
      .lean()
      .exec();
    if (!row) throw notFound();
    return {
      referralId,
      status: row.status,
      // The target with its name, as the list shows it.
      target: this.targetView(row.counterpart),
      requestedService: row.requestedService,
      decisionReason: row.decisionReason ?? null,
      personalDataErasedAt: row.personalDataErasedAt ? new Date(row.personalDataErasedAt).toISOString() : null,
    };
  }
}
