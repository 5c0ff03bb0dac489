import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal, StaffDirectory } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { requireDirectory, STAFF_DIRECTORY } from '../staff-accounts';
import { ListStaffQuery } from '../staff.dto';

@ApiTags('staff')
@Controller('staff')
export class ListStaffController {
  constructor(@Inject(STAFF_DIRECTORY) private readonly directory: StaffDirectory | null) {}

  @Get()
  @Roles('tenant-admin')
  @ApiOperation({ summary: "This association's staff accounts, a page at a time (`first`, `max`; `next` is the next page's `first` while there is more)." })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListStaffQuery) {
    const first = query.first ?? 0;
    const max = query.max ?? 20;
    const page = await requireDirectory(this.directory).list(principal.tenantId, first, max);
    return { items: page.items, next: page.more ? first + max : null };
  }
}
