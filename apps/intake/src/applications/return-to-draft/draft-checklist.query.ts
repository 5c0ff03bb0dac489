import { Query } from '@nestjs/cqrs';
import type { ChecklistItem } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';

/** What a draft still lacks now, as its owner sees it; null when the caller sees no draft there. */
export class DraftChecklistQuery extends Query<ChecklistItem[] | null> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}
