/**
 * The Kubernetes manifests in deploy/k8s, checked offline (docs/adr/0051: kubeconform is not on the Go
 * module proxy here and Kubernetes' JSON schemas cannot be fetched, so the invariants that matter are
 * checked against the code itself): probes on the services' real health routes, resources, an HPA and a
 * PDB per Deployment, no secret in the ConfigMap, images built by deploy/Dockerfile, and every variable
 * the services refuse to start without in production provided to each of them.
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { PATH_METADATA } from '@nestjs/common/constants';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import { HealthController } from '@athar/service-kit';

const ROOT = join(__dirname, '..', '..');
const K8S = join(ROOT, 'deploy', 'k8s');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field below
type Yaml = any;

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Yaml;
  data?: Record<string, string>;
}

/** Every document of deploy/k8s/*.yaml the kustomization lists. */
export function loadManifests(dir = K8S): Manifest[] {
  const kustomization = parseAllDocuments(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'))[0].toJS() as { resources: string[] };
  return kustomization.resources.flatMap((file) =>
    parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      return doc.toJS() as Manifest;
    }),
  );
}

/** Variables the code refuses to start without when NODE_ENV=production (their error messages say so). */
function requiredInProduction(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const scan = (dir: string, owner: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'testing') scan(path, owner);
      else if (entry.isFile() && path.endsWith('.ts') && !path.endsWith('.spec.ts')) {
        for (const match of readFileSync(join(ROOT, path), 'utf8').matchAll(/'([A-Z][A-Z0-9_]+) (?:must be set|is required) in production/g)) {
          found.set(match[1], [...(found.get(match[1]) ?? []), owner]);
        }
      }
    }
  };
  scan('libs', 'all');
  for (const context of BOUNDED_CONTEXTS) scan(join('apps', context, 'src'), context);
  return found;
}

/** The engines and peers every service is pointed at (README's environment table). */
const ENGINE_VARIABLES = [
  'NODE_ENV',
  'HOST',
  'ATHAR_INSTANCE',
  'ATHAR_PG_URL',
  'ATHAR_PG_MIGRATION_URL',
  'ATHAR_MONGO_URL',
  'KAFKA_BROKERS',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'EVENTSTORE_CONNECTION_STRING',
  'ATHAR_JWKS_URL',
  'ATHAR_JWT_ISSUER',
  'ATHAR_JWT_AUDIENCE',
  'ATHAR_CHECKPOINT_DIR',
  ...BOUNDED_CONTEXTS.map((context) => `ATHAR_${context.toUpperCase().replace(/-/g, '_')}_URL`),
];

/** Never in a ConfigMap: keys, tokens, and connection strings that carry credentials. */
const SECRET_VARIABLES = [
  'ATHAR_PG_URL',
  'ATHAR_PG_MIGRATION_URL',
  'ATHAR_MONGO_URL',
  'EVENTSTORE_CONNECTION_STRING',
  'ATHAR_TENANT_KEYS',
  'ATHAR_PERSON_KEY_SECRET',
  'ATHAR_IDEMPOTENCY_SECRET',
  'ATHAR_METRICS_TOKEN',
  'ATHAR_KEYCLOAK_CLIENT_SECRET',
  'ATHAR_KEYCLOAK_ADMIN_PASSWORD',
  'ATHAR_SMTP_URL',
];

function container(deployment: Manifest) {
  const containers = deployment.spec.template.spec.containers as Array<Record<string, Yaml>>;
  expect(containers).toHaveLength(1);
  return containers[0];
}

/** Variables a Deployment's container gets: from the ConfigMaps it loads and its own env. */
function providedEnv(deployment: Manifest, manifests: Manifest[]): Map<string, 'config' | 'secret'> {
  const c = container(deployment);
  const provided = new Map<string, 'config' | 'secret'>();
  for (const from of c.envFrom ?? []) {
    const configMap = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === from.configMapRef?.name);
    if (!configMap) throw new Error(`${deployment.metadata.name} loads a ConfigMap that is not in deploy/k8s: ${JSON.stringify(from)}`);
    for (const name of Object.keys(configMap.data ?? {})) provided.set(name, 'config');
  }
  for (const variable of c.env ?? []) {
    if (variable.valueFrom?.secretKeyRef) {
      if (variable.valueFrom.secretKeyRef.optional !== true) provided.set(variable.name, 'secret');
    } else provided.set(variable.name, 'config');
  }
  return provided;
}

describe('deploy/k8s manifests (docs/adr/0051)', () => {
  const manifests = loadManifests();
  const deployments = manifests.filter((m) => m.kind === 'Deployment');
  const configMaps = manifests.filter((m) => m.kind === 'ConfigMap');

  it('have one Deployment per service, named after it', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...BOUNDED_CONTEXTS].sort());
  });

  it('probe readiness and liveness on the routes HealthController really serves, on the container port', () => {
    const base = Reflect.getMetadata(PATH_METADATA, HealthController) as string;
    const route = (method: keyof HealthController) => {
      const paths = Reflect.getMetadata(PATH_METADATA, HealthController.prototype[method]) as string | string[];
      return (Array.isArray(paths) ? paths : [paths]).map((path) => `/${base}/${path}`.replace(/\/$/, ''));
    };
    for (const deployment of deployments) {
      const c = container(deployment);
      const portNames = (c.ports as Array<{ name: string; containerPort: number }>).flatMap((p) => [p.name, p.containerPort]);
      for (const [probe, method] of [
        ['readinessProbe', 'ready'],
        ['startupProbe', 'ready'],
        ['livenessProbe', 'live'],
      ] as const) {
        expect({ deployment: deployment.metadata.name, probe, path: c[probe]?.httpGet?.path }).toEqual({
          deployment: deployment.metadata.name,
          probe,
          path: expect.stringMatching(new RegExp(`^(${route(method).join('|')})$`)),
        });
        expect(portNames).toContain(c[probe].httpGet.port);
      }
      // Liveness must not depend on the engines: an engine outage would restart every pod.
      expect(c.livenessProbe.httpGet.path).not.toBe(c.readinessProbe.httpGet.path);
    }
  });

  it('listen where the ConfigMap tells the other services to call them', () => {
    const config = Object.assign({}, ...configMaps.map((m) => m.data)) as Record<string, string>;
    for (const deployment of deployments) {
      const key = deployment.metadata.name.toUpperCase().replace(/-/g, '_');
      const port = container(deployment).ports[0].containerPort as number;
      expect(config[`ATHAR_${key}_PORT`]).toBe(String(port));
      const service = manifests.find((m) => m.kind === 'Service' && m.metadata.name === deployment.metadata.name);
      expect(service?.spec.ports[0].port).toBe(port);
      expect(config[`ATHAR_${key}_URL`]).toBe(`http://${deployment.metadata.name}:${port}`);
      expect(service?.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    }
  });

  it('give every container CPU and memory requests and a memory limit', () => {
    for (const deployment of deployments) {
      const resources = container(deployment).resources;
      expect({ name: deployment.metadata.name, cpu: resources?.requests?.cpu, memory: resources?.requests?.memory, limit: resources?.limits?.memory }).toEqual({
        name: deployment.metadata.name,
        cpu: expect.stringMatching(/^\d+m?$/),
        memory: expect.stringMatching(/^\d+(Mi|Gi)$/),
        limit: expect.stringMatching(/^\d+(Mi|Gi)$/),
      });
    }
  });

  it('have one HorizontalPodAutoscaler and one PodDisruptionBudget per Deployment, matching it', () => {
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const hpas = manifests.filter((m) => m.kind === 'HorizontalPodAutoscaler' && m.spec.scaleTargetRef.name === name);
      expect(hpas).toHaveLength(1);
      expect(hpas[0]).toMatchObject({ apiVersion: 'autoscaling/v2', spec: { scaleTargetRef: { kind: 'Deployment', apiVersion: 'apps/v1' } } });
      expect(hpas[0].spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpas[0].spec.maxReplicas).toBeGreaterThanOrEqual(hpas[0].spec.minReplicas);
      const pdbs = manifests.filter(
        (m) => m.kind === 'PodDisruptionBudget' && JSON.stringify(m.spec.selector.matchLabels) === JSON.stringify(deployment.spec.selector.matchLabels),
      );
      expect(pdbs).toHaveLength(1);
      expect(pdbs[0].apiVersion).toBe('policy/v1');
      // The pod template carries the labels the selectors match.
      expect(deployment.spec.template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
    }
  });

  it('keep secrets out of the ConfigMap: no secret variable, no credentials in a URL', () => {
    expect(configMaps.length).toBeGreaterThan(0);
    for (const configMap of configMaps) {
      for (const [name, value] of Object.entries(configMap.data ?? {})) {
        expect({ name, secret: SECRET_VARIABLES.includes(name) || /SECRET|PASSWORD|TOKEN|_KEYS?$/.test(name) }).toEqual({ name, secret: false });
        expect({ name, credentials: /:\/\/[^/@\s]+:[^/@\s]+@/.test(value) }).toEqual({ name, credentials: false });
      }
    }
    for (const deployment of deployments) {
      for (const variable of container(deployment).env ?? []) {
        if (SECRET_VARIABLES.includes(variable.name))
          expect({ name: variable.name, fromSecret: Boolean(variable.valueFrom?.secretKeyRef) }).toEqual({ name: variable.name, fromSecret: true });
      }
    }
  });

  it('provide every service with the engines and each variable it refuses to start without in production', () => {
    const required = requiredInProduction();
    // The scan finds the refusals (if their wording changed, this list would silently shrink).
    expect([...required.keys()]).toEqual(
      expect.arrayContaining(['ATHAR_TENANT_KEYS', 'ATHAR_IDEMPOTENCY_SECRET', 'ATHAR_METRICS_TOKEN', 'ATHAR_CHECKPOINT_KEY_FILE', 'ATHAR_PERSON_KEY_SECRET']),
    );
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const provided = providedEnv(deployment, manifests);
      const needed = [
        ...ENGINE_VARIABLES,
        ...[...required].filter(([, owners]) => owners.includes('all') || owners.includes(name)).map(([variable]) => variable),
      ];
      expect({ name, missing: needed.filter((variable) => !provided.has(variable)) }).toEqual({ name, missing: [] });
      expect(provided.get('NODE_ENV') && configMaps.some((m) => m.data?.NODE_ENV === 'production')).toBe(true);
    }
  });

  it('mount the checkpoint signing key where ATHAR_CHECKPOINT_KEY_FILE points, from a Secret', () => {
    const config = Object.assign({}, ...configMaps.map((m) => m.data)) as Record<string, string>;
    for (const deployment of deployments) {
      const c = container(deployment);
      const volumes = deployment.spec.template.spec.volumes as Array<Record<string, Yaml>>;
      const keyMount = (c.volumeMounts as Array<{ name: string; mountPath: string }>).find((m) =>
        config.ATHAR_CHECKPOINT_KEY_FILE.startsWith(`${m.mountPath}/`),
      );
      expect(volumes.find((v) => v.name === keyMount?.name)?.secret).toBeDefined();
      expect((c.volumeMounts as Array<{ mountPath: string }>).some((m) => m.mountPath === config.ATHAR_CHECKPOINT_DIR)).toBe(true);
    }
  });

  it('run the images deploy/Dockerfile builds, one per service, as a non-root user', () => {
    const dockerfile = readFileSync(join(ROOT, 'deploy', 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM \$\{NODE_IMAGE\} AS build$/m);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-slim$/m);
    expect(dockerfile).toMatch(/tools\/build\/build-service\.ts "\$SERVICE"/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(
      /COPY --from=build \/src\/dist\/apps\/\$\{SERVICE\}\/ \.\/dist\/service\/\nUSER node\nCMD \["node", "dist\/service\/main\.js"\]/,
    );
    for (const deployment of deployments) {
      const image = container(deployment).image as string;
      expect(image).toMatch(new RegExp(`/athar/${deployment.metadata.name}:[\\w.-]+$`));
      expect(deployment.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 }); // `node` in node:20-slim
    }
  });
});
