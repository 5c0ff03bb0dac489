import type { Principal } from '@athar/identity';
import type { SubmitApplicationDto } from './submit-application.dto';

export class SubmitApplicationCommand {
  constructor(
    readonly principal: Principal,
    readonly request: SubmitApplicationDto,
  ) {}
}
