import { declareServiceVariables, InvalidConfigurationError, validateAtharEnv } from './athar-config';

// Every service needs a way to check tokens; the rest has defaults.
const keyed = { ATHAR_JWKS_URL: 'https://id.example/jwks' };

describe("the services' configuration, validated at start-up", () => {
  it('keeps the documented defaults when nothing is set', () => {
    expect(validateAtharEnv(keyed)).toMatchObject({
      ATHAR_INSTANCE: 'athar',
      LOG_LEVEL: 'info',
      ATHAR_MONGO_URL: 'mongodb://127.0.0.1:27017',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
      ATHAR_TEMPORAL_CACHED_WORKFLOWS: 500,
      ATHAR_MAIL_FROM: 'no-reply@athar.local',
    });
  });

  it('reports every bad variable at once, each by name', () => {
    let thrown: unknown;
    try {
      validateAtharEnv({ ...keyed, ATHAR_MONGO_URL: 'http://nowhere', ATHAR_RATE_LIMIT_PER_USER: 'many', TEMPORAL_ADDRESS: 'temporal' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidConfigurationError);
    const { problems } = thrown as InvalidConfigurationError;
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ATHAR_MONGO_URL: must be a mongodb/),
        expect.stringMatching(/^ATHAR_RATE_LIMIT_PER_USER must be a positive whole number/),
        expect.stringMatching(/^TEMPORAL_ADDRESS: must be host:port/),
      ]),
    );
    expect((thrown as Error).message).toMatch(/3 problems/);
  });

  it("reads the Temporal worker's cache size as a whole number from 2 to 20000, naming the variable when it is not", () => {
    expect(validateAtharEnv({ ...keyed, ATHAR_TEMPORAL_CACHED_WORKFLOWS: '40' }).ATHAR_TEMPORAL_CACHED_WORKFLOWS).toBe(40);
    for (const given of ['1', '20001', '2.5', 'many'])
      expect(() => validateAtharEnv({ ...keyed, ATHAR_TEMPORAL_CACHED_WORKFLOWS: given })).toThrow(/ATHAR_TEMPORAL_CACHED_WORKFLOWS: /);
  });

  it('refuses in production what the libraries refuse there (missing secrets), together', () => {
    expect(() => validateAtharEnv({ NODE_ENV: 'production', ATHAR_METRICS_TOKEN: 'x'.repeat(32), ATHAR_JWKS_URL: 'https://id.example/jwks' })).toThrow(
      /ATHAR_IDEMPOTENCY_SECRET[\s\S]*ATHAR_TENANT_KEYS/,
    );
  });

  it("lists a service's own variables with the shared ones, through the reader the service's code uses", () => {
    const readDepth = (env: NodeJS.ProcessEnv): number => {
      const depth = Number(env.ATHAR_TEST_DEPTH ?? 3);
      if (!Number.isInteger(depth) || depth < 1) throw new Error('ATHAR_TEST_DEPTH must be a positive whole number');
      return depth;
    };
    expect(() => validateAtharEnv({ ...keyed, ATHAR_TEST_DEPTH: 'deep' })).not.toThrow();
    declareServiceVariables({ variables: ['ATHAR_TEST_DEPTH'], parse: readDepth });
    expect(() => validateAtharEnv({ ...keyed, ATHAR_TEST_DEPTH: 'deep', TEMPORAL_ADDRESS: 'temporal' })).toThrow(
      /2 problems[\s\S]*TEMPORAL_ADDRESS: must be host:port[\s\S]*ATHAR_TEST_DEPTH must be a positive whole number/,
    );
    expect(() => validateAtharEnv({ ...keyed, ATHAR_TEST_DEPTH: '4' })).not.toThrow();
  });

  it('refuses a key-set timing that is not a whole number of milliseconds, naming the variable (docs/adr/0048)', () => {
    expect(() => validateAtharEnv({ ...keyed, ATHAR_JWKS_TIMEOUT_MS: '15s' })).toThrow(/ATHAR_JWKS_TIMEOUT_MS must be a whole number of milliseconds/);
    expect(() => validateAtharEnv({ ...keyed, ATHAR_JWKS_STALE_MAX_MS: '-1' })).toThrow(/ATHAR_JWKS_STALE_MAX_MS must be a whole number/);
    expect(() => validateAtharEnv({ ...keyed, ATHAR_JWKS_TIMEOUT_MS: '15000', ATHAR_JWKS_STALE_MAX_MS: '0' })).not.toThrow();
  });
});
