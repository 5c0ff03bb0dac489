import { Anchor, Badge, Group } from '@mantine/core';
import { ApiError } from '../../api/client';
import { bilingual } from '../../kit/bilingual';
import { Link, useLocation } from 'react-router';
import type { components } from '../../api/generated/partner-allocation';
import { useSession } from '../../auth/auth';
import { useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { SAUDI_REGIONS } from '../../../../../libs/domain/partner-allocation/src/requests/saudi-regions';
import { mayCall, type Operation } from '../permissions';

// What the partner-allocation screens share (Tuwaiq, partner allocation 1-4; docs/adr/0037, 0038, 0039):
// the words for stages, states and units, the regions, the areas' links (the needs study's factors come from the
// tenant's policy: GET /needs-studies/factors).

export type Schemas = components['schemas'];
export type Stage = Schemas['PartnerRequestDto']['stage'];
export type RoundStatus = Schemas['AllocationRoundDto']['status'];
export type RoundUnit = Schemas['AllocationRoundDto']['unit'];
export type AgreementState = Schemas['PartnerAgreementDto']['state'];

export const STAGES: Stage[] = ['study-pending', 'study-overdue', 'studied'];
export const ROUND_STATUSES: RoundStatus[] = ['scheduled', 'open', 'proposed', 'approved'];
export const AGREEMENT_STATES: AgreementState[] = ['draft', 'sent', 'signed-by-one', 'in-force', 'ended', 'terminated'];
export const UNITS: RoundUnit[] = ['seat', 'session', 'halala'];

/** The associations that distribute services to partners on the platform (their partner-allocation policy files). */
export const ALLOCATING_ASSOCIATIONS = ['tuwaiq'] as const;

/** The method's weighted factors (the round's weights, docs/adr/0037). */
export const WEIGHT_FACTORS = [
  'greatestImpact',
  'higherNeedRegion',
  'notServedBefore',
  'scopeOfWork',
  'targetedBeneficiaries',
  'infrastructureReadiness',
  'fitWithGoalsAndPlans',
] as const satisfies ReadonlyArray<keyof Schemas['AllocationWeightsDto']>;

export const REGIONS = SAUDI_REGIONS;

/** A region's and governorate's names in the page's language (the id itself for one the list does not know). */
export function placeName(regionId: string, governorateId: string | null, language: 'ar' | 'en'): string {
  const region = SAUDI_REGIONS.find((r) => r.id === regionId);
  const governorate = region?.governorates.find((g) => g.id === governorateId);
  const regionName = region?.name[language] ?? regionId;
  return governorateId ? `${governorate?.name[language] ?? governorateId}، ${regionName}` : regionName;
}

/** A round's unit as the agreement's allocation counts it (seat → seats). */
export function allocationUnit(unit: RoundUnit): Schemas['AllocationDto']['unit'] {
  return unit === 'seat' ? 'seats' : unit === 'session' ? 'sessions' : 'halalas';
}

export function StageBadge({ stage }: { stage: Stage }) {
  const t = useT();
  return (
    <Badge variant="filled" color={stage === 'study-overdue' ? 'red.9' : stage === 'studied' ? 'athar.9' : 'gray.8'}>
      {t(`pa.stage.${stage}`)}
    </Badge>
  );
}

export function RoundBadge({ status }: { status: RoundStatus }) {
  const t = useT();
  return (
    <Badge variant="filled" color={status === 'approved' ? 'athar.9' : 'gray.8'}>
      {t(`pa.round.${status}`)}
    </Badge>
  );
}

export function AgreementBadge({ state }: { state: AgreementState }) {
  const t = useT();
  return (
    <Badge variant="filled" color={state === 'terminated' ? 'red.9' : state === 'in-force' ? 'athar.9' : 'gray.8'}>
      {t(`pa.agreement.${state}`)}
    </Badge>
  );
}

/** "120 seats", "3 sessions", "1,500.00 SAR" (money is kept in halalas). */
export function useUnits(): (units: number, unit: RoundUnit | Schemas['AllocationDto']['unit']) => string {
  const t = useT();
  return (units, unit) => {
    const one = unit.replace(/s$/, '') as RoundUnit;
    return one === 'halala' ? t('pa.units.money', { value: units / 100 }) : t(`pa.units.${one}`, { count: units });
  };
}

/** A row of links, the current one marked (aria-current), those the person's roles may not open left out. */
export function AreaLinks({ label, links }: { label: MessageId; links: Array<{ to: string; label: MessageId; needs?: Operation; exact?: boolean }> }) {
  const t = useT();
  const { roles } = useSession();
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label={t(label)} gap="md" wrap="wrap">
      {links
        .filter((link) => !link.needs || mayCall(link.needs, roles))
        .map((link) => {
          const current = link.exact ? pathname === link.to : pathname === link.to || pathname.startsWith(`${link.to}/`);
          return (
            <Anchor key={link.to} component={Link} to={link.to} aria-current={current ? 'page' : undefined} fw={current ? 700 : 400} c="athar.9">
              {t(link.label)}
            </Anchor>
          );
        })}
    </Group>
  );
}

/** Today in Riyadh as YYYY-MM-DD (a board session's day). */
export function riyadhToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The Umm al-Qura Hijri date (YYYY-MM-DD) of a Gregorian day, as the approval records it beside the Gregorian one. */
export function hijriOf(gregorianDay: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
      .formatToParts(new Date(`${gregorianDay}T12:00:00Z`))
      .map((p) => [p.type, p.value]),
  );
  return `${String(parts.year).replace(/\D/g, '')}-${parts.month}-${parts.day}`;
}

/** A `datetime-local` input's value read as Riyadh time (UTC+3, no daylight saving), as an ISO instant. */
export function riyadhInstant(local: string): string {
  return local ? new Date(`${local.length === 16 ? `${local}:00` : local}+03:00`).toISOString() : '';
}

/** The API's reasons for a field and everything under it (`objectives` takes `objectives.0`, `objectives.1`…). */
export function reasonsUnder(error: unknown, prefix: string, language: 'ar' | 'en'): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const reasons = (error.body.fields ?? [])
    .filter((f) => f.field === prefix || f.field.startsWith(`${prefix}.`))
    .flatMap((f) => f.reasons as Array<{ ar: string; en: string }>);
  return reasons.length > 0 ? reasons.map((r) => bilingual(r, language)).join(' · ') : undefined;
}

/** Whether every field the API named is one of these (then the reasons show in the fields, not as a notice). */
export function allInFields(error: unknown, prefixes: string[]): boolean {
  return (
    error instanceof ApiError &&
    (error.body.fields ?? []).length > 0 &&
    (error.body.fields ?? []).every((f) => prefixes.some((p) => f.field === p || f.field.startsWith(`${p}.`)))
  );
}
