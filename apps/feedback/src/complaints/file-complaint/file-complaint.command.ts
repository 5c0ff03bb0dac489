import type { Principal } from '@athar/identity';
import type { FileComplaintDto } from '../complaint.dto';

/** Staff record a complaint (`principal`), or the public link files one (`principal` null, channel website). */
export class FileComplaintCommand {
  constructor(
    readonly tenantId: string,
    readonly principal: Principal | null,
    readonly body: FileComplaintDto,
  ) {}
}
