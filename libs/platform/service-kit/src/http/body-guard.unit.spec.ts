import { inspectBody } from './body-guard';

const fieldsOf = (body: unknown) => inspectBody(body).map((p) => p.field);

describe('inspectBody (bad input never reaches a schema, a database or a prototype)', () => {
  it('accepts ordinary Arabic and English bodies', () => {
    expect(fieldsOf({ applicant: { fullName: 'سارة العتيبي', note: 'line one\nline two\tend' }, tags: ['a', 'b'] })).toEqual([]);
  });

  it.each([
    ['__proto__ at the root', JSON.parse('{"__proto__": {"isAdmin": true}}'), ['__proto__']],
    ['constructor nested', { applicant: { constructor: { prototype: {} } } }, ['applicant.constructor']],
    ['a MongoDB operator key', { serviceId: { $gt: '' } }, ['serviceId.$gt']],
    ['a dotted key', { 'applicant.fullName': 'x' }, ['applicant.fullName']],
    ['a NUL inside a string', { applicant: { fullName: 'a\u0000b' } }, ['applicant.fullName']],
    ['an escape character in an array item', { list: ['ok', 'bad\u001b[31m'] }, ['list[1]']],
  ])('refuses %s, naming where', (_name, body, fields) => {
    expect(fieldsOf(body)).toEqual(fields);
  });

  it('refuses absurd nesting and huge arrays', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 20; i += 1) deep = (deep.x = {}) as Record<string, unknown>;
    expect(fieldsOf(root)).toHaveLength(1);
    expect(fieldsOf({ list: Array.from({ length: 501 }, () => 1) })).toEqual(['list']);
  });
});
