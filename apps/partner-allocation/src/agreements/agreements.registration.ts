import { AgreementTimelineReactors } from './agreement-timeline/agreement-timeline.reactors';
import { PartnerAgreementReader } from './agreement-reader';
import { DraftAgreementController } from './draft-agreement/draft-agreement.controller';
import { DraftAgreementHandler } from './draft-agreement/draft-agreement.handler';
import { GetAgreementController } from './get-agreement/get-agreement.controller';
import { GetAgreementHandler } from './get-agreement/get-agreement.handler';
import { AgreementsController } from './list-agreements/agreements.controller';
import { ListAgreementsHandler, ListMyAgreementsHandler } from './list-agreements/list-agreements.handler';
import { AgreementRow, AgreementRowSchema } from './projection/agreement-row.schema';
import { AgreementsProjection } from './projection/agreements.projection';
import { SendAgreementController } from './send-agreement/send-agreement.controller';
import { SendAgreementHandler } from './send-agreement/send-agreement.handler';
import { SignAgreementController } from './sign-agreement/sign-agreement.controller';
import { SignAgreementHandler } from './sign-agreement/sign-agreement.handler';
import { TellPartnerOfAgreementReactor } from './tell-partner/tell-partner-of-agreement.reactor';
import { TerminateAgreementController } from './terminate-agreement/terminate-agreement.controller';
import { TerminateAgreementHandler } from './terminate-agreement/terminate-agreement.handler';

export { createAgreementTimelineActivities } from './agreement-timeline/agreement-timeline.activities';

// Partner agreements (Tuwaiq, partner allocation 4; docs/adr/0039), registered in the service's module
// as one group so the module's own lists stay short.

/** The HTTP routes; the lists (with the literal `/partner-agreements/mine`) before the `{id}` route. */
export const agreementControllers = [
  AgreementsController,
  DraftAgreementController,
  GetAgreementController,
  SendAgreementController,
  SignAgreementController,
  TerminateAgreementController,
];

/** Command and query handlers, the stream's reader, the projection and the reactors. */
export const agreementProviders = [
  DraftAgreementHandler,
  SendAgreementHandler,
  SignAgreementHandler,
  TerminateAgreementHandler,
  ListAgreementsHandler,
  ListMyAgreementsHandler,
  GetAgreementHandler,
  PartnerAgreementReader,
  AgreementsProjection,
  AgreementTimelineReactors,
  TellPartnerOfAgreementReactor,
];

export const agreementFeatures = [{ name: AgreementRow.name, schema: AgreementRowSchema }];
