/** Offers data to the user as a JSON file download, from an extension page (no permission needed). */
export function downloadJson(name: string, data: unknown, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
