// ICU messages (FormatJS): Arabic first, English beside it. Arabic plurals use all six CLDR forms.
// The shell's and common messages live here; each area keeps its own in areas/<area>/messages.ts, merged
// below (adding an area is one import and one spread per language).
import * as admin from '../areas/admin/messages';
import * as applicant from '../areas/applicant/messages';
import * as committee from '../areas/committee/messages';
import * as research from '../areas/research/messages';
import * as director from '../areas/director/messages';
import * as relations from '../areas/relations/messages';
import * as partner from '../areas/partner/messages';
import * as empowerment from '../areas/empowerment/messages';
import * as feedback from '../areas/feedback/messages';
import * as audit from '../areas/audit/messages';
import * as operations from '../areas/operations/messages';

const shellAr = {
  'app.name': 'أثر',
  'app.tagline': 'منصة خدمات المستفيدين',
  'shell.language': 'English',
  'shell.languageLabel': 'اللغة',
  'shell.digits': 'الأرقام',
  'shell.digits.arab': '٠١٢٣',
  'shell.digits.latn': '0123',
  'shell.signIn': 'تسجيل الدخول',
  'shell.signOut': 'تسجيل الخروج',
  'shell.navigation': 'التنقل',
  'shell.today': 'اليوم',
  'guard.signIn': 'هذه الصفحة لموظفي الجمعية؛ سجّل الدخول للمتابعة.',
  'guard.notAllowed': 'ليست من صلاحياتك',
  'guard.notAllowed.detail': 'أدوارك لا تتيح هذه الصفحة. اطلب من مسؤول الجمعية إضافة الدور إن كان من عملك.',
  'home.title': 'مرحبًا بك في أثر',
  'home.signedOut': 'سجّل الدخول لترى أعمالك، أو قدّم طلبًا من رابط الجمعية العام.',
  'home.areas':
    '{count, plural, zero {لا توجد أقسام متاحة لك} one {قسم واحد متاح لك} two {قسمان متاحان لك} few {# أقسام متاحة لك} many {# قسمًا متاحًا لك} other {# قسم متاح لك}}',
  'area.apply': 'تقديم طلب',
  'common.loading': 'جارٍ التحميل…',
  'common.empty': 'لا توجد عناصر',
  'common.next': 'التالي',
  'common.back': 'السابق',
  'common.retry': 'إعادة المحاولة',
  'common.error': 'تعذّر إكمال الطلب',
  'common.more': 'عرض المزيد',
  'common.number': '{value, number}',
  'common.shown':
    '{count, plural, zero {لا شيء معروض} one {معروض عنصر واحد} two {معروض عنصران} few {معروضة # عناصر} many {معروض # عنصرًا} other {معروض # عنصر}}',
  'dates.hijri': 'هجري',
  'dates.gregorian': 'ميلادي',
} as const;

const shellEn: Record<keyof typeof shellAr, string> = {
  'app.name': 'Athar',
  'app.tagline': 'Beneficiary services platform',
  'shell.language': 'العربية',
  'shell.languageLabel': 'Language',
  'shell.digits': 'Digits',
  'shell.digits.arab': '٠١٢٣',
  'shell.digits.latn': '0123',
  'shell.signIn': 'Sign in',
  'shell.signOut': 'Sign out',
  'shell.navigation': 'Navigation',
  'shell.today': 'Today',
  'guard.signIn': "This page is for the association's staff; sign in to go on.",
  'guard.notAllowed': 'Not one of your permissions',
  'guard.notAllowed.detail': "Your roles do not open this page. Ask the association's administrator to add the role if it is part of your work.",
  'home.title': 'Welcome to Athar',
  'home.signedOut': "Sign in to see your work, or apply through the association's public link.",
  'home.areas': '{count, plural, =0 {No areas open to you} one {One area open to you} other {# areas open to you}}',
  'area.apply': 'Apply',
  'common.loading': 'Loading…',
  'common.empty': 'Nothing here',
  'common.next': 'Next',
  'common.back': 'Back',
  'common.retry': 'Try again',
  'common.error': 'The request could not be completed',
  'common.more': 'Show more',
  'common.number': '{value, number}',
  'common.shown': '{count, plural, one {One shown} other {# shown}}',
  'dates.hijri': 'Hijri',
  'dates.gregorian': 'Gregorian',
};

export const ar = {
  ...shellAr,
  ...applicant.ar,
  ...committee.ar,
  ...research.ar,
  ...director.ar,
  ...admin.ar,
  ...relations.ar,
  ...partner.ar,
  ...empowerment.ar,
  ...feedback.ar,
  ...audit.ar,
  ...operations.ar,
};

export type MessageId = keyof typeof ar;

export const en: Record<MessageId, string> = {
  ...shellEn,
  ...applicant.en,
  ...committee.en,
  ...research.en,
  ...director.en,
  ...admin.en,
  ...relations.en,
  ...partner.en,
  ...empowerment.en,
  ...feedback.en,
  ...audit.en,
  ...operations.en,
};
