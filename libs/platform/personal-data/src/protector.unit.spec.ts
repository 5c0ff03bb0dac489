import { ERASED, PERSONAL_FIELDS } from '@athar/contracts';
import { encryptedFieldsIn, sealPaths } from './fields';
import { InMemoryDataKeyStore } from './key-store';
import { PersonalDataErasedError, PersonalDataProtector } from './protector';
import { TenantKeyring } from './tenant-keys';

const caseId = '3f1c0c5e-8f55-4a57-9d5c-0d8c1c3b2a10';
const submitted = () => ({
  caseId,
  caseNumber: 'AWJ-1447-000001',
  serviceId: 'member-service',
  applicant: {
    fullName: 'سارة العتيبي',
    nationalId: '1000000008',
    mobile: '+966512345678',
    birthDate: '1990-01-01',
    nationalAddress: { shortAddress: 'DDMA1234', buildingNumber: '1234', postalCode: '32241', city: 'الدمام', district: 'الفيصلية' },
  },
});
const event = (data: unknown, type = 'ApplicationSubmitted', tenantId = 'awj') => ({ tenantId, type, data });

describe('sealPaths', () => {
  const seal = (value: unknown) => ({ enc: 'v1' as const, keyId: 'k', iv: 'i', ct: String(value), tag: 't' });
  it.each([
    ['a top-level field', { signedName: 'x', version: 1 }, ['signedName'], { signedName: seal('x'), version: 1 }],
    ['a nested field, siblings untouched', { a: { b: 'x', c: 'y' } }, ['a.b'], { a: { b: seal('x'), c: 'y' } }],
    ['an absent field (left absent)', { a: {} }, ['a.b', 'z'], { a: {} }],
    ['a path through a non-object', { a: 'text' }, ['a.b'], { a: 'text' }],
    ['an already sealed field (not sealed twice)', { a: seal('x') }, ['a'], { a: seal('x') }],
  ])('seals %s', (_name, data, paths, expected) => {
    expect(sealPaths(data, paths, seal)).toEqual(expected);
  });
});

describe('PersonalDataProtector (envelope encryption with crypto-shredding)', () => {
  let store: InMemoryDataKeyStore;
  let protector: PersonalDataProtector;
  beforeEach(() => {
    store = new InMemoryDataKeyStore();
    protector = new PersonalDataProtector(store, TenantKeyring.fromEnv({}));
  });

  it('encrypts exactly the personal fields and opens them back', async () => {
    const sealed = (await protector.seal('awj', 'ApplicationSubmitted', submitted())) as ReturnType<typeof submitted>;
    const text = JSON.stringify(sealed);
    for (const secret of ['سارة', '1000000008', '+966512345678', 'DDMA1234', '32241', 'الفيصلية']) expect(text).not.toContain(secret);
    expect(sealed.applicant.birthDate).toBe('1990-01-01');
    expect(sealed.applicant.nationalAddress.city).toBe('الدمام');
    expect(sealed.caseNumber).toBe('AWJ-1447-000001');
    expect(encryptedFieldsIn(sealed)).toHaveLength(PERSONAL_FIELDS.ApplicationSubmitted.length - 1); // no additionalNumber given
    const [opened] = await protector.open([event(sealed)]);
    expect(opened.data).toEqual(submitted());
  });

  it('uses one data key per case, wrapped, never in clear', async () => {
    await protector.seal('awj', 'ApplicationSubmitted', submitted());
    await protector.seal('awj', 'DocumentAttached', { caseId, fileName: 'هوية.pdf', sha256: 'ab' });
    expect(store.rows.size).toBe(1);
    const [row] = [...store.rows.values()];
    expect(row.wrapped?.split('.')).toHaveLength(3);
  });

  it('leaves events without personal fields, and old plaintext events, as they are', async () => {
    const other = { caseId, decision: 'eligible' };
    expect(await protector.seal('awj', 'EligibilityAssessed', other)).toBe(other);
    const old = event(submitted());
    const [opened] = await protector.open([old]);
    expect(opened).toBe(old);
    expect(store.rows.size).toBe(0);
  });

  it('after erasure reads every personal field as "[erased]" and every other fact unchanged', async () => {
    const sealed = await protector.seal('awj', 'ApplicationSubmitted', submitted());
    const declaration = await protector.seal('awj', 'DeclarationSigned', { caseId, signedName: 'سارة العتيبي', declarationVersion: 1, client: null });
    expect(await protector.erase('awj', caseId)).toBe(true);
    expect(await protector.erase('awj', caseId)).toBe(false);
    const [application, signed] = await protector.open([event(sealed), event(declaration, 'DeclarationSigned')]);
    expect(application.data).toEqual({
      ...submitted(),
      applicant: {
        fullName: ERASED,
        nationalId: ERASED,
        mobile: ERASED,
        birthDate: '1990-01-01',
        nationalAddress: { shortAddress: ERASED, buildingNumber: ERASED, postalCode: ERASED, city: 'الدمام', district: ERASED },
      },
    });
    expect(signed.data).toEqual({ caseId, signedName: ERASED, declarationVersion: 1, client: null });
  });

  it('refuses to record personal data for an erased case again', async () => {
    await protector.erase('awj', caseId);
    await expect(protector.seal('awj', 'ApplicationDetailsUpdated', submitted())).rejects.toBeInstanceOf(PersonalDataErasedError);
  });

  it('keeps tenants apart: another tenant cannot open a case key of the same id', async () => {
    const sealed = await protector.seal('awj', 'ApplicationSubmitted', submitted());
    const [asOther] = await protector.open([event(sealed, 'ApplicationSubmitted', 'tuwaiq')]);
    expect((asOther.data as ReturnType<typeof submitted>).applicant.fullName).toBe(ERASED);
  });
});

describe('personal data outside a case (inquiries, referrals)', () => {
  it.each([
    ['InquiryOpened', { inquiryId: 'q1', question: 'متى؟', contact: { name: 'منى', mobile: '+966512345678' } }, 'inquiry:q1', ['منى', '+966512345678'], 'متى؟'],
    ['ReferralReceived', { referralId: 'r1', reason: 'خارج الاختصاص', sharedData: { fullName: 'منى', nationalId: '1000000008' } }, 'referral:r1', ['منى', '1000000008'], 'خارج الاختصاص'],
  ])('seals %s under its own subject key, leaving the non-personal fields in clear', async (type, data, keyId, secrets, clear) => {
    const protector = new PersonalDataProtector(new InMemoryDataKeyStore(), TenantKeyring.fromEnv({}));
    const sealed = await protector.seal('awj', type, data);
    const text = JSON.stringify(sealed);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain(clear);
    expect(encryptedFieldsIn(sealed).every((f) => f.keyId === keyId)).toBe(true);
    expect((await protector.open([{ tenantId: 'awj', type, data: sealed }]))[0].data).toEqual(data);
  });

  it('leaves an inquiry without contact details as it is', async () => {
    const protector = new PersonalDataProtector(new InMemoryDataKeyStore(), TenantKeyring.fromEnv({}));
    const data = { inquiryId: 'q2', question: 'x', contact: { name: null, mobile: null } };
    expect(await protector.seal('awj', 'InquiryOpened', data)).toEqual(data);
  });
});
