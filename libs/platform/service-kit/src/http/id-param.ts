import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

/**
 * An id in a path is a UUID of version 4 (drawn at random) or version 5 (derived by `derivedEventId`:
 * the case id of a submission sent with an Idempotency-Key is derived from its retry key, so that a
 * retry finds the case an interrupted try began; docs/adr/0019). Both are accepted wherever an id is
 * read back; anything else is a 400 naming the parameter.
 */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (isRecordId(value)) return value;
    const field = metadata.data ?? 'id';
    throw new BadRequestException({
      code: 'invalid-id',
      message: { ar: 'المعرّف في المسار غير صالح', en: 'The id in the path is not valid' },
      fields: [{ field, reasons: [{ ar: 'يجب أن يكون معرّفاً صالحاً (UUID)', en: 'must be a UUID' }] }],
    });
  }
}
