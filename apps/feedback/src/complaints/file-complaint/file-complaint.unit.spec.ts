import { normalizeMobile } from './file-complaint.handler';

/** The complainant's mobile is kept as the outbox keeps and searches it (E.164), whatever form the DTO admitted. */
describe("a complainant's mobile", () => {
  it.each(['0512345678', '+966512345678', '00966512345678', '966512345678'])('keeps %s as +966512345678', (given) => {
    expect(normalizeMobile(given)).toBe('+966512345678');
  });
});
