import { ERASED, PERSONAL_FIELDS } from '@athar/contracts';
import { encryptedFieldsIn, sealPaths } from './fields';
import { InMemoryDataKeyStore } from './key-store';
import { UndecryptableError } from './envelope';
import { DataKeyMissingError, PersonalDataErasedError, PersonalDataProtector, PersonalDataSubjectMissingError } from './protector';
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
    email: 'sara@example.org',
    birthDate: '1990-01-01',
    nationalAddress: { shortAddress: 'DDMA1234', buildingNumber: '1234', postalCode: '32241', city: 'الدمام', district: 'الفيصلية' },
  },
});
const event = (data: unknown, type = 'ApplicationSubmitted', tenantId = 'awj') => ({ tenantId, type, data });

describe('sealPaths', () => {
  const seal = (value: unknown) => ({ enc: 'v2' as const, keyId: 'k', iv: 'i', ct: String(value), tag: 't' });
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
        email: ERASED,
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

  it('keeps tenants apart: another tenant has no key of the same id, and that is an error, not an erasure', async () => {
    const sealed = await protector.seal('awj', 'ApplicationSubmitted', submitted());
    await expect(protector.open([event(sealed, 'ApplicationSubmitted', 'tuwaiq')])).rejects.toBeInstanceOf(DataKeyMissingError);
  });

  it('refuses to append personal data that names no subject (it would be stored in clear)', async () => {
    const { caseId: _none, ...withoutCase } = submitted();
    await expect(protector.seal('awj', 'ApplicationSubmitted', withoutCase)).rejects.toBeInstanceOf(PersonalDataSubjectMissingError);
    await expect(protector.seal('awj', 'InquiryOpened', { question: 'x', contact: { name: 'منى', mobile: null } })).rejects.toThrow(
      /InquiryOpened carries personal data but no subject id/,
    );
    await expect(protector.seal('awj', 'ReferralReceived', { referralId: 42, sharedData: { fullName: 'منى' } })).rejects.toBeInstanceOf(
      PersonalDataSubjectMissingError,
    );
    expect(store.rows.size).toBe(0);
    // With nothing personal in it, an event without a subject is fine.
    expect(await protector.seal('awj', 'InquiryOpened', { question: 'x', contact: { name: null, mobile: null } })).toEqual({
      question: 'x',
      contact: { name: null, mobile: null },
    });
  });

  it('a key row that is missing reads as an error; only an erasure tombstone reads "[erased]"', async () => {
    const sealed = await protector.seal('awj', 'DeclarationSigned', { caseId, signedName: 'سارة', client: null });
    store.rows.delete(`awj|case:${caseId}`); // lost, not erased
    await expect(protector.open([event(sealed, 'DeclarationSigned')])).rejects.toThrow(DataKeyMissingError);
    await expect(protector.open([event(sealed, 'DeclarationSigned')])).rejects.toThrow(`No data key case:${caseId} for tenant awj`);
    await protector.erase('awj', caseId); // the tombstone
    const [opened] = await protector.open([event(sealed, 'DeclarationSigned')]);
    expect(opened.data).toEqual({ caseId, signedName: ERASED, client: null });
  });

  it('binds each ciphertext to its field and event type: swapped fields or a copied event do not open', async () => {
    const sealed = (await protector.seal('awj', 'ApplicationSubmitted', submitted())) as ReturnType<typeof submitted>;
    const swapped = { ...sealed, applicant: { ...sealed.applicant, fullName: sealed.applicant.nationalId, nationalId: sealed.applicant.fullName } };
    await expect(protector.open([event(swapped)])).rejects.toBeInstanceOf(UndecryptableError);
    await expect(protector.open([event(sealed, 'ApplicationDetailsUpdated')])).rejects.toBeInstanceOf(UndecryptableError);
    const [intact] = await protector.open([event(sealed)]);
    expect(intact.data).toEqual(submitted());
  });

  it('still opens v1 envelopes (stored before the field path was bound) next to v2 ones', async () => {
    const v2 = (await protector.seal('awj', 'DeclarationSigned', { caseId, signedName: 'سارة', client: null })) as { signedName: { enc: string } };
    expect(v2.signedName.enc).toBe('v2');
    // A v1 envelope as the earlier code wrote it: AES-256-GCM under the case's key, the key id as the only AAD.
    const { createCipheriv, randomBytes } = await import('node:crypto');
    const { unwrapDataKey } = await import('./envelope');
    const wrapped = store.rows.get(`awj|case:${caseId}`)?.wrapped as string;
    const dataKey = unwrapDataKey(TenantKeyring.fromEnv({}).key('awj'), 'awj', `case:${caseId}`, wrapped);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv).setAAD(Buffer.from(`case:${caseId}`));
    const ct = Buffer.concat([cipher.update(JSON.stringify('سارة v1')), cipher.final()]);
    const v1 = {
      enc: 'v1',
      keyId: `case:${caseId}`,
      iv: iv.toString('base64url'),
      ct: ct.toString('base64url'),
      tag: cipher.getAuthTag().toString('base64url'),
    };
    const [opened] = await protector.open([event({ caseId, signedName: v1, client: null }, 'DeclarationSigned')]);
    expect(opened.data).toEqual({ caseId, signedName: 'سارة v1', client: null });
  });

  it('seals file bytes with the case key; after erasure they cannot be opened', async () => {
    const bytes = Buffer.from('%PDF-1.7 هوية MARKER');
    const sealed = await protector.sealBytes('awj', `case:${caseId}`, bytes, 'doc-1');
    expect(sealed.includes(Buffer.from('MARKER'))).toBe(false);
    expect((await protector.openBytes('awj', `case:${caseId}`, sealed, 'doc-1')).equals(bytes)).toBe(true);
    await expect(protector.openBytes('awj', `case:${caseId}`, sealed, 'doc-2')).rejects.toBeInstanceOf(UndecryptableError);
    await expect(protector.openBytes('tuwaiq', `case:${caseId}`, sealed, 'doc-1')).rejects.toBeInstanceOf(DataKeyMissingError);
    await protector.erase('awj', caseId);
    await expect(protector.openBytes('awj', `case:${caseId}`, sealed, 'doc-1')).rejects.toBeInstanceOf(PersonalDataErasedError);
    await expect(protector.sealBytes('awj', `case:${caseId}`, bytes, 'doc-3')).rejects.toBeInstanceOf(PersonalDataErasedError);
  });

  it('erases an inquiry or a referral key on its own, leaving the case key live', async () => {
    const inquiry = await protector.seal('awj', 'InquiryOpened', { inquiryId: 'q9', question: 'x', contact: { name: 'منى', mobile: null } });
    const application = await protector.seal('awj', 'ApplicationSubmitted', submitted());
    expect(await protector.eraseKey('awj', 'inquiry:q9')).toBe(true);
    const [i, a] = await protector.open([event(inquiry, 'InquiryOpened'), event(application)]);
    expect(i.data).toMatchObject({ contact: { name: ERASED, mobile: null } });
    expect(a.data).toEqual(submitted());
  });
});

describe('personal data outside a case (inquiries, referrals)', () => {
  it.each([
    ['InquiryOpened', { inquiryId: 'q1', question: 'متى؟', contact: { name: 'منى', mobile: '+966512345678' } }, 'inquiry:q1', ['منى', '+966512345678'], 'متى؟'],
    [
      'ReferralReceived',
      { referralId: 'r1', reason: 'خارج الاختصاص', sharedData: { fullName: 'منى', nationalId: '1000000008' } },
      'referral:r1',
      ['منى', '1000000008'],
      'خارج الاختصاص',
    ],
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
