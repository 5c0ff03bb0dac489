import type { Pool } from 'pg';
import type { SchemaOwner } from '@athar/event-store';
import { ChannelNotifier, PostgresOutbox } from '@athar/notifier';
import { outboxSealer, PersonalDataProtector } from '@athar/personal-data';
import { atharConfig, atharInstance, PG_POOL, PG_SCHEMA_OWNER } from '@athar/service-kit';
import { BoardAgendaController, ListBoardAgendaHandler, RecordBoardSolutionHandler } from './board-agenda/board-agenda.controller';
import { GeneralIssueRow, GeneralIssueRowSchema } from './board-agenda/general-issue-row.schema';
import { GeneralIssues } from './board-agenda/general-issues';
import { ComplaintReader } from './complaint-stream';
import { ComplaintsPolicies } from './complaints-policies';
import { FileComplaintController, PublicComplaintController } from './file-complaint/file-complaint.controller';
import { FileComplaintHandler } from './file-complaint/file-complaint.handler';
import { ComplaintFiguresController, GetComplaintFiguresHandler } from './figures/complaint-figures.controller';
import { ComplaintLifecycleController } from './lifecycle/lifecycle.controller';
import { ComplaintActionHandler } from './lifecycle/lifecycle.handler';
import { COMPLAINT_NOTIFIER, TellComplainantReactor } from './notifications/tell-complainant.reactor';
import { ComplaintRow, ComplaintRowSchema } from './projection/complaint-row.schema';
import { ComplaintsProjection } from './projection/complaints.projection';
import { ComplaintQueueController, GetComplaintHandler, ListComplaintsHandler } from './queue/queue.controller';
import { RateComplaintController, RateComplaintHandler } from './rate-complaint/rate-complaint.controller';
import { PublicComplaintTenantGuard } from './public-tenant.guard';

export { createComplaintServiceLevelActivities } from './service-level/service-level.activities';
import { ComplaintServiceLevelReactors } from './service-level/service-level.reactors';

/** Complaints and suggestions with service levels and the board's agenda (docs/adr/0042), registered in FeedbackModule. */
export const complaints = {
  controllers: [
    ComplaintFiguresController,
    FileComplaintController,
    ComplaintQueueController,
    ComplaintLifecycleController,
    PublicComplaintController,
    RateComplaintController,
    BoardAgendaController,
  ],
  models: [
    { name: ComplaintRow.name, schema: ComplaintRowSchema },
    { name: GeneralIssueRow.name, schema: GeneralIssueRowSchema },
  ],
  providers: [
    ComplaintsPolicies,
    ComplaintReader,
    PublicComplaintTenantGuard,
    FileComplaintHandler,
    ComplaintActionHandler,
    RateComplaintHandler,
    RecordBoardSolutionHandler,
    ListComplaintsHandler,
    GetComplaintHandler,
    ListBoardAgendaHandler,
    GetComplaintFiguresHandler,
    ComplaintsProjection,
    GeneralIssues,
    TellComplainantReactor,
    ComplaintServiceLevelReactors,
    {
      // The platform's one outbox (the schema intake reads the outbox from), sealed per complaint (`complaint:<id>`).
      provide: COMPLAINT_NOTIFIER,
      inject: [PG_POOL, PG_SCHEMA_OWNER, PersonalDataProtector],
      useFactory: async (pool: Pool, owner: SchemaOwner, personalData: PersonalDataProtector) => {
        const outbox = new PostgresOutbox(pool, `${atharInstance()}_notifications`, outboxSealer(personalData));
        await outbox.ensureSchema(owner);
        const config = atharConfig();
        return new ChannelNotifier(outbox, config.ATHAR_SMTP_URL ? { url: config.ATHAR_SMTP_URL, from: config.ATHAR_MAIL_FROM } : null);
      },
    },
  ],
};
