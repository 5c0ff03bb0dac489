import { APPLICANT_CHANNELS, DomainError, type ApplicantChannel, type ApplicantRecord } from '@athar/contracts';
import { ageInYears, parseDate, type DateInput } from './dates';
import { normalizeEmail } from './email';
import { normalizeSaudiMobile } from './mobile';
import { validateNationalAddress, type NationalAddressInput } from './national-address';
import { validateNationalId } from './national-id';
import { validatePersonName } from './person-name';
import { Problems } from './problems';

export interface ApplicantInput {
  fullName: string;
  nationalId: string;
  mobile: string;
  idExpiry?: DateInput;
  birthDate?: DateInput;
  nationalAddress?: NationalAddressInput;
  qualification?: ApplicantRecord['qualification'];
  employmentStatus?: ApplicantRecord['employmentStatus'];
  email?: string | null;
  preferredChannel?: ApplicantChannel;
}

/** The applicant's data as stored: digits in ASCII, mobile in E.164, dates as Gregorian ISO days. */
export interface ValidApplicant {
  fullName: string;
  nationalId: string;
  idKind: 'national-id' | 'iqama';
  mobile: string;
  idExpiry?: string;
  birthDate?: string;
  age?: number;
  nationalAddress?: NationalAddressInput;
  qualification?: ApplicantRecord['qualification'];
  employmentStatus?: ApplicantRecord['employmentStatus'];
  email?: string;
  preferredChannel: ApplicantChannel;
}

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Checks the applicant's data at the time of submission (common process step 2; Tuwaiq 5-3: staff
 * match the data and check it is valid then) and reports every problem at once, each under its field.
 */
export function validateApplicant(input: ApplicantInput, now: Date, field = 'applicant'): ValidApplicant {
  const problems = new Problems();
  const fullName = validatePersonName(input.fullName, `${field}.fullName`, problems);
  const id = validateNationalId(input.nationalId, `${field}.nationalId`, problems);
  const mobile = normalizeSaudiMobile(input.mobile, `${field}.mobile`, problems);
  // today as the applicant counts it, in Riyadh (UTC+3): between midnight and 03:00 the UTC date is still yesterday
  const inRiyadh = new Date(now.getTime() + 3 * 3_600_000);
  const today = new Date(Date.UTC(inRiyadh.getUTCFullYear(), inRiyadh.getUTCMonth(), inRiyadh.getUTCDate()));

  let idExpiry: string | undefined;
  if (input.idExpiry) {
    const expiry = parseDate(input.idExpiry, `${field}.idExpiry`, problems);
    if (expiry && expiry.getTime() < today.getTime()) {
      problems.add(`${field}.idExpiry`, 'انتهت صلاحية الهوية، يرجى تجديدها قبل التقديم', 'the ID has expired; please renew it before applying');
    } else if (expiry) idExpiry = isoDay(expiry);
  }

  let birthDate: string | undefined;
  let age: number | undefined;
  if (input.birthDate) {
    const birth = parseDate(input.birthDate, `${field}.birthDate`, problems);
    if (birth && birth.getTime() > today.getTime()) {
      problems.add(`${field}.birthDate`, 'تاريخ الميلاد في المستقبل', 'the birth date is in the future');
    } else if (birth && ageInYears(birth, today) > 120) {
      problems.add(`${field}.birthDate`, 'تاريخ الميلاد غير معقول', 'the birth date is not plausible');
    } else if (birth) {
      birthDate = isoDay(birth);
      age = ageInYears(birth, today);
    }
  }

  // How the person wants to be answered (docs/adr/0025): by email only with an address to write to.
  const email = input.email ? normalizeEmail(input.email, `${field}.email`, problems) : null;
  const preferredChannel = input.preferredChannel ?? 'sms';
  if (!APPLICANT_CHANNELS.includes(preferredChannel)) {
    problems.add(`${field}.preferredChannel`, 'القناة المفضلة إما sms أو email', 'the preferred channel is "sms" or "email"');
  } else if (preferredChannel === 'email' && !input.email) {
    problems.add(`${field}.email`, 'أدخل البريد الإلكتروني لتصلك الردود عليه', 'give an email address to be answered by email');
  }

  const nationalAddress = input.nationalAddress ? validateNationalAddress(input.nationalAddress, `${field}.nationalAddress`, problems) : undefined;

  if (!problems.empty || !fullName || !id || !mobile) {
    throw new DomainError('applicant-invalid', 'invalid', { ar: 'بيانات مقدم الطلب غير صحيحة', en: "The applicant's data is not valid" }, problems.list);
  }
  return {
    fullName,
    nationalId: id.value,
    idKind: id.kind,
    mobile,
    ...(email ? { email } : {}),
    preferredChannel,
    ...(idExpiry ? { idExpiry } : {}),
    ...(birthDate ? { birthDate, age } : {}),
    ...(nationalAddress ? { nationalAddress } : {}),
    ...(input.qualification ? { qualification: input.qualification } : {}),
    ...(input.employmentStatus ? { employmentStatus: input.employmentStatus } : {}),
  };
}
