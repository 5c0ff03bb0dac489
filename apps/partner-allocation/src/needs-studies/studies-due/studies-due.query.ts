import { Query } from '@nestjs/cqrs';
import type { Principal } from '@athar/identity';
import type { StudiesDuePageDto, StudiesDueQuery } from './studies-due.dto';

/** One page of the association's open needs studies, nearest deadline first. */
export class ListStudiesDueQuery extends Query<StudiesDuePageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: StudiesDueQuery,
  ) {
    super();
  }
}
