import 'reflect-metadata';
import { UnprocessableEntityException, type ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe } from '@athar/service-kit';
import { RecordBoardSolutionDto } from './board-agenda/board-agenda.dto';
import { FileComplaintDto, PublicComplaintDto } from './complaint.dto';
import { ResolveComplaintDto } from './lifecycle/lifecycle.dto';

const pipe = createValidationPipe();
const check = (metatype: ArgumentMetadata['metatype'], value: unknown) => pipe.transform(value, { type: 'body', metatype });
const fieldsOf = async (metatype: ArgumentMetadata['metatype'], value: unknown): Promise<string[]> => {
  try {
    await check(metatype, value);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(UnprocessableEntityException);
    return ((error as UnprocessableEntityException).getResponse() as { fields: Array<{ field: string }> }).fields.map((f) => f.field);
  }
};

const complaint = { categoryId: 'delay', concerns: { kind: 'none' }, text: 'تأخر', anonymous: true };

/** A missing nested object is a field reason (422), never a 500 further on; the public link takes no channel or priority. */
describe('complaint request bodies', () => {
  it.each([
    ['the concerns of a public complaint', PublicComplaintDto, { ...complaint, concerns: undefined }, 'concerns'],
    ['the concerns of a staff complaint', FileComplaintDto, { ...complaint, channel: 'phone', concerns: undefined }, 'concerns'],
    ['concerns as text', PublicComplaintDto, { ...complaint, concerns: 'staff' }, 'concerns'],
    ['the answer of a resolution', ResolveComplaintDto, {}, 'response'],
    ["the board's solution", RecordBoardSolutionDto, { discussion: 'd', meetingDate: '2026-01-01' }, 'solution'],
  ])('refuses %s missing on the field', async (_, metatype, body, field) => {
    expect(await fieldsOf(metatype, body)).toContain(field);
  });

  it('refuses a channel or a priority on the public link', async () => {
    expect(await fieldsOf(PublicComplaintDto, { ...complaint, channel: 'phone' })).toEqual(['channel']);
    expect(await fieldsOf(PublicComplaintDto, { ...complaint, priority: 'urgent' })).toEqual(['priority']);
  });
});
