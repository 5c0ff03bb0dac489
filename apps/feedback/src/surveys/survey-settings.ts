/**
 * The survey's settings outside the policy: where links point (the console's public survey page) and,
 * for tests only, the length of a survey "day" (reminder and closing are counted in the policy's days;
 * the e2e platform shortens them as other specs shorten their timers). Production keeps a real day.
 */
export function surveySettings(env: NodeJS.ProcessEnv = process.env): { linkBase: string; dayMs: number } {
  const daySeconds = Number(env.ATHAR_SURVEY_DAY_SECONDS ?? 86_400);
  if (env.ATHAR_ENV === 'production' && daySeconds !== 86_400) throw new Error('ATHAR_SURVEY_DAY_SECONDS is for tests only');
  if (!Number.isFinite(daySeconds) || daySeconds < 1) throw new Error('ATHAR_SURVEY_DAY_SECONDS must be a positive number');
  return { linkBase: env.ATHAR_SURVEY_LINK_BASE ?? 'https://athar.sa/survey', dayMs: daySeconds * 1000 };
}
