/** Arabic-Indic (٠-٩) and Eastern Arabic/Persian (۰-۹) digits as ASCII: accepted wherever digits are. */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
