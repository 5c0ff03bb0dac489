import { hashSurveyToken, newSurveyToken, SURVEY_TOKEN_PATTERN } from './survey-token';

describe('survey link tokens (docs/adr/0041)', () => {
  it('are unguessable 256-bit values, and only their hash is kept', () => {
    const tokens = Array.from({ length: 200 }, () => newSurveyToken());
    expect(new Set(tokens.map((t) => t.token)).size).toBe(200);
    for (const { token, hash } of tokens) {
      expect(token).toMatch(SURVEY_TOKEN_PATTERN);
      expect(hash).toBe(hashSurveyToken(token));
      expect(hash).not.toContain(token);
    }
  });
});
