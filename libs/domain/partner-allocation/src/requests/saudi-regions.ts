import type { Bilingual } from '@athar/contracts';

/**
 * Saudi Arabia's thirteen administrative regions and their governorates (the Regions Law, as the
 * Ministry of Interior lists them), the "region" a partner request names (Tuwaiq, partner allocation
 * 3: priority to higher-need regions). Ids are stable slugs; the Arabic name is the official one.
 * A region's seat is listed as a governorate of its own (its city), as the ministry's list does.
 */
export interface Governorate {
  id: string;
  name: Bilingual;
}
export interface SaudiRegion {
  id: string;
  name: Bilingual;
  governorates: readonly Governorate[];
}

const g = (id: string, ar: string, en: string): Governorate => ({ id, name: { ar, en } });

export const SAUDI_REGIONS: readonly SaudiRegion[] = [
  {
    id: 'riyadh',
    name: { ar: 'منطقة الرياض', en: 'Riyadh Region' },
    governorates: [
      g('riyadh', 'الرياض', 'Riyadh'),
      g('diriyah', 'الدرعية', 'Diriyah'),
      g('al-kharj', 'الخرج', 'Al-Kharj'),
      g('ad-dawadimi', 'الدوادمي', 'Ad-Dawadimi'),
      g('al-majmaah', 'المجمعة', "Al-Majma'ah"),
      g('al-quwayiyah', 'القويعية', "Al-Quway'iyah"),
      g('wadi-ad-dawasir', 'وادي الدواسر', 'Wadi ad-Dawasir'),
      g('al-aflaj', 'الأفلاج', 'Al-Aflaj'),
      g('az-zulfi', 'الزلفي', 'Az-Zulfi'),
      g('shaqra', 'شقراء', 'Shaqra'),
      g('hotat-bani-tamim', 'حوطة بني تميم', 'Hotat Bani Tamim'),
      g('afif', 'عفيف', 'Afif'),
      g('as-sulayyil', 'السليل', 'As-Sulayyil'),
      g('dhurma', 'ضرماء', 'Dhurma'),
      g('al-muzahmiyya', 'المزاحمية', 'Al-Muzahmiyya'),
      g('rumah', 'رماح', 'Rumah'),
      g('thadiq', 'ثادق', 'Thadiq'),
      g('huraymila', 'حريملاء', 'Huraymila'),
      g('al-hariq', 'الحريق', 'Al-Hariq'),
      g('al-ghat', 'الغاط', 'Al-Ghat'),
      g('marat', 'مرات', 'Marat'),
      g('ad-dilam', 'الدلم', 'Ad-Dilam'),
      g('ar-rayn', 'الرين', 'Ar-Rayn'),
    ],
  },
  {
    id: 'makkah',
    name: { ar: 'منطقة مكة المكرمة', en: 'Makkah Region' },
    governorates: [
      g('makkah', 'مكة المكرمة', 'Makkah'),
      g('jeddah', 'جدة', 'Jeddah'),
      g('taif', 'الطائف', 'Taif'),
      g('al-qunfudhah', 'القنفذة', 'Al-Qunfudhah'),
      g('al-lith', 'الليث', 'Al-Lith'),
      g('rabigh', 'رابغ', 'Rabigh'),
      g('al-jumum', 'الجموم', 'Al-Jumum'),
      g('khulais', 'خليص', 'Khulais'),
      g('al-kamil', 'الكامل', 'Al-Kamil'),
      g('al-khurmah', 'الخرمة', 'Al-Khurmah'),
      g('ranyah', 'رنية', 'Ranyah'),
      g('turabah', 'تربة', 'Turabah'),
      g('al-muwayh', 'المويه', 'Al-Muwayh'),
      g('adham', 'أضم', 'Adham'),
      g('maysan', 'ميسان', 'Maysan'),
      g('al-ardiyat', 'العرضيات', 'Al-Ardiyat'),
      g('bahrah', 'بحرة', 'Bahrah'),
    ],
  },
  {
    id: 'madinah',
    name: { ar: 'منطقة المدينة المنورة', en: 'Madinah Region' },
    governorates: [
      g('madinah', 'المدينة المنورة', 'Madinah'),
      g('yanbu', 'ينبع', 'Yanbu'),
      g('al-ula', 'العلا', 'Al-Ula'),
      g('badr', 'بدر', 'Badr'),
      g('khaybar', 'خيبر', 'Khaybar'),
      g('al-henakiyah', 'الحناكية', 'Al-Henakiyah'),
      g('mahd-adh-dhahab', 'المهد', 'Mahd adh-Dhahab'),
      g('wadi-al-fara', 'وادي الفرع', "Wadi al-Fara'"),
      g('al-ais', 'العيص', 'Al-Ais'),
    ],
  },
  {
    id: 'qassim',
    name: { ar: 'منطقة القصيم', en: 'Al-Qassim Region' },
    governorates: [
      g('buraydah', 'بريدة', 'Buraydah'),
      g('unaizah', 'عنيزة', 'Unaizah'),
      g('ar-rass', 'الرس', 'Ar-Rass'),
      g('al-mithnab', 'المذنب', 'Al-Mithnab'),
      g('al-bukayriyah', 'البكيرية', 'Al-Bukayriyah'),
      g('al-badai', 'البدائع', "Al-Bada'i"),
      g('al-asyah', 'الأسياح', 'Al-Asyah'),
      g('an-nabhaniyah', 'النبهانية', 'An-Nabhaniyah'),
      g('uyun-al-jiwa', 'عيون الجواء', 'Uyun al-Jiwa'),
      g('riyadh-al-khabra', 'رياض الخبراء', 'Riyadh al-Khabra'),
      g('ash-shimasiyah', 'الشماسية', 'Ash-Shimasiyah'),
      g('uqlat-as-suqur', 'عقلة الصقور', 'Uqlat as-Suqur'),
      g('dariyah', 'ضرية', 'Dariyah'),
    ],
  },
  {
    id: 'eastern',
    name: { ar: 'المنطقة الشرقية', en: 'Eastern Province' },
    governorates: [
      g('dammam', 'الدمام', 'Dammam'),
      g('al-ahsa', 'الأحساء', 'Al-Ahsa'),
      g('hafar-al-batin', 'حفر الباطن', 'Hafar al-Batin'),
      g('al-jubail', 'الجبيل', 'Al-Jubail'),
      g('al-qatif', 'القطيف', 'Al-Qatif'),
      g('al-khobar', 'الخبر', 'Al-Khobar'),
      g('al-khafji', 'الخفجي', 'Al-Khafji'),
      g('ras-tanura', 'رأس تنورة', 'Ras Tanura'),
      g('abqaiq', 'بقيق', 'Abqaiq'),
      g('an-nairyah', 'النعيرية', "An-Nu'ayriyah"),
      g('qaryat-al-ulya', 'قرية العليا', 'Qaryat al-Ulya'),
      g('al-udaid', 'العديد', 'Al-Udaid'),
    ],
  },
  {
    id: 'asir',
    name: { ar: 'منطقة عسير', en: 'Asir Region' },
    governorates: [
      g('abha', 'أبها', 'Abha'),
      g('khamis-mushait', 'خميس مشيط', 'Khamis Mushait'),
      g('bisha', 'بيشة', 'Bisha'),
      g('an-namas', 'النماص', 'An-Namas'),
      g('muhayil', 'محايل', 'Muhayil'),
      g('sarat-abidah', 'سراة عبيدة', 'Sarat Abidah'),
      g('tathlith', 'تثليث', 'Tathlith'),
      g('rijal-alma', 'رجال ألمع', "Rijal Alma'"),
      g('ahad-rafidah', 'أحد رفيدة', 'Ahad Rafidah'),
      g('dhahran-al-janub', 'ظهران الجنوب', 'Dhahran al-Janub'),
      g('balqarn', 'بلقرن', 'Balqarn'),
      g('al-majardah', 'المجاردة', 'Al-Majardah'),
      g('tanomah', 'تنومة', 'Tanomah'),
      g('al-birk', 'البرك', 'Al-Birk'),
      g('bariq', 'بارق', 'Bariq'),
      g('al-harajah', 'الحرجة', 'Al-Harajah'),
      g('al-amwah', 'الأمواه', 'Al-Amwah'),
      g('tarib', 'طريب', 'Tarib'),
    ],
  },
  {
    id: 'tabuk',
    name: { ar: 'منطقة تبوك', en: 'Tabuk Region' },
    governorates: [
      g('tabuk', 'تبوك', 'Tabuk'),
      g('al-wajh', 'الوجه', 'Al-Wajh'),
      g('duba', 'ضباء', 'Duba'),
      g('tayma', 'تيماء', 'Tayma'),
      g('umluj', 'أملج', 'Umluj'),
      g('haql', 'حقل', 'Haql'),
      g('al-bad', 'البدع', "Al-Bad'"),
    ],
  },
  {
    id: 'hail',
    name: { ar: 'منطقة حائل', en: "Ha'il Region" },
    governorates: [
      g('hail', 'حائل', "Ha'il"),
      g('baqaa', 'بقعاء', "Baq'aa"),
      g('al-ghazalah', 'الغزالة', 'Al-Ghazalah'),
      g('ash-shinan', 'الشنان', 'Ash-Shinan'),
      g('al-hait', 'الحائط', "Al-Ha'it"),
      g('as-sulaimi', 'السليمي', 'As-Sulaimi'),
      g('ash-shamli', 'الشملي', 'Ash-Shamli'),
      g('mawqaq', 'موقق', 'Mawqaq'),
      g('samira', 'سميراء', "Samira'"),
    ],
  },
  {
    id: 'northern-borders',
    name: { ar: 'منطقة الحدود الشمالية', en: 'Northern Borders Region' },
    governorates: [g('arar', 'عرعر', 'Arar'), g('rafha', 'رفحاء', 'Rafha'), g('turaif', 'طريف', 'Turaif'), g('al-uwayqilah', 'العويقيلة', 'Al-Uwayqilah')],
  },
  {
    id: 'jazan',
    name: { ar: 'منطقة جازان', en: 'Jazan Region' },
    governorates: [
      g('jazan', 'جازان', 'Jazan'),
      g('sabya', 'صبيا', 'Sabya'),
      g('abu-arish', 'أبو عريش', 'Abu Arish'),
      g('samtah', 'صامطة', 'Samtah'),
      g('al-harth', 'الحرث', 'Al-Harth'),
      g('damad', 'ضمد', 'Damad'),
      g('ar-rayth', 'الريث', 'Ar-Rayth'),
      g('baish', 'بيش', 'Baish'),
      g('farasan', 'فرسان', 'Farasan'),
      g('ad-darb', 'الدرب', 'Ad-Darb'),
      g('al-aridah', 'العارضة', 'Al-Aridah'),
      g('al-aydabi', 'العيدابي', 'Al-Aydabi'),
      g('fifa', 'فيفاء', 'Fifa'),
      g('at-tuwal', 'الطوال', 'At-Tuwal'),
      g('ahad-al-masarihah', 'أحد المسارحة', 'Ahad al-Masarihah'),
      g('ad-dair', 'الداير', 'Ad-Dair'),
      g('harub', 'هروب', 'Harub'),
    ],
  },
  {
    id: 'najran',
    name: { ar: 'منطقة نجران', en: 'Najran Region' },
    governorates: [
      g('najran', 'نجران', 'Najran'),
      g('sharurah', 'شرورة', 'Sharurah'),
      g('hubuna', 'حبونا', 'Hubuna'),
      g('badr-al-janub', 'بدر الجنوب', 'Badr al-Janub'),
      g('yadamah', 'يدمة', 'Yadamah'),
      g('thar', 'ثار', 'Thar'),
      g('khubash', 'خباش', 'Khubash'),
      g('al-kharkhir', 'الخرخير', 'Al-Kharkhir'),
    ],
  },
  {
    id: 'al-bahah',
    name: { ar: 'منطقة الباحة', en: 'Al-Bahah Region' },
    governorates: [
      g('al-bahah', 'الباحة', 'Al-Bahah'),
      g('baljurashi', 'بلجرشي', 'Baljurashi'),
      g('al-mandaq', 'المندق', 'Al-Mandaq'),
      g('al-mikhwah', 'المخواة', 'Al-Mikhwah'),
      g('al-aqiq', 'العقيق', 'Al-Aqiq'),
      g('qilwah', 'قلوة', 'Qilwah'),
      g('al-qura', 'القرى', 'Al-Qura'),
      g('bani-hassan', 'بني حسن', 'Bani Hassan'),
      g('ghamid-az-zinad', 'غامد الزناد', 'Ghamid az-Zinad'),
      g('al-hajrah', 'الحجرة', 'Al-Hajrah'),
    ],
  },
  {
    id: 'al-jawf',
    name: { ar: 'منطقة الجوف', en: 'Al-Jawf Region' },
    governorates: [
      g('sakaka', 'سكاكا', 'Sakaka'),
      g('al-qurayyat', 'القريات', 'Al-Qurayyat'),
      g('dumat-al-jandal', 'دومة الجندل', 'Dumat al-Jandal'),
      g('tabarjal', 'طبرجل', 'Tabarjal'),
    ],
  },
];

export const REGION_IDS: readonly string[] = SAUDI_REGIONS.map((r) => r.id);

export function regionOf(regionId: string): SaudiRegion | undefined {
  return SAUDI_REGIONS.find((r) => r.id === regionId);
}
