/** How late, in the two largest units a person reads: days and hours, or hours and minutes, or minutes. */
export function latenessParts(seconds: number): Array<{ unit: 'days' | 'hours' | 'minutes'; count: number }> {
  if (seconds <= 0) return [];
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return [{ unit: 'days', count: days }, ...(hours > 0 ? [{ unit: 'hours' as const, count: hours }] : [])];
  if (hours > 0) return [{ unit: 'hours', count: hours }, ...(minutes > 0 ? [{ unit: 'minutes' as const, count: minutes }] : [])];
  return [{ unit: 'minutes', count: minutes }];
}
