/** Shortens text for a message, on one line. */
export function short(text: string, width = 60): string {
  const single = text.replace(/\s+/g, " ").trim();
  return single.length > width ? `${single.slice(0, width - 1)}…` : single;
}
