// Dutch formatting of dates and sizes (labels and icons come from the contract).

export function formatDateNl(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const fmt = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${fmt.format(bytes / 1024)} kB`;
  return `${fmt.format(bytes / (1024 * 1024))} MB`;
}
