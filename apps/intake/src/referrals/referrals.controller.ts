import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, HttpStatus, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { FilterQuery, Model } from 'mongoose';
import { decideReferral, referApplication, validateApplicant } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { PersonalDataProtector } from '@athar/personal-data';
import { CurrentPrincipal, EventWriter, keysetPage, revisionFromIfMatch, Roles, ParseIdPipe, type SortKey } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { PersonKeys } from '../applications/submit-application/person-keys';
import { incomingReferralStream, outgoingReferralStream } from './referral-streams';
import { ReferralView, referralViewId } from './referral-view.schema';
import {
  DecideReferralDto,
  IncomingReferralPageDto,
  ListIncomingReferralsQuery,
  ListReferralsQuery,
  OutgoingReferralPageDto,
  ReferApplicationDto,
  type ReferralTargetView,
} from './referrals.dto';

const notFound = () => new NotFoundException({ code: 'referral-not-found', message: { ar: 'الإحالة غير موجودة', en: 'Referral not found' } });
const STAFF = ['relations-officer', 'social-researcher', 'services-officer'] as const;

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

/** Out-of-scope requests go to the competent association (Tuwaiq 5-10), with only consented data. */
@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    private readonly personalData: PersonalDataProtector,
    private readonly keys: PersonKeys,
    @InjectModel(ReferralView.name) private readonly views: Model<ReferralView>,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles(...STAFF)
  @ApiResponse({ status: 201, description: 'Done', schema: { type: 'object' } })
  @ApiOperation({ summary: 'Refer an out-of-scope request to an association on the platform or an external body; the applicant is told.' })
  async refer(@CurrentPrincipal() principal: Principal, @Body() body: ReferApplicationDto) {
    const target =
      body.target.kind === 'tenant'
        ? { kind: 'tenant' as const, tenantId: body.target.tenantId as string }
        : { kind: 'external' as const, name: body.target.name as string };
    const applicant = validateApplicant(body.applicant, new Date());
    const referral = {
      ...referApplication(
        {
          referralId: randomUUID(),
          fromTenantId: principal.tenantId,
          target,
          requestedService: body.requestedService,
          reason: body.reason,
          applicant,
          consentedFields: body.consentedFields,
        },
        this.tenants.all().map((t) => t.tenantId),
        new Date(),
      ),
      // So erasing the person finds this referral (ADR 0013, amended); a keyed hash, never the ID.
      personKey: this.keys.person(applicant.nationalId),
    };
    await this.writer.append(
      outgoingReferralStream(principal.tenantId, referral.referralId),
      principal.tenantId,
      { kind: 'request', principal, channel: 'system' },
      [{ type: 'ApplicationReferredToAssociation', version: 1, data: referral }],
      'no_stream',
    );
    const from = this.tenants.get(principal.tenantId).name;
    const to = target.kind === 'tenant' ? this.tenants.get(target.tenantId).name : { ar: target.name, en: target.name };
    return {
      referralId: referral.referralId,
      status: target.kind === 'tenant' ? 'referred' : 'referred-externally',
      message: {
        ar: `الخدمة المطلوبة ليست من اختصاص ${from.ar}، وقد أحلنا طلبك إلى ${to.ar}.`,
        en: `The service you asked for is not within the remit of ${from.en}; we have referred your request to ${to.en}.`,
      },
    };
  }

  @Get()
  @Roles(...STAFF, 'executive-director', 'auditor')
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
  @Roles(...STAFF, 'executive-director', 'auditor')
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
        from: row.counterpart,
        requestedService: row.requestedService,
        reason: row.reason,
        sharedData: opened[index].data.sharedData as Record<string, unknown>,
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
  @Roles(...STAFF, 'executive-director', 'auditor')
  @ApiResponse({ status: 200, description: 'Done', schema: { type: 'object' } })
  @ApiOperation({ summary: 'A referral this association made: its target and, once decided, the outcome.' })
  async outgoing(@CurrentPrincipal() principal: Principal, @Param('referralId', ParseIdPipe) referralId: string) {
    const row = await this.views
      .findOne({ _id: referralViewId(principal.tenantId, referralId, 'outgoing'), tenantId: principal.tenantId })
      .lean()
      .exec();
    if (!row) throw notFound();
    return {
      referralId,
      status: row.status,
      target: row.counterpart,
      requestedService: row.requestedService,
      decisionReason: row.decisionReason,
      personalDataErasedAt: row.personalDataErasedAt ?? null,
    };
  }

  @Post('incoming/:referralId/decision')
  @HttpCode(HttpStatus.OK)
  @Roles(...STAFF)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The revision from GET /referrals/incoming' })
  @ApiResponse({ status: 200, description: 'Done', schema: { type: 'object' } })
  @ApiOperation({ summary: 'Accept or decline a referral, with a reason the referring association is told.' })
  async decide(
    @CurrentPrincipal() principal: Principal,
    @Param('referralId', ParseIdPipe) referralId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: DecideReferralDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const expected = revisionFromIfMatch(ifMatch);
    const stream = incomingReferralStream(principal.tenantId, referralId);
    const { history } = await this.writer.load(stream);
    const received = history.find((e) => e.type === 'ReferralReceived');
    if (!received) throw notFound();
    const decided = decideReferral(
      history.some((e) => e.type === 'ReferralDecided'),
      referralId,
      received.data.fromTenantId,
      body.decision,
      body.reason,
      new Date(),
    );
    const result = await this.writer.append(
      stream,
      principal.tenantId,
      { kind: 'request', principal, channel: 'system' },
      [{ type: 'ReferralDecided', version: 1, data: decided }],
      expected,
    );
    res.setHeader('ETag', `"${result.nextExpectedRevision}"`);
    return { referralId, status: body.decision };
  }
}
